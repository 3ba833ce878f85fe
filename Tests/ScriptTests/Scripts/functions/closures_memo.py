# closures used for memoization, late binding and shared state
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
x = "global"
def read_later():
    return x
x = "changed"
print(read_later())
def late_binding():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda: i)
        i += 1
    return [f() for f in fns]
print(late_binding())
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
    def read():
        return n
    return up, read
up, rd = counter_pair()
for _ in range(7):
    up()
print(rd())
