# Integer-array indexing of 2-D arrays: rows, element pairs, broadcast index arrays, slices.
import numpy as np

m = np.arange(20).reshape(4, 5)
print(m[[0, 2]].tolist())
print(m[[0, 2], [1, 4]].tolist())
print(m[[-1, 0], [-1, 0]].tolist())
print(m[np.array([[0], [3]]), np.array([0, 2, 4])].tolist())
print(m[:, [0, 4]].tolist(), m[:, [0, 4]].shape)
print(m[1:3, [4, 3]].tolist())
print(m[[3, 1], 1:4].tolist())
print(m[::-2, [0]].tolist())
print(m[[1], 2].tolist(), m[[1], 2].shape)
print(m[2, [1, 2]].tolist())
print(m[[1, 1, 1]].shape)
r = m[[[0, 1], [2, 3]]]
print(r.shape, r.tolist())
t = m.T
print(t[[0, 4]].tolist())
print(t[[1, 2], [3, 0]].tolist())
print(m[[2, 0]].strides, m[:, [1, 2]].strides)
print(m[(0, 1), ].tolist())
print(m[(2, 3)], type(m[(2, 3)]).__name__)
