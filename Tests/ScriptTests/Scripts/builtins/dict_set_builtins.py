# builtins applied to dicts and sets: len, sorted, min, max, sum, in, list, iteration order
d = {"banana": 3, "apple": 5, "cherry": 1}
print(len(d), sorted(d), min(d), max(d), sum(d.values()), "apple" in d, 5 in d)
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True), max(d.values()))
print(list(d), list(d.values()), list(enumerate(d)))
print(dict(sorted(d.items())), {k: d[k] for k in sorted(d, key=len)})
print(any(v > 4 for v in d.values()), all(k.islower() for k in d))
s = {5, 3, 8, 1}
print(len(s), sorted(s), min(s), max(s), sum(s), 3 in s, 4 in s, sorted(s, reverse=True))
print(sorted(x * 2 for x in s), list(sorted(s))[::2])
print(dict.fromkeys(range(3), "v"), dict(enumerate("ab")), list(zip(d, d.values())))
inv = {}
for k, v in d.items():
    inv.setdefault(v % 2, []).append(k)
print(inv)
print(sorted({"b": 1, "a": 2}.items()), sorted({3: "x", 1: "y"}.values()))
print(len({}), len(set()), sorted({}), list({}.items()), min({}, default=None))
counts = dict.fromkeys("abc", 0)
for ch in "abcabca":
    counts[ch] += 1
print(counts, max(counts, key=counts.get), sorted(counts.values()))
print(list(map(d.get, ["apple", "nope"])), [d[k] for k in ("cherry", "banana")])
print(tuple(d.items())[0], next(iter(d)), next(iter(d.values())), next(iter(d.items())))
print(sorted(set(d) | {"date"}), sorted(set(d) & {"apple", "fig"}), set(d) >= {"apple"})
fs = frozenset({1, 2})
print(len(fs), sorted(fs), 2 in fs, fs | {3}, fs & {2, 9}, fs - {1})
print(isinstance(d.keys(), object), type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(reversed(list(d)).__class__.__name__, list(reversed(d.keys())), list(reversed(d.values())))
print(d == dict(d), d is not dict(d), dict(d.items()) == d)
