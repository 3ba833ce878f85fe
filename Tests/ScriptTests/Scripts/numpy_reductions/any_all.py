import numpy as np
a = np.array([[0, 1, 0], [0, 2, 3]])
print(a.any(), a.all(), np.any(a, axis=0).tolist(), np.all(a, axis=1).tolist())
print(np.any([]), np.all([]), np.any([0.0, float('nan')]), np.all([1.0, 0.5]))
print(type(np.any([1])).__name__, np.all(a, keepdims=True).tolist(), np.any(a, axis=(0, 1)))
b = np.array([[True, False], [True, True]])
print(b.all(axis=0).tolist(), b.any(axis=1).tolist(), np.all(b.T, axis=1).tolist())
print(np.any(np.zeros((2, 0)), axis=1).tolist(), np.all(np.zeros((2, 0)), axis=1).tolist())
print(np.count_nonzero(a), np.count_nonzero(a, axis=0).tolist(), np.count_nonzero(a, axis=1, keepdims=True).tolist())
