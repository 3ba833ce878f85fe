# Shape methods compiled natively: reshape (views, an inferred dimension, numba's errors),
# ravel, flatten, astype, fill; in-place operators on slices; nested enumerate/zip.
import numpy as np
from numba import njit


@njit
def grid(a, n):
    m = a.reshape((n, -1))
    row = m[0] + m[1]
    flat = m.T.ravel()
    return m, row, flat, m.flatten(), m[:, 1:].copy()


@njit
def convert(a):
    b = a.astype(np.int32)
    c = np.empty_like(a)
    c.fill(2.5)
    return b, c


@njit
def bump(a, i, j):
    a[i:j] += 1
    a[:2] *= 10
    return a


@njit
def pairs(a, b):
    s = 0.0
    for i, (x, y) in enumerate(zip(a, b)):
        s += i * x * y
    return s


@njit
def bad(a, n, m):
    return a.reshape(n, m)


a = np.arange(6.0)
for r in grid(a, 2):
    print(r.tolist(), r.shape)
for r in convert(a * 1.75):
    print(r.tolist(), r.dtype)
print(bump(np.arange(6), 1, 4).tolist())
print(pairs(a, a[::-1]))
print(bad(a, 3, -1).shape, bad(np.arange(0.0), 0, 5).shape)
for n, m in ((-1, -1), (4, 2), (-1, 4)):
    try:
        bad(a, n, m)
    except ValueError as e:
        print(type(e).__name__)
