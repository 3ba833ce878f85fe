# print with sep/end, multiple args, flush, file=sys.stdout
import sys
print()
print("a")
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ")
print("x", end="")
print("y", end="|\n")
print(1, 2, 3, sep="-", end=".\n")
print("no", "sep", sep=None)
print("end none", end=None)
print(*range(5))
print(*range(5), sep="")
print(*[], sep="x")
print("multi\nline")
print(None, True, 1.0, [1, "a"], (1,), {"k": "v"}, {1})
print("flushed", flush=True)
print("to stdout", file=sys.stdout)
print("", end="")
print("tab\tseparated", "values", sep="\t")
print(1, 2, sep="\n")
print("a" * 3, "b" * 0, "c", sep="|")
for i in range(3):
    print(i, end=" ")
print()
print("%s=%d" % ("k", 5), "{}".format("fmt"), f"{'f'}")
print(str("s"), repr("s"))
print([print("inner")])
print("unicode: é ñ 中 😀")
print(b"bytes", bytearray(b"ba") if False else "")
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(P(), [P()], (P(),), {"k": P()})
print(-0.0, 0.0, 1e100, 1.0e-100, 10 ** 30)
print("trailing space ", end=" \n")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print(n)
print("done", sep="ignored", end="\n")
