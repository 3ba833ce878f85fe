# Broadcasting of a @vectorize ufunc over N-d arrays, scalars and lists.
import numpy as np
from numba import vectorize, float64, int64


@vectorize([int64(int64, int64), float64(float64, float64)])
def clipped_diff(a, b):
    d = a - b
    return d if d > 0 else 0


m = np.arange(12).reshape(3, 4)
print(clipped_diff(m, np.array([1, 5, 2, 9])).tolist())
print(clipped_diff(np.array([[10], [3], [6]]), np.array([1, 5, 2, 9])).tolist())
print(clipped_diff(m, 4).tolist(), clipped_diff(7, m[1]).tolist())
print(clipped_diff(m.T, np.array([2.5, 0.5, 1.0])).tolist())
print(clipped_diff(m[:, ::2], m[0, ::2]).tolist())
print(clipped_diff([5, 1, 7], [2, 2, 2]).tolist(), clipped_diff((1.5, 4.0), 1).tolist())
r = clipped_diff(np.arange(24.0).reshape(2, 3, 4), np.arange(4.0) * 3)
print(r.shape, r.dtype, r[1].tolist())
print(repr(clipped_diff(np.array(9), np.array(2))), clipped_diff(np.zeros((0, 3)), 1.0).shape)
try:
    clipped_diff(np.arange(3), np.arange(4))
except ValueError as e:
    print(type(e).__name__, e)


@vectorize([float64(float64, float64, float64)])
def lerp(a, b, t):
    return a + (b - a) * t


print(lerp(0.0, np.array([10.0, 20.0]), np.array([[0.5], [0.25]])).tolist(), lerp.nin)
