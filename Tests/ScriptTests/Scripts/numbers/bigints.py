# Big integers: powers, factorials, mixed small/big arithmetic
print(2 ** 200)
print(-2 ** 127, (-2) ** 127)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (0, 1, 5, 20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
print(f100 // fact(98), f100 % 1000007)
big = 10 ** 30 + 7
print(big * big)
print(big // 12345, big % 12345, -big // 12345, -big % 12345)
print(divmod(big, -97), divmod(-big, 97))
print(big - 10 ** 30, type(big - 10 ** 30).__name__)
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, x * x)
print((x + 1) - 1 == x, (x + 1) // 2)
print(abs(-(10 ** 25)), -(-(10 ** 25)))
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, 2 ** 100 < 3)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 < float("inf"))
print((2 ** 100) / (2 ** 98), 10 ** 20 / 3)
print(int(str(7 ** 77)) == 7 ** 77)
print(pow(3, 200), pow(3, 200, 1000000007))
print(hex(2 ** 100), bin(2 ** 70), oct(3 ** 40))
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length(), (-2 ** 100).bit_length())
print(2 ** 100 >> 90, 1 << 100, (1 << 100) >> 99)
print((2 ** 100 + 5) & 0xFF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 - 1))
print(~(2 ** 70), -(2 ** 70) & 0xFFFF, -(2 ** 70) >> 60)
print(sum(range(10 ** 6)) * 10 ** 12)
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150])
print(max(2 ** 90, 3 ** 57), min(-(2 ** 90), -(3 ** 57)))
print(int("123456789" * 4), int("-" + "9" * 30))
print(str(-10 ** 40), repr(10 ** 40))
print(10 ** 40 // 10 ** 39, 10 ** 40 % 7, (-10) ** 41)
