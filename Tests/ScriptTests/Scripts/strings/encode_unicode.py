# encode basics, ord/chr, unicode lengths and iteration
s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b))
print(s.encode("utf-8") == b, b.decode("utf-8") == s, b.decode() == s)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"abc\xffdef".decode("utf-8", "ignore"))
print(list("日本語"), [ord(c) for c in "日本語"], "".join(chr(c) for c in [26085, 26412]))
print(len("🎉🎉"), "🎉🎉".encode(), len("🎉🎉".encode()))
print("naïve"[2], "naïve"[::-1], "naïve".upper())
print(sorted("bca"), sorted(["é", "e", "f", "z", "E"]), max("abcé"), min("Zab"))
print(chr(65), chr(0x1F600), ord("€"), hex(ord("€")), chr(0x10FFFF) == "\U0010ffff")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(b"abc"[0], list(b"hi"), bytes([72, 105]), bytes(3), b"a" + b"b", b"ab" * 2)
print(b"hello world".split(), b"a,b".split(b","), b"  x ".strip(), b"abc".upper(), b"x" in b"xyz")
print(bytes("é", "utf-8"), str(b"x"), str(b"caf\xc3\xa9", "utf-8"))
print("a" < "b" < "é" < "中" < "😀", "Z" < "a", "abc" < "abd", "ab" < "abc")
count = {}
for ch in "abracadabra":
    count[ch] = count.get(ch, 0) + 1
print(count)
print("%d chars, %d bytes" % (len("ÅÄÖ"), len("ÅÄÖ".encode())))
