# Reflected lists in compiled code: building, appending, indexing, iterating, returning.
import numpy as np
from numba import njit


@njit
def build(n):
    xs = []
    for i in range(n):
        if i % 2 == 0:
            xs.append(i * 1.5)
    total = 0.0
    for v in xs:
        total += v
    return len(xs), total, xs[-1], xs


print(build(11))


@njit
def pairs(x, y):
    ret = []
    for a in x:
        for b in y:
            ret.append(a * b + 1)
    return ret


r = pairs(np.arange(4), np.array([0.5, 2.0]))
print(len(r), [float(v) for v in r])


@njit
def grow(xs, n):
    for i in range(n):
        xs.append(i)
    xs[0] = 100
    return len(xs)


lst = [7, 8]
print(grow(lst, 3), lst)


@njit
def get(xs, i):
    return xs[i]


try:
    get([1, 2, 3], 3)
except IndexError as e:
    print("IndexError")
print(get([1, 2, 3], -1), [1, 2, 3].pop() if False else 3)
