# Slices, transposes and reshapes are views: writes through them are seen by the original.
import numpy as np

a = np.arange(10)
s = a[2:6]
s[:] = 0
print(a.tolist())
s[1] = 42
print(a.tolist(), s.base is a)
b = a[::3]
b[:] = -1
print(a.tolist())
m = np.arange(12).reshape(3, 4)
col = m[:, 1]
col[:] = 100
print(m.tolist())
m.T[0, 2] = 7
print(m.tolist())
r = m.reshape(4, 3)
r[0, 0] = -5
print(m[0].tolist(), r.base is m or r.base is m.base)
row = m[1]
row += 1
print(m.tolist())
c = m.copy()
c[:] = 0
print(m[0, 0], c.sum() if hasattr(c, "sum") else 0)
m[1:, 1:] = [[1, 2, 3], [4, 5, 6]]
print(m.tolist())
m[0] = 9
print(m.tolist())
f = m.flatten()
f[0] = 1000
print(m[0, 0], f[0])
v = m.ravel()
v[1] = 2000
print(m[0, 1])
