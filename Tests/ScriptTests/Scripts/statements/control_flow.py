# if/elif/else, while/else, for/else, break/continue
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 50):
    print(v, classify(v))
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)
while i < 10:
    if i == 6:
        break
    i += 1
else:
    print("never printed")
print("i is", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("empty")
else:
    print("for-else on empty")
total = 0
for x in range(100):
    if x % 2:
        continue
    if x > 20:
        break
    total += x
print("total", total)
outer_done = False
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end="; ")
print()
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
if []: print("no")
elif {}: print("no")
else: print("all falsy")
x = 5
if x: pass
print("pass ok")
while False:
    pass
else:
    print("while False else")
for ch in "abc":
    if ch == "b":
        continue
    print(ch)
