# functools-free higher-order code
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
sq = lambda x: x * x
print(compose(inc, dbl, sq)(3), compose(sq, dbl, inc)(3), compose()(7))
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(sq, nums), my_filter(lambda n: n % 3 == 0, nums), my_reduce(lambda a, b: a * b, nums, 1))
print(list(map(str, nums)), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [5, 2])))
def curry(fn, n):
    def curried(*args):
        if len(args) >= n:
            return fn(*args)
        return lambda *more: curried(*(args + more))
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def partial(fn, *pre, **kpre):
    def p(*args, **kw):
        merged = dict(kpre)
        merged.update(kw)
        return fn(*(pre + args), **merged)
    return p
int2 = partial(int, base=2)
print(int2("1011"), partial(max, 5)(3, 9), partial(sorted, reverse=True)([2, 3, 1]))
def pipeline(data, *steps):
    for s in steps:
        data = s(data)
    return data
print(pipeline(range(10), lambda xs: [x for x in xs if x % 2], lambda xs: [x * x for x in xs], sum))
def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(dbl, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
def group_by(key, xs):
    out = {}
    for x in xs:
        out.setdefault(key(x), []).append(x)
    return out
print(group_by(len, ["a", "bb", "cc", "d", "eee"]), group_by(lambda n: n % 3, range(10)))
def zip_with(f, *seqs):
    return [f(*t) for t in zip(*seqs)]
print(zip_with(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200]))
print(sorted(["pear", "fig", "banana"], key=compose(len, str.strip)))
ops = {name: fn for name, fn in [("inc", inc), ("dbl", dbl), ("sq", sq)]}
print({k: v(5) for k, v in ops.items()})
def memoize(f):
    cache = {}
    def m(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    return m
@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths(16, 16))
print(any(map(lambda x: x > 5, nums)), all(map(lambda x: x > 0, nums)), max(nums, key=lambda n: (n % 4, n)))
