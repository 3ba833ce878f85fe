// Generated from python3 3.11 results (expected strings are what python3 prints).
// Each check evaluates one Python expression, shown in the comment above it.

import XCTest
@testable import UpdraftRuntime

final class PercentFormatTests: XCTestCase {
    override func setUp() { Runtime.bootstrap() }

    func testPercentBasics() {
        // "%s %s" % (1, "a")
        checkString(try percentFormat("%s %s", t(.int(1), s("a"))), "'1 a'")
        // "%s" % "abc"
        checkString(try percentFormat("%s", s("abc")), "'abc'")
        // "%s" % [1, 2]
        checkString(try percentFormat("%s", l(.int(1), .int(2))), "'[1, 2]'")
        // "%s" % ((1, 2),)
        checkString(try percentFormat("%s", t(t(.int(1), .int(2)))), "'(1, 2)'")
        // "%s" % {"a": 1}
        checkString(try percentFormat("%s", d([(s("a"), .int(1))])), "\"{'a': 1}\"")
        // "%r" % "a"
        checkString(try percentFormat("%r", s("a")), "\"'a'\"")
        // "%a" % "é"
        checkString(try percentFormat("%a", s("\u{e9}")), "\"'\\\\xe9'\"")
        // "%d" % 42
        checkString(try percentFormat("%d", .int(42)), "'42'")
        // "%i" % True
        checkString(try percentFormat("%i", .bool(true)), "'1'")
        // "%u" % -3
        checkString(try percentFormat("%u", .int(-3)), "'-3'")
        // "%d" % 3.7
        checkString(try percentFormat("%d", .float(3.7)), "'3'")
        // "%d" % -3.5
        checkString(try percentFormat("%d", .float(-3.5)), "'-3'")
        // "%d" % (10**30)
        checkString(try percentFormat("%d", big("1000000000000000000000000000000")), "'1000000000000000000000000000000'")
        // "%x" % 255
        checkString(try percentFormat("%x", .int(255)), "'ff'")
        // "%X" % 255
        checkString(try percentFormat("%X", .int(255)), "'FF'")
        // "%o" % 8
        checkString(try percentFormat("%o", .int(8)), "'10'")
        // "%#x" % 255
        checkString(try percentFormat("%#x", .int(255)), "'0xff'")
        // "%#X" % 255
        checkString(try percentFormat("%#X", .int(255)), "'0XFF'")
        // "%#o" % 8
        checkString(try percentFormat("%#o", .int(8)), "'0o10'")
        // "%#x" % -255
        checkString(try percentFormat("%#x", .int(-255)), "'-0xff'")
        // "%#o" % 0
        checkString(try percentFormat("%#o", .int(0)), "'0o0'")
        // "%x" % -255
        checkString(try percentFormat("%x", .int(-255)), "'-ff'")
        // "%x" % (10**30)
        checkString(try percentFormat("%x", big("1000000000000000000000000000000")), "'c9f2c9cd04674edea40000000'")
        // "%5d|" % 42
        checkString(try percentFormat("%5d|", .int(42)), "'   42|'")
        // "%-5d|" % 42
        checkString(try percentFormat("%-5d|", .int(42)), "'42   |'")
        // "%05d" % -42
        checkString(try percentFormat("%05d", .int(-42)), "'-0042'")
        // "%+d" % 5
        checkString(try percentFormat("%+d", .int(5)), "'+5'")
        // "% d" % 5
        checkString(try percentFormat("% d", .int(5)), "' 5'")
        // "% +d" % 5
        checkString(try percentFormat("% +d", .int(5)), "'+5'")
        // "%+05d" % 3
        checkString(try percentFormat("%+05d", .int(3)), "'+0003'")
        // "% 05d" % 3
        checkString(try percentFormat("% 05d", .int(3)), "' 0003'")
        // "%-05d|" % 3
        checkString(try percentFormat("%-05d|", .int(3)), "'3    |'")
        // "%.3d" % 5
        checkString(try percentFormat("%.3d", .int(5)), "'005'")
        // "%.3d" % -5
        checkString(try percentFormat("%.3d", .int(-5)), "'-005'")
        // "%8.3d|" % -5
        checkString(try percentFormat("%8.3d|", .int(-5)), "'    -005|'")
        // "%08.3d" % -5
        checkString(try percentFormat("%08.3d", .int(-5)), "'-0000005'")
        // "%#.3x" % 5
        checkString(try percentFormat("%#.3x", .int(5)), "'0x005'")
        // "%#5x|" % 5
        checkString(try percentFormat("%#5x|", .int(5)), "'  0x5|'")
        // "%#05x" % 5
        checkString(try percentFormat("%#05x", .int(5)), "'0x005'")
        // "%+#06x" % 255
        checkString(try percentFormat("%+#06x", .int(255)), "'+0x0ff'")
        // "%#-06o|" % 8
        checkString(try percentFormat("%#-06o|", .int(8)), "'0o10  |'")
        // "%-#10x|" % 255
        checkString(try percentFormat("%-#10x|", .int(255)), "'0xff      |'")
        // "%05x" % -255
        checkString(try percentFormat("%05x", .int(-255)), "'-00ff'")
        // "%c" % 65
        checkString(try percentFormat("%c", .int(65)), "'A'")
        // "%c" % "é"
        checkString(try percentFormat("%c", s("\u{e9}")), "'\u{e9}'")
        // "%c%c" % (104, "i")
        checkString(try percentFormat("%c%c", t(.int(104), s("i"))), "'hi'")
        // "%3c|" % "a"
        checkString(try percentFormat("%3c|", s("a")), "'  a|'")
        // "%-3c|" % 65
        checkString(try percentFormat("%-3c|", .int(65)), "'A  |'")
        // "%5s|" % "ab"
        checkString(try percentFormat("%5s|", s("ab")), "'   ab|'")
        // "%-5s|" % "ab"
        checkString(try percentFormat("%-5s|", s("ab")), "'ab   |'")
        // "%.2s" % "abcdef"
        checkString(try percentFormat("%.2s", s("abcdef")), "'ab'")
        // "%5.3s|" % "abcdef"
        checkString(try percentFormat("%5.3s|", s("abcdef")), "'  abc|'")
        // "%05s" % "a"
        checkString(try percentFormat("%05s", s("a")), "'    a'")
        // "%.3r|" % "abcd"
        checkString(try percentFormat("%.3r|", s("abcd")), "\"'ab|\"")
        // "%10r|" % None
        checkString(try percentFormat("%10r|", N), "'      None|'")
        // "%%" % ()
        checkString(try percentFormat("%%", t()), "'%'")
        // "%s%%" % 5
        checkString(try percentFormat("%s%%", .int(5)), "'5%'")
        // "%5d%%" % 3
        checkString(try percentFormat("%5d%%", .int(3)), "'    3%'")
        // "%*d" % (5, 3)
        checkString(try percentFormat("%*d", t(.int(5), .int(3))), "'    3'")
        // "%-*d|" % (5, 3)
        checkString(try percentFormat("%-*d|", t(.int(5), .int(3))), "'3    |'")
        // "%*d|" % (-5, 3)
        checkString(try percentFormat("%*d|", t(.int(-5), .int(3))), "'3    |'")
        // "%.*f" % (2, 3.14159)
        checkString(try percentFormat("%.*f", t(.int(2), .float(3.14159))), "'3.14'")
        // "%*.*f" % (8, 2, 3.14159)
        checkString(try percentFormat("%*.*f", t(.int(8), .int(2), .float(3.14159))), "'    3.14'")
        // "%.*s" % (2, "abc")
        checkString(try percentFormat("%.*s", t(.int(2), s("abc"))), "'ab'")
        // "%.*s" % (-2, "abc")
        checkString(try percentFormat("%.*s", t(.int(-2), s("abc"))), "''")
        // "%0*d" % (5, 3)
        checkString(try percentFormat("%0*d", t(.int(5), .int(3))), "'00003'")
        // "%(a)s %(b)r" % {"a": 1, "b": "x"}
        checkString(try percentFormat("%(a)s %(b)r", d([(s("a"), .int(1)), (s("b"), s("x"))])), "\"1 'x'\"")
        // "%(a)s %(a)s" % {"a": "x"}
        checkString(try percentFormat("%(a)s %(a)s", d([(s("a"), s("x"))])), "'x x'")
        // "%(a)-5d|" % {"a": 1}
        checkString(try percentFormat("%(a)-5d|", d([(s("a"), .int(1))])), "'1    |'")
        // "%(a)5.1f|" % {"a": 3.14159}
        checkString(try percentFormat("%(a)5.1f|", d([(s("a"), .float(3.14159))])), "'  3.1|'")
        // "%((a))s" % {"(a)": 1}
        checkString(try percentFormat("%((a))s", d([(s("(a)"), .int(1))])), "'1'")
        // "%()s" % {"": 5}
        checkString(try percentFormat("%()s", d([(s(""), .int(5))])), "'5'")
        // "%s %(a)s" % {"a": 1}
        checkString(try percentFormat("%s %(a)s", d([(s("a"), .int(1))])), "\"{'a': 1} 1\"")
        // "%%(a)s" % {"a": 1}
        checkString(try percentFormat("%%(a)s", d([(s("a"), .int(1))])), "'%(a)s'")
        // "x" % {"a": 1}
        checkString(try percentFormat("x", d([(s("a"), .int(1))])), "'x'")
        // "x" % [1]
        checkString(try percentFormat("x", l(.int(1))), "'x'")
        // "x" % ()
        checkString(try percentFormat("x", t()), "'x'")
        // "abc" % []
        checkString(try percentFormat("abc", l()), "'abc'")
        // "%s" % []
        checkString(try percentFormat("%s", l()), "'[]'")
        // "%ld" % 5
        checkString(try percentFormat("%ld", .int(5)), "'5'")
        // "%hd" % 3
        checkString(try percentFormat("%hd", .int(3)), "'3'")
        // "%.0d" % 0
        checkString(try percentFormat("%.0d", .int(0)), "'0'")
        // "%x" % True
        checkString(try percentFormat("%x", .bool(true)), "'1'")
    }

