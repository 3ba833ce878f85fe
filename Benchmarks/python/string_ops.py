# String building, splitting, joining, replacing, formatting.
def make_line(i):
    return "%d,%s,%0.2f,%s" % (i, "name%d" % (i % 97), i * 0.37, "x" * (i % 7))

lines = [make_line(i) for i in range(700000)]
text = "\n".join(lines)
total = 0
names = {}
for line in text.split("\n"):
    fields = line.split(",")
    total += int(fields[0]) + len(fields[3])
    names[fields[1]] = names.get(fields[1], 0) + 1
upper = text.upper().replace("NAME", "n").replace(",", ";")
parts = []
for i in range(300000):
    parts.append(str(i))
    if i % 10 == 0:
        parts.append("|")
joined = "".join(parts)
words = " ".join(lines[:70000]).split()
stripped = [w.strip("x,") for w in words]
print("total:", total, "names:", len(names), "len upper:", len(upper), "joined:", len(joined), joined.count("|"))
print("stripped:", len(stripped), sum(len(s) for s in stripped), upper[:40])
