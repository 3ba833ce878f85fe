# Conditional expressions and lambda forms
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, y=4))
kwonly = lambda a, *, b: a - b
print(kwonly(10, b=3))
nested = lambda x: lambda y: x * 10 + y
print(nested(4)(2))
print((lambda: "called")())
print((lambda *args: len(args))(1, 2, 3))
fs = [lambda x, i=i: x + i for i in range(4)]
print([f(100) for f in fs])
late = [lambda x: x + i for i in range(4)]
print([f(100) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x if x % 2 else -x, range(6))))
pick = (lambda c: "yes" if c else "no")
print(pick(1), pick(0), pick([]), pick([0]))
print((lambda x: (lambda: x + 1))(5)())
cond = lambda x: x > 3 and "big" or "small"
print(cond(5), cond(2))
print(sq.__name__)
def deff(): pass
print(deff.__name__)
tern = [x if x > 2 else None for x in range(5)]
print(tern)
print([y for y in (1, 2, 3) if (y if y != 2 else 0)])
val = 1 if True else 1 / 0
print(val)
val = 1 / 1 if False else "lazy"
print(val)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda a, b, /, c: (a, b, c))(1, 2, c=3))
