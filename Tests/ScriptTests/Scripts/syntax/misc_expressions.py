# Misc expression forms: attribute access, calls, tuples, starred, boolean ops
class O:
    x = 1
    def m(self, k=2):
        return self.x + k
o = O()
print(o.x, o.m(), o.m(5), O.m(o), O().m(k=0))
t = 1, 2, 3
print(t, type(t).__name__)
print(())
print((1,))
a, b = 1, 2
a, b = b, a
print(a, b)
print([1, 2][True], "xy"[False])
print(len("abc") * 2, "abc".upper().lower().title())
print([1, 2, 3].__len__(), (5).__add__(3), "a".__add__("b"))
print(1 .real if False else (1).bit_length())
print(type(None).__name__)
print(isinstance(3, int) and not isinstance(3, str))
print([] or {} or () or 0 or None)
print(1 and 2 and 3)
print(0 and 1/0)
print(1 or 1/0)
print(None if None else "none falsy")
print(-True, +False, ~True)
print(3 * True, True / 2)
print("abc" * 0, [0] * -1, 2 * (1,))
print("%d-%s" % (5, "x"), "%%")
print({1: "a"}.get(2, "dflt"))
print([i for i in range(3)][-1])
print(str(1) + str(2.0) + str(None))
print(((((1)))))
print([[]] * 2, [[] for _ in range(2)])
d = dict(a=1)
d["b"] = d.get("b", 0) + 5
print(d)
print(getattr(o, "x"), getattr(o, "nope", "missing"))
print((lambda: (yield))().__class__.__name__)
print(sum([[1], [2, 3]], []))
print(*[1, 2, 3])
print(*"abc", sep="|")
print(1 if [] else 2, 1 if [[]] else 2)
print(10 if None is None else 20)
print(type(1 == 1).__name__, type(1 < 2 < 3).__name__)
print(((1, 2), [3, 4], {5: 6}))
print(1e3 == 1000, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
