# arithmetic dunders incl. reflected and in-place
class V2:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V2):
            return V2(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V2(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__ with", o)
        return self.__add__(o)
    def __sub__(self, o):
        return V2(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V2(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V2(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V2(self.x // k, self.y // k)
    def __mod__(self, k):
        return V2(self.x % k, self.y % k)
    def __pow__(self, k):
        return V2(self.x ** k, self.y ** k)
    def __neg__(self):
        return V2(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        print("  __iadd__")
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, V2) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return "V2(%r, %r)" % (self.x, self.y)
a, b = V2(1, 2), V2(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b))
print(a + 1, 1 + a)
print(sum([a, b, V2(10, 10)], V2(0, 0)))
print(sum([a, b]))
c = a
c += b
print(c, a, c is a)
d = V2(0, 0)
e = d
d -= V2(1, 1)
print(d, e, d is e)
try:
    a + "s"
except TypeError as ex:
    print("TypeError:", ex)
try:
    "s" + a
except TypeError as ex:
    print("TypeError:", ex)
try:
    a < b
except TypeError as ex:
    print("TypeError:", ex)
