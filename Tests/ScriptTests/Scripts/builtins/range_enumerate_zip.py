# range variants, enumerate, zip, reversed
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)))
print(list(range(-5, 5, 4)), list(range(5, -5, -3)), list(range(0)), list(range(1, 0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], 7 in r, 8 in r, r.index(11), r.count(7))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(1, 5, 2) == range(1, 6, 2))
print(repr(range(0, 10, 2)), str(range(3)), range(10)[::2], range(10)[-3:])
print(sum(range(101)), max(range(7)), min(range(3, 9)), len(range(0, 1000000, 7)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab", (True, False, None))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
keys, vals = zip(*{"x": 1, "y": 2}.items())
print(keys, vals)
print(list(reversed(range(5))), list(reversed("abc")), list(reversed([1, [2], 3])), list(reversed((1, 2))))
print(list(reversed(range(1, 10, 3))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 10)[20]
except IndexError as e:
    print("IndexError:", e)
big = range(0, 10 ** 20, 10 ** 18)
print(len(big), big[-1], 10 ** 19 in big, big.index(5 * 10 ** 18))
print(list(range(3)) * 2, [i * i for i in range(1, 6)], tuple(range(3)))
print(bool(range(0)), bool(range(1)), list(map(len, [range(0), range(5), range(1, 10, 2)])))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
z = list(zip(range(3), range(10, 13), range(20, 23)))
print(z, [sum(t) for t in z])
print(list(zip("abcd", range(2))), [(i, c) for i, c in zip(range(100), "hi")])
print(range(3).start, range(3).stop, range(3).step, range(1, 9, 2).stop)
print(hash(range(3)) == hash(range(3)), range(3) != [0, 1, 2], list(range(3)) == [0, 1, 2])
