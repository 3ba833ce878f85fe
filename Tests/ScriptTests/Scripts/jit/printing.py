# print() in compiled code: scalars as Python prints them (numba boxes each argument), arrays
# as numpy formats them, in order with the interpreter's own prints.
import numpy as np
from numba import njit


@njit
def show(a, n, x):
    print("start", n, x, n > 2)
    for i in range(n):
        print(i, a[i], a[i] * x)
    print(a)
    print(a[1:3], a.sum())
    print()
    print(np.float32(0.5), np.int32(7), -0.0, 1e20, 1.5e-7)
    return n


print("before")
print(show(np.arange(4.0), 3, 0.5))
print("after")


@njit
def grid(m):
    print(m)
    print(m.T, m.shape[0])


grid(np.arange(6).reshape(2, 3))
