# defaults, keyword-only, positional-only, *args/**kwargs, error messages
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, c=0))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, ["fresh"]), g(4))
def h(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(h(1), h(2))
counter_default = 10
def uses_default(n=counter_default):
    return n
counter_default = 20
print(uses_default())
print(f.__defaults__, f.__kwdefaults__, g.__name__)
def po(a, b, /, c, *, d):
    return (a, b, c, d)
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: po(a=1, b=2, c=3, d=4),
    lambda: po(1, 2, 3, 4),
    lambda: h(),
    lambda: h(1, 2, 3),
    lambda: h(1, z=2),
    lambda: uses_default(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
def show(*args, **kwargs):
    parts = [repr(a) for a in args] + ["%s=%r" % kv for kv in kwargs.items()]
    return "show(" + ", ".join(parts) + ")"
print(show(), show(1, "a", None, x=1, y=[2]))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(show, k="v"))
def defaults_eval():
    print("evaluated once")
    return 5
def use(x=defaults_eval()):
    return x
print(use(), use(), use(6))
def kwonly_default(*, sep=", ", end="."):
    return sep.join(["a", "b"]) + end
print(kwonly_default(), kwonly_default(sep="-"), kwonly_default(end="!"))
def many(a, b, c, d, e, f, g, h):
    return a + b * c - d + e * f - g + h
print(many(1, 2, 3, 4, 5, 6, 7, 8), many(*range(8)), many(**{k: 1 for k in "abcdefgh"}))
