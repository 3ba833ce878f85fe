# Big integers: factorial digits, big powers, fibonacci, modular chains.
# (CPython 3.11 refuses str() of ints over 4300 digits, so digits are taken in chunks.)
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def digit_chunks(n, width=1000):
    base = 10 ** width
    chunks = []
    while n:
        n, r = divmod(n, base)
        chunks.append(r)
    return chunks

total_digits = 0
digit_sum = 0
for rep in range(30):
    f = factorial(4000 + rep % 3)
    chunks = digit_chunks(f)
    top = str(chunks[-1])
    total_digits = len(top) + 1000 * (len(chunks) - 1)
    digit_sum = sum(int(c) for c in top) + sum(sum(int(c) for c in str(ch)) for ch in chunks[:-1])
a, b = 0, 1
for _ in range(60000):
    a, b = b, a + b
fib_bits = a.bit_length()
fib_low = a % 10 ** 20
p = pow(3, 200000)
mod_chain = 1
for i in range(1, 400000):
    mod_chain = (mod_chain * (2 ** 127 - 1) + i) % (2 ** 521 - 1)
print("4002! digits:", total_digits, "digit sum:", digit_sum)
print("fib(60000) bits:", fib_bits, "low digits:", fib_low, "3^200000 mod 1e9+7:", p % 1000000007, "chain:", mod_chain % 10 ** 12)
