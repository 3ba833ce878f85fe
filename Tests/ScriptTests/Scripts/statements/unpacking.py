# Tuple and star unpacking
a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (10, 20), 30
print(a, b, c)
[x, y] = "hi"
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
h, *mid, t = [1, 2]
print(h, mid, t)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for *head, tail in [(1, 2, 3), (4, 5)]:
    print(head, tail)
p = q = r = 7
print(p, q, r)
L = [0, 0, 0]
i = 0
i, L[i] = 2, 99
print(i, L)
x, y = y, x
print(x, y)
a, b, c = b, c, a
print(a, b, c)
(m), n = 5, 6
print(m, n)
one, = [42]
print(one)
[(u, v)] = [(8, 9)]
print(u, v)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class Box: pass
box = Box()
box.left, box.right = "L", "R"
print(box.left, box.right)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
s1, s2 = {1: "a", 2: "b"}
print(s1, s2)
g1, g2, g3 = (n * n for n in range(3))
print(g1, g2, g3)
