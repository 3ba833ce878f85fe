# numeric algorithms using math: newton sqrt, series, trig tables, statistics by hand
import math
def newton_sqrt(x, tol=1e-12):
    g = x / 2 or 1.0
    while abs(g * g - x) > tol * max(1.0, x):
        g = (g + x / g) / 2
    return g
for v in (2, 10, 144, 1e6, 0.5):
    print(v, round(newton_sqrt(v), 10), round(math.sqrt(v), 10))
def exp_series(x, terms=30):
    total, term = 1.0, 1.0
    for n in range(1, terms):
        term *= x / n
        total += term
    return total
print([round(exp_series(x), 10) for x in (0, 1, 2, -1)], [round(math.exp(x), 10) for x in (0, 1, 2, -1)])
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print("%3d %8.4f %8.4f" % (deg, math.sin(r), math.cos(r)))
data = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3, 2.2]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
sd = math.sqrt(var)
srt = sorted(data)
median = srt[len(srt) // 2]
print(round(mean, 6), round(var, 6), round(sd, 6), median)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(60) if is_prime(n)])
print(math.gcd(*[84, 126, 210]), math.lcm(*range(1, 11)), math.comb(10, 3) == math.factorial(10) // (math.factorial(3) * math.factorial(7)))
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(round(integrate(math.sin, 0, math.pi), 6), round(integrate(lambda x: x * x, 0, 3), 6))
pts = [(0, 0), (3, 4), (6, 8), (1, 1)]
print([round(math.dist(p, q), 4) for p, q in zip(pts, pts[1:])], round(sum(math.hypot(*p) for p in pts), 6))
angles = [math.degrees(math.atan2(y, x)) for x, y in [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1)]]
print(angles)
print(math.floor(-7 / 2), math.ceil(-7 / 2), int(-7 / 2), -7 // 2)
print(f"{math.pi:.10f} {math.e:.5e} {math.sqrt(2):g}")
