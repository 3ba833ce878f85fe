# Legacy normal draws: randn / standard_normal (cached pair), normal and uniform with arrays.
import numpy as np

np.random.seed(3)
print(np.random.randn(), np.random.randn())
print(np.random.randn(3).tolist())
print(np.random.randn(2, 2).tolist())
print(np.random.standard_normal(3).tolist())
x = np.random.normal()
print(x, type(x).__name__)
print(np.random.normal(10, 2, size=4).tolist())
print(np.random.normal([0, 100, 1000], 1).tolist())
print(np.random.normal([1, 2, 3], [[1], [10]]).tolist())
print(np.random.normal(0, [1, 2], size=(3, 2)).tolist())
print(np.random.normal(loc=5.0, scale=0.0, size=2).tolist())
print(np.random.uniform(), np.random.uniform(-2, 2))
print(np.random.uniform(1, 5, size=(2, 3)).tolist())
print(np.random.uniform([0, 10], [1, 20]).tolist())
print(np.random.uniform(low=3, high=1, size=2).tolist())
np.random.seed(3)
a = [np.random.randn() for _ in range(5)]
np.random.seed(3)
print(a == np.random.randn(5).tolist())
