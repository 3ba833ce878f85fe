# Numeric literal forms and string escapes/prefixes
print(0, 00, 1_000_000, 0x_ff, 0xFF, 0o17, 0O17, 0b1010, 0B11)
print(1.5, 1., .5, 1e3, 1E-3, 1_0.0_1, 1e+10, 0e0)
print(123456789012345678901234567890)
print(0xdead_beef, 0b_1111_0000)
print(1.0e308 * 10, -1e308 * 10)
print(3.0, 3.10, 0.1 + 0.2)
print("tab\there", "nl\\n", 'q\'s', "dq\"s")
print("\x41\x62\u00e9\u4e2d\u03b1")
print("\101\060 octal")
print(len("\n\t\r\\\0"))
print(repr("\a\b\f\v\0\x7f"))
print(r"raw\n\t", R"R\x41")
print(b"bytes\x00\xff", B"B", rb"\n", br"\t")
print(u"unicode prefix")
print("adjacent" "strings" 'joined')
print("""triple "double" quotes""", '''triple 'single' ''')
s = """line1
line2\
continued"""
print(s)
print(repr(s))
print("\
joined")
print(len("é"), len("😀"), ord("😀"))
print("a\
b")
print(True, False, None, ...)
print(type(...).__name__, type(1.0).__name__, type(1).__name__)
print(1_0, 0.000_1)
print(0xFFFFFFFFFFFFFFFFFF)
print(-0x10, -0b1, -0o7)
print([1, 2,], (1,), {1: 2,}, {3,})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print('''a
b''' == "a\nb")
print("\u2605", "\u2603")
print('%s' % "percent", "x" 'y' """z""")
