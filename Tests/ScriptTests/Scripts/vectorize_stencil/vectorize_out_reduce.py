# out= and reduce of @vectorize ufuncs.
import numpy as np
from numba import vectorize, int64, float64


@vectorize([int64(int64, int64), float64(float64, float64)])
def add(a, b):
    return a + b


o = np.zeros(4)
r = add(np.arange(4), 10, out=o)
print(o.tolist(), r is o)
o2 = np.zeros((2, 4), dtype=np.int64)
add(np.arange(4), np.array([[0], [100]]), out=o2)
print(o2.tolist())
o3 = np.zeros(3)
add(np.arange(3), np.arange(3), o3)
print(o3.tolist())
try:
    add(np.arange(4), 1, out=np.zeros(3))
except ValueError as e:
    print(type(e).__name__, e)

@vectorize([float64(float64, float64)], identity="reorderable")
def fsum_reorder(a, b):
    return a + b


m = np.arange(12).reshape(3, 4)
print(add.reduce(m).tolist(), add.reduce(m, axis=1).tolist(), add.reduce(m, axis=0).tolist())
print(repr(add.reduce(np.arange(6))), repr(add.reduce(np.array([0.5, 1.25, 2.0]))))
print(repr(add.reduce(np.arange(5), axis=None)), add.reduce(m, axis=-1).tolist())
try:
    add.reduce(m, axis=None)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(fsum_reorder.reduce(np.ones((2, 3)), axis=None)))
print(add.reduce(np.arange(24.0).reshape(2, 3, 4), axis=1).tolist())
try:
    add.reduce(np.zeros(0))
except ValueError as e:
    print(type(e).__name__, e)


@vectorize([float64(float64, float64)], identity=0)
def fsum(a, b):
    return a + b


print(repr(fsum.reduce(np.zeros(0))), fsum.identity, add.identity)


@vectorize
def dmax(a, b):
    return a if a > b else b


@vectorize
def dmin(a, b):
    return a if a < b else b


print(dmax(np.array([3.0, 1.0]), np.array([2.0, 5.0])).tolist(), repr(dmax.reduce(np.array([1.0, 7.0, 3.0]))))
print(repr(dmax.reduce(np.array([1, 7, 3]))), dmax.types, dmin(np.arange(3), 1).tolist(), dmin.types)
try:
    dmin.reduce(np.array([4.0, 2.0]))
except TypeError as e:
    print(type(e).__name__, e)
