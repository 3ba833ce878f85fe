# string slicing, iteration, comparison, immutability, misc methods
s = "Programming"
print(s[0], s[-1], s[3:7], s[:4], s[4:], s[::3], s[::-1], s[-4:-1], s[1:-1:2])
print(s[20:], s[5:100], s[-100:2], len(s[0:0]))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
print(s * 2, s + "!", s < "Python", s == "Program" + "ming", s is not None)
print(list(reversed(s)), sorted(s), "".join(sorted(s, reverse=True)))
print(s.lower().count("m"), set("hello") == set("olleh"), sorted(set("mississippi")))
print([c for c in s if c in "aeiou"], {c: s.count(c) for c in "gmr"})
print(str(123), str(-4.5), str([1, 'a']), str(None), str(True), str(""), str(str))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "a" * 3 == "aaa")
print(min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"], key=len))
print(" ".join(reversed("one two three".split())))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
def is_pal(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
for t in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(repr(t), is_pal(t))
print("hello"[1:3] + "hello"[3:], "hello".index("l"), "x".join("abc"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world xyz")
print(caesar)
print("tEST".swapcase(), "a1b2".upper(), "ABC".lower() == "abc")
print(str.upper("x"), str.join(",", ["a", "b"]), "{}".format(5))
