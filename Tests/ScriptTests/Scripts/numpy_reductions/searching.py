import numpy as np
a = np.array([[0, 1, 0], [2, 0, 3]])
r, c = np.nonzero(a)
print(r.tolist(), c.tolist(), [x.tolist() for x in np.array([0, 3, 0, 4]).nonzero()])
print(np.argwhere(a).tolist(), np.argwhere([0, 1, 1]).tolist())
print(np.count_nonzero(a), np.count_nonzero([True, False, True]), np.count_nonzero(a, axis=1).tolist())
print(np.diff([1, 4, 9, 16]).tolist(), np.diff([1, 4, 9, 16], n=2).tolist(), np.diff(np.arange(6).reshape(2, 3), axis=0).tolist())
print(np.diff(np.array([1.5, 0.5, 4.0])).tolist(), np.diff(np.array([True, False, False])).tolist(), np.diff(np.array([5, 1], dtype=np.uint8)).tolist())
print(np.diff([1, 2, 4], prepend=0).tolist(), np.diff([1, 2, 4], append=[10]).tolist())
print(np.bincount([0, 1, 1, 3]).tolist(), np.bincount([0, 1], weights=[0.5, 1.5], minlength=3).tolist(), np.bincount([]).tolist())
try:
    np.bincount([0, -1])
except ValueError as e:
    print(type(e).__name__, e)