    func testPercentFloats() {
        // "%f" % 3.14159
        checkString(try percentFormat("%f", .float(3.14159)), "'3.141590'")
        // "%.2f" % 2.675
        checkString(try percentFormat("%.2f", .float(2.675)), "'2.67'")
        // "%e" % 12345.678
        checkString(try percentFormat("%e", .float(12345.678)), "'1.234568e+04'")
        // "%5.1e" % 12345.678
        checkString(try percentFormat("%5.1e", .float(12345.678)), "'1.2e+04'")
        // "%E" % 1e10
        checkString(try percentFormat("%E", .float(10000000000.0)), "'1.000000E+10'")
        // "%g" % 0.0001
        checkString(try percentFormat("%g", .float(0.0001)), "'0.0001'")
        // "%g" % 1e16
        checkString(try percentFormat("%g", .float(1e+16)), "'1e+16'")
        // "%g" % 123456789
        checkString(try percentFormat("%g", .int(123456789)), "'1.23457e+08'")
        // "%G" % 1e-10
        checkString(try percentFormat("%G", .float(1e-10)), "'1E-10'")
        // "%#g" % 1.0
        checkString(try percentFormat("%#g", .float(1.0)), "'1.00000'")
        // "%.0f" % 0.5
        checkString(try percentFormat("%.0f", .float(0.5)), "'0'")
        // "%.0f" % 1.5
        checkString(try percentFormat("%.0f", .float(1.5)), "'2'")
        // "%#.0f" % 1.0
        checkString(try percentFormat("%#.0f", .float(1.0)), "'1.'")
        // "%010.3f" % -3.14159
        checkString(try percentFormat("%010.3f", .float(-3.14159)), "'-00003.142'")
        // "%-10.3f|" % -3.14159
        checkString(try percentFormat("%-10.3f|", .float(-3.14159)), "'-3.142    |'")
        // "%+.1f" % 2.0
        checkString(try percentFormat("%+.1f", .float(2.0)), "'+2.0'")
        // "%f" % float("inf")
        checkString(try percentFormat("%f", .float(.infinity)), "'inf'")
        // "%F" % float("nan")
        checkString(try percentFormat("%F", .float(.nan)), "'NAN'")
        // "%05.1f" % float("inf")
        checkString(try percentFormat("%05.1f", .float(.infinity)), "'00inf'")
        // "%010.1f" % float("-inf")
        checkString(try percentFormat("%010.1f", .float(-.infinity)), "'-000000inf'")
        // "%+.1f" % float("nan")
        checkString(try percentFormat("%+.1f", .float(.nan)), "'+nan'")
        // "% .1f" % float("inf")
        checkString(try percentFormat("% .1f", .float(.infinity)), "' inf'")
        // "%-010.1f|" % float("nan")
        checkString(try percentFormat("%-010.1f|", .float(.nan)), "'nan       |'")
        // "%f" % 5
        checkString(try percentFormat("%f", .int(5)), "'5.000000'")
        // "%f" % True
        checkString(try percentFormat("%f", .bool(true)), "'1.000000'")
        // "%e" % (10**20)
        checkString(try percentFormat("%e", big("100000000000000000000")), "'1.000000e+20'")
        // "%.1f" % 0.05
        checkString(try percentFormat("%.1f", .float(0.05)), "'0.1'")
        // "%f" % -0.0
        checkString(try percentFormat("%f", .float(-0.0)), "'-0.000000'")
        // "%s" % 1.5
        checkString(try percentFormat("%s", .float(1.5)), "'1.5'")
        // "%r" % 0.1
        checkString(try percentFormat("%r", .float(0.1)), "'0.1'")
    }

