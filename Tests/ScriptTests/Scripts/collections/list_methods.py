# list methods and operators
L = [3, 1, 4, 1, 5]
L.append(9); print(L)
L.extend([2, 6]); print(L)
L.extend(range(2)); print(L)
L.insert(0, "head"); L.insert(100, "tail"); L.insert(-1, "pre-tail"); print(L)
print(L.pop(), L.pop(0), L.pop(-2), L)
L.remove(1); print(L)
print(L.index(5), L.index(1), L.count(1), L.count(42))
try:
    L.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    L.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
L.reverse(); print(L)
L.remove("pre-tail")
L.sort(); print(L)
L.sort(reverse=True); print(L)
c = L.copy(); c.append(100); print(L, c)
L.clear(); print(L, len(L))
print([1, 2] + [3], [0] * 4, [1, 2] * 0, 2 * [None])
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 100], [] < [0])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], [2]])
print(len([]), len([[]]), list("abc"), list(range(3)), list((1, 2)), list({1: 2}))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
print(nested)
shared = [[0] * 3] * 2
shared[0][0] = 1
print(shared)
m = [5, 2, 8]
m[1] = 20
m[-1] += 1
print(m, m.index(20, 1), m.index(5, 0, 1))
print(sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
stack = []
for x in range(5):
    stack.append(x * x)
while stack:
    print(stack.pop(), end=" ")
print()
q = [1, 2, 3]
q.append(q.pop(0))
print(q)
try:
    [1, 2] < [1, "a"]
    print([1, 2] < [1, "a"])
except TypeError as e:
    print("TypeError:", e)
print([1, 2].__contains__(2), [x for x in [1, 2, 3] if x != 2])
a = [1, 2, 3]
b = a
a += [4]
a = a + [5]
print(a, b)
