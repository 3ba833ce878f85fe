# A return inside a hot loop: the loop stays interpreted (the whole function may still be promoted).
def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1
import numpy as np
a = np.arange(5000.0)
print(find(a, 4000.0), find(a, -1.0))
def first_big(n):
    k = 0
    while k < n:
        k += 1
        if k * k > 2000000:
            return k
    return 0
print(first_big(5000))
