import numpy as np
a = np.linspace(0, 1, 1001).astype(np.float32)
print(a.sum(), a.sum().dtype, a.mean(), a.mean().dtype, float(a.std()), a.var().dtype)
print(a.max(), a.min(), a.argmax(), a.prod())
b = np.linspace(-1, 1, 12).astype(np.float32).reshape(3, 4)
print(b.sum(axis=0).tolist(), b.mean(axis=1).tolist(), b.sum(axis=0).dtype)
print(b.cumsum().dtype, b.sum(dtype=np.float64).dtype, np.median(b), np.median(b).dtype)
