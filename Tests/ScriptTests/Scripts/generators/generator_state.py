# generator lifecycle details and exceptions inside generators
def g():
    yield 1
    raise ValueError("inside")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
print(next(it, "exhausted after error"))
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    yield 1
gen = running()
def recurse_gen():
    yield next(rg)
rg = recurse_gen()
try:
    next(rg)
except ValueError as e:
    print("ValueError:", e)
def counter():
    n = 0
    while True:
        n += 1
        reset = yield n
        if reset:
            n = 0
c = counter()
print(next(c), next(c), next(c), c.send(True), next(c))
def gen_local_state():
    items = []
    for i in range(3):
        items.append(i)
        yield list(items)
print(list(gen_local_state()))
gens = [(i for _ in range(2)) for i in range(3)]
print([list(x) for x in gens])
def nested_try():
    for i in range(4):
        try:
            if i == 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield "caught %r" % (e,)
        finally:
            yield "finally %d" % i
print(list(nested_try()))
def gen_return_in_loop():
    for i in range(10):
        if i == 3:
            return i * 100
        yield i
def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(collect(gen_return_in_loop()))
exhausted = iter(range(3))
print(list(exhausted), list(exhausted))
def two_phase():
    total = 0
    for i in range(3):
        total += yield i
    yield "total %d" % total
tp = two_phase()
print(next(tp), tp.send(10), tp.send(20), tp.send(30))
g2 = (i for i in range(3))
print(list(zip(g2, g2)))
print(sum(x for x in range(5)), sum(x for x in ()), list(x for x in "") == [])
