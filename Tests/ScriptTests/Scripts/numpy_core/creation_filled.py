# zeros, ones, empty, full, the *_like forms, eye and identity.
import numpy as np

print(np.zeros(3).tolist(), np.zeros(3).dtype, np.zeros((2, 2), dtype=np.int64).tolist())
print(np.ones((2, 3)).tolist(), np.ones(2, dtype=bool).tolist(), np.ones(2, dtype=np.int32).dtype)
print(np.empty(0).shape, np.empty((2, 0)).shape, np.zeros(()).shape, np.zeros(()).ndim)
print(np.full(3, 7).tolist(), np.full(3, 7).dtype, np.full((2, 2), 1.5).tolist())
print(np.full(2, True).dtype, np.full(2, 7, dtype=np.float64).tolist())
a = np.arange(6).reshape(2, 3)
print(np.zeros_like(a).tolist(), np.zeros_like(a).dtype, np.ones_like(a, dtype=float).tolist())
print(np.full_like(a, 9).tolist(), np.empty_like(a).shape)
print(np.eye(3).tolist(), np.eye(2, 3, k=1).tolist(), np.eye(3, dtype=int).tolist())
print(np.identity(2).tolist(), np.identity(2).dtype)
try:
    np.zeros(-1)
except ValueError as e:
    print("ValueError:", e)
