# @vectorize with several signatures: numpy's loop search picks the first one the inputs cast to safely.
import numpy as np
from numba import vectorize, int32, int64, float32, float64


@vectorize([int64(int64, int64), float64(float64, float64)])
def add(a, b):
    return a + b


print(add.__name__, add.nin, add.nout, add.nargs, add.ntypes, add.types)
print(repr(add(1, 2)), repr(add(1.0, 2.0)), repr(add(1, 2.5)), repr(add(True, 2)))
print(repr(add(np.int32(3), 2)), repr(add(np.float32(1.5), 2)))
print(add(np.arange(3, dtype=np.int32), 1).dtype, add(np.arange(3, dtype=np.float32), 1).dtype)
print(add(np.arange(3, dtype=np.uint64), 1).dtype, add(np.arange(4), 0.5).tolist())


@vectorize([int32(int32, int32), float64(float64, float64)])
def mul(a, b):
    return a * b


# Python scalars alone count as int64 / float64; next to an array they are weak.
print(repr(mul(3, 4)), repr(mul(np.int64(3), 4)), repr(mul(np.int32(3), np.int32(4))))
print(repr(mul(np.arange(3, dtype=np.int8), 5)), mul(np.arange(3, dtype=np.int16), 2).dtype)
print(repr(mul(np.arange(3), 2)))


@vectorize([float32(float32)])
def half(x):
    return x / 2


print(repr(half(np.arange(4, dtype=np.int16))), half(np.arange(3, dtype=np.float32)).dtype, half.types)
