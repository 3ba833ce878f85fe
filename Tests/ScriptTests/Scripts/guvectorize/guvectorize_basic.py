# @guvectorize with explicit signatures: layouts with core and scalar dimensions, broadcasting
# over the loop dimensions, outputs allocated or passed, several outputs.
import numpy as np
from numba import guvectorize, float64, float32, int64


@guvectorize([(float64[:], float64, float64[:]), (float32[:], float32, float32[:])], "(n),()->(n)")
def add_scalar(x, c, out):
    for i in range(x.shape[0]):
        out[i] = x[i] + c


print(add_scalar)
print(add_scalar.__name__, add_scalar.nin, add_scalar.nout, add_scalar.nargs)
print(add_scalar.ntypes, add_scalar.types, add_scalar.signature, add_scalar.identity)
a = np.arange(6.0).reshape(2, 3)
print(add_scalar(a, 10.0))
print(add_scalar(np.arange(3.0), 1))
print(add_scalar(a, np.array([1.0, 2.0])))
r = add_scalar(np.arange(3.0, dtype=np.float32), np.float32(1.5))
print(r, r.dtype)
r = add_scalar(np.arange(3.0, dtype=np.float32), 1.5)
print(r, r.dtype)
r = add_scalar(np.arange(3, dtype=np.int16), 2)
print(r, r.dtype)
out = np.zeros(3)
r = add_scalar(np.arange(3.0), 2.0, out)
print(r, out, r is out)
out32 = np.zeros(3, dtype=np.float32)
r = add_scalar(np.arange(3.0), 0.5, out=out32)
print(r, r.dtype, r is out32)
print(add_scalar(a, np.ones((4, 1)), np.zeros((4, 2, 3))).shape)
print(add_scalar(np.arange(24.0).reshape(2, 3, 4)[:, ::2, ::-1], 0.25))
print(add_scalar([1.0, 2.0], 3.0))
print(add_scalar(np.zeros((2, 0)), 1.0).shape)
print(add_scalar(np.zeros((0, 3)), 1.0).shape)


@guvectorize(["void(f8[:], f8[:])"], "(n)->()")
def total(x, res):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i]
    res[0] = s


print(total(a), total(np.arange(4.0)))
print(total(np.arange(24.0).reshape(2, 3, 4)))
print(total(np.arange(24.0).reshape(2, 3, 4).T))


@guvectorize([(float64[:, :], float64[:, :], float64[:, :])], "(m,n),(n,p)->(m,p)")
def matmul(A, B, C):
    m, n = A.shape
    p = B.shape[1]
    for i in range(m):
        for j in range(p):
            s = 0.0
            for k in range(n):
                s += A[i, k] * B[k, j]
            C[i, j] = s


A = np.arange(12.0).reshape(2, 2, 3)
B = np.arange(6.0).reshape(3, 2)
print(matmul(A, B))
print(np.array_equal(matmul(A, B), A @ B))


@guvectorize([(float64[:], float64[:], float64[:])], "(n)->(),()")
def minmax(x, lo, hi):
    lo[0] = x[0]
    hi[0] = x[0]
    for i in range(1, x.shape[0]):
        lo[0] = min(lo[0], x[i])
        hi[0] = max(hi[0], x[i])


m = np.array([[3.0, 1.0, 2.0], [5.0, 9.0, 7.0]])
print(minmax(m))
print(minmax(np.array([3.0, 1.0, 2.0])))
lo, hi = np.zeros(2), np.zeros(2)
r = minmax(m, lo, hi)
print(r, r[0] is lo, r[1] is hi)
r = minmax(m, out=(lo, hi))
print(r, r[0] is lo)


@guvectorize([(int64[:], int64[:])], "(n)->(n)", target="parallel")
def cumsum(x, out):
    s = 0
    for i in range(x.shape[0]):
        s += x[i]
        out[i] = s


print(cumsum)
print(cumsum(np.arange(12).reshape(3, 4)))
print(cumsum(np.arange(12).reshape(3, 4).T))
print(cumsum(np.arange(3, dtype=np.int32)))
big = cumsum(np.ones((1000, 50), dtype=np.int64))
print(big.shape, big[0, -1], big[-1, -1], big.sum())
