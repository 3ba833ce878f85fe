# np.linspace: endpoints, num, endpoint=False, retstep, integer dtype.
import numpy as np

print(np.linspace(0, 1, 5).tolist())
print(np.linspace(0, 1, 5, endpoint=False).tolist())
print(np.linspace(-1, 1, 7).tolist())
print(np.linspace(0, 10, 4).tolist())
a, step = np.linspace(2.0, 3.0, num=5, retstep=True)
print(a.tolist(), step)
print(np.linspace(0, 1, 1).tolist(), np.linspace(0, 1, 0).shape)
print(np.linspace(0, 10, 6, dtype=np.int64).tolist())
print(np.linspace(1, 2).shape, np.linspace(0.1, 0.9, 9).tolist())
print(repr(np.linspace(0, 1, 3)[1]))
