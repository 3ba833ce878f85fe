# __getattr__ proxies, __len__/__reversed__, __getattribute__, __index__, custom __hash__
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class Countable:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter(range(self.n))
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
c = Countable(4)
print(len(c), list(c), list(reversed(c)), sorted(c, reverse=True), bool(Countable(0)))
class Getattribute:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = Getattribute()
print(g.a, g.secret)
class Indexable:
    def __index__(self):
        return 2
print([10, 20, 30][Indexable()], "abc"[Indexable()], range(10)[Indexable()])
class Hashable:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.k == o.k
print(len({Hashable(1), Hashable(2), Hashable(1)}), hash(Hashable(9)))
