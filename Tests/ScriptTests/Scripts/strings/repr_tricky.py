# repr of tricky strings
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "back\\slash",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xff", "é ü ñ", "中文", "😀", "\u200b", "\ufeff", "\u2028",
           "", " ", "'", '"', "\\", "\\n", "\u00ad", "\U0001f600x", "\ud7ff", "a\x1bb"]
for s in samples:
    print(repr(s), len(s))
print([s for s in samples[:6]])
print(("tuple", "it's"), {"k'": 'v"'})
print(str(["a\nb"]), str("a\nb"))
print(ascii("é中😀\n"), ascii("plain"))
print(repr(b"\x00abc\xff'\""), repr(b"it's"), repr(bytearray(b"xy")) if False else "")
print(repr("a" * 3 + "'" + '"'))
for ch in [chr(i) for i in (0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 32, 126, 127, 128, 160, 173, 255, 256, 0x2028, 0x3000, 0xe000)]:
    print(repr(ch), end=" ")
print()
print(str(1.0), repr(1.0), str("1.0"), repr("1.0"))
class R:
    def __repr__(self):
        return "R('x')"
print([R(), R()], (R(),), {1: R()})
print(repr(repr("x")), repr(str(repr("y"))))
