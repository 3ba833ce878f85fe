# Python scalars are weak (NEP 50): they adopt the array's dtype when their kind fits.
import numpy as np

for t in ['bool', 'int8', 'uint8', 'int32', 'int64', 'uint64', 'float32', 'float64']:
    a = np.array([1, 0], dtype=t)
    print(t, (a + 1).dtype, (a * 2.5).dtype, (a + True).dtype, (3 - a).dtype, (1.5 / a[:1]).dtype)

i8 = np.array([1, 2, 3], dtype=np.int8)
print((i8 + 100).tolist(), (i8 * -1).tolist())
for f in [lambda: i8 + 300, lambda: np.array([1], dtype=np.uint8) - (-1), lambda: np.array([1], dtype=np.uint16) + 70000]:
    try:
        f()
    except OverflowError as e:
        print('OverflowError', e)
print((i8 == 300).tolist(), (i8 < 1000).tolist(), (np.array([1], dtype=np.uint8) > -1).tolist())
f32 = np.array([0.1, 0.2], dtype=np.float32)
r = f32 + 0.1
print(r.dtype, [float(v) for v in r.tolist()])
print((np.arange(3) + 2 ** 40).tolist(), (np.arange(3, dtype=np.uint64) + 2 ** 63).tolist())
print((np.array([True, False]) + 2).tolist(), (np.array([True, False]) * 1.5).tolist())
