# str/int/float/bool/list/tuple/dict/set constructors and conversions
print(str(), str(1), str(1.5), str([1]), str(None), str(b"x"), str("s"))
print(int(), int(3.9), int(-3.9), int("12"), int(" 7 "), int(True), int("-0"), int("1010", 2))
print(float(), float(1), float("1.5"), float(" -2e3 "), float(True), float("inf"), float("-nan"))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(range(0)))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in "yz"))
print(tuple(), tuple([1]), tuple("ab"), tuple({5: 0}))
print(dict(), dict(a=1), dict([("a", 1), ["b", 2]]), dict({"c": 3}, d=4), dict(zip("ef", (5, 6))))
print(set(), sorted(set("hello")), set([1, 2, 2]), set(range(3)), frozenset("aa"))
print(type(str()).__name__, type(int()).__name__, type(float()).__name__, type(bool()).__name__)
print(list(list("ab")), tuple(tuple("ab")), dict(dict(a=1)), str(str("s")))
l1 = [1, 2]
l2 = list(l1)
print(l2 == l1, l2 is l1)
t1 = (1, 2)
print(tuple(t1) is t1)
print(int("0x1A", 16), int("1A", 16), int("z", 36), int("  +42\n"))
print(float("1_000.5"), int("1_000"), float("  .5e1 "), float("-.0"))
print(str(123).zfill(6), int(str(123)[::-1]), float(str(2.5)) * 2)
print(list(map(int, "1 2 3".split())), [float(x) for x in ("1", "2.5")])
print(bool("False"), bool(" "), not "", not [])
print(repr(str(3.0)), repr(int("3")), repr(float("3")))
for bad in ["3.5", "abc", "", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
class WithInt:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __bool__(self):
        return False
    def __str__(self):
        return "WithInt!"
w = WithInt()
print(int(w), float(w), bool(w), str(w))
print(int(2 ** 70 + 0.0) if False else int(float(2 ** 70)), int(1e18), int(-1e18))
print(str(1e16), str(1e15), str(-1.0), str(1.0 * 10 ** 10))
print(list(dict(a=1, b=2).items()), list(zip(*dict(a=1, b=2).items())))
