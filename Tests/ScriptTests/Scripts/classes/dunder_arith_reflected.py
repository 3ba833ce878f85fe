# reflected operators, bitwise dunders, __int__/__float__/__index__, subclass priority for reflected ops
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __and__(self, o):
        return Num(self.v & o)
    def __or__(self, o):
        return Num(self.v | o)
    def __lshift__(self, o):
        return Num(self.v << o)
    def __invert__(self):
        return Num(~self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __repr__(self):
        return "Num(%r)" % self.v
n = Num(6)
print(n + 1, 1 + n, 10 - n, 12 / n, 2 ** n, n & 3, n | 1, n << 2, ~n)
print(int(n), float(n), [0, 1, 2, 3, 4, 5, 6, 7][n], hex(n), bin(Num(5)), "abcdefgh"[Num(1):Num(3)])
total = Num(0)
for i in range(5):
    total += i
print(total)
class Weird:
    def __add__(self, o):
        return "Weird.__add__"
    def __radd__(self, o):
        return "Weird.__radd__"
class SubWeird(Weird):
    def __radd__(self, o):
        return "SubWeird.__radd__ wins"
print(Weird() + 1, 1 + Weird(), Weird() + SubWeird())
