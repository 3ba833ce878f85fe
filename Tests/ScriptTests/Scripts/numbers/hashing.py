# hash equality properties that are stable across runs (no str hashes printed)
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(1), hash(0), hash(-1), hash(-2), hash(100), hash(10 ** 6))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.5), hash(0.5), hash(-0.5), hash(2.0))
print(hash(float("inf")), hash(float("-inf")))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash("abc") == hash("abc"), hash("abc") == hash("ab" + "c"))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True}
print(s, len(s))
print({0, 0.0, False, -0.0})
print(len({(1, 2), (1.0, 2.0), (True, 2)}))
for obj in ([1], {1: 2}, {1}):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
print(P(3) == P(3), hash(P(3)) == hash(P(3)), len({P(3), P(3), P(4)}))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None)
print(hash(-1) == hash(-2), hash(7) == 7, hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
