# Elementwise array operations compiled natively: fused expressions, single operators, ufuncs,
# comparisons, in-place operators, numpy broadcasting and its error.
import numpy as np
from numba import njit


@njit
def axpy(a, x, y):
    return a * x + y


@njit
def ops(x, y):
    return x + y, x - 1, 2.0 * x, -x, x / y, x ** 2


@njit
def ufuncs(u, v):
    return np.sqrt(u * u + v * v) - np.minimum(u, v), np.exp(u), np.abs(-u), np.maximum(u, 2.5)


@njit
def ints(a, b):
    return (a + b) // 2 - a % 3, a * 3, np.sqrt(a), a / 2


@njit
def compare(x, y):
    return x > 1.0, x == y, x <= y


@njit
def inplace(x, y):
    x += y
    x *= 2
    x -= 1
    return x


@njit
def broadcast(m, row, col):
    return m + row, m * col + 1.0, row + col


@njit(fastmath=True)
def fast(x, y):
    return (x * y + 1.0).sum()


x = np.arange(4.0)
y = np.array([1.0, 2.0, 4.0, 8.0])
print(axpy(2.0, x, y).tolist())
for r in ops(x, y):
    print(r.tolist(), r.dtype)
for r in ufuncs(x, y):
    print(r.tolist())
for r in ints(np.arange(5), np.arange(5, 10)):
    print(r.tolist(), r.dtype)
for r in compare(x, y - 1.0):
    print(r.tolist(), r.dtype)
z = x.copy()
print(inplace(z, y).tolist(), z.tolist())
m = np.arange(6.0).reshape(2, 3)
for r in broadcast(m, np.array([10.0, 20.0, 30.0]), np.array([[1.0], [2.0]])):
    print(r.tolist(), r.shape)
print(fast(x, y))
try:
    axpy(2.0, x, np.arange(3.0))
except ValueError as e:
    print(type(e).__name__)
try:
    broadcast(m, np.arange(2.0), np.arange(2.0))
except ValueError as e:
    print(type(e).__name__)
