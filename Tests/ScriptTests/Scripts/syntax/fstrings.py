# f-strings with format specs, conversions, nested fields, = specifier
name = "Ada"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{name!r} {name!s} {name!a}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5}|{n:05d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3e} {pi:g}")
print(f"{1234567.891:,.2f} {1234567:_d} {1234567:,}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{-5:+d} {5:+d} {5: d} {-5: d}")
w = 8
p = 3
print(f"{pi:{w}.{p}f}|")
print(f"{name:*^{w}}")
print(f"{n=}")
print(f"{n + 1 = }")
print(f"{name=!s}")
print(f"{pi=:.2f}")
print(f"{'quoted'}")
print(f"{{braces}} {{{n}}}")
items = [1, 2, 3]
print(f"{items[0]} {items[-1]} {len(items)}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{n:>{w}}|{n:<{w}}|")
print(f"{'abc':>6}{'abc':<6}|")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {-0.0:.1f}")
print(f"{1e20:f} {1e-5:g} {123456789.0:g}")
print(f"{12:c}" if False else f"{65:c}")
x = 7
print(f"{x:{'>' if x > 5 else '<'}4}|")
print(F"upper F {x}")
print(rf"raw \n {x}")
print(f"multi" f"ple {x}" "plain")
print(f"{x!r:>5}|{name!r:^9}|")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print(f"{P():abc} {P()}")
print(f"{True} {None} {1.5} {10**20}")
print(f"{'nested ' + f'{x}'}")
print(f"""triple {x}
second line""")
