# Error types and messages of the operators and ufuncs.
import numpy as np

cases = [
    lambda: np.ones(3) + np.ones(4),
    lambda: np.ones((2, 3)) * np.ones((3, 2)),
    lambda: np.array([True]) - np.array([True]),
    lambda: -np.array([True, False]),
    lambda: np.arange(3) ** -1,
    lambda: np.arange(3.0) & 1,
    lambda: np.arange(3.0) << 2,
    lambda: ~np.array([1.5]),
    lambda: np.array([1, 2], dtype=np.int8) + 1000,
    lambda: np.array([1], dtype=np.uint32) * -1,
    lambda: np.sqrt('a'),
    lambda: np.add(1),
    lambda: np.sign(np.array([True])),
    lambda: np.positive(np.array([False])),
    lambda: np.dot(np.ones((3, 2)), np.ones(3)),
    lambda: np.matmul(np.ones((2, 2)), np.ones((3, 3))),
    lambda: np.where(np.array(True)),
]
for f in cases:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
a = np.arange(3)
try:
    a += 0.5
except TypeError as e:
    print('TypeError subclass:', isinstance(e, TypeError), e)
print(a.tolist())
