# Stencils and vectorized ufuncs called from @njit functions.
import numpy as np
from numba import njit, stencil, vectorize, float64


@stencil
def laplace(a):
    return a[0, 1] + a[0, -1] + a[1, 0] + a[-1, 0] - 4 * a[0, 0]


@stencil
def smooth(a):
    return (a[-1] + a[0] + a[1]) / 3.0


@njit
def smooth_twice(a):
    return laplace(laplace(a))


@njit
def relax(x, steps):
    for _ in range(steps):
        x = smooth(x)
    return x


@njit
def total(a):
    s = smooth(a)
    return s.sum(), s.shape[0]


g = (np.arange(25.0) ** 2).reshape(5, 5)
print(smooth_twice(g).tolist())
print(np.round(relax(np.array([0.0, 3.0, 6.0, 3.0, 0.0, 9.0, 0.0]), 3), 6).tolist())
s, n = total(np.arange(6.0))
print(float(s), n)


@vectorize([float64(float64, float64)])
def hyp(a, b):
    return (a * a + b * b) ** 0.5


@njit
def use_ufunc(x):
    return hyp(x, 4.0)


print(use_ufunc(np.array([3.0, 0.0])).tolist(), use_ufunc(3.0))
