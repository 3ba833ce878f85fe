# isinstance/issubclass with tuples, type, hasattr/getattr/setattr/delattr, callable
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, tuple)), isinstance(True, (int,)))
print(isinstance(1.0, (int, float)), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(3, object), isinstance(int, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, (int, str)), issubclass(int, (str, float)), issubclass(float, object), issubclass(list, list))
print(isinstance(1, (int, (str, float))), isinstance("x", ((), (str,))))
print(type(1), type("a"), type([]), type(()), type({}), type(set()), type(None), type(1.5), type(True), type(len))
print(type(1) == int, type(True) == int, type(type(1)) is type)
class A:
    cls_val = "c"
    def __init__(self):
        self.x = 1
    def meth(self):
        return "m"
a = A()
print(hasattr(a, "x"), hasattr(a, "y"), hasattr(a, "meth"), hasattr(A, "x"), hasattr(A, "cls_val"), hasattr(a, "__init__"))
print(getattr(a, "x"), getattr(a, "y", "default"), getattr(a, "meth")(), getattr(A, "cls_val"))
setattr(a, "y", 2)
setattr(A, "new_cls", "nc")
print(a.y, a.new_cls, A.new_cls)
delattr(a, "y")
print(hasattr(a, "y"))
try:
    getattr(a, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(a, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["upper", "split", "nope"]:
    print(name, hasattr("s", name), callable(getattr("s", name, None)))
print(callable(len), callable(A), callable(a), callable(a.meth), callable(lambda: 0), callable(1), callable("s"), callable(None))
print(getattr([1, 2], "__len__")(), getattr(5, "bit_length")(), getattr({}, "get")("k", "d"))
attrs = ["x", "cls_val", "meth"]
print({n: type(getattr(a, n)).__name__ for n in attrs})
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, (list, tuple)):
        return "seq"
    if isinstance(v, dict):
        return "map"
    return "other"
print([kind(v) for v in [True, 1, 1.0, "s", [1], (1,), {}, None, kind]])
print(type("abc").__name__, type(a).__name__, type(A).__name__, A.__name__, a.__class__.__name__)
print(isinstance(a, A), type(a) is A, id(a) == id(a), a is a)
print(vars(a), sorted(k for k in vars(A) if not k.startswith("__")))
print(repr(None), repr(True), repr(1), repr(1.5), repr("q'"), repr([None]), repr(()), repr({}), repr(set()), repr(A)[:14])
