# Basic slicing in compiled code: views sharing the buffer, Python's clamping of bounds,
# assignment through slices (with overlap), copy, transpose, rows, enumerate/zip, unpacking.
import numpy as np
from numba import njit


@njit
def pieces(a, i, j, k):
    return a[i:j].sum(), a[i:j:k].sum(), a[::-1][0], a[-3:].sum(), a[2:100].size, a[5:2].size, a[j:i:-k].sum()


@njit
def view(a):
    v = a[1:4]
    v[0] = 100.0
    return v


@njit
def grid(m):
    col = m[:, 0]
    inner = m[1:-1, 1:-1]
    t = m.T
    return col.sum(), inner.sum(), inner.shape[0], inner.shape[1], t[1, 0], t.shape[0]


@njit
def assign(a, b, n):
    a[1:n] = 0.0
    b[:] = a
    a[1:] = a[:-1]
    return a, b


@njit
def rows(m):
    s = 0.0
    for row in m:
        s += row[0] * 10 + row.sum()
    m[0] = 7.0
    c = m.copy()
    c[1, 1] = -1.0
    return s, c


@njit
def iterate(a, xs):
    s = 0.0
    for i, x in enumerate(a):
        s += i * x
    for i, x in enumerate(xs, 1):
        s += i * x
    for k, x, y in zip(range(10), a, a[::-1]):
        s += k + x * y
    p, q = a[:2]
    n, m = np.ones((2, 3)).shape
    return s, p, q, n, m


@njit
def bad_step(a, k):
    return a[::k].sum()


a = np.arange(10.0)
print(*pieces(a, 2, 8, 3), *pieces(a, -5, -1, 2))
x = np.arange(6.0)
v = view(x)
print(v.tolist(), x.tolist())
print(*grid(np.arange(20.0).reshape(4, 5)))
r = assign(np.arange(6.0), np.zeros(6), 3)
print(r[0].tolist(), r[1].tolist())
m = np.arange(6.0).reshape(3, 2)
s, c = rows(m)
print(s, c.tolist(), m.tolist())
print(*iterate(np.arange(4.0), [1, 2, 3]))
try:
    bad_step(a, 0)
except ValueError as e:
    print(type(e).__name__, e)
