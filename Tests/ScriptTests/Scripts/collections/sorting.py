# sorting with key/reverse and stability
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort(key=lambda n: n % 3)
print(nums)
print(sorted([3.5, 1, 2.25, -0.0, 0]), sorted([0, -0.0]), sorted([-0.0, 0]))
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 3, 9}))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
recs = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}, {"n": "w", "v": 2}]
print([r["n"] for r in sorted(recs, key=lambda r: r["v"])])
print([r["n"] for r in sorted(recs, key=lambda r: r["v"], reverse=True)])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(s), all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stable = sorted(range(30), key=lambda i: i % 4)
print(stable)
L = list(range(10))
L.sort(key=lambda x: -x)
print(L)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(2)], key=lambda o: o.v), min(V(4), V(9)))
print(sorted([], reverse=True), sorted([1]), list(reversed(sorted([2, 3, 1]))))
print(sorted(["b", "a", "c"], reverse=True) == sorted(["b", "a", "c"])[::-1])
