# hex/oct/bin, format codes for ints, int() round trips
for n in (0, 1, 9, 10, 15, 16, 255, 4096, 65535, -1, -255, 2 ** 40):
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#X"), format(n, "o"), format(n, "b"))
for n in (5, 255, 1000):
    print("{:08b} {:#010x} {:>6o} {:<6X}| {:^10b}|".format(n, n, n, n, n))
    print(f"{n:_b} {n:_x} {n:,d}")
for s in ("0x1f", "0o777", "0b1011", "-0x10", "0X1F", "0B11"):
    print(s, int(s, 0))
for base in (2, 8, 10, 16, 36):
    print(base, int("11", base), int("10", base))
print(hex(0xDEADBEEF), int(hex(123456789), 16))
print(int(bin(-37), 2), int(oct(-37), 8))
print("%x %X %o %#x %#o %d %i" % (255, 255, 8, 255, 8, -3, 7))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print(chr(0x41), ord("A"), hex(ord("z")), chr(int("263A", 16)))
print(format(-42, "08d"), format(42, "+08d"), format(-42, "x"), format(-42, "#x"))
print(format(3, "c") if False else "", format(1234567890, ","), format(-1234567, "_"))
print((255).__format__("02x"), str(0x10), repr(0o10))
def to_hex(n):
    digits = "0123456789abcdef"
    if n == 0:
        return "0x0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        out = digits[n % 16] + out
        n //= 16
    return sign + "0x" + out
print(all(to_hex(n) == hex(n) for n in range(-300, 300, 7)), to_hex(2 ** 100) == hex(2 ** 100))
print([int(hex(n), 16) == n for n in (0, 1, -1, 2 ** 64, -(2 ** 64))])
