# more generator pipelines: batching, interleaving, dedup, running aggregates
def batched(it, n):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefgh", 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        nxt = []
        for g in gens:
            try:
                yield next(g)
                nxt.append(g)
            except StopIteration:
                pass
        gens = nxt
print(list(interleave("abc", [1, 2], range(10, 14))))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
lengths = ((n, sum(1 for _ in collatz(n))) for n in range(1, 30))
print(max(lengths, key=lambda p: p[1]))
def unique(it):
    seen = set()
    for v in it:
        if v not in seen:
            seen.add(v)
            yield v
print(list(unique([3, 1, 3, 2, 1, 4])), "".join(unique("mississippi")))
def running_max(it):
    m = None
    for v in it:
        m = v if m is None or v > m else m
        yield m
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def pairwise_diff(it):
    it = iter(it)
    prev = next(it)
    for v in it:
        yield v - prev
        prev = v
print(list(pairwise_diff(x * x for x in range(8))))
