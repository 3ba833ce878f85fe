# List sorting with key functions, tuples and stability.
def lcg(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        yield state >> 33

gen = lcg(7)
records = []
for i in range(120000):
    a = next(gen)
    records.append((a % 1000, "k%05d" % (a % 50000), i))
checksum = 0
for rep in range(3):
    s1 = sorted(records, key=lambda r: r[0])
    s2 = sorted(records, key=lambda r: (r[1], -r[0]))
    s3 = sorted(records, reverse=True)
    s4 = sorted(records, key=lambda r: r[2] % 97)
    checksum += s1[0][2] + s2[-1][2] + s3[len(s3) // 2][2] + s4[1000][2]
nums = [r[0] * 31 + r[2] for r in records]
nums.sort()
words = sorted((r[1] for r in records), key=str.upper)
print("checksum:", checksum, "median:", nums[len(nums) // 2], "first:", words[0], "last:", words[-1])
