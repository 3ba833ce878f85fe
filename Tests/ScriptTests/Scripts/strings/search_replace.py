# find / rfind / index / rindex / count / replace / in
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 20), s.find("dog"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("dog"), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.index("at", 10), s.index("t", -5))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print(s.count("the"), s.count("at"), s.count("a", 10, 20), s.count(""), "aaaa".count("aa"), "".count(""))
print(s.replace("the", "THE"), "|", s.replace("the", "a", 2))
print("aaaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("a", "", 1))
print("hello".replace("l", "L", 0), "hello".replace("l", "L", -1))
print("cat" in s, "dog" in s, "" in s, "t s" in s, "The" in s, "the" not in s)
print(s.find("t", 3, 4), s.find("t", -3), s.find("at", -10, -1))
positions = []
i = s.find("at")
while i != -1:
    positions.append(i)
    i = s.find("at", i + 1)
print(positions)
print("mississippi".count("ss"), "mississippi".count("i"), "mississippi".rfind("ss"), "mississippi".find("ssi", 3))
print("abcabc".index("c", 3), "abc".find("c", 0, 2), "abc".find("c", 0, 3))
text = "one two three two one"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(text.replace("one", "1").replace("two", "2").replace("three", "3"))
tr = str.maketrans("abc", "xyz")
print("aabbcc".translate(tr), "hello".translate(str.maketrans({"l": "L", "o": None})))
print("hello world".translate(str.maketrans("", "", "lo")))
print("ab" * 3, "-" * 10, 3 * "x", "abc" * 0, "a" + "b" * 2)
print("%s" % "abc"[1:], "abcdef"[-4:-1])
