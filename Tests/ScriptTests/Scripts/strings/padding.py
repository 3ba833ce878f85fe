# center / ljust / rjust / zfill / expandtabs
for w in ["a", "ab", "abc", "abcd", ""]:
    print("[" + w.center(6) + "]", "[" + w.center(7, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5, "-") + "]")
print("abc".center(2), "abc".ljust(0), "abc".rjust(-5))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(6), "12345".zfill(3), "".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc\n1234\t5".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12345678\t9".expandtabs()), repr("x\ty".expandtabs(1)))
table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
for name, qty, price in table:
    print(str(name).ljust(8) + "|" + str(qty).rjust(5) + "|" + str(price).center(9) + "|")
for name, qty, price in table[1:]:
    print("%-8s|%5d|%9.2f|" % (name, qty, price))
for name, qty, price in table[1:]:
    print("{:<8}|{:>5}|{:^9.2f}|".format(name, qty, price))
for name, qty, price in table[1:]:
    print(f"{name:.<8}|{qty:0>5}|{price:*^9.1f}|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("é".center(5, "·"), "中".rjust(3, "中"))
for n in range(1, 6):
    print(("*" * (2 * n - 1)).center(9))
