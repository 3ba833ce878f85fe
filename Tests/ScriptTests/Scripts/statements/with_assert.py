# with statement + context manager class, assert, semicolons
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return self.suppress

with CM("a") as v:
    log.append("body " + v)
print(log); log.clear()
with CM("x") as x, CM("y") as y:
    log.append(x + y)
print(log); log.clear()
with CM("s", suppress=True):
    log.append("before")
    raise ValueError("hidden")
    log.append("not reached")
print(log); log.clear()
try:
    with CM("p"):
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
print(log); log.clear()
def early():
    with CM("r"):
        return "returned"
print(early(), log); log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
with CM("noas"):
    pass
print(log); log.clear()
class Res:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit args:", a[0], a[1] is None)
        return False
with Res() as r:
    print(type(r).__name__)
assert True
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
a = 1; b = 2; c = a + b; print(c)
if c == 3: print("three"); print("still three")
for k in range(2): print(k, end=" "); print("|", end=" ")
print()
x = 1;
print(x);
