# numeric builtins: abs, round, divmod, pow, min/max mixing types, int/float/bool interplay
vals = [0, 1, -1, 7, -7, 2.5, -2.5, 0.1, 10 ** 20, -(10 ** 20), True, False]
for v in vals:
    print(repr(v), abs(v), round(v), int(v), float(v), bool(v), -v if not isinstance(v, bool) else -int(v))
print(divmod(10, 3), divmod(-10, 3), divmod(10, -3), divmod(10.5, 3), divmod(2 ** 70, 7))
print(pow(2, 8), pow(2, -2), pow(-2, 2), pow(2, 3, 3), pow(10, 20, 7), pow(0, 0), pow(0.0, 0))
print(max(1, 2.5), max(2.5, 3), min(-1, -1.0), max(True, 0), min(False, 0.0), max([1, 2], [1, 3]))
print(sum([1, 2, 3]) / len([1, 2, 3]), sum([1.5, 2.5]), sum(range(0)), sum([1, 2], 0.5))
print(round(1.23456, 3), round(-1.23456, 1), round(123.456, -1), round(5, 1), round(0.0), round(-0.0))
print(abs(-2 ** 63), abs(2 ** 63), abs(-0.0), abs(float("-inf")))
print(int(1e10), int(-1e-10), int(12.999999999999999), float(2 ** 60), float(7) / 2)
print(bool(1) + bool(1), True * 10, False - 1, True / 2, True // 2, True ** 2, -True)
print(1 == 1.0 == True, 0 == 0.0 == False, 2 == 2.0, "1" == 1)
print(hex(int("ff", 16)), bin(int("11", 2)), oct(int("17", 8)), int(hex(255), 16))
print(min(range(5), key=lambda x: (x - 2) ** 2), max(range(-5, 5), key=abs), min([3, -3], key=abs))
print(sorted([3, 1.5, True, 0, -2.5]), sorted([2, 1.0, 1]), max([1.0, 1]), max([1, 1.0]))
print(isinstance(2 ** 100, int), isinstance(2.0 ** 100, float), type(2 ** -1).__name__, type(10 // 3).__name__, type(10 / 5).__name__)
print(float("0.1") + float("0.2"), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, 7.5 % 2)
print(2 ** 0.5, 2 ** 2, 2.0 ** 2, 4 ** -0.5, (-8) ** 3, 10 ** 0)
total = 0
for i in range(1, 101):
    total += 1 / i
print(total, round(total, 6))
acc = 1
for i in range(1, 21):
    acc *= i
print(acc, float(acc), acc / 10 ** 18, acc // 10 ** 18)
