# int() of floats in compiled loops: truncation toward zero; values that do not fit in int64,
# NaN and infinities make the compiled loop give up, and object mode gives Python's result.
import numpy as np


def bins(values, n):
    counts = np.zeros(n, dtype=np.int64)
    for v in values:
        k = int(v * n)
        if k >= n:
            k = n - 1
        counts[k] += 1
    return counts


def total(xs):
    t = 0
    for x in xs:
        t += int(x)
    return t


rng = np.random.default_rng(3)
print(bins(rng.random(5000), 8).tolist())
print(total([float(i) * 1.5 - 700.0 for i in range(2000)]))
print(total([1e10] * 300 + [3e18] * 3 + [1e19] * 2))
for bad in (float("nan"), float("inf")):
    try:
        print(total([2.5] * 600 + [bad]))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
