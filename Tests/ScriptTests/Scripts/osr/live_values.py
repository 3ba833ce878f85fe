# Live-outs written back after an OSR'd loop keep the types object mode would give them:
# a float that became numpy.float64, the loop variable after break, a bool flag.
import numpy as np


def scan(a, limit):
    s = 0.0
    found = False
    last = -1
    for i in range(len(a)):
        s += a[i]
        if s > limit:
            found = True
            last = i
            break
    return s, found, last, i


def mean_of(xs):
    t = 0.0
    for v in xs:
        t += v
    return t / len(xs)


a = np.linspace(0.0, 1.0, 5000)
r = scan(a, 1000.0)
print(r, [type(v).__name__ for v in r])
r = scan(a, 1e9)
print(r, [type(v).__name__ for v in r])
xs = [float(i) * 0.25 for i in range(4000)]
m = mean_of(xs)
print(m, type(m).__name__)
ints = list(range(3000))
m = mean_of(ints)
print(m, type(m).__name__)
