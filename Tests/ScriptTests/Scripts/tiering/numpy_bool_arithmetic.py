# Found by scripts/fuzz-tiers: numpy keeps arithmetic on two bools a numpy bool
# (np.True_ + np.True_ is np.True_), refuses unary minus on one, and gives int8 for //;
# Python bools give ints. Compiled code must not turn these into int64 results.
import numpy as np


def both_positive(x, y):
    return (x > 1.0) + (y > 1.0)


def negated(x, w):
    acc = -((x * w) > 1.5)
    return acc


def flag_sum(n, flag):
    return (n > 3) * flag


for k in range(300):
    r1 = both_positive(np.float64(k), np.float64(2.0))
    r2 = both_positive(k * 1.0, 2.0)
    r3 = flag_sum(k, k % 2 == 0)
print(repr(r1), repr(r2), repr(r3))
print(repr(both_positive(np.float64(0.0), np.float64(2.0))), repr(flag_sum(5, np.True_)))
for x in (2.0, np.float64(2.0)):
    try:
        print(repr(negated(x, 1)))
    except TypeError as e:
        print("TypeError:", e)
