# 0-d arrays and numpy scalars as indices; copies versus views; scalar results.
import numpy as np

a = np.arange(10, 16)
i = np.array(2)
print(a[i], type(a[i]).__name__)
print(a[np.int64(-1)], a[np.int32(1)], a[np.uint8(3)])
m = np.arange(12).reshape(3, 4)
r = m[np.array(1)]
print(r.tolist(), r.base is None)
v = m[1]
print(v.base is None)
print(m[np.array(1), np.array(2)], type(m[np.array(1), np.array(2)]).__name__)
print(m[np.array(2), 1:3].tolist())
print(m[[np.int64(0), np.int64(2)]].tolist())
print(m[np.array([2]), np.int64(3)].tolist())
r[0] = 99
print(m[1].tolist())
print(m[np.array([1, 2])[0]].tolist())
f = np.array([1.5, 2.5, 3.5])
print(f[[1]][0], type(f[[1]][0]).__name__)
b = np.array([True, False])
print(b[np.array(1)], type(b[np.array(1)]).__name__)
z = np.arange(3)
print(z[[]].tolist(), z[np.array([], dtype=np.int64)].tolist())
print(np.zeros((2, 0))[[1, 0]].shape, np.zeros((0, 3))[[]].shape)
