# printf-style % formatting
print("%s and %s" % ("this", "that"))
print("%r %s %a" % ("q", "q", "é"))
print("%d %i %u" % (3, -4, 5))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%f %.2f %10.3f %-10.1f| %+.1f %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-5, 1e20))
print("%x %X %o %#x %#X %#o" % (255, 255, 255, 255, 255, 255))
print("%c%c%c" % (72, "i", 33))
print("%5.2f%%" % 99.555)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%(x)s %(x)r" % {"x": "dup"})
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 2.71828))
print("%05d %05.1f %+05d % d" % (42, 3.14159, 42, 42))
print("%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%s" % 3.0)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%10.4e|%-12g|" % (123456.789, 0.0000123456))
print("%g %g %g %g %g" % (100000, 1000000, 1e-4, 1e-5, 123.456789))
print("%.3g %.10g %#g" % (1234.5, 1 / 3, 1.0))
print("%s" % "%d", "%%d" % ())
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for r in rows:
    print("|%-6s|%4d|%8.3f|" % r)
print("%d items cost $%.2f" % (3, 3 * 1.1))
print("%x" % 2 ** 70, "%d" % -(2 ** 70), "%o" % -8)
print("%.3s|%-6.2s|" % ("abcdef", "xyz"))
print("%s" % {"k": 1})
