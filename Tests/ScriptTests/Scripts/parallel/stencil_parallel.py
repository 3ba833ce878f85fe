# A @stencil called from @njit(parallel=True) code: its loop nest runs the outer axis on threads
# (prange chunks); results must equal the serial loop nest, border cval included.

import numpy as np
from numba import stencil, njit

@stencil
def smooth_1d(a):
    return (a[-1] + a[0] + a[1]) / 3.0

@stencil(cval=1.5)
def lap(a):
    return a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1] - 4.0 * a[0, 0]

@njit(parallel=True)
def smooth(a):
    return smooth_1d(a)

@njit(parallel=True)
def lap_p(a):
    return lap(a)

@njit
def lap_s(a):
    return lap(a)

x = np.sin(np.arange(20000) * 0.1)
r = smooth(x)
print(round(float(r.sum()), 6), r[0], r[-1], round(float(r[1]), 9))
print(smooth(np.arange(7.0)))
g = np.arange(30.0).reshape(5, 6) ** 2
print(lap_p(g))
print(np.array_equal(lap_p(g), lap_s(g)))
big = np.sin(np.arange(120 * 90) * 0.01).reshape(120, 90)
print(np.array_equal(lap_p(big), lap_s(big)), round(float(lap_p(big).sum()), 6))
print(smooth(np.arange(2.0)), smooth(np.zeros(0)))
