# fastmath (float reductions vectorise), error_model='numpy', nogil, inline='always'.
import numpy as np
from numba import njit


@njit(fastmath=True)
def fsum(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit(error_model="numpy")
def div_numpy(a, b):
    return a / b


@njit
def div_python(a, b):
    return a / b


@njit(inline="always")
def sq(x):
    return x * x


@njit(nogil=True)
def uses_sq(a):
    t = 0.0
    for x in a:
        t += sq(x)
    return t


a = np.arange(64) * 0.5
print(fsum(a))
one, zero = np.float64(1.0), np.float64(0.0)
print(div_numpy(one, zero), div_numpy(-one, zero), div_numpy(zero, zero), div_numpy(one, 2.0))
try:
    div_python(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__)
print(uses_sq(a))
