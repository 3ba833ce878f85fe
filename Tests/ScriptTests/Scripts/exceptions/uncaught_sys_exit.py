# sys.exit with a non-zero code ends the program without traceback; exit status 3.
# SystemExit caught by try/except does not end the program; the uncaught one does.
import sys
def check(v):
    if v > 3:
        print("limit exceeded at", v)
        sys.exit(3)
    return v * 10
def attempt(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        return "caught exit %r" % (e.code,)
print(attempt(0), attempt(1), attempt("text"), attempt(None))
sys.stdout.write("write before the real exit\n")
results = []
for i in range(10):
    results.append(check(i))
    print("ok", i, results)
print("unreachable")
