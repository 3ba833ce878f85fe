# *args / **kwargs in calls and definitions
def f(a, b, c=3, *rest, d, e=5, **kw):
    return (a, b, c, rest, d, e, sorted(kw.items()))

print(f(1, 2, d=4))
print(f(1, 2, 33, 44, 55, d=4, z=9, y=8))
args = (10, 20)
kwargs = {"d": 40, "x": 1}
print(f(*args, **kwargs))
print(f(*[1], *[2, 3], *(), d=0))
print(f(**{"a": 1, "b": 2, "d": 3}))
print(f(1, **{"b": 2}, d=4, **{"q": 7}))
def g(*args):
    return args
print(g())
print(g(*"abc"))
print(g(*range(4), 99))
print(g(*{1: "x", 2: "y"}))
def h(**kw):
    return list(kw.items())
print(h(**{"one": 1}, two=2))
print(h())
print(print("a", "b", *["c", "d"], sep="-"))
def pos_only(a, b, /, c):
    return a * 100 + b * 10 + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
def kwo(*, x, y=2):
    return x, y
print(kwo(x=1), kwo(y=3, x=4))
a, *b = g(*range(5))
print(a, b)
print(max(*[3, 9, 2]))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print("{}-{}-{}".format(*"xyz"))
print("{a}/{b}".format(**{"a": 1, "b": 2}))
def forward(*a, **k):
    return f(*a, **k)
print(forward(7, 8, 9, 10, d=11, w=12))
print(dict(**{"a": 1}, b=2))
print([*"ab", *range(2)], (*"cd",), {*[1, 1, 2]})
print({**{"a": 1, "b": 2}, **{"b": 3}, "c": 4})
