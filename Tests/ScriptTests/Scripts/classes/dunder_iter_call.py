# __iter__/__next__, __call__, __getattr__, __setattr__, context of dunders in builtins
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(100)
print(list(f), list(f), sum(Fib(10)), [x for x in Fib(5) if x % 2])
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, x):
        self.total += x
        return self.total
acc = Accumulator()
print([acc(i) for i in range(1, 6)], acc.total, callable(acc))
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: "generated " + name[4:]
        raise AttributeError("no attribute %r" % name)
d = Dynamic()
print(d.real, d.get_thing(), d.get_other())
try:
    d.unknown
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "get_x"), hasattr(d, "nothing"), getattr(d, "nothing", "default"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.x = 1
r.y = [2]
r.x += 5
del r.y
print(r.log, r.x, hasattr(r, "y"))
