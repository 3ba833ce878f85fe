# map, filter, sorted, min/max with key/default, sum, any, all
nums = [5, -2, 9, 0, -7, 3]
print(list(map(abs, nums)), list(map(lambda x: x * 2, nums)), list(map(str, nums)))
print(list(filter(lambda x: x > 0, nums)), list(filter(None, nums)), list(filter(str.isdigit, ["1", "a", "22"])))
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda v: -v))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min(3, 1, 2), max("apple", "pear", key=len))
print(min([], default="none"), max([], default=0), min([4], default=9), max((), key=len, default="d"))
print(min("hello"), max("hello"), min([[1, 2], [0, 9]]), max({3: "a", 8: "b"}))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min(["b", "A", "a"], key=str.lower))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
print(sum(nums), sum(nums, 100), sum([0.1] * 3), sum([]), sum(range(1, 11)), sum([[1], [2]], []))
print(sum(x * x for x in range(4)), sum([True, True, False]), sum([1, 2.5]))
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 8 for x in nums), all(isinstance(x, int) for x in nums))
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]), calls)
calls.clear()
print(all(check(v) for v in [5, 1, 9]), calls)
print(list(map(lambda a, b: a + b, "abc", "xyz")), list(map(max, [1, 5], [4, 2], [3, 3])))
words = ["kiwi", "Apple", "banana", "cherry", "Date"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w.lower())))
print(max(words, key=len), min(words, key=len), sorted(words, key=len)[-2:])
m = map(int, "123")
print(next(m), list(m))
f = filter(lambda c: c.isupper(), "HeLLo")
print("".join(f))
print(sorted(map(len, words)), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print(round(sum(map(float, ["1.1", "2.2", "3.3"])), 2), sum(map(int, "987")))
print(abs(-5), abs(5.5), abs(-0), abs(True), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, 0.5), pow(-2, 3), pow(2, 100, 1000), pow(5, -2))
print(round(3.14159, 2), round(2.5), round(-2.5), round(12345, -2), round(0.5 + 1e-9))
