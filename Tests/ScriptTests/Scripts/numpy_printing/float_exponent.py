# Float arrays switch to scientific notation for max >= 1e8, min < 1e-4 or
# a ratio above 1000; exponents are padded to a common width.
import numpy as np

print(np.array([1e10]))
print(np.array([1e-05, 1e3]))
print(np.array([1.0, 1000.0]))
print(np.array([1.0, 1000.5]))
print(np.array([1e8, 1.0]))
print(np.array([99999999.0, 1.0]))
print(np.array([1e-4, 1.0]))
print(np.array([9.9e-5, 1.0]))
print(np.array([1.5e100, -2.5e-100, 3.0]))
print(np.array([1e300, 1e-300]))
print(np.array([5e-324, 1.0]))
print(np.array([1.7976931348623157e308, 0.0]))
print(np.array([0.0, 1e-10, -1e-10]))
print(np.array([123456789.0, 0.5, -7.25]))
print(np.array([[1e-8, 2.0], [3.0, 4e9]]))
print(np.array([1e16, 1e15]))
print(np.array([1.2345678901234e-7, 9.87654321e20]))
