# Found by scripts/fuzz-tiers: a negative shift count raises ValueError in Python; machine
# code shifted by it modulo 64. Counts of 64 and more give 0 or -1.
def shift(n, k):
    return n >> k


for k in range(1500):
    r = shift(k * 12345, k % 70)
print(r, shift(-5, 70), shift(5, 64), shift(-1, 1000), shift(2 ** 62, 62))
for k in (-1, -64):
    try:
        print(shift(5, k))
    except ValueError as e:
        print("ValueError:", e)
