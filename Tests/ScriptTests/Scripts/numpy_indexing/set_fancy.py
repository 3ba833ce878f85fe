# Assignment through integer arrays: scalars, broadcasting, repeats, casts, mixed keys.
import numpy as np

a = np.arange(8)
a[[0, 2, 4]] = -1
print(a.tolist())
a[[1, 3]] = [10, 30]
print(a.tolist())
a[np.array([-1, -2])] = np.array([70, 60])
print(a.tolist())
a[[5, 5, 5]] = [1, 2, 3]
print(a.tolist())
a[[0, 1]] = [[100, 200]]
print(a.tolist())
a[[6, 7]] = 2.9
print(a.tolist())

f = np.zeros(4)
f[[0, 3]] = np.array([1, 2], dtype=np.int32)
print(f.tolist())

m = np.zeros((3, 4), dtype=np.int64)
m[[0, 2]] = [1, 2, 3, 4]
print(m.tolist())
m[:, [1, 3]] = [[7], [8], [9]]
print(m.tolist())
m[[0, 1, 2], [0, 1, 2]] = 5
print(m.tolist())
m[[1], 1:3] = [[-1, -2]]
print(m.tolist())

c = np.zeros((2, 3, 4), dtype=np.int64)
c[0, :, [0, 1]] = [[1, 2, 3], [4, 5, 6]]
print(c[0].tolist())
c[:, [1], [2, 3]] = 9
print(c.tolist())

v = np.arange(5)
v[[0, 1, 2]] = v[[2, 1, 0]]
print(v.tolist())
u = np.arange(4, dtype=np.uint8)
u[[0]] = 255
print(u.tolist())
