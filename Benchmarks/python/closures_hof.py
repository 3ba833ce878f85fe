# Closures and higher-order functions: adders, compose, map/filter with lambdas, counters.
def make_adder(k):
    def add(x):
        return x + k
    return add

def compose(f, g):
    return lambda x: f(g(x))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

adders = [make_adder(k) for k in range(10)]
pipeline = compose(adders[3], compose(lambda x: x * 2, adders[7]))
total = 0
for i in range(1700000):
    total += pipeline(i) % 13
counter = make_counter()
for i in range(2000000):
    counter(i & 3)
mapped = list(map(lambda x: x * 3 + 1, filter(lambda x: x % 3 != 0, range(3000000))))
reduced = 0
for f in adders:
    for v in mapped[:200000]:
        reduced = (reduced + f(v)) % 1000003
print("total:", total, "counter:", counter(0), "mapped:", len(mapped), sum(mapped) % 999983, "reduced:", reduced)
