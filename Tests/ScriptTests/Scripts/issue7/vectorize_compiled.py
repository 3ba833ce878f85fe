# @vectorize kernels run as compiled elementwise loops: broadcasting, strides, casts, out=.
import numpy as np
from numba import vectorize, float64, int64, float32


@vectorize([int64(int64, int64), float64(float64, float64)])
def axpy(x, y):
    return x * 2 + y


@vectorize
def ratio(a, b):
    return a / b


@vectorize([float32(float32)])
def half(x):
    return x * 0.5


x = np.arange(12).reshape(3, 4)
print(axpy(x, 1).tolist(), axpy(x, 1).dtype)
print(axpy(x, 1.5).tolist(), axpy(x, 1.5).dtype)
print(axpy(x.T, np.arange(3)).tolist())
print(axpy(x[:, ::2], x[:, 1::2]).tolist())
print(axpy(x[::-1, 1:3], 0).tolist())
out = np.zeros((3, 4))
axpy(x, 0.25, out=out)
print(out.tolist())
print(axpy(3, 4), axpy(2.5, 1.0))
print(ratio(np.arange(5.0), np.array([1.0, 0.0, 2.0, 0.0, 4.0])).tolist())
print(ratio(np.arange(4), 2).tolist(), ratio.types)
print(half(np.arange(4, dtype=np.float32)).tolist(), half(np.arange(4, dtype=np.float32)).dtype)
print(axpy.reduce(np.arange(6)))
big = np.linspace(0.0, 1.0, 100001)
print(round(float(axpy(big, big).sum()), 6))
print(axpy(np.zeros((0, 3)), 1.0).shape)
