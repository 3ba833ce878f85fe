# @stencil options: neighborhood=, cval=, out=.
import numpy as np
from numba import stencil


@stencil(neighborhood=((-2, 0),))
def trailing_mean(a):
    acc = 0.0
    for i in range(-2, 1):
        acc += a[i]
    return acc / 3


print(trailing_mean(np.arange(8.0)).tolist())


@stencil(neighborhood=((-1, 1), (0, 0)))
def rows(a):
    return a[0, 0] + a[1, 0]


print(rows(np.arange(6.0).reshape(3, 2)).tolist())


@stencil(neighborhood=((-1, 1),))
def only_centre(a):
    return a[0]


print(only_centre(np.arange(5.0)).tolist())


@stencil(cval=-1.0)
def diff(a):
    return a[1] - a[0]


print(diff(np.array([1.0, 4.0, 9.0, 16.0])).tolist())


@stencil(cval=7)
def times2(a):
    return a[0] * 2


@stencil(cval=1.5)
def span(a):
    return a[1] - a[-1]


print(times2(np.arange(4)).tolist(), span(np.arange(5)).tolist(), span(np.arange(5)).dtype)

out = np.full(5, 9.0)
r = span(np.arange(5.0), out=out)
print(out.tolist(), r is out)
out2 = np.full(5, 9.0)
@stencil
def span0(a):
    return a[1] - a[-1]
span0(np.arange(5.0) ** 2, out=out2)
print(out2.tolist())
out3 = np.zeros((3, 3), dtype=np.int64)
@stencil
def box(a):
    return a[-1, -1] + a[1, 1]
box(np.arange(9).reshape(3, 3), out=out3)
print(out3.tolist())
