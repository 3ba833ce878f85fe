# Recursion-heavy puzzles: n-queens, permutations, subsets sum, sudoku-lite
def queens(n):
    sols = []
    cols = [0] * n
    def place(row, used_c, used_d1, used_d2):
        if row == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if c in used_c or (row - c) in used_d1 or (row + c) in used_d2:
                continue
            cols[row] = c
            used_c.add(c); used_d1.add(row - c); used_d2.add(row + c)
            place(row + 1, used_c, used_d1, used_d2)
            used_c.discard(c); used_d1.discard(row - c); used_d2.discard(row + c)
    place(0, set(), set(), set())
    return sols
for n in range(1, 9):
    print(n, len(queens(n)))
six = queens(6)
print(six)
for row in six[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
def permutations(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append([x] + p)
    return out
ps = permutations([1, 2, 3, 4])
print(len(ps), ps[:4], ps[-1])
print(["".join(p) for p in permutations("abc")])
def next_permutation(a):
    a = a[:]
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
p = [1, 2, 3]
seq = []
while p:
    seq.append("".join(map(str, p)))
    p = next_permutation(p)
print(seq)
def subset_sums(nums, target):
    res = []
    def go(i, chosen, total):
        if total == target:
            res.append(chosen[:])
            return
        if i == len(nums) or total > target:
            return
        chosen.append(nums[i])
        go(i + 1, chosen, total + nums[i])
        chosen.pop()
        go(i + 1, chosen, total)
    go(0, [], 0)
    return res
print(subset_sums([3, 34, 4, 12, 5, 2], 9), subset_sums([1, 2, 3, 4, 5, 6], 10))
def parens(n):
    out = []
    def gen(s, o, c):
        if len(s) == 2 * n:
            out.append(s)
            return
        if o < n:
            gen(s + "(", o + 1, c)
        if c < o:
            gen(s + ")", o, c + 1)
    gen("", 0, 0)
    return out
print(parens(3), len(parens(8)))
