# round() and friends
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375):
    print(v, round(v), round(v, 2), round(v, 1))
for v in (1234.5678, -1234.5678, 0.0, 5e-10):
    print(v, round(v, -2), round(v, 0), round(v, 3))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-7, -1), round(2 ** 70, -10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(3)).__name__)
print(round(1e20), round(-1e20, 2), round(123.456, 10))
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(3), math.ceil(-0.0), math.floor(1e15 + 0.5))
print(int(2.9), int(-2.9), int(0.9999999999999999), int(1e16))
vals = [1.23456, 12.3456, 123.456, 1234.56]
print([round(x, 2) for x in vals])
print(["%.2f" % x for x in vals])
print(["{:.3g}".format(x) for x in vals])
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(-0.4), round(-0.6), round(0.4999999999999999))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
print(round(True), round(False, 3))
