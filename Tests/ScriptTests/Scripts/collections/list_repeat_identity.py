# list * n aliasing, identity vs equality, mutation through references
row = [0] * 3
grid_bad = [row] * 3
grid_bad[0][1] = 5
print(grid_bad)
grid_ok = [[0] * 3 for _ in range(3)]
grid_ok[0][1] = 5
print(grid_ok)
print(grid_bad[0] is grid_bad[2], grid_ok[0] is grid_ok[2])
lists = [[]] * 2
lists[0].append("shared")
print(lists)
s = "ab" * 3
t = (1, [2]) * 2
t[1].append(3)
print(s, t)
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a[0] = 100
print(b, c, d, a == b, a is b, c == d, c is d)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    lst.append("x")
    return lst
orig = [1]
ret = mutate(orig)
print(orig, ret)
def add_item(item, target=[]):
    target.append(item)
    return target
print(add_item(1), add_item(2), add_item(3, []), add_item(4))
x = [1, 2]
x.append(x)
print(len(x), x[2] is x, x)
y = {"self": None}
y["self"] = y
print(y)
n1 = [0] * 5
n1[2:4] = [1] * 2
print(n1, [1, 2] * 3, [None] * 0, [[1]] * 2 == [[1], [1]])
m = [[0] * 2] * 2
m = [r[:] for r in m]
m[0][0] = 1
print(m)
big = [0] * 1000
big[999] = 1
print(sum(big), len(big), big.index(1))
words = ["a"] * 3 + ["b"] * 2
print(words, words.count("a"))
z = []
z *= 5
print(z)
ll = [[1, 2]]
ll *= 3
ll[0].append(9)
print(ll)
