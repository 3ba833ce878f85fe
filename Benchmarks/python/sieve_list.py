# Prime sieve on a Python list, repeated, plus a prime-gap scan.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags

count = 0
largest_gap = 0
for rep in range(8):
    flags = sieve(1000000)
    count = 0
    last = 2
    for k in range(2, len(flags)):
        if flags[k]:
            count += 1
            if k - last > largest_gap:
                largest_gap = k - last
            last = k
print("primes below 1000000:", count, "largest gap:", largest_gap)
