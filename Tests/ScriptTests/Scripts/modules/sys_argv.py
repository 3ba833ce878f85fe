# sys.argv when run without extra arguments; argv processing code paths
import sys
args = sys.argv[1:]
print(len(args), args)
def parse(argv):
    opts = {"verbose": False, "n": 1, "files": []}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-v", "--verbose"):
            opts["verbose"] = True
        elif a == "-n":
            i += 1
            opts["n"] = int(argv[i])
        elif a.startswith("--n="):
            opts["n"] = int(a.split("=", 1)[1])
        else:
            opts["files"].append(a)
        i += 1
    return opts
print(parse(args))
print(parse(["-v", "-n", "3", "a.txt", "b.txt"]))
print(parse(["--n=7", "x"]))
try:
    parse(["-n", "seven"])
except ValueError as e:
    print("ValueError:", e)
try:
    parse(["-n"])
except IndexError as e:
    print("IndexError:", e)
print(sys.argv[0].rsplit("/", 1)[-1])
saved = sys.argv
sys.argv = ["prog", "--verbose"]
print(parse(sys.argv[1:]))
sys.argv = saved
print(sys.argv[1:] == args)
