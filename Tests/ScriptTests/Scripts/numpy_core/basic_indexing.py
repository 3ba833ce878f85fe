# Integer, negative, slice, step, tuple, None and Ellipsis indexing; errors.
import numpy as np

a = np.arange(10)
print(a[0], a[-1], a[3:7].tolist(), a[::2].tolist(), a[::-1].tolist(), a[8:2:-2].tolist())
print(a[-3:].tolist(), a[:-7].tolist(), a[20:].tolist(), a[5:5].shape)
m = np.arange(24).reshape(2, 3, 4)
print(m[1, 2, 3], m[-1, -1, -1], m[0].shape, m[0, 1].tolist(), m[:, 1].tolist())
print(m[..., 0].tolist(), m[0, ...].shape, m[..., 1:3].shape, m[None].shape, m[:, None].shape)
print(m[0, :, None].shape, m[1, ::2, ::3].tolist(), m[:, -1, :2].tolist())
print(type(m[0, 0, 0]).__name__, repr(m[0, 0, 0]), repr(np.linspace(0, 1, 3)[2]))
x = np.arange(5)
print(x[np.int64(2)], x[np.int32(-1)])
errors = [lambda: a[10], lambda: a[-11], lambda: m[2], lambda: m[0, 3], lambda: a[1, 2],
          lambda: m[..., ...], lambda: a[1.5]]
for bad in errors:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
try:
    a[12] = 1
except IndexError as e:
    print("IndexError:", e)
