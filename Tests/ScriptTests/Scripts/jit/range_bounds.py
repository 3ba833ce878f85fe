# Bounds checks stay exact when range loops index arrays directly (the checks are hoisted per
# loop, not removed): in-range loops, negative starts, negative steps, loops running past the
# end, indices reassigned in the body, empty ranges.
import numpy as np
from numba import njit


@njit(boundscheck=True)
def fill(a, start, stop, step):
    for j in range(start, stop, step):
        a[j] = j
    return a


@njit(boundscheck=True)
def total(a, start, stop, step):
    s = 0
    for j in range(start, stop, step):
        s += a[j]
    return s


@njit(boundscheck=True)
def shifted(a, k):
    for j in range(len(a)):
        j = j + k
        a[j] = 1
    return a


@njit(boundscheck=True)
def outer(a):
    n = len(a)
    i = 0
    while i < 3:
        for j in range(i, n + i):
            a[j] += 1
        i += 1
    return a


def attempt(f, *args):
    try:
        r = f(*args)
        print(r.tolist() if hasattr(r, "tolist") else r)
    except IndexError as e:
        print("IndexError")


attempt(fill, np.zeros(6, dtype=np.int64), 0, 6, 2)
attempt(fill, np.zeros(6, dtype=np.int64), -3, 0, 1)
attempt(fill, np.zeros(6, dtype=np.int64), 5, -1, -2)
attempt(fill, np.zeros(6, dtype=np.int64), 2, 9, 3)
attempt(fill, np.zeros(6, dtype=np.int64), -8, 2, 1)
attempt(fill, np.zeros(6, dtype=np.int64), 4, 4, 1)
attempt(total, np.arange(10), 1, 10, 4)
attempt(total, np.arange(10), 9, -11, -5)
attempt(shifted, np.zeros(4, dtype=np.int64), 0)
attempt(shifted, np.zeros(4, dtype=np.int64), 1)
attempt(outer, np.zeros(4, dtype=np.int64))
