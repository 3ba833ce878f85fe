# np.arange with ints, floats, negative steps and dtypes; the element values and dtypes.
import numpy as np

print(np.arange(5).tolist(), np.arange(5).dtype)
print(np.arange(2, 10, 3).tolist())
print(np.arange(10, 0, -3).tolist())
print(np.arange(0, 1, 0.1).tolist())
print(np.arange(0.5, 3).tolist(), np.arange(0.5, 3).dtype)
print(np.arange(5, dtype=np.float64).tolist())
print(np.arange(4, dtype=np.int32).dtype, np.arange(3, dtype=float).dtype)
print(np.arange(0).shape, np.arange(5, 2).shape, np.arange(-3, 3).tolist())
print(np.arange(1, 2, 0.25).tolist(), len(np.arange(0, 5, 0.5)))
try:
    np.arange(0, 5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
