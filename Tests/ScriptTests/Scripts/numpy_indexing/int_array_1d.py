# Integer-array (fancy) indexing of 1-D arrays: lists, arrays, negatives, repeats, N-d indices.
import numpy as np

a = np.arange(10, 20)
print(a[[0, 3, 5]].tolist())
print(a[[-1, -10, 0]].tolist())
print(a[np.array([2, 2, 2, 9])].tolist())
print(a[[]].tolist(), a[[]].shape, a[[]].dtype)
idx = np.array([[0, 1], [8, 9]])
r = a[idx]
print(r.tolist(), r.shape, r.dtype)
print(a[np.array([[[4]]])].shape)
print(a[np.array([1, 2], dtype=np.int32)].tolist())
print(a[np.array([1, 2], dtype=np.uint8)].tolist())
print(a[[True, 2]].tolist())

# The result is a copy: writing to it leaves the source alone.
c = a[[1, 2, 3]]
c[0] = 99
print(c.tolist(), a[1])

f = np.linspace(0.0, 1.0, 5)
print(f[[4, 0]].tolist(), f[[4, 0]].dtype)
b = np.array([True, False, True])
print(b[[2, 1, 0]].tolist(), b[[2, 1, 0]].dtype)
s = np.arange(8, dtype=np.int16)[::2]
print(s[[3, 0]].tolist(), s[[3, 0]].dtype)
print(s[np.array([-1])].tolist())
