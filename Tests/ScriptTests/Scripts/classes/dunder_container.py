# container dunders: __len__ __getitem__ __setitem__ __delitem__ __iter__ __contains__ __bool__ __repr__ __str__
class Vector:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, v):
        print("  (contains called)")
        return v in self.items
    def __repr__(self):
        return "Vector(%s)" % ", ".join(repr(x) for x in self.items)
    def __str__(self):
        return "<" + " ".join(str(x) for x in self.items) + ">"
v = Vector(1, 2, 3, 4)
print(len(v), v[0], v[-1], v[1:3], v[::-1])
v[0] = 10
del v[1]
print(v, str(v), repr(v), [v], "%s %r" % (v, v))
print(3 in v, 99 in v)
print(list(v), sum(v), sorted(v, reverse=True), max(v))
print(bool(v), bool(Vector()))
for i, x in enumerate(v):
    print(i, x)
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(LenZero()), "yes" if Falsy() else "no", not LenZero())
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return "item%d" % i
print(list(OnlyGetitem()), "item1" in OnlyGetitem())
class Matrix:
    def __init__(self, n):
        self.data = {}
        self.n = n
    def __getitem__(self, key):
        r, c = key
        return self.data.get((r, c), 0)
    def __setitem__(self, key, val):
        self.data[key] = val
m = Matrix(3)
m[0, 0] = 1
m[1, 2] = 5
print([[m[r, c] for c in range(3)] for r in range(3)])
class StrOnly:
    def __str__(self):
        return "str-only"
class ReprOnly:
    def __repr__(self):
        return "repr-only"
print(str(StrOnly()), str(ReprOnly()), repr(ReprOnly()), [ReprOnly()], f"{ReprOnly()} {StrOnly()}")
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Vector()[5]
except IndexError as e:
    print("IndexError:", e)
try:
    StrOnly()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    StrOnly()[0] = 1
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
