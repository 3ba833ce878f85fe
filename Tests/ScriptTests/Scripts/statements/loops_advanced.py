# Loop targets, iteration over various iterables, nested loops with flags
for i in range(3):
    pass
print("after loop i =", i)
for k in {"b": 2, "a": 1}:
    print(k, end=" ")
print()
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v, end=" | ")
print()
for ch in "héllo":
    print(ord(ch), end=" ")
print()
for n in (x * x for x in range(4)):
    print(n, end=",")
print()
for idx, val in enumerate("xyz", start=1):
    print(idx, val)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
L = [1, 2, 3]
for x in L:
    if x == 2:
        L.append(4)
print(L)
result = []
for row in [[1, 2], [3, 4], [5, 6]]:
    for item in row:
        if item == 4:
            break
        result.append(item)
    else:
        result.append("row-done")
print(result)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
class Obj: pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["key"] in "abc":
    pass
print(d)
lst = [0] * 3
for i, lst[i] in enumerate("pqr"):
    pass
print(lst)
countdown = 5
while countdown:
    countdown -= 1
print("countdown", countdown)
w = [3, 1, 2]
while w:
    print(w.pop(), end=" ")
print()
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        total += i * j
print(total)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for _ in range(0):
    print("never")
print(list(range(5, -5, -2)))
