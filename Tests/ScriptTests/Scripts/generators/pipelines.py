# generator pipelines
def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code
def numbered(lines, start=1):
    n = start
    for line in lines:
        yield n, line
        n += 1
src = """x = 1  # set x
# full comment

y = x + 2
print(y)  # show"""
for n, line in numbered(strip_comments(read_lines(src))):
    print(n, repr(line))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def moving_avg(it, size):
    for w in window(it, size):
        yield sum(w) / size
print(list(moving_avg([1, 2, 3, 4, 5, 6, 7], 3)))
