# Loops in compiled code: ranges with steps, while, break and continue, nested loops.
from numba import njit


@njit
def ranges(n):
    total = 0
    for i in range(n):
        total += i
    for i in range(n, 0, -2):
        total += i * 10
    for i in range(2, n, 3):
        if i % 2 == 0:
            continue
        total -= i
    return total


print(ranges(10), ranges(0), ranges(1))


@njit
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    return steps


@njit
def longest(limit):
    best, arg = 0, 0
    for i in range(1, limit):
        s = collatz(i)
        if s > best:
            best, arg = s, i
    return arg, best


print(longest(1000))


@njit
def primes(n):
    count = 0
    for k in range(2, n):
        d = 2
        prime = True
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


print(primes(100), primes(2))
