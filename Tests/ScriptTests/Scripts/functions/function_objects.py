# function attributes and introspection-lite
def documented(a, b=1):
    "Adds things."
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__)
lam = lambda: None
print(lam.__name__, lam.__doc__, lam())
documented.custom = "attribute"
print(documented.custom, getattr(documented, "missing", "n/a"))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class K:
    def method(self):
        return "m"
    @staticmethod
    def sm():
        return "s"
    @classmethod
    def cm(cls):
        return cls.__name__
print(K.method.__name__, K.method.__qualname__, K().method(), K.sm(), K.cm(), K().cm())
print(callable(documented), callable(lam), callable(K), callable(K()), callable(3), callable(print))
fns = [documented, lam, outer, print, len]
print([f.__name__ for f in fns])
print(type(documented).__name__, type(print).__name__, type(K().method).__name__)
def with_kw(*, x=1):
    return x
print(with_kw.__kwdefaults__, with_kw.__defaults__)
def gen():
    yield 1
print(type(gen).__name__, type(gen()).__name__)
bound = K().method
print(bound(), bound.__name__)
table = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print(sorted(table), table["double"](21), table["neg"](5))
def f(): return "first"
g = f
def f(): return "second"
print(g(), f(), g.__name__, f.__name__, g is f)
def recursive_ref(n):
    return n if n <= 0 else recursive_ref(n - 1)
alias = recursive_ref
print(alias(5))
print(documented == documented, documented != lam, documented(5), documented(b=3, a=4))
def returns_many():
    return 1, [2], {"three": 3}
a, b, c = returns_many()
print(a, b, c)
def no_body():
    ...
print(no_body())
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)
print(str(type(lambda: 0)) == "<class 'function'>", repr(len) == "<built-in function len>")
