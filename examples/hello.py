# A small tour of what Updraft runs today in object mode.
import math


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        return self

    def __repr__(self):
        return f"Particle(x={self.x:.3f}, v={self.v})"


def primes(limit):
    sieve = [True] * limit
    for i in range(2, int(math.sqrt(limit)) + 1):
        if sieve[i]:
            for j in range(i * i, limit, i):
                sieve[j] = False
    return [i for i in range(2, limit) if sieve[i]]


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


ps = [Particle(i * 0.5, 1.0 + i) for i in range(3)]
for p in ps:
    p.step(0.1)
print(ps)
print("primes below 50:", primes(50))
gen = fibs()
print("fibonacci:", [next(gen) for _ in range(12)])
print("2**100 =", 2 ** 100, "and 10**20 // 7 =", 10 ** 20 // 7)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
