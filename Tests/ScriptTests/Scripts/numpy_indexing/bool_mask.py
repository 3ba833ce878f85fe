# Boolean masks: full-shape masks, leading-dimension masks, bool lists, bool scalars.
import numpy as np

a = np.array([3, 1, 4, 1, 5, 9])
m = np.array([True, False, True, False, True, True])
print(a[m].tolist(), a[m].dtype)
print(a[[True, True, False, False, False, True]].tolist())
print(a[np.zeros(6, dtype=bool)].tolist(), a[np.zeros(6, dtype=bool)].shape)

g = np.arange(12).reshape(3, 4)
mask2 = np.array([[True, False, False, True], [False, False, False, False], [False, True, True, False]])
print(g[mask2].tolist())
rows = np.array([True, False, True])
print(g[rows].tolist(), g[rows].shape)
print(g[rows, 1:3].tolist())
print(g[rows, [0, 3]].tolist())
print(g[:, np.array([False, True, True, False])].tolist())
print(g[1:, np.array([True, False, False, True])].tolist())
print(g.T[mask2.T].tolist())

cube = np.arange(24).reshape(2, 3, 4)
print(cube[np.array([[True, False, True], [False, True, False]])].tolist())
print(cube[np.array([False, True])].shape)

# Boolean scalars add an axis of length 1 (True) or 0 (False).
print(g[True].shape, g[False].shape, g[np.True_].shape)
print(g[True, 2].tolist(), g[:, True, 1].tolist())
print(g[np.array(True)].tolist())
