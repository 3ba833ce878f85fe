# Arithmetic right at the 64-bit boundaries: results must promote to bigints
MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX + 1, MIN - 1, MAX - MIN, MIN - MAX)
print(-MIN, abs(MIN), MIN // -1, MIN * -1, MIN % -1, divmod(MIN, -1))
print(MAX * 2, MIN * 2, MAX * MAX, MIN * MIN, MAX * MIN)
print(MAX // -1, MAX % 2, MIN // 2, MIN % 3, -MIN // 3)
print(1 << 63, 1 << 64, -1 << 63, -1 << 64, MAX << 1, MIN << 1)
print(MAX >> 62, MIN >> 63, MIN >> 64, (MAX + 1) >> 1)
print(~MAX, ~MIN, MIN & MAX, MIN | MAX, MIN ^ MAX)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(2 ** 62 + 2 ** 62, 2 ** 63 - 1 + 1 - 1)
print(4611686018427387904 * 2, -4611686018427387904 * 2, -4611686018427387904 * -2)
print(MAX + MIN, MAX + 1 - 1 == MAX, type(MAX + 1 - 1).__name__)
x = 1
for i in range(70):
    x *= 2
print(x)
y = MAX - 5
seq = []
for i in range(10):
    y += 1
    seq.append(y)
print(seq[-1], seq[4], seq[5], seq[6])
z = MIN + 3
for i in range(6):
    z -= 1
print(z)
acc = 0
for i in range(1, 30):
    acc = acc * 31 + i
print(acc, acc % (2 ** 64))
h = 0
for c in "the quick brown fox":
    h = (h * 1000003) ^ ord(c)
print(h)
h = 0
for c in "the quick brown fox":
    h = ((h * 1000003) ^ ord(c)) & 0xFFFFFFFFFFFFFFFF
print(h)
print(pow(2, 63), pow(-2, 63), pow(2, 64, 10 ** 9 + 7), pow(MAX, 2, MAX - 1))
print(sum([MAX, MAX, MAX]), sum([MIN, -1]), max(MAX, MAX + 1), min(MIN, MIN - 1))
print(abs(MIN + 1), -(MIN + 1), int(str(MAX + 1)), int(-9.223372036854775808e18))
print(float(MAX), float(MIN), int(float(MAX)), MAX == float(MAX), MAX + 1 == float(MAX))
print(MAX < MAX + 1 < MAX + 2, MIN > MIN - 1, hash(MAX) == hash(MAX + 0))
big = MAX + 10
print(big - 10, type(big - 10).__name__, big - 10 == MAX, (big - 10) * 1 is not None)
print(range(MAX - 2, MAX + 2)[-1], len(range(MAX - 2, MAX + 2)), list(range(MAX - 1, MAX + 2)))
print(hex(MAX), hex(MIN), bin(MIN)[:10], oct(MAX + 1))
