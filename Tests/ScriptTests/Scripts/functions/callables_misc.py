# callable objects, passing methods around, sorted with method keys, map with bound methods
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(7), list(map(triple, [1, 2, 3])), callable(triple))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        r = 0
        for c in self.coeffs:
            r = r * x + c
        return r
p = Polynomial(1, -3, 2)
print([p(x) for x in range(5)])
words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=str.lower), list(map(str.upper, words)), list(map(len, words)))
s = "a-b-c"
splitter = s.split
print(splitter("-"), splitter("-", 1))
append = [].append
print(append(1))
lst = []
add = lst.append
for i in range(3):
    add(i * i)
print(lst)
d = {"x": 1, "y": 2}
print(list(map(d.get, ["x", "y", "z"])), sorted(d, key=d.get, reverse=True))
class Counter:
    def __init__(self):
        self.n = 0
    def hit(self):
        self.n += 1
        return self.n
c = Counter()
hit = c.hit
hit(); hit(); hit()
print(c.n, hit.__self__ is c, hit.__func__ is Counter.hit)
dispatch = {"inc": lambda v: v + 1, "dec": lambda v: v - 1, "sq": lambda v: v * v}
v = 3
for op in ["inc", "sq", "dec", "sq"]:
    v = dispatch[op](v)
print(v)
def make_op(sym):
    return {"+": lambda a, b: a + b, "*": lambda a, b: a * b}[sym]
print(make_op("+")(2, 3), make_op("*")(2, 3))
print(list(map(int.__add__, [1, 2], [10, 20])), list(map(str.join, ["-", "+"], ["ab", "cd"])))
funcs = [abs, str, bool, float, int, repr]
print([f(-1) for f in funcs])
print(max(["aa", "b", "cccc"], key=len), min([3, -7, 5], key=abs))
class Adder:
    def __init__(self):
        self.total = 0
    def __call__(self, *vals):
        self.total += sum(vals)
        return self
a = Adder()
print(a(1)(2, 3)(4).total)
try:
    Counter()()
except TypeError as e:
    print("TypeError:", e)
try:
    "str"()
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
