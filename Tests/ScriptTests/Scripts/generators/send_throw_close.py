# send, throw, close
def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            break
        received.append(x)
    yield received
e = echo()
print(next(e))
print(e.send("a"), e.send("b"), e.send("c"))
print(e.send("stop"))
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 5)])
def gen():
    try:
        yield 1
        yield 2
    except ValueError as ex:
        print("caught inside:", ex)
        yield "recovered"
    finally:
        print("finally runs")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")
g2 = gen()
next(g2)
g2.close()
print("closed")
try:
    next(g2)
except StopIteration:
    print("closed generator raises StopIteration")
g3 = gen()
try:
    g3.send("x")
except TypeError as ex:
    print("TypeError:", ex)
print(g3.send(None))
g3.close()
def unhandled():
    yield 1
g4 = unhandled()
next(g4)
try:
    g4.throw(KeyError("k"))
except KeyError as ex:
    print("propagated KeyError", ex)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer()
next(c)
c.close()
c.close()
def running_total():
    total = 0
    while True:
        cmd = yield total
        if isinstance(cmd, tuple):
            op, v = cmd
            total = total + v if op == "add" else total - v
r = running_total()
next(r)
for cmd in [("add", 5), ("add", 10), ("sub", 3)]:
    print(r.send(cmd), end=" ")
print()
g5 = (x for x in range(3))
print(next(g5), g5.send(None), list(g5))
