# sys: argv, exit inside try/except SystemExit, recursion limit, stdout.write, maxsize
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_module.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info[:2] >= (3, 0))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    sys.exit(4)
except SystemExit as e:
    print("SystemExit code:", e.code, type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
def run():
    try:
        sys.exit(2)
    finally:
        print("finally before exit propagates")
try:
    run()
except SystemExit as e:
    print("caught after finally", e.code)
try:
    raise SystemExit(9)
except BaseException as e:
    print(type(e).__name__, e.code, e.args)
old = sys.getrecursionlimit()
sys.setrecursionlimit(old + 500)
print(sys.getrecursionlimit() - old)
sys.setrecursionlimit(old)
n = sys.stdout.write("direct write\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b")
sys.stdout.write("\n")
sys.stdout.write("%d %s\n" % (42, "formatted"))
print("mixed", end="")
sys.stdout.write(" with write\n")
sys.stdout.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(sys, "stdout"), hasattr(sys, "stderr"))
sys.stderr.write("this goes to stderr and is not checked\n")
print("exiting normally via sys.exit(0)")
sys.exit(0)
print("unreachable")
