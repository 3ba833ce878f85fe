# Promoted undecorated functions return the same Python objects as object mode.
import numpy as np


def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def count_pos(a):
    n = 0
    for v in a:
        if v > 0:
            n += 1
    return n


def scale(x, k):
    return x * k


x = np.arange(10) * 0.5
e = np.zeros(0)
for _ in range(300):
    r1 = dot(x, x)
    r2 = dot(e, e)
    r3 = count_pos(x - 1.0)
    r4 = scale(3, 4)
    r5 = scale(np.int64(3), 4)
    r6 = scale(2.5, 2)
print(repr(r1), repr(r2), repr(r3), repr(r4), repr(r5), repr(r6))
print(type(r1).__name__, type(r2).__name__, type(r4).__name__, type(r5).__name__)
print(scale(2 ** 62, 4), scale(np.int64(2 ** 62), 1), scale(10 ** 30, 2))
print(dot(np.arange(3), np.arange(3)), repr(dot(np.arange(3), np.arange(3))))
