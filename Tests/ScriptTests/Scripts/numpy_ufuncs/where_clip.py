# np.where (three-argument selection and one-argument indices) and np.clip / ndarray.clip.
import numpy as np

a = np.arange(10)
print(np.where(a > 4, a, -a).tolist(), np.where(a % 2 == 0, 1, 0).tolist(), np.where([True, False], 1, 2.5).tolist())
i32 = np.arange(4, dtype=np.int32)
print(np.where(i32 > 1, i32, 0).dtype, np.where(i32 > 1, i32, 0.5).dtype, np.where(True, 1, 0), np.where(i32 > 1, np.float32(1), i32).dtype)
m = np.arange(6).reshape(2, 3)
print(np.where(m > 2, m, np.array([10, 20, 30])).tolist(), np.where(np.array([[True], [False]]), m, -1).tolist())
r = np.where(m % 2 == 1)
print(len(r), r[0].tolist(), r[1].tolist(), r[0].dtype, np.where(a > 6)[0].tolist(), np.where([0, 3, 0, 5])[0].tolist())
print(np.where(np.array([1.5, 0.0, np.nan]))[0].tolist())
print(np.clip(a, 2, 7).tolist(), np.clip(a, None, 3).tolist(), np.clip(a, 5, None).tolist(), a.clip(1, 2).tolist())
print(np.clip(a, 2.5, 6).tolist(), np.clip(a, 2.5, 6).dtype, np.clip(np.array([1.5, np.nan, -3.0]), -1, 1).tolist())
print(np.clip(m, [1, 2, 3], 4).tolist(), m.clip(min=2).tolist(), m.clip(max=1).tolist(), np.clip(7, 0, 5), type(np.clip(7, 0, 5)).__name__)
u = np.array([1, 200, 50], dtype=np.uint8)
print(np.clip(u, 10, 100).tolist(), np.clip(u, 10, 100).dtype)
out = np.zeros(10, dtype=np.int64)
res = np.clip(a, 3, 6, out=out)
print(res is out, out.tolist())
try:
    np.where(a > 1, a)
except ValueError as e:
    print('ValueError:', e)
