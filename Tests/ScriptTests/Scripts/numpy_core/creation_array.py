# np.array from nested lists and tuples: shape and dtype discovery, explicit dtypes, errors.
import numpy as np

for obj in [[1, 2, 3], [1.0, 2, 3], [True, False], [[1, 2], [3, 4]], ((1, 2), (3, 4)),
            [[[1], [2]], [[3], [4]]], [], [[]], 5, 2.5, [1, True], [np.int32(1), np.int32(2)]]:
    a = np.array(obj)
    print(a.shape, a.dtype, a.ndim, a.tolist())
print(np.array([1, 2], dtype=np.float64).tolist(), np.array([1.7, -1.7], dtype=np.int64).tolist())
print(np.array([1, 2], dtype="int8").dtype, np.array([0, 3], dtype=bool).tolist())
print(np.array([1, 2, 3], ndmin=2).shape, np.asarray([1, 2]).dtype)
b = np.array([5, 6])
print(np.asarray(b) is b, np.array(b) is b, np.array(b).tolist())
print(np.array(range(4)).tolist())
for bad in [[[1, 2], [3]], [1, [2]]]:
    try:
        np.array(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    np.array([300], dtype=np.int8)
except OverflowError as e:
    print("OverflowError:", e)
