# Chained comparisons evaluate middle operands once
calls = []
def f(v):
    calls.append(v)
    return v

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1)
print(1 == 1 != 2)
print(1 < 2 > 0 < 5)
print(f(1) < f(2) < f(3))
print(calls)
calls.clear()
print(f(5) < f(2) < f(3))
print(calls)
calls.clear()
print(f(1) < f(2) == f(2) <= f(2) != f(9))
print(calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b is not c)
print(a == c is not b)
print(1 in [1, 2] in [[1, 2], 3])
print(2 not in [1, 3] not in [[1, 3]])
x = 5
print(0 <= x < 10)
print(0 <= x < 5)
print(-1 < x - 6 < 1)
print("a" < "b" < "c" < "cd")
print((1, 2) < (1, 3) < (2,))
print([1, 2] <= [1, 2] < [1, 2, 0])
print(1.0 == 1 == True)
print(0 == False == 0.0 == -0.0)
for i in range(6):
    print(i, 1 < i < 4, i % 2 == 0 == i % 3)
r = 3 if 1 < 2 < 3 else 4
print(r)
print(all(0 < v < 10 for v in [1, 5, 9]))
print(any(v < 0 < v + 1 for v in [-1, -2]))
print(any(v < 0 < v + 2 for v in [-1, -2]))
