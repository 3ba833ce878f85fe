# multiple inheritance and MRO basics
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class E(C, B):
    pass
print(E().who(), E().chain(), [k.__name__ for k in E.__mro__])
print(isinstance(d, B), isinstance(d, C), issubclass(D, A), issubclass(E, D))
class Mixin1:
    def greet(self):
        return "mixin1 " + super().greet()
class Mixin2:
    def greet(self):
        return "mixin2 " + super().greet()
class Core:
    def greet(self):
        return "core"
class Combined(Mixin1, Mixin2, Core):
    pass
print(Combined().greet(), [k.__name__ for k in Combined.__mro__])
class LoggingMixin:
    def log(self, msg):
        self.messages = getattr(self, "messages", [])
        self.messages.append("[%s] %s" % (type(self).__name__, msg))
class JsonMixin:
    def to_json(self):
        items = sorted(vars(self).items())
        return "{" + ", ".join('"%s": %r' % kv for kv in items if kv[0] != "messages") + "}"
class User(LoggingMixin, JsonMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.log("created")
u = User("ann", 30)
u.log("updated")
print(u.to_json(), u.messages)
class Base:
    def __init__(self):
        self.inits = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.inits.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.inits.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.inits.append("Bottom")
print(Bottom().inits)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: attr = "X"
class Y: attr = "Y"
class XY(X, Y): pass
class YX(Y, X): pass
print(XY.attr, YX.attr, XY.__bases__ == (X, Y))
print(object in D.__mro__, D.__mro__[1] is B, type(D).__name__, type(type).__name__)
