# int/float mixing, comparisons, conversions
print(1 + 1.0, 2 * 0.5, 3 - 1.5, 7 / 7, type(7 / 7).__name__)
print(1 == 1.0, 1 < 1.5, 2 > 1.999999, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(int(3.99), int(-3.99), float(3), float(-0))
print(int("42"), int("  -17  "), int("+5"), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("777", 8), int("101", 2), int(" 10 ", 3))
print(float("3.5"), float(" -2.25 "), float("1e3"), float("1_0.5"), float(".5"), float("5."))
for bad in ("", "abc", "1.5", "1e3", "0x10", "--1", "1 2"):
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "abc", "1..2", "e5"):
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(True), float(False), True + 1.5, bool(0.0), bool(-0.0), bool(1e-300))
print(abs(-3), abs(-3.5), abs(0), abs(-0.0))
print(max(1, 2.0), max(2.0, 1), min(3, 3.0), min(3.0, 3))
print(sum([1, 2.5, 3]), sum([1, 2, 3], 0.0))
print(3 * 1.0, 3 ** 2.0, 2 ** -2, 4 ** 0.5, (-1) ** 0.0)
print(0 ** 0, 0.0 ** 0, 0 ** 1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(7, 3, 5), pow(-7, 3, 5), pow(3, -1, 7))
print(10 ** -3, 10.0 ** 3, 2 ** 0.5 * 2 ** 0.5)
print(1 / 10 ** 20, 10 ** 20 / 1, 10 ** 400 // 10 ** 399)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 == float("inf"))
print(int(1e15) * 3, 1e15 * 3, 7 // 2.0, 7 % 2.0)
print(isinstance(1, float), isinstance(1.0, float), isinstance(True, int))
