# __eq__ __lt__ __le__ __gt__ __hash__, total ordering by hand, NotImplemented
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1.2") == "1.2")
print(Version("2.0") > Version("1.9"), Version("2.0") >= Version("2.0"), Version("1.0") < Version("1.0.1"))
print(len(set(vs)), Version("1.2") in vs, vs.index(Version("1.2")), vs.count(Version("1.2")))
d = {Version("1.0"): "one"}
print(d[Version("1.0")])
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, len({p1, p2, p1}))
try:
    p1 < p2
except TypeError as e:
    print("TypeError:", e)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  Loud.__eq__(%d, %r)" % (self.n, other if not isinstance(other, Loud) else other.n))
        return NotImplemented
print(Loud(1) == Loud(2))
print(Loud(3) == 3)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __gt__(self, o):
        return self.cents > o.cents
    def __hash__(self):
        return self.cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
ms = [Money(500), Money(199), Money(1000), Money(199)]
print(sorted(ms), sorted(ms, reverse=True), max(ms))
print(Money(1) < Money(2), Money(3) > Money(2), Money(5) == Money(5))
print([m for m in ms if m > Money(300)])
class Reversed:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("  __gt__ called via reflection")
        return self.v > o.v
print(Reversed(5) < Reversed(3) if False else (Reversed(1).__class__.__name__))
a, b = Reversed(1), Reversed(2)
print(b < a if False else a < b)
class Cmp:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "C%d" % self.k
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), Cmp(1) > Cmp(0))
