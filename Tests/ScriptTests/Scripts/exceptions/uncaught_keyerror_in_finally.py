# Uncaught KeyError propagates through finally blocks that print.
def lookup(d, keys):
    found = []
    for k in keys:
        try:
            found.append(d[k])
        finally:
            print("checked", k)
    return found
table = {"x": 10, "y": 20, "z": 30}
print(lookup(table, ["x", "y"]))
print(sorted(table.items()))
def safe_lookup(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append("missing " + str(e))
        finally:
            print("safe checked", k)
    return out
print(safe_lookup(table, ["x", "nope", "z"]))
def outer():
    try:
        return lookup(table, ["z", "missing", "x"])
    finally:
        print("outer finally")
print(outer())
print("unreachable", lookup(table, ["y"]))
