# Calls between compiled functions, recursion, tuples, explicit signatures.
from numba import njit, jit, int64, float64, int32


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), fib(1))


@njit
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


@njit
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(is_even(10), is_odd(7), is_even(3))


@njit
def divmod_pair(a, b):
    return a // b, a % b


@njit
def use_pair(a, b):
    q, r = divmod_pair(a, b)
    t = (q, r, 1.5)
    return t[0] * b + t[1], t


print(use_pair(17, 5), use_pair(-17, 5))


@njit
def swap(t):
    return t[1], t[0]


print(swap((1, 2.5)), swap((3, 4)))


@jit([int64(int64, int64), float64(float64, float64)])
def hyp(a, b):
    return a * a + b * b


print(hyp(3, 4), hyp(1.5, 2.0))


@jit([int32(int32, int32), float64(float64, float64)])
def multiply(x, y):
    return x * y


print(multiply(1.5, 4.0), multiply(2.0, 4.0))
try:
    hyp("a", 1)
except TypeError as e:
    print("TypeError")


@njit
def branchy(x):
    if x > 10:
        r = "big"
    elif x > 5:
        r = "medium"
    else:
        r = "small"
    return r


print(branchy(11), branchy(6), branchy(1), njit(lambda x: x * 3)(14))
