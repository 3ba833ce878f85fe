# common dict-based patterns: grouping, counting, inverting, nested
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
by_letter = {}
for w in sorted(set(text.split())):
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
index = {}
for i, w in enumerate(text.split()):
    index.setdefault(w, []).append(i)
print(index["the"], index.get("dog", []))
scores = {"ann": [90, 85], "bob": [70], "cy": [88, 92, 79]}
avgs = {k: sum(v) / len(v) for k, v in scores.items()}
print(avgs)
print(max(avgs, key=avgs.get), min(avgs.items(), key=lambda kv: kv[1]))
nested = {}
for path, val in [("a/b/c", 1), ("a/b/d", 2), ("a/e", 3), ("f", 4)]:
    node = nested
    parts = path.split("/")
    for p in parts[:-1]:
        node = node.setdefault(p, {})
    node[parts[-1]] = val
print(nested)
def depth(d):
    if not isinstance(d, dict) or not d:
        return 0
    return 1 + max(depth(v) for v in d.values())
print(depth(nested))
merged = {}
for src in ({"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}):
    for k, v in src.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
matrix = {}
for (r, c, v) in [(0, 0, 1), (2, 3, 5), (1, 1, 7)]:
    matrix[(r, c)] = v
print([[matrix.get((r, c), 0) for c in range(4)] for r in range(3)])
cache = {}
def slow_square(n):
    if n in cache:
        return cache[n], "hit"
    cache[n] = n * n
    return cache[n], "miss"
print([slow_square(n) for n in (2, 3, 2, 2, 4, 3)])
print(len(cache), list(cache.items()))
pairs = list(zip("abc", range(3)))
d = dict(pairs)
print(d, list(d.items()) == pairs)
print({k: v for k, v in sorted(counts.items()) if v > 1})
