# Walrus operator and @ with __matmul__
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
vals = [y for x in data if (y := x * 2) > 6]
print(vals, y)
total = 0
i = 0
while (i := i + 1) < 5:
    total += i
print(total, i)
print((a := 10) + a)
def chunks(seq):
    it = iter(seq)
    out = []
    while (c := next(it, None)) is not None:
        out.append(c)
    return out
print(chunks("abc"))
print([last := v for v in range(3)], last)
print(any((hit := v) > 5 for v in data), hit)

class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return "rmatmul with " + repr(other)
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        self.rows[0][0] += 1000
        return self
    def __repr__(self):
        return "Mat(%r)" % (self.rows,)

A = Mat([[1, 2], [3, 4]])
B = Mat([[5, 6], [7, 8]])
print(A @ B)
print(B @ A)
I = Mat([[1, 0], [0, 1]])
print(A @ I @ I)
print(5 @ A)
C = Mat([[1, 1], [1, 1]])
C @= I
print(C)
v = Mat([[1, 2, 3]])
w = Mat([[1], [2], [3]])
print(v @ w, w @ v)
print((b := 3) * b, [b := b + 1 for _ in range(3)], b)
