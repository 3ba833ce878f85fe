# Memoized fibonacci with a dict, plus other DP problems
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(20)])
print(fib(100), fib(300))
print(len(memo), len(str(fib(300))))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib_iter(i) for i in range(300)))
def lcs(a, b):
    table = {}
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                table[i, j] = 0
            elif a[i - 1] == b[j - 1]:
                table[i, j] = table[i - 1, j - 1] + 1
            else:
                table[i, j] = max(table[i - 1, j], table[i, j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif table[i - 1, j] >= table[i, j - 1]:
            i -= 1
        else:
            j -= 1
    return table[len(a), len(b)], "".join(reversed(out))
print(lcs("ABCBDAB", "BDCABA"), lcs("dynamic", "programming"), lcs("", "abc"))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print([edit_distance(a, b) for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]])
def knapsack(items, cap):
    best = {}
    def go(i, c):
        if i == len(items) or c == 0:
            return 0
        if (i, c) in best:
            return best[i, c]
        w, v = items[i]
        r = go(i + 1, c)
        if w <= c:
            r = max(r, v + go(i + 1, c - w))
        best[i, c] = r
        return r
    return go(0, cap), len(best)
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def coin_ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
calls = {"n": 0}
cache = {}
def collatz_len(n):
    calls["n"] += 1
    if n == 1:
        return 1
    if n in cache:
        return cache[n]
    r = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    cache[n] = r
    return r
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), calls["n"] > 3000)
