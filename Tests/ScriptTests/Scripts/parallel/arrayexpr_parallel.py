# parallel=True: array expressions (fused elementwise loops, single operators, ufuncs, in-place
# operators) over large contiguous arrays run on threads; the results equal numpy's bit for bit.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def axpy(a, x, y):
    return a * x + y


@njit(parallel=True)
def waves(x):
    return np.sin(x) * np.cos(x) + np.sqrt(x) - np.exp(-x)


@njit(parallel=True)
def scale_in_place(x, y):
    x *= 0.5
    x += y
    return x


@njit(parallel=True)
def above(x, limit):
    return x > limit


@njit(parallel=True)
def dot(a, b):
    return np.sum(a * b)


@njit(parallel=True)
def rows_times_columns(m, v):
    return m * v + 1.0


@njit(parallel=True)
def in_prange(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        row = m[i] * 2.0 + 1.0
        out[i] = row.sum()
    return out


@njit(parallel=True)
def nested(x, k):
    # Each iteration calls a parallel function: inner launches run serially on their thread.
    out = np.zeros(k)
    for i in prange(k):
        out[i] = axpy(float(i), x, x).sum()
    return out


@njit(parallel=True, fastmath=True)
def fast_sum_sq(a):
    # fastmath reaches the prange chunk: the reduction vectorises (exact here: small integers).
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * a[i]
    return s


n = 100_003
x = np.linspace(0.0, 10.0, n)
y = np.arange(n) * 0.25
r = axpy(3.0, x, y)
print(r.dtype, r.shape, r[:3], r[-2:])
print(np.array_equal(r, 3.0 * x + y))
small = axpy(2.0, x[:7], y[:7])
print(np.array_equal(small, 2.0 * x[:7] + y[:7]))

w = waves(x)
print(round(float(w.sum()), 6), round(float(w[12345]), 9))

z = x.copy()
out = scale_in_place(z, y)
expected = x.copy()
expected *= 0.5
expected += y
print(np.array_equal(z, expected), out is z)

b = above(x, 5.0)
print(b.dtype, int(b.sum()), b[:2], b[-2:])

ints = np.arange(300 * 400, dtype=np.int64).reshape(300, 400)
ri = axpy(3, ints, ints)
print(ri.dtype, ri.shape, int(ri.sum()), np.array_equal(ri, 3 * ints + ints))
f32 = np.arange(50_000, dtype=np.float32) * np.float32(0.5)
rf = axpy(np.float32(2.0), f32, f32)
print(rf.dtype, np.array_equal(rf, np.float32(2.0) * f32 + f32))

print(dot(np.arange(50_000.0), np.ones(50_000)))

m = np.arange(200 * 300, dtype=np.float64).reshape(200, 300)
v = np.linspace(0.0, 1.0, 300)
rm = rows_times_columns(m, v)
print(rm.shape, np.array_equal(rm, m * v + 1.0))
strided = axpy(2.0, x[::2], y[::2])
print(np.array_equal(strided, 2.0 * x[::2] + y[::2]))
print(in_prange(m)[:3])
print(nested(np.arange(20_000.0), 4))
print(fast_sum_sq(np.arange(30_000.0) % 7))
