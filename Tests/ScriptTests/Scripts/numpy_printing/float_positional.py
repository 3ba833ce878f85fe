# Float arrays in positional notation: shortest digits capped at 8 decimals,
# trailing zeros trimmed, left and right padding.
import numpy as np

print(np.array([0.0, 0.25, 0.5]))
print(np.array([1.0, 2.0]))
print(np.array([1.5, -2.25, 100.0]))
print(np.array([0.1, 0.2, 0.30000000000000004]))
print(np.array([3.141592653589793, 2.718281828459045]))
print(np.array([0.123456789, 1234.5678]))
print(np.array([0.99999999999, 0.5]))
print(np.array([0.0001, 0.5]))
print(np.array([12345678.9, 1.0]))
print(np.array([-0.0, 0.0, 1.0]))
print(np.array([0.0, 0.0]))
print(np.linspace(0, 1, 5))
print(np.linspace(-1, 1, 7))
print(np.linspace(0, 2, 12).reshape(3, 4))
print(np.full((2, 3), 2.5))
print(np.array([999.99999999, 1000.0]))
print(np.array([5.000000005, 0.1]))
