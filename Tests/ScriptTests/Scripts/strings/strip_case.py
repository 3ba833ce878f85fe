# strip family, case conversions, predicates
s = "   Hello, World!  \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "test.py.py".rstrip(".py"))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("z"))
words = ["hello", "WORLD", "MiXeD cAsE", "o'neil's", "hello world-wide web", "123abc"]
for w in words:
    print(w, "|", w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
tests = ["abc", "ABC", "Abc", "123", "12.3", "abc123", " ", "", "\t\n", "Hello World", "hello world", "ab cd", "_"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier())
print("é".isalpha(), "中文".isalpha(), "Σ".isupper(), "σ".islower(), "ÀÉÎ".lower(), "àéî".upper())
print("abc".isascii(), "é".isascii(), "".isascii())
print("Hello World".startswith("Hell"), "Hello".startswith(("x", "He")), "Hello".startswith("ello", 1))
print("file.tar.gz".endswith(".gz"), "file.tar.gz".endswith((".zip", ".tar")), "file.tar.gz".endswith("tar", 0, 8))
print("".startswith(""), "abc".endswith(""), "abc".startswith("abcd"))
print("python".capitalize(), "PYTHON".capitalize(), "  lead".capitalize(), "3rd".title(), "they're bill's".title())
def normalize(name):
    return " ".join(part.capitalize() for part in name.strip().split())
for raw in ["  ada   lovelace ", "GRACE HOPPER", "alan\tturing\n", ""]:
    print(repr(normalize(raw)))
print([w.strip(".,!?") for w in "Hello, world! How are you?".split()])
print("  x  ".strip(" x"), repr("\t\n ".strip()), "aaa".strip("a") == "")
print("CamelCaseString".lower(), "snake_case_here".upper().replace("_", " "))
print([c.isupper() for c in "AbC1"], [c.islower() for c in "AbC1"])
print("Title Case Words".istitle(), "Title case".istitle(), "ALLCAPS".istitle(), "123 Abc".istitle())
