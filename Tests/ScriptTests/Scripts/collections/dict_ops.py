# dict methods, views, ordering
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d, 2 in d.values())
d["b"] = 20
print(d)
print(d.pop("b"), d, d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1, "a": 100})
d.update(y=5)
d.update([("z", 26)])
print(d)
print(d.setdefault("a", 0), d.setdefault("new", []), d)
d["new"].append(1)
print(d.popitem(), d)
e = dict.fromkeys(["p", "q"], 0)
print(e, dict.fromkeys("ab"))
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip(range(3), "xyz")), dict({1: 2}, three=3))
ks = d.keys()
vs = d.values()
its = d.items()
d["late"] = "added"
print(ks, vs, its)
print(len(ks), "late" in ks, ("late", "added") in its)
print(sorted(ks - {"a", "x"}), sorted(ks & {"a", "nope"}), sorted(ks | {"extra"}))
c = d.copy()
c["only_copy"] = 1
print("only_copy" in d, "only_copy" in c)
del d["x"]
print(d)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 2} != {1: 3})
print({**{"a": 1}, "b": 2}, {"a": 1} | {"b": 2}, {"a": 1, "b": 0} | {"b": 2})
m = {"k": 1}
m |= {"j": 2}
print(m)
d.clear()
print(d, bool(d), bool({0: 0}))
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid[(1, 2)], grid[0, 1], sorted(grid)[-1])
order = {}
for k in [5, 3, 9, 3, 1, 5]:
    order[k] = order.get(k, 0) + 1
print(order, list(order))
del order[3]
order[3] = "re-added"
print(order)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
try:
    for k in order:
        order["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(max({"a": 3, "b": 7}, key=lambda k: {"a": 3, "b": 7}[k]), min({3: 0, 1: 0}))
