# Bit operations and int methods
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-1 & 0xFF, -1 >> 10, -256 >> 4, -1 << 3, 5 >> 100, -5 >> 100)
print(1 << 62, 1 << 63, 1 << 64, (1 << 64) - 1 & 0xFFFF)
for n in (0, 1, 7, 8, 255, 256, -1, -8, 2 ** 62, 2 ** 63):
    print(n, n.bit_length(), bin(n), hex(n), oct(n))
print(bin(-10), hex(-255), oct(-8))
print(int.bit_count(255) if hasattr(int, "bit_count") else 8, (1023).bit_count(), (-7).bit_count())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(i) for i in (1, 2, 3, 128, 170)])
mask = 0
for bit in (0, 3, 5, 63, 64):
    mask |= 1 << bit
print(mask, hex(mask), bool(mask & (1 << 5)), bool(mask & (1 << 6)))
print(0xFFFFFFFF ^ 0x0F0F0F0F, 0x7FFFFFFFFFFFFFFF + 1, ~0x7FFFFFFFFFFFFFFF)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
gray = [i ^ (i >> 1) for i in range(8)]
print(gray)
x = 0x123456789ABCDEF0
print((x >> 32) & 0xFFFFFFFF, x & 0xFFFFFFFF, x.to_bytes(8, "big") if False else "",  (x * 3) % 2 ** 64)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((255).to_bytes(2, "big"), (65535).to_bytes(2, "little"))
print(-(2 ** 100) & (2 ** 100 - 1), (2 ** 100) & -(2 ** 100))
