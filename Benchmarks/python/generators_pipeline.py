# Generator pipelines: chained generators, genexprs, yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.pop(0)

def chain(*its):
    for it in its:
        yield from it

total = 0
for v in windows(squares(evens(numbers(4000000))), 4):
    total += v % 1000
count = sum(1 for x in chain(numbers(1000000), (y * 3 for y in range(1000000)), evens(numbers(2000000))) if x % 7 == 3)
mx = max(x % 12345 for x in squares(numbers(2000000)))
print("total:", total, "count:", count, "max:", mx)
