# @vectorize without signatures: a dynamic ufunc that adds a loop per new input-type combination,
# with the output type the kernel's inferred return type.
import math
import numpy as np
from numba import vectorize


@vectorize
def twice(x):
    return x * 2


print(twice.types, twice.ntypes, twice.__name__)
print(twice(np.arange(3, dtype=np.int32)).tolist(), twice(np.arange(3, dtype=np.int32)).dtype, twice.types)
print(twice(np.array([True, False])).tolist(), twice.types)  # bool casts safely to int32
print(twice(np.arange(3, dtype=np.float32)).dtype, twice.types)
print(repr(twice(2.5)), repr(twice(np.int32(4))), twice.types)


@vectorize
def greater(x, y):
    return x > y


print(greater(np.arange(4), 1).tolist(), greater.types)
print(greater(np.arange(4) * 0.5, 1).tolist(), greater.types)


@vectorize
def ratio(x, y):
    return x / y


print(ratio(np.arange(4), 2).tolist(), ratio.types, repr(ratio(1, 4)))
print(ratio(np.array([1.0, -1.0, 0.0]), 0.0).tolist())


@vectorize
def logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


print(np.round(logistic(np.array([-2.0, 0.0, 2.0])), 6).tolist(), logistic.types)
print(np.round(logistic(np.arange(-1, 2).reshape(3, 1)), 4).tolist(), logistic.types)
