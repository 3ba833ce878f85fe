# inheritance, super(), method overriding, isinstance/issubclass
class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, type(self).__name__.lower(), self.speak())
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    def speak(self):
        return "meow"
pets = [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]
for p in pets:
    print(p.describe())
p = pets[2]
print(p.name, p.age, p.kingdom, Puppy.kingdom)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(bool, int), issubclass(int, object))
print(isinstance(p, (Cat, Dog)), issubclass(Puppy, (Cat, int)))
print(Puppy.__bases__[0].__name__, Puppy.__mro__[-1].__name__, [c.__name__ for c in Puppy.__mro__])
print(type(p).__name__, type(p) is Puppy, type(p) == Dog)
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def hello(self):
        return "Leaf+" + super().hello()
leaf = Leaf()
print(leaf.log, leaf.hello(), Base.hello(leaf))
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def __repr__(self):
        return "%s(area=%.2f)" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1)]
print(shapes, sorted(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Empty:
    pass
e = Empty()
e.dynamic = 42
print(e.dynamic, hasattr(e, "dynamic"), hasattr(Empty, "dynamic"), isinstance(e, Empty))
