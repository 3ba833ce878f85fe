# 1-D stencils: neighbourhood from the kernel's constant indices, output dtype the kernel's return type.
import numpy as np
from numba import stencil


@stencil
def smooth(a):
    return (a[-1] + a[0] + a[1]) / 3.0


print(smooth(np.array([3.0, 6.0, 9.0, 3.0, 0.0, 6.0])).tolist())
print(smooth(np.arange(5)).dtype, smooth(np.arange(5, dtype=np.float32)).dtype)


@stencil
def pair(a):
    return a[-1] + a[1]


for dt in (np.int64, np.int32, np.float32, np.uint8):
    r = pair(np.arange(6, dtype=dt))
    print(r.dtype, r.tolist())


@stencil
def ahead(a):
    return a[1] * 10 + a[2]


@stencil
def behind(a):
    return a[-2] - a[-1]


print(ahead(np.arange(6)).tolist(), behind(np.arange(6)).tolist())


@stencil
def wide(a):
    return a[-2] + a[2]


print(wide(np.arange(3.0)).tolist(), wide(np.arange(5.0)).tolist(), wide(np.zeros(0)).tolist())


@stencil
def positive(a):
    return a[0] > a[-1]


print(positive(np.array([1.0, 3.0, 2.0, 5.0])).tolist(), positive(np.array([1.0, 3.0])).dtype)


@stencil
def centre(a):
    return a[0] * 2


print(centre(np.arange(4)).tolist())
s = np.arange(10.0)[::2]
print(pair(s).tolist(), pair(s[::-1]).tolist())
