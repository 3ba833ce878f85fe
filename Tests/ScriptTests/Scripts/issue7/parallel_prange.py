# parallel=True: prange loops on threads, reductions (+= -= *= min max) combined per thread.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def sum_sq(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * a[i]
    return s


@njit(parallel=True)
def stats(a, start):
    total = 0
    neg = 100
    lo = 1000
    hi = -1000.0
    for i in prange(start, a.shape[0]):
        v = a[i]
        total += v
        neg -= 1
        lo = min(lo, v)
        hi = max(hi, v * 0.5)
    return total, neg, lo, hi


@njit(parallel=True)
def scaled(n, k):
    out = np.empty(n)
    for i in prange(n):
        acc = 0.0
        for j in range(3):
            acc += i * k + j
        out[i] = acc
    return out


@njit(parallel=True)
def product(a):
    p = 1.0
    for i in prange(len(a)):
        p *= a[i]
    return p


a = np.arange(1001) * 1.0
print(sum_sq(a), sum_sq(a[:0]))
print(*stats(np.arange(-50, 51), 3))
print(scaled(7, 2).tolist())
print(product(np.array([1.0, 2.0, 0.5, 4.0, 3.0, 1.5])))
s = 0
for k in range(5):
    s += sum_sq(np.arange(k * 10.0))
print(s)
