# repr shows dtype= for all but the default dtypes, on its own line when the
# last line has no room for it.
import numpy as np

for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
          np.uint64, np.float32, np.float64, np.bool_, np.complex128]:
    print(repr(np.ones(3, dtype=t)))
    print(repr(np.zeros((2, 2), dtype=t)))
print(repr(np.arange(23, dtype=np.int32)))
print(repr(np.arange(24, dtype=np.int32)))
print(repr(np.arange(17, dtype=np.uint8)))
print(repr(np.arange(18, dtype=np.uint8).reshape(2, 9)))
print(repr(np.linspace(0, 1, 8, dtype=np.float32)))
print(repr(np.eye(3, dtype=np.uint16)))
