# Arrays with more than 1000 elements are summarised with "..." and 3 edge
# items along every axis; repr adds shape=.
import numpy as np

print(np.arange(2000))
print(repr(np.arange(2000)))
print(np.arange(1001))
print(np.arange(1000)[-5:])
print(np.arange(3000).reshape(3, 1000))
print(repr(np.arange(3000).reshape(3, 1000)))
print(np.arange(3000).reshape(1000, 3))
print(np.zeros((20, 20, 20)))
print(repr(np.ones((20, 20, 20), dtype=np.int8)))
print(np.linspace(0, 1, 2001))
print(repr(np.linspace(-1e-6, 1e6, 1500)))
print(np.arange(2048).reshape(2, 2, 2, 256))
print(np.eye(40))
