# decorators with and without arguments, stacking, class decorators
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print("%s%r -> %r" % (fn.__name__, args, result))
        return result
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, calls)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bo"))
def prefix(p):
    def deco(fn):
        def wrapper(*a):
            return p + fn(*a)
        return wrapper
    return deco
@prefix("<")
@prefix("[")
def word(w):
    return w
print(word("x"))
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def target():
    pass
print(order)
