# nan, inf and -inf in float arrays, alone and mixed with finite values.
import numpy as np

nan = float("nan")
inf = float("inf")
print(np.array([nan, inf, -inf, 1.5]))
print(np.array([nan, 1.0]))
print(np.array([inf, 1.0]))
print(np.array([-inf, 1.0]))
print(np.array([nan]))
print(np.array([nan, inf]))
print(np.array([nan, -inf]))
print(np.array([nan, 0.125, 2.0]))
print(np.array([inf, 1e-10]))
print(np.array([nan, 1e20, 3.0]))
print(repr(np.array([nan, -inf, 0.5])))
print(np.array([[nan, 1.0], [2.0, -inf]]))
print(np.full(3, nan), np.full(2, -inf))
print(repr(np.array([nan, 2.0], dtype=np.float32)))
