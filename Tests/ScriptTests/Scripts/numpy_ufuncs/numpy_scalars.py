# Arithmetic on numpy scalars: same promotion as arrays, results are numpy scalars.
import numpy as np

def show(x):
    return type(x).__name__ + ':' + repr(x.item())

print(show(np.int32(5) + 1), show(np.int8(100) + np.int8(100)), show(np.float32(1.5) + 1.0))
print(show(np.float64(2) * np.float32(3)), show(np.int64(2) * 2.5), show(np.True_ + 1), show(np.True_ + np.True_))
print(show(np.uint8(3) - np.uint8(5)), show(np.int64(7) // 2), show(np.int64(7) % -2), show(np.int64(-7) // 0))
print(show(np.float64(-7.5) // 2), show(np.float64(-7.5) % 2), show(np.float64(1) / 0), show(np.float64(0) / 0))
print(show(np.int64(9223372036854775807) + 1), show(np.int16(300) * np.int16(300)), show(np.uint64(5) + 1))
print(show(1 + np.int32(2)), show(2.5 * np.int8(2)), show(10 / np.int64(4)), show(7 - np.float32(0.5)))
print(show(np.int32(3) + np.int64(4)), show(np.int32(3) + np.uint32(4)), show(np.uint64(3) + np.int64(4)))
print(show(np.float64(2) ** 10), show(np.int64(3) ** 3), show(2 ** np.int64(5)), show(np.int8(2) ** 7))
print(show(np.int64(5) == 5), show(np.float64(0.5) < 1), show(3 >= np.int8(3)), show(np.float64(np.nan) != np.nan))
print(np.int64(5) == 5, np.float64(2.5) > 2, np.int32(4) != 4)
x = np.float64(1.25)
print(x * 2 == 2.5, show(x + np.arange(3)[2]))
s = np.int64(0)
for v in np.arange(5):
    s = s + v * v
print(show(s))
t = 0.0
for v in np.array([0.5, 1.5, 2.5]):
    t += v
print(show(t), show(np.arange(3)[1] * 1.5), show(np.array([1.5], dtype=np.float32)[0] * 2))
try:
    np.int64(2) ** -2
except ValueError as e:
    print('ValueError:', e)
print(show(np.int64(3) * [1, 2][0]), (np.int64(3) * np.array([1, 2])).tolist(), (np.float64(2) + [1, 2]).tolist())
