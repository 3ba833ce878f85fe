# @vectorize(target='parallel'): long loops split over threads, same results as serial.
import numpy as np
from numba import vectorize, float64, int64


@vectorize([float64(float64, float64), int64(int64, int64)], target="parallel")
def mix(x, y):
    return x * 3 + y // 2


a = np.arange(100_000) * 0.25
r = mix(a, a)
print(r[:5].tolist(), r[-3:].tolist(), float(r.sum()))
i = np.arange(50_001)
print(int(mix(i, 7).sum()), mix(i, 7).dtype)
print(mix(np.arange(6.0).reshape(2, 3), 1.0).tolist())
print(mix(2, 9), type(mix).__name__)
