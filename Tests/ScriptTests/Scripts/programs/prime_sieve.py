# Prime sieve on a list and related number theory
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, v in enumerate(is_p) if v]
ps = sieve(10000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in (2, 12, 97, 360, 1001, 65536, 999983 * 3, 2 ** 31 - 1):
    print(n, factorize(n))
twins = [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(ps, ps[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
def goldbach(n, primes_set):
    for p in ps:
        if n - p in primes_set:
            return p, n - p
pset = set(ps)
print([goldbach(n, pset) for n in range(4, 40, 2)])
def totient(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result
print([totient(n) for n in range(1, 21)])
def is_prime_mr(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(2 ** 61 - 20, 2 ** 61) if is_prime_mr(n)], is_prime_mr(2 ** 89 - 1), is_prime_mr(2 ** 89 + 1))
print(all(is_prime_mr(p) for p in ps[:300]), sum(1 for n in range(10000) if is_prime_mr(n)) == len(ps))
