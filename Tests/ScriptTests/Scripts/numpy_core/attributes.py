# Array attributes: shape, ndim, size, itemsize, nbytes, dtype, strides, T.
import numpy as np

for a in [np.arange(6), np.zeros((2, 3)), np.ones((2, 3, 4), dtype=np.int32),
          np.array([True, False]), np.zeros(3, dtype=np.float32), np.zeros(2, dtype=np.uint8)]:
    print(a.shape, a.ndim, a.size, a.itemsize, a.nbytes, a.dtype, a.strides, a.T.shape)
m = np.arange(12).reshape(3, 4)
print(m.strides, m.T.strides, m[:, ::2].strides, m[::-1].strides)
d = m.dtype
print(d, repr(d), d.name, d.itemsize, d.kind, d == np.int64, d == "int64", d != np.float64)
print(np.dtype("float32"), np.dtype(float), np.dtype(int).name, np.dtype(np.uint8).itemsize)
print(np.zeros(2).dtype.kind, np.array([True]).dtype.kind, np.zeros(1, np.complex128).dtype)
