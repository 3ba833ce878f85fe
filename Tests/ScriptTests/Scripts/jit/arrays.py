# Arrays in compiled code: reading and writing the caller's buffers, 2-d indexing, negative
# indices, allocation, reductions, bounds checks.
import numpy as np
from numba import njit


@njit
def matmul(A, B):
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            acc = 0.0
            for p in range(k):
                acc += A[i, p] * B[p, j]
            C[i, j] = acc
    return C


print(matmul(np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(3, 2)).tolist())


@njit
def scale(a, k):
    for i in range(a.shape[0]):
        a[i] *= k
    a[-1] = -1
    return a.size, len(a), a.ndim


x = np.arange(5.0)
print(scale(x, 3), x.tolist())


@njit
def fill(n):
    out = np.empty(n, dtype=np.int64)
    for i in range(n):
        out[i] = i * i if i % 3 else -i
    ones = np.ones((2, 3), dtype=np.int32)
    return out, ones


o, ones = fill(7)
print(o.tolist(), o.dtype, ones.tolist(), ones.dtype)


@njit
def stats(a):
    total = 0.0
    for v in a:
        total += v
    return a.sum(), a.min(), a.max(), a.argmax(), a.argmin(), a.mean(), total


print([float(v) for v in stats(np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]))])
print([float(v) for v in stats(np.array([3, -1, 4]))])


@njit
def row_sum(m, i):
    r = m[i]
    s = 0
    for j in range(r.shape[0]):
        s += r[j]
    return s


print(row_sum(np.arange(12).reshape(3, 4), 1), row_sum(np.arange(12).reshape(3, 4), -1))


@njit(boundscheck=True)
def get(a, i):
    return a[i]


for i in (2, -1, 5, -6):
    try:
        print(get(np.arange(5), i))
    except IndexError as e:
        print("IndexError")
flags = np.array([True, False, True])
print(get(flags, 0), get(flags, 1))
