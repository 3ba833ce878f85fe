# classmethod alternative constructors, staticmethod, computed properties, property() without decorator
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        self.computed += 1
        return sum(range(100))
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)
class Account:
    def __init__(self):
        self._balance = 0
        self.history = []
    balance = property(lambda self: self._balance)
    def deposit(self, amt):
        self._balance += amt
        self.history.append(amt)
        return self
acct = Account().deposit(10).deposit(5)
print(acct.balance, acct.history)
print(type(Date.__dict__["from_string"]).__name__, isinstance(Date.__dict__["is_leap"], staticmethod))
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
    @property
    def diameter(self):
        return 2 * self.r
    @diameter.setter
    def diameter(self, d):
        self.r = d / 2
c = Circle(2)
print(c.area, c.diameter)
c.diameter = 10
print(c.r, c.area)
