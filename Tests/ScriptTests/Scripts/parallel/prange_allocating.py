# prange bodies that allocate arrays run on threads (the native arena and error record are
# locked); results and reductions are those of serial code.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def weighted(n):
    out = np.zeros(n)
    for i in prange(n):
        tmp = np.zeros(3)
        for j in range(3):
            tmp[j] = i * (j + 1)
        out[i] = tmp.sum()
    return out


@njit(parallel=True)
def total_of_rows(m):
    s = 0.0
    for i in prange(m.shape[0]):
        row = np.empty(m.shape[1])
        for j in range(m.shape[1]):
            row[j] = m[i, j] * 2.0
        s += row.sum()
    return s


@njit(parallel=True)
def checked(a, k):
    out = np.zeros(a.shape[0])
    for i in prange(a.shape[0]):
        buf = np.ones(2)
        out[i] = buf[0] + a[i + k]
    return out


print(weighted(10))
print(weighted(100000).sum())
m = np.arange(12000.0).reshape(4000, 3)
print(total_of_rows(m), m.sum() * 2.0)
print(checked(np.arange(5.0), 0))
