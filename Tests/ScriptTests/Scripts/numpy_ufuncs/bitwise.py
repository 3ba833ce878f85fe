# & | ^ ~ << >> on ints and bools; floats are rejected.
import numpy as np

a = np.array([12, -7, 0, 255])
b = np.array([10, 3, 5, 1])
print((a & b).tolist(), (a | b).tolist(), (a ^ b).tolist(), (~a).tolist())
print((a << 2).tolist(), (a >> 1).tolist(), (a << b).tolist(), (1 << np.arange(5)).tolist())
print((a >> 70).tolist(), (a << 64).tolist(), (a << -1).tolist(), (a >> -1).tolist())
u = np.array([1, 128, 255], dtype=np.uint8)
print((~u).tolist(), (u << 1).tolist(), (u >> 7).tolist(), (u & 0x0F).tolist(), (u << 8).tolist())
i8 = np.array([1, -128, 64], dtype=np.int8)
print((i8 << 1).tolist(), (i8 >> 3).tolist(), (i8 >> 9).tolist())
t = np.array([True, True, False, False])
f = np.array([True, False, True, False])
print((t & f).tolist(), (t | f).tolist(), (t ^ f).tolist(), (~t).tolist(), (t & f).dtype)
print((t & 1).dtype, (t << 1).tolist(), (t << t).dtype, (t | np.array([2, 0, 0, 4], dtype=np.int16)).dtype)
for g in [lambda: np.ones(2) & 1, lambda: ~np.ones(2), lambda: np.ones(2) << 1, lambda: 1 | np.array([0.5])]:
    try:
        g()
    except TypeError as e:
        print('TypeError:', e)
print(~np.int8(5), ~np.uint8(5), (np.int64(6) & 3).item(), (np.int64(1) << 10).item())
