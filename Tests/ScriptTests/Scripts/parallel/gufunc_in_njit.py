# A @guvectorize'd function called from @njit code with its outputs, as numba allows: the
# operands broadcast over the loop dimensions and the outputs are filled in place.
import numpy as np
from numba import njit, guvectorize, float64, prange


@guvectorize([(float64[:], float64, float64[:])], "(n),()->(n)")
def add_scalar(x, y, out):
    for i in range(x.shape[0]):
        out[i] = x[i] + y


@guvectorize(["void(float64[:], float64[:])", "void(int64[:], int64[:])"], "(n)->()")
def total(x, out):
    s = 0
    for v in x:
        s += v
    out[0] = s


@guvectorize("(n),(n)->(n)")
def product(x, y, out):
    for i in range(x.shape[0]):
        out[i] = x[i] * y[i]


@njit
def shifted(a, by):
    out = np.empty_like(a)
    add_scalar(a, by, out)
    return out


@njit
def row_totals(m):
    out = np.empty(m.shape[0], dtype=m.dtype)
    total(m, out)
    return out


@njit
def squares(a):
    out = np.zeros_like(a)
    product(a, a, out)
    return out


@njit(parallel=True)
def shifted_rows(m):
    out = np.empty_like(m)
    for i in prange(m.shape[0]):
        add_scalar(m[i], float(i), out[i])
    return out


@njit
def row_totals_into(m, out):
    total(m, out)


@njit
def bad_core(a, b):
    out = np.empty(a.shape[0])
    product(a, b, out)
    return out


a = np.arange(6.0)
print(shifted(a, 2.0))
print(shifted(np.arange(6.0).reshape(2, 3), -1.0))
print(row_totals(np.arange(12.0).reshape(3, 4)))
print(row_totals(np.arange(12).reshape(3, 4)))
print(squares(np.arange(5.0)), squares(np.arange(5)))
m = np.arange(20_000.0).reshape(1000, 20)
r = shifted_rows(m)
print(r.shape, r[0, :3], r[999, -2:], np.array_equal(r, m + np.arange(1000.0)[:, None]))
try:
    bad_core(np.ones(3), np.ones(4))
except ValueError as e:
    print("ValueError")
try:
    row_totals_into(np.ones((3, 4)), np.empty(2))
except ValueError as e:
    print("ValueError")
