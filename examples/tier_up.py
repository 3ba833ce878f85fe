# Watching tier-up: undecorated functions and loops move to machine code on their own.
#   updraft --tier-log examples/tier_up.py          one line per tiering event (stderr)
#   updraft --stats --compare examples/tier_up.py   tables at exit (stderr)
#   updraft --jit=off examples/tier_up.py           the same output, object mode only
import numpy as np
from numba import jit


def dot(a, b):
    # pure: promoted whole after enough calls
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def poly(x):
    # pure: promoted for int, then for float; poly(2**40) overflows int64 (a guard)
    return 3 * x * x - 2 * x + 1


def histogram(values, bins):
    # side effects (stores into an array): its loop is entered in compiled code (OSR)
    counts = np.zeros(bins, dtype=np.int64)
    for v in values:
        k = int(v * bins)
        if k >= bins:
            k = bins - 1
        counts[k] += 1
    return counts


@jit
def summary(n, label):
    # type inference fails (a dict of mixed values): object mode, with its loop lifted
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return {"label": label, "sum": s}


x = np.arange(200) * 0.5
y = np.arange(200) * 0.25
acc = 0.0
for k in range(3000):
    acc += dot(x, y) + poly(k)
print(acc)
floats = 0.0
for k in range(3000):
    floats += poly(k * 0.5)
print(floats, poly(2 ** 40))
rng = np.random.default_rng(7)
print(histogram(rng.random(200000), 10))
print(summary(100000, "half"))
