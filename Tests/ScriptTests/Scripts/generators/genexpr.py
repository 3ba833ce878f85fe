# generator expressions
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(s) for s in ["a", "bbb", "cc"]))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []), any(()))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(n for n in nums if n > 2), tuple(str(n) for n in nums[:3]), set(n % 3 for n in nums) == {0, 1, 2})
print(dict((n, n * n) for n in range(4)), "-".join(c for c in "abc"))
print(min((abs(n - 4), n) for n in nums), sum(1 for _ in range(100)))
lazy = (1 / x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(lazy))
def gen_source():
    print("source evaluated")
    return range(3)
ge = (v for v in gen_source())
print("genexpr created")
print(list(ge))
x = 10
ge2 = (x + i for i in range(3))
x = 20
print(list(ge2))
pipeline = (w.upper() for w in (s.strip() for s in [" a ", "b ", " c"]) if w)
print(list(pipeline))
squares = (n * n for n in range(1, 1000000))
for s in squares:
    if s > 50:
        print("first square > 50:", s)
        break
print(next(squares))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix), list(sum(col) for col in zip(*matrix)))
print(list(zip((i for i in range(3)), (c for c in "xyz"))))
print(sorted((len(w), w) for w in "the quick brown fox".split()))
e = enumerate(c for c in "hey")
print(list(e))
print(list(reversed([x for x in range(4)])), "".join(reversed("abc")))
total = sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6]))
print(total)
print(list(filter(lambda v: v % 2, (i for i in range(8)))))
print(max((v for v in [] ), default="empty"))
