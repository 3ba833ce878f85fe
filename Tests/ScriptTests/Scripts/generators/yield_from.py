# yield from delegation and return values
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
    return "outer-result"
g = outer()
print(list(g))
def wrapper():
    r = yield from outer()
    yield r
print(list(wrapper()))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))
def tree(n):
    if n == 0:
        yield ""
        return
    for prefix in "LR":
        for rest in tree(n - 1):
            yield prefix + rest
print(list(tree(3)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0}, "5", range(6, 8))))
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegator():
    final = yield from accumulate()
    yield "final=%d" % final
d = delegator()
print(next(d), d.send(5), d.send(10), d.send(None))
def gen_empty():
    return "empty-ret"
    yield
def uses_empty():
    r = yield from gen_empty()
    yield r
print(list(uses_empty()))
def inorder(t):
    if t:
        yield from inorder(t[0])
        yield t[1]
        yield from inorder(t[2])
t = (((None, 1, None), 2, (None, 3, None)), 4, (None, 5, (None, 6, None)))
print(list(inorder(t)))
def count_down(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
def launcher():
    msg = yield from count_down(3)
    yield msg
print(list(launcher()))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))
