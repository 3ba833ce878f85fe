# Augmented and annotated assignment
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
n = 0b1100
n |= 0b0011; print(n)
n &= 0b1010; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
s = "ab"
s += "cd"; s *= 2; print(s)
L = [1]
alias = L
L += [2, 3]
print(L, alias, L is alias)
L *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"k": 1}
d["k"] += 10
d["j"] = d.get("j", 0) + 1
print(d)
lst = [[0, 1], [2, 3]]
lst[1][0] -= 5
print(lst)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
C.v *= 10
print(c.v, C.v)
count: int = 5
name: str
print(count)
ann: list = []
ann.append(1)
print(ann)
def f():
    local: int = 3
    other: float
    return local
print(f())
class A:
    field: int = 7
    hint: str
print(A.field, hasattr(A, "hint"))
print(sorted(A.__annotations__.items(), key=lambda kv: kv[0]) if False else list(A.__annotations__))
y = z = []
y += [1]
print(z)
big = 2
big **= 100
print(big)
f2 = 1.5
f2 += 1
print(f2, type(f2).__name__)
i = 7
i /= 7
print(i, type(i).__name__)