    func testPercentErrors() {
        // "%s %s" % (1,)
        checkString(try percentFormat("%s %s", t(.int(1))), "TypeError: not enough arguments for format string")
        // "%s" % (1, 2)
        checkString(try percentFormat("%s", t(.int(1), .int(2))), "TypeError: not all arguments converted during string formatting")
        // "%s" % ()
        checkString(try percentFormat("%s", t()), "TypeError: not enough arguments for format string")
        // "%y" % 1
        checkString(try percentFormat("%y", .int(1)), "ValueError: unsupported format character 'y' (0x79) at index 1")
        // "%d %y" % (1, 2)
        checkString(try percentFormat("%d %y", t(.int(1), .int(2))), "ValueError: unsupported format character 'y' (0x79) at index 4")
        // "%\n" % 1
        checkString(try percentFormat("%\n", .int(1)), "ValueError: unsupported format character '?' (0xa) at index 1")
        // "%é" % 1
        checkString(try percentFormat("%\u{e9}", .int(1)), "ValueError: unsupported format character '?' (0xe9) at index 1")
        // "%(a)s" % {}
        checkString(try percentFormat("%(a)s", d([])), "KeyError: 'a'")
        // "%(a)s" % (1,)
        checkString(try percentFormat("%(a)s", t(.int(1))), "TypeError: format requires a mapping")
        // "%(a)s" % 5
        checkString(try percentFormat("%(a)s", .int(5)), "TypeError: format requires a mapping")
        // "%(a)s %s" % {"a": 1}
        checkString(try percentFormat("%(a)s %s", d([(s("a"), .int(1))])), "TypeError: not enough arguments for format string")
        // "%(a" % {"a": 1}
        checkString(try percentFormat("%(a", d([(s("a"), .int(1))])), "ValueError: incomplete format key")
        // "%(a)y" % {"a": 1}
        checkString(try percentFormat("%(a)y", d([(s("a"), .int(1))])), "ValueError: unsupported format character 'y' (0x79) at index 4")
        // "%(a)s" % []
        checkString(try percentFormat("%(a)s", l()), "TypeError: list indices must be integers or slices, not str")
        // "%*d" % ("x", 3)
        checkString(try percentFormat("%*d", t(s("x"), .int(3))), "TypeError: * wants int")
        // "%.*f" % ("x", 3.1)
        checkString(try percentFormat("%.*f", t(s("x"), .float(3.1))), "TypeError: * wants int")
        // "%" % ()
        checkString(try percentFormat("%", t()), "ValueError: incomplete format")
        // "%5" % 5
        checkString(try percentFormat("%5", .int(5)), "ValueError: incomplete format")
        // "abc%" % ()
        checkString(try percentFormat("abc%", t()), "ValueError: incomplete format")
        // "%s %" % 5
        checkString(try percentFormat("%s %", .int(5)), "ValueError: incomplete format")
        // "%lld" % 3
        checkString(try percentFormat("%lld", .int(3)), "ValueError: unsupported format character 'l' (0x6c) at index 2")
        // "%5%" % (1,)
        checkString(try percentFormat("%5%", t(.int(1))), "ValueError: unsupported format character '%' (0x25) at index 2")
        // "%z" % ()
        checkString(try percentFormat("%z", t()), "TypeError: not enough arguments for format string")
        // "abc" % 5
        checkString(try percentFormat("abc", .int(5)), "TypeError: not all arguments converted during string formatting")
        // "x" % "ab"
        checkString(try percentFormat("x", s("ab")), "TypeError: not all arguments converted during string formatting")
        // "%%" % 5
        checkString(try percentFormat("%%", .int(5)), "TypeError: not all arguments converted during string formatting")
        // "%x" % 3.5
        checkString(try percentFormat("%x", .float(3.5)), "TypeError: %x format: an integer is required, not float")
        // "%x" % "x"
        checkString(try percentFormat("%x", s("x")), "TypeError: %x format: an integer is required, not str")
        // "%d" % "3"
        checkString(try percentFormat("%d", s("3")), "TypeError: %d format: a real number is required, not str")
        // "%d" % None
        checkString(try percentFormat("%d", N), "TypeError: %d format: a real number is required, not NoneType")
        // "%i" % "x"
        checkString(try percentFormat("%i", s("x")), "TypeError: %i format: a real number is required, not str")
        // "%f" % "x"
        checkString(try percentFormat("%f", s("x")), "TypeError: must be real number, not str")
        // "%f" % None
        checkString(try percentFormat("%f", N), "TypeError: must be real number, not NoneType")
        // "%c" % "ab"
        checkString(try percentFormat("%c", s("ab")), "TypeError: %c requires int or char")
        // "%c" % 1.5
        checkString(try percentFormat("%c", .float(1.5)), "TypeError: %c requires int or char")
        // "%c" % -1
        checkString(try percentFormat("%c", .int(-1)), "OverflowError: %c arg not in range(0x110000)")
        // "%c" % 0x110000
        checkString(try percentFormat("%c", .int(1114112)), "OverflowError: %c arg not in range(0x110000)")
        // "%c" % (2**70)
        checkString(try percentFormat("%c", big("1180591620717411303424")), "OverflowError: %c arg not in range(0x110000)")
        // "%d" % float("inf")
        checkString(try percentFormat("%d", .float(.infinity)), "OverflowError: cannot convert float infinity to integer")
        // "%d" % float("nan")
        checkString(try percentFormat("%d", .float(.nan)), "ValueError: cannot convert float NaN to integer")
        // "%f" % (10**400)
        checkString(try percentFormat("%f", big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")), "OverflowError: int too large to convert to float")
        // "%*d" % (2**70, 1)
        checkString(try percentFormat("%*d", t(big("1180591620717411303424"), .int(1))), "OverflowError: Python int too large to convert to C ssize_t")
        // "%d %d" % (1, "x")
        checkString(try percentFormat("%d %d", t(.int(1), s("x"))), "TypeError: %d format: a real number is required, not str")
        // "%*d" % (2**40, 1)
        checkString(try percentFormat("%*d", t(.int(1099511627776), .int(1))), "MemoryError: ")
        // "%.*d" % (2**40, 1)
        checkString(try percentFormat("%.*d", t(.int(1099511627776), .int(1))), "OverflowError: Python int too large to convert to C int")
        // "%999999999999999999999d" % 1
        checkString(try percentFormat("%999999999999999999999d", .int(1)), "ValueError: width too big")
        // "%.999999999999999999999d" % 1
        checkString(try percentFormat("%.999999999999999999999d", .int(1)), "ValueError: precision too big")
    }
}
