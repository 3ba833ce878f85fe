# A @vectorize ufunc called with scalars from @njit code (the kernel is called directly).
import numpy as np
from numba import njit, vectorize, float64, int64


@vectorize([int64(int64, int64), float64(float64, float64)])
def clip_add(x, y):
    s = x + y
    if s > 10:
        return 10
    return s


@njit
def total(n):
    t = 0
    for i in range(n):
        t += clip_add(i, 3)
    return t


@njit
def ftotal(a):
    t = 0.0
    for x in a:
        t += clip_add(x, 0.5)
    return t


print(total(12))
print(ftotal(np.arange(15) * 1.0))
print(clip_add(np.arange(12), 1).tolist())
