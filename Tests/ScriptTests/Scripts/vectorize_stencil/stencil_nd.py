# 2-D and 3-D stencils, several relatively indexed arrays, scalar and standard-indexed arguments.
import numpy as np
from numba import stencil


@stencil
def laplace(a):
    return a[0, 1] + a[0, -1] + a[1, 0] + a[-1, 0] - 4 * a[0, 0]


g = (np.arange(25.0) ** 2).reshape(5, 5)
print(laplace(g).tolist())
print(laplace(np.arange(12).reshape(3, 4)).tolist(), laplace(np.ones((2, 5))).tolist())


@stencil
def corner(a):
    return a[1, 1] - a[-1, -1]


print(corner(np.arange(20).reshape(4, 5)).tolist())
print(corner(np.arange(20.0).reshape(4, 5).T).tolist())


@stencil
def cube(a):
    return a[1, 1, 1] - a[-1, -1, -1] + a[0, 0, 1]


r = cube(np.arange(27.0).reshape(3, 3, 3))
print(r.shape, r[1].tolist(), r[0].sum(), r[2].sum())


@stencil
def weighted(a, w):
    return a[0, 1] * w[0, 0]


print(weighted(np.ones((3, 3)), np.full((3, 3), 2.0)).tolist())


@stencil
def scaled(a, c):
    return a[1] * c


print(scaled(np.arange(4.0), 3.0).tolist(), scaled(np.arange(4), 2).tolist())


@stencil(standard_indexing=("b",))
def with_table(a, b):
    return a[-1] * b[1]


print(with_table(np.arange(5.0), np.array([10.0, 20.0])).tolist())
try:
    weighted(np.ones((3, 3)), np.ones((2, 3)))
except ValueError as e:
    print(type(e).__name__, e)
