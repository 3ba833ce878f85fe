# Matrix operations on nested lists
def zeros(r, c):
    return [[0] * c for _ in range(r)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_mul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out
def transpose(m):
    return [list(r) for r in zip(*m)]
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        p >>= 1
    return result
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show(transpose(A))
show(mat_mul(B, A))
F = [[1, 1], [1, 0]]
print(mat_pow(F, 10)[0][1], mat_pow(F, 90)[0][1])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
def solve(a, b):
    n = len(a)
    m = [list(map(float, row)) + [float(bv)] for row, bv in zip(a, b)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    return [round(m[i][n] / m[i][i], 9) for i in range(n)]
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
def scale(m, k):
    return [[v * k for v in row] for row in m]
def add(a, b):
    return [[x + y for x, y in zip(r1, r2)] for r1, r2 in zip(a, b)]
show(add(scale(identity(3), 5), M))
print(sum(sum(r) for r in M), [max(r) for r in M], [min(c) for c in zip(*M)])
spiral = []
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
while grid:
    spiral += grid.pop(0)
    grid = [list(r) for r in zip(*grid)][::-1]
print(spiral)
rot = [list(r) for r in zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]][::-1])]
print(rot)
