# yield basics, generator state, laziness
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("done")
g = count_up(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def squares():
    for i in range(5):
        yield i * i
print(list(squares()), sum(squares()), max(squares()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
f = fib()
print([next(f) for _ in range(10)])
def with_return():
    yield 1
    yield 2
    return "finished"
gen = with_return()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def empty():
    return
    yield
print(list(empty()))
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), list(evens([])))
gen2 = squares()
print(iter(gen2) is gen2, hasattr(gen2, "__next__"))
for x in gen2:
    if x == 4:
        break
print(list(gen2))
def multi_yield():
    x = yield "first"
    print("got", x)
    yield "second"
m = multi_yield()
print(next(m), next(m))
def inf_counter(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
c = inf_counter(10, 5)
print([next(c) for _ in range(5)])
print(next(iter([]), "default"), next(empty(), "empty default"))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_finally():
    print("v", v)
print("after loop")
