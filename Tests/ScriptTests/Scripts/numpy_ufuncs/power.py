# ** for ints (wrapping, negative exponents rejected) and floats, with numpy's fast paths.
import numpy as np

a = np.array([2, 3, -2, 0, 1])
print((a ** 3).tolist(), (a ** 0).tolist(), (2 ** a[:2]).tolist(), (a ** np.array([1, 2, 3, 4, 5])).tolist())
print((np.array([2], dtype=np.int8) ** 7).tolist(), (np.array([3]) ** 40).tolist())
for f in [lambda: a ** -1, lambda: a ** np.array([1, -2, 1, 1, 1]), lambda: np.int64(2) ** -1]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
x = np.array([-np.inf, -0.0, 0.0, 4.0, 2.25])
print((x ** 0.5).tolist(), (x ** 2).tolist(), (x ** -1).tolist())
print(np.power(x, 0.5).tolist())
print((x[3:] ** 1.5).tolist(), (x[3:] ** -2).tolist(), (2.0 ** x[3:]).tolist())
b = np.array([True, False])
print((b ** 2).dtype, (b ** 3).dtype, (b ** b).dtype, (np.array([3], dtype=np.uint8) ** 2).dtype)
print((np.array([1.5]) ** np.array([2])).dtype, (np.arange(3) ** 2.0).dtype, (np.arange(3) ** 0.5).tolist())
print(np.power(3, 4), type(np.power(3, 4)).__name__, np.power(2.0, 3).item())
print((np.int32(3) ** 2).item(), type(np.int32(3) ** 2).__name__, (np.float64(2) ** 0.5).item())
