# math module functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-9.9), math.trunc(9.9))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0), math.ceil(5))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.gcd(12, 18, 27))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1.0), math.isfinite(math.nan))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(0), math.exp(1), math.exp(-1))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(1), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(round(math.sin(math.pi / 6), 12), round(math.atan(1) * 4, 12), math.atan2(1, 1), math.atan2(-1, -1))
print(math.asin(1), math.acos(1), math.acos(0), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(5, 12), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)))
print(math.modf(3.75), math.modf(-2.5), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.frexp(8.0), math.ldexp(0.5, 4))
print(math.comb(5, 2), math.comb(50, 25), math.perm(5, 2), math.perm(5))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.tanh(1), 10))
print(math.ceil(math.log2(1000)), int(math.sqrt(99)), math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(-0.5), math.ceil(-0.5), math.floor(-0.0), math.sqrt(-0.0))
from math import pi, sqrt as square_root, floor
print(pi == math.pi, square_root(81), floor(-1.5))
import math as m
print(m.gcd(100, 75), m.inf > 10 ** 308)
def circle_area(r):
    return math.pi * r * r
print([round(circle_area(r), 4) for r in range(4)])
