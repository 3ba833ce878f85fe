# decorators: registries, call counters, class decorators, decorator factories with validation
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), registry["beta"]())
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x=None):
    return x
for i in range(4):
    noop(i)
print(noop.calls)
def add_method(cls):
    cls.extra = lambda self: "extra on " + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("bad arg %r" % (a,))
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print("TypeError:", e)
@(lambda fn: lambda *a: fn(*a) * 2)
def doubled(x):
    return x + 1
print(doubled(10))
