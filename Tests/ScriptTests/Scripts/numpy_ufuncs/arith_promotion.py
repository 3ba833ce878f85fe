# Array-array arithmetic: result dtypes follow np.promote_types, values wrap in narrow types.
import numpy as np

types = ['bool', 'int8', 'uint8', 'int16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64']
for ta in types:
    a = np.array([1, 0, 1], dtype=ta) if ta == 'bool' else np.array([7, 100, 3], dtype=ta)
    row = []
    for tb in types:
        b = np.array([1, 1, 0], dtype=tb) if tb == 'bool' else np.array([2, 60, 1], dtype=tb)
        row.append(str((a + b).dtype) + '/' + str((a / b).dtype))
    print(ta, ' '.join(row))

a = np.array([100, 120, -128], dtype=np.int8)
print((a + a).tolist(), (a * 3).tolist(), (a - np.int8(1)).tolist())
u = np.array([0, 1, 255], dtype=np.uint8)
print((u + 1).tolist(), (u - 1).tolist(), (u * u).tolist())
big = np.array([9223372036854775807, -9223372036854775808])
print((big + 1).tolist(), (big * 2).tolist(), (-big).tolist())
f = np.array([1.5, 2.25], dtype=np.float32)
print((f + f).dtype, (f * np.float64(2)).dtype, (f + np.arange(2)).dtype, (f + np.arange(2, dtype=np.int16)).dtype)
print((np.array([True, False]) + np.array([True, True])).tolist())
print((np.array([True, False]) * np.array([True, True])).tolist())
print((np.array([3, 4]) / np.array([2, 8])).tolist(), (np.array([3, 4], dtype=np.int8) / 2).dtype)
