# float32 arrays use float32's shortest digits; their scientific cutoff is 1e6.
import numpy as np

print(np.array([0.1, 0.2, 0.3], dtype=np.float32))
print(repr(np.array([0.1, 0.2], dtype=np.float32)))
print(np.array([1.1, 1.2345678], dtype=np.float32))
print(np.array([1.1e-5, 1.2345678e3], dtype=np.float32))
print(np.array([1e6, 1.0], dtype=np.float32))
print(np.array([999999.0, 1.0], dtype=np.float32))
print(np.array([16777217.0], dtype=np.float32))
print(np.array([3.4028235e38, -1e-45], dtype=np.float32))
print(np.array([3.141592653589793], dtype=np.float32))
print(np.linspace(0, 1, 7).astype(np.float32))
print(repr(np.arange(6, dtype=np.float32).reshape(2, 3)))
print(repr(np.array(0.1, dtype=np.float32)))
print(np.zeros(3, dtype=np.float32))
