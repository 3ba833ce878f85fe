# class attributes vs instance attributes, class-level counters
class Counter:
    created = 0
    shared_list = []
    def __init__(self, name):
        Counter.created += 1
        self.id = Counter.created
        self.name = name
        self.own_list = []
a = Counter("a")
b = Counter("b")
c = Counter("c")
print(Counter.created, a.created, a.id, b.id, c.id)
a.shared_list.append("from a")
b.own_list.append("b only")
print(Counter.shared_list, c.shared_list, a.own_list, b.own_list)
a.created = 100
print(a.created, b.created, Counter.created)
del a.created
print(a.created)
class Config:
    debug = False
    level = 1
cfg = Config()
print(cfg.debug, cfg.level)
Config.debug = True
print(cfg.debug)
cfg.level = 5
Config.level = 9
print(cfg.level, Config.level, Config().level)
print(sorted(k for k in vars(cfg)), sorted(k for k in cfg.__dict__))
print(getattr(cfg, "level"), getattr(cfg, "nope", None))
setattr(cfg, "new_attr", [1, 2])
print(cfg.new_attr, hasattr(cfg, "new_attr"))
delattr(cfg, "new_attr")
print(hasattr(cfg, "new_attr"))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.missing_cls
except AttributeError as e:
    print("AttributeError:", e)
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
pt = Point(1, 2)
print(pt.__dict__, Point.dims, pt.dims)
pt.__dict__["z"] = 3
print(pt.z)
class Registry:
    items = {}
    @classmethod
    def add(cls, key, value):
        cls.items[key] = value
        return cls
Registry.add("x", 1).add("y", 2)
print(Registry.items)
class Sub(Registry):
    pass
Sub.add("z", 3)
print(Registry.items is Sub.items, Registry.items)
class Sub2(Registry):
    items = {}
Sub2.add("only", 0)
print(Registry.items, Sub2.items)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class InstanceCounter:
    count = 0
    def __init__(self):
        type(self).count += 1
class ChildCounter(InstanceCounter):
    pass
InstanceCounter(); InstanceCounter(); ChildCounter()
print(InstanceCounter.count, ChildCounter.count)
