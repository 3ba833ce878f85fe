# Legacy randint: bounds, sizes, dtypes (masked rejection) and result types.
import numpy as np

np.random.seed(12345)
v = np.random.randint(10)
print(v, type(v).__name__)
print(np.random.randint(5, 10, size=6).tolist())
print(np.random.randint(-100, 100, size=(2, 3)).tolist())
print(np.random.randint(0, 2**40, size=3).tolist())
print(np.random.randint(-2**63, 2**63 - 1, size=2).tolist())
print(np.random.randint(0, 2**32, size=3).tolist())
print(np.random.randint(7, 8, size=3).tolist())
for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]:
    arr = np.random.randint(0, 100, size=9, dtype=dt)
    s = np.random.randint(3, dtype=dt)
    print(dt, arr.dtype, arr.tolist(), s, type(s).__name__)
print(np.random.randint(-128, 128, size=6, dtype=np.int8).tolist())
print(np.random.randint(0, 256, size=6, dtype=np.uint8).tolist())
print(np.random.randint(0, 2, size=8, dtype=bool).tolist())
b = np.random.randint(2, dtype=bool)
print(b, type(b).__name__)
print(np.random.randint([1, 10, 100], [2, 20, 200]).tolist())
print(np.random.randint(5, size=()).shape, np.random.randint(5, size=0).tolist())
print(np.random.randint(0, 2**64, dtype=np.uint64, size=2).tolist())
