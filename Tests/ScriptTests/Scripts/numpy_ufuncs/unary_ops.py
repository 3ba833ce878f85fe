# Unary -, +, ~ and abs() on arrays of each kind, and numpy's messages for bool negation.
import numpy as np

a = np.array([3, -2, 0])
print((-a).tolist(), (+a).tolist(), (~a).tolist(), abs(a).tolist(), (+a) is a)
f = np.array([1.5, -0.0, np.inf, np.nan])
print((-f).tolist(), abs(f).tolist(), (-f).dtype)
i8 = np.array([-128, 127], dtype=np.int8)
print((-i8).tolist(), abs(i8).tolist(), (~i8).tolist())
u = np.array([0, 1, 200], dtype=np.uint8)
print((-u).tolist(), abs(u).tolist(), (~u).tolist())
b = np.array([True, False])
print((~b).tolist(), abs(b).tolist(), abs(b).dtype)
for g in [lambda: -b, lambda: +b, lambda: -np.True_]:
    try:
        g()
    except TypeError as e:
        print(type(e).__name__, e)
m = np.arange(6).reshape(2, 3)
print((-m.T).tolist(), abs(-m[:, 1]).tolist())
print(np.negative(np.array([1, -1])).tolist(), np.positive(np.array([2.5])).tolist(), np.invert(np.array([0, 1], dtype=np.uint16)).tolist())
print(abs(np.int64(-5)).item(), abs(np.float64(-2.5)).item(), (-np.float32(1.5)).item(), (-np.uint8(1)).item())
print(type(abs(np.int8(-3))).__name__, type(-np.float64(1)).__name__)
