# numpy scalars: numpy 2 reprs (np.float64(2.5), np.True_) and their str.
import numpy as np

a = np.array([2.5, 0.1, 1e16, 1e-05, 123456789.125, -0.0, 1e300, 5e-324])
for x in a:
    print(x, repr(x))
b = np.array([0.1, 1e6, 1e-4, 16777216.0, 3.4028235e38, 1.5], dtype=np.float32)
for x in b:
    print(x, repr(x))
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    x = np.arange(3, dtype=t)[2]
    print(x, repr(x))
print(np.array([True, False])[0], repr(np.array([True, False])[1]))
c = np.array([float("nan"), float("inf"), -float("inf")])
for x in c:
    print(x, repr(x))
print([np.int64(1), np.float64(2.5), np.float32(0.1)])
print(np.float64(3), np.float32(0.5), np.uint8(3), repr(np.uint8(3)), np.int32(-7))
print(repr(np.True_), repr(np.False_), str(np.True_))
print((np.int64(5), np.float64(0.1)))
print("%s %r" % (np.float64(1.5), np.float32(2.25)))
