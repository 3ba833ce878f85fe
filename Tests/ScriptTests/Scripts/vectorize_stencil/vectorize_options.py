# @vectorize options and errors: target='parallel', string signatures, .ufunc, failed loop searches.
import numpy as np
from numba import vectorize, float32, float64, int8


@vectorize([float32(float32, float32), float64(float64, float64)], target='parallel')
def sub(a, b):
    return a - b


print(sub, sub.types, sub.nin, sub.__name__)
print(sub(np.arange(3, dtype=np.float32), 1).dtype, sub(np.arange(3.0), 1).tolist(), repr(sub(5.0, 1.5)))
print(repr(sub(np.float32(1.0), np.float32(2.5))))


@vectorize(['float64(float64)', 'int64(int64)'])
def square(x):
    return x * x


print(square, square.ufunc, square.types, repr(square(3)), repr(square(1.5)))


@vectorize('f8(f8, i8)')
def scale(x, n):
    return x * n


print(scale.types, scale(np.array([1.0, 2.0]), 3).tolist())


@vectorize([int8(int8)])
def neg(x):
    return -x


print(neg(np.array([1, -128], dtype=np.int8)).tolist())
try:
    neg(np.arange(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    neg(np.arange(3, dtype=np.int8), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    scale(np.ones(2), 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    square("ab")
except TypeError as e:
    print(type(e).__name__, e)
