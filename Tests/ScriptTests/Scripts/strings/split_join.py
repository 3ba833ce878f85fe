# split / rsplit / join / splitlines / partition
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "abc".split("abc"), "".split(","), "".split())
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "::".join(("1",)))
print(" ".join(str(i) for i in range(5)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
text = "line one\nline two\r\nline three\rfour\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "a\n".split("\n"))
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "abc".partition("abc"))
for line in ["name: Ada", "age:36", "bad line"]:
    k, sep, v = line.partition(":")
    print(repr(k.strip()), bool(sep), repr(v.strip()))
csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77"
rows = [r.split(",") for r in csv.splitlines()]
header, data = rows[0], rows[1:]
print(header)
for r in data:
    print(dict(zip(header, r)))
print(sum(int(r[2]) for r in data))
words = "To be, or not to be: that is the question".replace(",", "").replace(":", "").lower().split()
print(words, len(words))
print("|".join(w.capitalize() for w in words))
print("a b c".split(" ", 0), "a  b".split(" "), " a b ".rsplit(" ", 1))
print("x\ty\x0bz\x0cw\x1cv".split())
