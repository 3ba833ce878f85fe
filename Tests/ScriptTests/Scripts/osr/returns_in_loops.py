# A return inside a hot loop: the compiled loop ends and the function returns the value, with
# the type object mode would give it (int, float or numpy scalar).
import numpy as np


def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1


def first_big(n):
    k = 0
    while k < n:
        k += 1
        if k * k > 2000000:
            return k
    return 0


def first_pair(a, limit):
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            if a[i] + a[j] > limit:
                return a[i] * a[j]
    return 0.0


def last_value(a):
    total = 0.0
    for v in a:
        total += v
        if total > 1e6:
            return total
    return total


a = np.arange(5000.0)
r = find(a, 4000.0), find(a, -1.0)
print(r, [type(x).__name__ for x in r])
print(first_big(5000), first_big(10))
r = first_pair(np.linspace(0.0, 1.0, 300), 1.9)
print(r, type(r).__name__)
r = first_pair(np.linspace(0.0, 1.0, 50), 5.0)
print(r, type(r).__name__)
r = last_value(np.linspace(0.0, 100.0, 100000))
print(r, type(r).__name__)
