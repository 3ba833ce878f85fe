# set and frozenset algebra (small ints only for deterministic order)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.issubset(range(10)), a.issuperset({1, 2}))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1, 3}, a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100); s.discard(5)
print(s)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 3, 7}, len(s))
s.clear()
print(s, set(), bool(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}; print(c)
c &= {1, 2, 4, 8}; print(c)
c -= {1}; print(c)
c ^= {2, 9}; print(sorted(c))
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, frozenset())
print(fs == {1, 2, 3}, {1, 2, 3} == fs, hash(fs) == hash(frozenset({1, 2, 3})))
d = {fs: "frozen key"}
print(d[frozenset([1, 2, 3])])
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(sorted({x % 7 for x in range(50)}), len(set(range(100)) - set(range(0, 100, 3))))
print(set([1, 1, 2, 2, 3]), set("aab") == {"a", "b"}, sorted(set("banana")))
print(sorted(set("hello") & set("world")), sorted(set("hello") - set("world")))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, 2 in {1, 2}, [1] not in [{1}])
dedup = []
seen = set()
for x in [3, 1, 3, 2, 1, 5]:
    if x not in seen:
        seen.add(x)
        dedup.append(x)
print(dedup, sorted(seen))
print({True, 1, 1.0}, {0, False}, len({(1, 2), (1, 2)}))
print(set(range(5)) == frozenset(range(5)), {frozenset({1}), frozenset({1})})
print(sorted({-1, -5, 3, 0}), min({4, 2, 9}), max(frozenset([4, 2, 9])), sum({1, 2, 3}))
print({5, 6, 7}.copy(), sorted({x * x for x in range(-3, 4)}))
