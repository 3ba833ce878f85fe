# minimum/maximum propagate NaN, fmin/fmax ignore it; logical ufuncs; NaN/inf tests; sign.
import numpy as np

a = np.array([1.0, np.nan, 3.0, -0.0, 5.0])
b = np.array([2.0, 1.0, np.nan, 0.0, np.nan])
print(np.minimum(a, b).tolist(), np.maximum(a, b).tolist())
print(np.fmin(a, b).tolist(), np.fmax(a, b).tolist())
print(np.minimum(np.arange(5), 2).tolist(), np.maximum(np.array([3, -1], dtype=np.int8), np.array([1, 2], dtype=np.int16)).tolist())
print(np.maximum([True, False], [False, False]).tolist(), np.minimum(4, 2.5), type(np.maximum(1, 2)).__name__)
p = np.array([True, True, False, False])
q = np.array([True, False, True, False])
print(np.logical_and(p, q).tolist(), np.logical_or(p, q).tolist(), np.logical_xor(p, q).tolist(), np.logical_not(p).tolist())
print(np.logical_and([1, 0, 2], [3.5, 1, 0]).tolist(), np.logical_not(np.array([0.0, -1.0, np.nan])).tolist(), np.logical_or(0, 0))
v = np.array([1.0, np.inf, -np.inf, np.nan, 0.0])
print(np.isnan(v).tolist(), np.isinf(v).tolist(), np.isfinite(v).tolist(), np.isnan(np.arange(2)).tolist(), np.isfinite(3))
print(np.sign(np.array([-2.5, 0.0, -0.0, 3.0, np.nan])).tolist(), np.sign(np.array([-4, 0, 9])).tolist(), np.sign(np.array([0, 7], dtype=np.uint8)).tolist())
print(np.signbit(np.array([-0.0, 0.0, -1.5])).tolist(), np.fabs(np.array([-1, 2])).tolist(), np.absolute(np.array([-1.5])).tolist())
print(np.maximum(np.array([[1, 5], [7, 2]]), np.array([4, 3])).tolist())
try:
    np.sign(np.array([True]))
except TypeError as e:
    print(type(e).__name__, e)
