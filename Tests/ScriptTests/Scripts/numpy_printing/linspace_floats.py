# Floats that need 8 rounded decimals, mixed magnitudes, negative values,
# integers stored as floats.
import numpy as np

print(np.linspace(0, 1, 11))
print(np.linspace(0, 10, 7))
print(np.linspace(-5, 5, 9).reshape(3, 3))
print(np.linspace(1, 2, 3))
print(np.array([1.0, 10.0, 100.0, 1000.0]))
print(np.array([1.0, 10.0, 100.0, 1001.0]))
print(np.array([-1.0, 0.5, 123.456, -7.0]))
print(np.array([1/3, 2/3, 1.0]))
print(np.array([0.3333333333333333, 66.66666666666667]))
print(np.array([0.00012345678901, 0.5]))
print(np.array([1234567.125, 0.001]))
print(np.arange(12.0).reshape(2, 2, 3))
print(repr(np.arange(5.0)))
print(repr(np.linspace(0, 1, 4).reshape(2, 2)))
