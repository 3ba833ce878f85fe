# Errors of @stencil: non-constant indices without neighborhood=, mismatched neighbourhoods, options.
import numpy as np
from numba import stencil
from numba.core.errors import NumbaValueError, TypingError


@stencil
def loop_kernel(a):
    acc = 0.0
    for i in range(-1, 2):
        acc += a[i]
    return acc


try:
    loop_kernel(np.arange(5.0))
except NumbaValueError as e:
    print(type(e).__name__, isinstance(e, TypingError))


@stencil(neighborhood=((-1, 1),))
def flat(a):
    return a[0]


try:
    flat(np.ones((3, 3)))
except NumbaValueError as e:
    print(type(e).__name__)

try:
    @stencil(mode="reflect")
    def bad(a):
        return a[0]
except Exception as e:
    print(type(e).__name__)

try:
    @stencil(boundary=1)
    def bad2(a):
        return a[0]
except Exception as e:
    print(type(e).__name__)


@stencil(neighborhood=((-1, 1),))
def fixed(a):
    acc = 0.0
    for i in range(-1, 2):
        acc += a[i]
    return acc


print(fixed(np.arange(5.0)).tolist())
