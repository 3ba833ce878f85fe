# Scalar arithmetic in compiled code: floor division and modulo signs, powers, mixed types.
import math
from numba import njit


@njit
def ops(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(a)


for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2.0), (7, 2.5), (0, 3)]:
    print(ops(a, b))


@njit
def extremes(a, b, c):
    return min(a, b), max(a, b), min(a, b, c), max(c, b, a)


print(extremes(3, -4, 2), extremes(1.5, 2.5, -0.5))


@njit
def powers(x, n):
    return x ** n, 2 ** n, (-3) ** n, x ** 0.5


print(powers(3, 4), powers(5, 0), powers(2.0, 3))


@njit
def mathy(x):
    return math.sqrt(x), math.floor(x), math.ceil(x), math.trunc(-x), round(x), int(x), float(int(x)), math.isnan(x)


print(mathy(2.5), mathy(3.5), mathy(0.1))


@njit
def bits(a, b):
    return a & b, a | b, a ^ b, a << 3, a >> 1, ~a, a == b, a != b, not a


print(bits(12, 10), bits(0, 5))


@njit
def truthy(x):
    if x:
        return 1
    return 0


print(truthy(0), truthy(5), truthy(0.0), truthy(-0.5), truthy(True))
