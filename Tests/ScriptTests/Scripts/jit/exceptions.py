# Exceptions raised in compiled code arrive as Python exceptions with numba's messages.
from numba import njit


@njit
def div(a, b):
    return a // b


@njit
def mod(a, b):
    return a % b


@njit
def tdiv(a, b):
    return a / b


for f in (div, mod, tdiv):
    for args in ((7, 2), (1, 0), (1.0, 0.0)):
        try:
            print(f(*args))
        except ZeroDivisionError as e:
            print("ZeroDivisionError")


@njit
def check(x):
    if x < 0:
        raise ValueError("x must be non-negative")
    if x == 0:
        raise ValueError
    if x > 100:
        raise IndexError("too big", x)
    return x * 2


for x in (4, -1, 0, 101):
    try:
        print(check(x))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, e.args)


@njit
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    if n < 0:
        return 0
    return deep(n - 1) + 1


try:
    deep(5)
except KeyError as e:
    print("KeyError", e)
print(deep(-1))
