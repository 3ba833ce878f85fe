# Floor division, modulo, divmod with all sign combinations
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 0.3), (-1e-20, 1)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % -0.5 if False else "skip")
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            else:
                r = a % b
            print("no error", r)
        except ZeroDivisionError as e:
            print(type(a).__name__, op, type(b).__name__, "->", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
print(10 / 4, 10 / 5, 1 / 3, 2 / 3, -1 / 3)
print(7 // 1.0, -7 // 1.0, 7.0 // 0.5)
print(2 ** 70 // 3, -(2 ** 70) // 3, 2 ** 70 % -3)
print(1e308 / 1e-308 if False else 1e300 * 1e10)
print(round(7 / 3, 5), 22 / 7)
print(17 % 5.5, -17 % 5.5, 17.5 % 5)
print(int(7 / 2), int(-7 / 2), -7 // 2)
print(divmod(2 ** 65 + 3, 2 ** 32), divmod(-(2 ** 65) - 3, 2 ** 32))
print(3 % 1, 3.75 % 1, -3.75 % 1)
print(True // 1, True % 2, False / 1)
for n in range(-3, 4):
    print(n, n // 2, n % 2, n % -2, n // -2, end=" ; ")
print()
