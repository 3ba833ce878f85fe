# StopIteration, exceptions in comprehensions, exception objects in containers
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
def g():
    yield 1
    return 99
x = g()
next(x)
try:
    next(x)
except StopIteration as e:
    print("return value", e.value, e.args)
try:
    [1 / (i - 2) for i in range(5)]
except ZeroDivisionError as e:
    print("in comprehension:", e)
errors = []
for v in ["1", "two", "3.0", "4", None]:
    try:
        errors.append(int(v))
    except ValueError as e:
        errors.append("ValueError")
    except TypeError as e:
        errors.append(str(e))
print(errors)
excs = [ValueError("a"), TypeError("b"), KeyError("c")]
print([type(e).__name__ for e in excs], [str(e) for e in excs], [e.args for e in excs])
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print([safe_div(1, 2), safe_div(1, 0), safe_div("a", 1)])
def first_error(funcs):
    for f in funcs:
        try:
            f()
        except Exception as e:
            return "%s(%s)" % (type(e).__name__, e)
    return "no errors"
print(first_error([lambda: 1, lambda: [][0], lambda: 1 / 0]))
print(first_error([lambda: 1]))
def counter_with_errors():
    ok = fail = 0
    for i in range(-3, 4):
        try:
            r = 10 // i
            ok += 1
        except ZeroDivisionError:
            fail += 1
    return ok, fail
print(counter_with_errors())
class Resource:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("open")
        return self
    def __exit__(self, t, v, tb):
        self.events.append("close:%s" % (t.__name__ if t else "ok"))
        return t is KeyError
r = Resource()
with r:
    raise KeyError("swallowed")
try:
    with r:
        raise ValueError("escapes")
except ValueError:
    r.events.append("outer caught")
print(r.events)
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", type(e).__name__)
