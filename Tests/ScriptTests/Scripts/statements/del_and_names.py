# del in various contexts, name rebinding, builtins shadowing
lst = list(range(10))
del lst[2:8:2]
print(lst)
del lst[:]
print(lst)
nested = {"a": {"b": {"c": 1, "d": 2}}}
del nested["a"]["b"]["c"]
print(nested)
x = 1
x = "now a string"
print(x)
def len(obj):
    return "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
list_ = list
list = tuple
print(list([1, 2]))
list = list_
print(list((1, 2)))
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
d = {"k": 1}
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
L = [1]
try:
    del L[5]
except IndexError as e:
    print("IndexError:", e)
class A:
    cls_attr = 1
del A.cls_attr
print(hasattr(A, "cls_attr"))
a = [1, 2, 3]
b = a
del a
print(b)
for i in range(3):
    tmp = i * 2
del tmp
print("tmp" in dir())
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
print(isinstance(UnboundLocalError("x"), NameError))
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
