# Loops entered by OSR whose int arithmetic outgrows int64 part-way: the compiled loop's
# effects (list appends) are discarded and the interpreter resumes at the loop header.
def grow(n):
    seen = []
    x = 1
    total = 0
    for i in range(n):
        x = x * 3 + 1
        total += i
        seen.append(i * 2)
    return x % 1000003, total, len(seen), seen[-3:]


def cubes(n):
    # the sum of cubes passes 2**63 near i = 78000, long after the loop went native
    acc = 0
    kept = []
    for i in range(n):
        acc += i * i * i
        if i % 10000 == 0:
            kept.append(acc)
    return acc, kept


def countdown(n):
    acc = 0
    k = n
    while k > 0:
        acc += k * k
        k -= 1
    return acc, k


print(grow(2500))
print(grow(30))
print(cubes(100000))
print(cubes(2000))
print(countdown(3000))
print(countdown(10))
