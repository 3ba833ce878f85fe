# Assignment through boolean masks (numpy's boolean-assignment rules).
import numpy as np

a = np.array([5, -3, 8, -1, 0, 7])
neg = np.array([False, True, False, True, False, False])
a[neg] = 0
print(a.tolist())
a[np.array([True, False, False, False, False, True])] = [50, 70]
print(a.tolist())
a[np.array([True, True, False, False, False, False])] = [9]
print(a.tolist())
a[np.zeros(6, dtype=bool)] = 123
print(a.tolist())

g = np.arange(12).reshape(3, 4)
mask = np.array([[True, False, False, True], [False, True, False, False], [False, False, False, True]])
g[mask] = [-1, -2, -3, -4]
print(g.tolist())
g[np.array([False, True, False])] = 100
print(g.tolist())
g[np.array([True, False, True])] = [[1, 2, 3, 4], [5, 6, 7, 8]]
print(g.tolist())
g[:, np.array([True, False, False, True])] = [0, 0]
print(g.tolist())

src = np.arange(100, 112).reshape(3, 4)
dst = np.zeros((3, 4), dtype=np.int64)
dst[mask] = src[mask]
print(dst.tolist())

f = np.linspace(0.0, 1.0, 5)
f[np.array([True, False, True, False, True])] = np.array([7, 8, 9])
print(f.tolist())
h = np.arange(5)
h[True] = 4
print(h.tolist())
h[False] = 0
print(h.tolist())
