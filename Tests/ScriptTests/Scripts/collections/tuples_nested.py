# tuples, nested structures, comparisons, copying
t = (1, "two", 3.0, [4], (5, 6))
print(t, len(t), t[1], t[-1][0], t[3][0], t.count(1), t.index(3.0))
t[3].append(44)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(), tuple({1: 2}))
x, y = (1, 2), (1, 2)
print(x == y, hash(x) == hash(y))
data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}], "count": 2}
print(data["users"][0]["tags"][1], len(data["users"][1]["tags"]), data["count"])
data["users"].append({"name": "c", "tags": ["z"]})
print([u["name"] for u in data["users"]], sum(len(u["tags"]) for u in data["users"]))
shallow = list(data["users"])
shallow[0]["name"] = "A"
print(data["users"][0]["name"])
def deep_copy(o):
    if isinstance(o, dict):
        return {k: deep_copy(v) for k, v in o.items()}
    if isinstance(o, list):
        return [deep_copy(v) for v in o]
    return o
deep = deep_copy(data)
deep["users"][0]["tags"].append("new")
print(data["users"][0]["tags"], deep["users"][0]["tags"])
m = [[1, 2], [3, 4]]
c1 = m[:]
c2 = [row[:] for row in m]
m[0][0] = 99
print(c1, c2)
print(list.copy(m) == m, m.copy() is m, m[:] is m)
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))
def walk(n, depth=0):
    if n is None:
        return []
    v, l, r = n
    return walk(l, depth + 1) + [(v, depth)] + walk(r, depth + 1)
print(walk(tree))
points = [(1, 2), (3, 1), (0, 5), (3, 0)]
print(sorted(points), max(points), min(points, key=lambda p: p[1]))
print([(a, b) for (a, b) in points if a > b])
empty = ()
single = (5,)
print(empty, single, type(single).__name__, len(empty), (5) == 5)
nested = [1, [2, [3, [4, [5]]]]]
def flatten(n):
    out = []
    for item in n:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(nested))
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2]] < [[1, 3]], ((1, [2]),)[0][1])
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2, 3)[::-1], (1, 2, 3)[1:])
a = b = []
a.append(1)
print(a is b, b, [] is [], () == ())
