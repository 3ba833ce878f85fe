# take / np.take / put / np.put / compress.
import numpy as np

a = np.arange(12).reshape(3, 4)
print(a.take([0, 5, 11]).tolist())
print(a.take(7), type(a.take(7)).__name__)
print(a.take([2, 0], axis=0).tolist())
print(a.take([[3, 0]], axis=1).tolist(), a.take([[3, 0]], axis=1).shape)
print(a.take(1, axis=1).tolist())
print(a.take([-1, -12]).tolist())
print(a.take([0, 5], axis=0, mode="clip").tolist())
print(a.take([0, -5, 7], axis=1, mode="wrap").tolist())
print(np.take([10, 20, 30], [2, 2, 0]).tolist())
print(np.take(a, [1], axis=-1).tolist())
for call in [lambda: a.take([0, 12]), lambda: a.take([5], axis=1), lambda: a.take([0], axis=2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

b = np.arange(6)
b.put([0, 2], [-1, -2])
print(b.tolist())
b.put([1, 3, 5], [7, 8])
print(b.tolist())
b.put(4, 40)
print(b.tolist())
b.put([-1, 10], [1, 2], mode="clip")
print(b.tolist())
c = np.zeros((2, 3), dtype=np.int64)
np.put(c, [0, 4], [5, 6])
print(c.tolist())
t = np.arange(6).reshape(2, 3).T
t.put([0, 1], [-5, -6])
print(t.tolist())
try:
    b.put([6], 0)
except IndexError as e:
    print("IndexError", e)

print(a.compress([True, False, True], axis=0).tolist())
print(a.compress([0, 1, 0, 1], axis=1).tolist())
print(a.compress([False, True, True]).tolist())
print(np.compress([1, 0, 1], a, axis=0).tolist())
for cond in [[[True]], [0, 1, 1, 1, 1]]:
    try:
        a.compress(cond, axis=0)
    except Exception as e:
        print(type(e).__name__, e)
