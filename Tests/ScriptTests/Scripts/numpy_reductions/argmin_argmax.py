import numpy as np
a = np.array([[3, 9, 1], [9, 2, 1]])
print(a.argmax(), a.argmin(), np.argmax(a, axis=0).tolist(), np.argmin(a, axis=1).tolist())
print(np.argmax([1, 3, 3, 2]), np.argmin([4, 1, 1]), np.argmax(a, axis=-1).tolist())
print(type(np.argmax([1, 2])).__name__, np.argmax(a, axis=0).dtype)
n = float('nan')
print(np.argmax([1.0, n, 3.0, n]), np.argmin([2.0, 1.0, n]), np.argmax([n, 5.0]))
print(np.argmax(np.array([True, False, True])), np.argmin(np.array([True, False, False])))
print(np.argmax(a, keepdims=True).tolist(), np.argmax(a, axis=1, keepdims=True).tolist())
print(np.argmax(np.arange(24).reshape(2, 3, 4), axis=1).tolist())
print(np.argmin(np.linspace(1, -1, 9)), np.argmax(np.array([-0.0, 0.0])))
try:
    np.argmax([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.argmax(a, axis=(0, 1))
except TypeError as e:
    print(type(e).__name__, e)
