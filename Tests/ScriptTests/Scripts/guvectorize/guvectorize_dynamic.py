# @guvectorize with only a layout: a dynamic gufunc compiles a loop for each new combination of
# operand types and must be called with its outputs.
import numpy as np
from numba import guvectorize


@guvectorize("(n),()->(n)")
def scale(x, c, out):
    for i in range(x.shape[0]):
        out[i] = x[i] * c


print(scale, scale.types, scale.is_dynamic)
try:
    scale(np.arange(3.0), 2.0)
except TypeError as e:
    print("TypeError:", e)
out = np.zeros(3)
scale(np.arange(3.0), 2.0, out)
print(out, scale.types)
iout = np.zeros(3, dtype=np.int64)
try:
    scale(np.arange(3), 2, iout)
except TypeError as e:
    print(type(e).__name__, e)
print(scale.types, iout)
out = np.zeros((2, 3))
scale(np.arange(6.0).reshape(2, 3), np.array([1.0, -1.0]), out=out)
print(out)
f32 = np.zeros(2, dtype=np.float32)
scale(np.array([1.5, 2.5], dtype=np.float32), np.float32(2), f32)
print(f32, f32.dtype, scale.types)


@guvectorize("(n)->()")
def count_positive(x, res):
    c = 0
    for v in x:
        if v > 0:
            c += 1
    res[0] = c


res = np.zeros(3, dtype=np.int64)
count_positive(np.array([[1.0, -1.0, 2.0], [0.0, 0.0, 0.0], [3.0, 4.0, 5.0]]), res)
print(res, count_positive.types)
