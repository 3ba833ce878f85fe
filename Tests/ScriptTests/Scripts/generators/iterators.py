# iterator protocol: iter/next, custom iterators, iterable classes
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(5)))
cd = CountDown(2)
print(next(cd), next(cd), next(cd, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(9)
print(list(r), list(r), 4 in r, 5 in r, sum(r))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
s_it = iter("ab")
print(next(s_it), next(s_it))
try:
    next(s_it)
except StopIteration:
    print("StopIteration raised")
d_it = iter({"x": 1, "y": 2})
print(list(d_it))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [v for v in Seq()])
def sentinel_source():
    data = [3, 2, 1, 0, 5]
    idx = [0]
    def nxt():
        v = data[idx[0]]
        idx[0] += 1
        return v
    return nxt
print(list(iter(sentinel_source(), 0)))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
m = map(str, range(3))
print(next(m), list(m), list(m))
e = enumerate("xy", 5)
print(list(e))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
try:
    iter(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    next([1, 2])
except TypeError as ex:
    print("TypeError:", ex)
class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(zip(self.items, self.items[1:]))
print(list(Pairs([1, 2, 3, 4])), dict(Pairs("abc")))
a, b, *c = CountDown(4)
print(a, b, c)
print(sorted(CountDown(3)), max(CountDown(6)), tuple(Range2(5)))
