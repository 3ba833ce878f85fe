# __new__, __init__ interplay, __class__, type() checks, class bodies executing code
class Tracker:
    instances = []
    def __new__(cls, *args):
        obj = super().__new__(cls)
        cls.instances.append(args)
        return obj
    def __init__(self, a, b=0):
        self.total = a + b
t1 = Tracker(1, 2)
t2 = Tracker(5)
print(Tracker.instances, t1.total, t2.total)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
s1 = Singleton(); s2 = Singleton(); s3 = Singleton()
print(s1 is s3, s3.count)
class Body:
    print("class body runs at definition")
    values = [i * i for i in range(4)]
    total = sum(values)
    if total > 10:
        flag = "big"
    else:
        flag = "small"
    def method(self):
        return self.flag
print(Body.values, Body.total, Body.flag, Body().method())
obj = Body()
print(obj.__class__.__name__, obj.__class__ is Body, type(obj).__name__)
print(type(3).__name__, type("s").__name__, type([]).__name__, type({}).__name__, type(None).__name__, type(type).__name__)
print(type(3) is int, type(True) is int, type(True) is bool, isinstance(True, int))
print(str(type(3)), repr(type("s")), str(Body).endswith("Body'>"), Body.__name__, Body.__qualname__)
class Pos:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "Pos(%r)" % self.x
    def moved(self, dx):
        return type(self)(self.x + dx)
class Pos2(Pos):
    pass
print(Pos(1).moved(2), Pos2(1).moved(5), type(Pos2(1).moved(1)).__name__)
class WithDoc:
    """Docstring here."""
print(WithDoc.__doc__, Pos.__doc__)
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__name__, Outer.Inner.__qualname__)
try:
    Tracker()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Body, type), isinstance(3, type), issubclass(Body, object))
def make_class(n):
    class Local:
        val = n
        def get(self):
            return self.val * 2
    return Local
L5 = make_class(5)
print(L5().get(), make_class(7)().get(), L5.__name__)
