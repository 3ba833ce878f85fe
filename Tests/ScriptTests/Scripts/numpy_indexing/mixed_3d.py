# Advanced indices mixed with slices, ints, None and Ellipsis: numpy's placement rules.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
r = a[:, [0, 2], :]
print(r.shape, r.tolist())
print(r.strides)
r = a[:, :, [3, 0]]
print(r.shape, r.tolist())
print(r.strides)
# Adjacent advanced indices stay in place; separated ones go first.
print(a[:, [0, 1], [1, 2]].shape, a[:, [0, 1], [1, 2]].tolist())
print(a[[0, 1], :, [1, 2]].shape, a[[0, 1], :, [1, 2]].tolist())
print(a[0, :, [0, 1]].shape, a[0, :, [0, 1]].tolist())
print(a[:, 0, [0, 1]].shape, a[:, 0, [0, 1]].tolist())
print(a[[1], ..., [3]].shape, a[[1], ..., [3]].tolist())
print(a[:, [0], ..., [0]].shape)
print(a[..., [1, 2]].shape, a[..., [1, 2]].tolist())
print(a[None, [1], 1:].shape)
print(a[:, [0], None, [0]].shape, a[:, [0], [0], None].shape)
print(a[[[0], [1]], [[0, 1, 2]], 0].tolist())
print(a[np.array([1, 0]), 2].tolist())
print(a[1, [2, 1], 3].tolist())
idx = np.array([[0, 1], [1, 0]])
print(a[idx].shape, a[idx, 0, 0].tolist())
print(a[:, idx].shape, a[:, idx, 1].tolist())
