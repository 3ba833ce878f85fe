# numpy scalar types: construction, conversions, isinstance, types of indexed elements.
import numpy as np

x = np.float64(2.5)
print(float(x), int(x), repr(x), str(x), type(x).__name__, isinstance(x, float))
i = np.int64(7)
print(int(i), float(i), repr(i), str(i), isinstance(i, int), i.dtype, i.item(), type(i.item()).__name__)
print(repr(np.int32(5)), repr(np.uint8(3)), repr(np.float32(0.5)), repr(np.bool_(True)), repr(np.True_))
print(np.bool_(0), bool(np.float64(0.0)), bool(np.int64(3)))
print([np.int64(1), np.float64(2.0)], (np.int8(-3),))
print(list(range(np.int64(3))), "abc"[np.int64(1)], [10, 20, 30][np.int32(2)])
print(f"{np.float64(3.14159):.2f}", f"{np.int64(42):5d}", format(np.float64(0.5)), f"{np.int64(5)}")
print(hash(np.int64(5)) == hash(5), hash(np.float64(1.5)) == hash(1.5))
d = {np.int64(1): "one"}
print(d[1])
a = np.array([1.5, 2.5])
print(type(a[0]).__name__, type(np.arange(3)[1]).__name__, type(np.array([True])[0]).__name__)
print(np.float64(1e16), np.float64(0.1), np.float64(-0.0), np.float64(1e-5), np.int64(-9))
