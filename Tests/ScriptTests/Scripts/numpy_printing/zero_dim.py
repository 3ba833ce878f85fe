# 0-d arrays: repr array(x), str like the scalar.
import numpy as np

print(np.array(5), repr(np.array(5)))
print(np.array(2.5), repr(np.array(2.5)))
print(np.array(0.1), repr(np.array(0.1)))
print(np.array(1e16), repr(np.array(1e16)))
print(np.array(1e-7), repr(np.array(1e-7)))
print(np.array(True), repr(np.array(True)))
print(np.array(False), repr(np.array(False)))
print(np.array(-3, dtype=np.int8), repr(np.array(-3, dtype=np.int8)))
print(np.array(7, dtype=np.uint32), repr(np.array(7, dtype=np.uint32)))
print(np.array(0.1, dtype=np.float32), repr(np.array(0.1, dtype=np.float32)))
print(np.array(float("nan")), repr(np.array(float("inf"))))
print(np.array(3.0), repr(np.array(-0.0)))
print(np.array(1.0, dtype=np.complex128), repr(np.array(2.0, dtype=np.complex128)))
print(repr(np.array(123456789.0)), repr(np.array(0.3333333333333333)))
print(repr(np.array(1e30, dtype=np.float32)))
