# @stencil kernels compiled to loop nests: 1-d/2-d, cval, neighborhood, standard_indexing, from @njit.
import numpy as np
from numba import stencil, njit


@stencil
def smooth(a):
    return (a[-1] + a[0] + a[1]) / 3.0


@stencil(cval=-1.0)
def lap(a):
    c = 4 * a[0, 0]
    return a[0, 1] + a[1, 0] + a[0, -1] + a[-1, 0] - c


@stencil(neighborhood=((-2, 0),))
def trailing(a):
    s = 0
    for k in range(-2, 1):
        s += a[k]
    return s


@stencil(standard_indexing=("w",))
def weighted(a, w):
    return a[-1] * w[0] + a[0] * w[1] + a[1] * w[2]


@njit
def run_all(x, m, w):
    return smooth(x), lap(m), trailing(x), weighted(x, w)


x = np.arange(10.0) ** 2
m = (np.arange(20.0).reshape(4, 5) % 7) ** 2
w = np.array([0.25, 0.5, 0.25])
print(smooth(x).tolist())
print(lap(m).tolist())
print(trailing(np.arange(8)).tolist(), trailing(np.arange(8)).dtype)
print(trailing(x).tolist())
print(weighted(x, w).tolist())
for r in run_all(x, m, w):
    print(r.tolist())
out = np.full(10, 7.0)
smooth(x, out=out)
print(out.tolist())
print(smooth(np.arange(2.0)).tolist())
out32 = np.zeros(10, dtype=np.float32)
smooth(x, out=out32)
print(out32.tolist())
outs = np.zeros(20)
smooth(x, out=outs[::2])
print(outs.tolist())
