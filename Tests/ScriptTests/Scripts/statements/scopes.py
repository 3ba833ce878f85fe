# global, nonlocal, del
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def counter_factory():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def nested3():
    a = "n3"
    def l1():
        def l2():
            nonlocal a
            a = a + "!"
        l2()
        return a
    return l1()
print(nested3())
x = [1, 2, 3, 4]
del x[0]
print(x)
del x[-1]
print(x)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
y = 5
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class K:
    pass
k = K()
k.attr = 1
del k.attr
print(hasattr(k, "attr"))
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
def unbound():
    try:
        print(zz)
    except NameError as e:
        print(type(e).__name__, e)
    zz = 1
unbound()
def read_global():
    return counter * 100
print(read_global())
g = 1
def gfn():
    global g
    del g
gfn()
print("g" in globals())
