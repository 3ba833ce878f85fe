# str.format with positional / keyword / index / attribute fields and specs
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[2]} {1[key]}".format([10, 20, 30], {"key": "val"}))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return "Pt(%s,%s)" % (self.x, self.y)
    def __repr__(self):
        return "<Pt>"
p = Pt(3, 4)
print("{0.x},{0.y} {p.y} {0} {0!r} {0!s}".format(p, p=p))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:*>10}|{:-<10}|{:_^11}|".format("r", "l", "c"))
print("{:d} {:5d} {:05d} {:+d} {:,} {:_}".format(1, 2, 3, 4, 1234567, 7654321))
print("{:.3f} {:10.2f} {:<10.1f}| {:e} {:.2%} {:g}".format(3.14159, 2.71828, 1.41421, 12345.678, 0.4567, 0.00001234))
print("{:x} {:X} {:o} {:b} {:#x} {:#b} {:c}".format(255, 255, 8, 5, 255, 5, 97))
print("{0:{1}}|{0:>{1}}|{0:^{w}.{p}f}|".format(3.14159, 8, w=10, p=2))
print("{{literal}} {}".format("x"))
print("{!r:>8}|{!s:<8}|".format("ab", "cd"))
print("{0}{1}{0}".format("ab", "-" * 3))
print("{:=+8}|{:=8}|{:0=8}".format(42, -42, -42))
print("{:s}".format("plain"), "{}".format(None), "{}".format([1, "a"]))
print("{:,.2f}".format(1234567.891), "{:.0e}".format(12345), "{:.3}".format(3.14159), "{:.3}".format("abcdef"))
data = {"a": 1, "b": [1, 2, 3]}
print("{d[a]} {d[b][1]}".format(d=data) if False else "{0[a]} {0[b]}".format(data))
print("{:>5}".format(True), "{:d}".format(True), "{}".format(True))
print(format(0.5, ".0%"), format(123, ""), format("x", "^3"), format(1e100, ".2e"))
for bad in ("{", "}", "{0} {}", "{:d}", "{1}"):
    try:
        print(bad.format("s"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print("KeyError:", e)
row = "{:<10}{:>8}{:>10}"
print(row.format("item", "qty", "price"))
for item, q, pr in [("pen", 10, 1.5), ("notebook", 2, 12.0)]:
    print(row.format(item, q, "%.2f" % pr))
print("{:08.3f} {:+.1e} {:n}".format(-3.14159, 12345.6789, 1000))
print("{:10}|{:<10}|{:10}|".format(12, 12, "s"))
