// Tests of bytes and bytearray: constructors, repr, the sequence protocols, operators, the
// methods, the codecs (str.encode / bytes.decode and their Unicode errors), int.to_bytes /
// int.from_bytes and bytes % formatting. Each check is the Python expression in the comment
// above it; expected texts are what python3 (3.11) prints for repr(result) or the exception.

import XCTest
@testable import UpdraftRuntime

/// `bytes` from a string of code points below 256 (Latin-1), e.g. `by("a\u{ff}")` is b'a\xff'.
private func by(_ s: String) -> Value { .bytes(s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) }
private func ba(_ s: String) -> Value { .object(PyByteArray(s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })) }
private func kw(_ name: String, _ v: Value) -> (String, Value) { (name, v) }

final class BytesTests: XCTestCase {
    override func setUp() { Runtime.bootstrap() }

    func testRepr() {
        // b"\x00\x1f\x20\x7e\x7f\x80\xff"
        check(by("\u{00}\u{1f} ~\u{7f}\u{80}\u{ff}"), #"b'\x00\x1f ~\x7f\x80\xff'"#)
        // b"\t\r\n\\"
        check(by("\t\r\n\\"), #"b'\t\r\n\\'"#)
        // b"it's"
        check(by("it's"), #"b"it's""#)
        // b'\'"'
        check(by("'\""), #"b'\'"'"#)
        // bytearray()
        check(ba(""), "bytearray(b'')")
        // bytearray(b"'")
        check(ba("'"), #"bytearray(b"\'")"#)
        // str(b"x")
        check(try construct(PyType.str, [by("x")]), #""b'x'""#)
    }

    func testConstructors() {
        // bytes()
        check(try construct(PyType.bytes, []), "b''")
        // bytes(3)
        check(try construct(PyType.bytes, [.int(3)]), #"b'\x00\x00\x00'"#)
        // bytes(-1)
        check(try construct(PyType.bytes, [.int(-1)]), "ValueError: negative count")
        // bytes([72, 105])
        check(try construct(PyType.bytes, [l(.int(72), .int(105))]), "b'Hi'")
        // bytes([1, 256])
        check(try construct(PyType.bytes, [l(.int(1), .int(256))]), "ValueError: bytes must be in range(0, 256)")
        // bytearray([300])
        check(try construct(PyType.bytearray, [l(.int(300))]), "ValueError: byte must be in range(0, 256)")
        // bytes(["a"])
        check(try construct(PyType.bytes, [l(s("a"))]), "TypeError: 'str' object cannot be interpreted as an integer")
        // bytes("a")
        check(try construct(PyType.bytes, [s("a")]), "TypeError: string argument without an encoding")
        // bytes("é", "utf-8")
        check(try construct(PyType.bytes, [s("é"), s("utf-8")]), #"b'\xc3\xa9'"#)
        // bytes("é", "ascii")
        check(try construct(PyType.bytes, [s("é"), s("ascii")]),
              #"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)"#)
        // bytes(b"x", "ascii")
        check(try construct(PyType.bytes, [by("x"), s("ascii")]), "TypeError: encoding without a string argument")
        // bytes(1.5)
        check(try construct(PyType.bytes, [.float(1.5)]), "TypeError: cannot convert 'float' object to bytes")
        // bytearray(None)
        check(try construct(PyType.bytearray, [N]), "TypeError: cannot convert 'NoneType' object to bytearray")
        // bytes(2**70)
        check(try construct(PyType.bytes, [big("1180591620717411303424")]),
              "OverflowError: cannot fit 'int' into an index-sized integer")
        // bytes(range(3))
        check(try construct(PyType.bytes, [.object(PyRange(start: 0, stop: 3, step: 1))]), #"b'\x00\x01\x02'"#)
        // bytes(bytearray(b"ab"))
        check(try construct(PyType.bytes, [ba("ab")]), "b'ab'")
        // bytearray(b"ab")
        check(try construct(PyType.bytearray, [by("ab")]), "bytearray(b'ab')")
        // bytes(x=1)
        check(try construct(PyType.bytes, [], [kw("x", .int(1))]), "TypeError: 'x' is an invalid keyword argument for bytes()")
        // bytes("a", 5)
        check(try construct(PyType.bytes, [s("a"), .int(5)]), "TypeError: bytes() argument 'encoding' must be str, not int")
        // bytes([1], errors="strict")
        check(try construct(PyType.bytes, [l(.int(1))], [kw("errors", s("strict"))]),
              "TypeError: errors without a string argument")
    }

    func testSequenceProtocols() throws {
        // len(b"xy")
        XCTAssertEqual(try length(by("xy")), 2)
        // b"abc"[0], b"abc"[-1]
        check(try getItem(by("abc"), .int(0)), "97")
        check(try getItem(by("abc"), .int(-1)), "99")
        // b"abc"[5]
        check(try getItem(by("abc"), .int(5)), "IndexError: index out of range")
        // bytearray(b"abc")[5]
        check(try getItem(ba("abc"), .int(5)), "IndexError: bytearray index out of range")
        // b"abc"["a"]
        check(try getItem(by("abc"), s("a")), "TypeError: byte indices must be integers or slices, not str")
        // b"bytes"[::-1]
        check(try getItem(by("bytes"), .object(PySlice(start: N, stop: N, step: .int(-1)))), "b'setyb'")
        // bytearray(b"abc")[1:]
        check(try getItem(ba("abc"), .object(PySlice(start: .int(1), stop: N, step: N))), "bytearray(b'bc')")
        // list(b"hi")
        check(.list(try iterateToArray(by("hi"))), "[104, 105]")
        // 97 in b"abc", b"ab" in b"abc", 300 in b"abc", "a" in b"abc"
        check(.bool(try contains(by("abc"), .int(97))), "True")
        check(.bool(try contains(by("abc"), by("ab"))), "True")
        check(.bool(try contains(by("abc"), .int(300))), "ValueError: byte must be in range(0, 256)")
        check(.bool(try contains(by("abc"), s("a"))), "TypeError: a bytes-like object is required, not 'str'")
        // bool(b""), bool(bytearray(b"x"))
        XCTAssertFalse(try isTruthy(by("")))
        XCTAssertTrue(try isTruthy(ba("x")))
    }

    func testOperators() {
        // b"a" + b"b"
        check(try binaryOp(.add, by("a"), by("b")), "b'ab'")
        // bytearray(b"x") + b"y"
        check(try binaryOp(.add, ba("x"), by("y")), "bytearray(b'xy')")
        // b"y" + bytearray(b"x")
        check(try binaryOp(.add, by("y"), ba("x")), "b'yx'")
        // b"a" + "a"
        check(try binaryOp(.add, by("a"), s("a")), "TypeError: can't concat str to bytes")
        // "a" + b"a"
        check(try binaryOp(.add, s("a"), by("a")), #"TypeError: can only concatenate str (not "bytes") to str"#)
        // b"ab" * 2, 2 * b"ab", b"x" * -1
        check(try binaryOp(.mul, by("ab"), .int(2)), "b'abab'")
        check(try binaryOp(.mul, .int(2), by("ab")), "b'abab'")
        check(try binaryOp(.mul, by("x"), .int(-1)), "b''")
        // b"ab" * 2.0
        check(try binaryOp(.mul, by("ab"), .float(2)), "TypeError: can't multiply sequence by non-int of type 'float'")
        // b"abc" * (2**62)
        check(try binaryOp(.mul, by("abc"), .int(1 << 62)), "OverflowError: repeated bytes are too long")
        // ba = bytearray(b"ab"); ba += b"c"; ba  (same object)
        let array = ba("ab")
        check(try inplaceOp(.add, array, by("c")), "bytearray(b'abc')")
        check(array, "bytearray(b'abc')")
        // ba += "x"
        check(try inplaceOp(.add, array, s("x")), "TypeError: can't concat str to bytearray")
        // ba *= 2
        check(try inplaceOp(.mul, array, .int(2)), "bytearray(b'abcabc')")
        check(array, "bytearray(b'abcabc')")
    }

    func testComparisonAndHashing() throws {
        // b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc"
        check(try compare(.lt, by("abc"), by("abd")), "True")
        check(try compare(.lt, by("ab"), by("abc")), "True")
        check(try compare(.gt, by("b"), by("abc")), "True")
        // b"a" == bytearray(b"a"), b"a" == "a"
        check(try compare(.eq, by("a"), ba("a")), "True")
        check(try compare(.eq, by("a"), s("a")), "False")
        // b"a" < "a"
        check(try compare(.lt, by("a"), s("a")), "TypeError: '<' not supported between instances of 'bytes' and 'str'")
        // hash(b"abc") == hash(b"abc")
        XCTAssertEqual(try hashValue(by("abc")), try hashValue(by("abc")))
        // hash(bytearray())
        check(.int(try hashValue(ba(""))), "TypeError: unhashable type: 'bytearray'")
        // {b"k": 1}[b"k"]
        check(try getItem(d([(by("k"), .int(1))]), by("k")), "1")
    }

    func testBytearrayMutation() {
        let x = ba("abcdef")
        // x[0] = 65
        check(try { try setItem(x, .int(0), .int(65)); return x }(), "bytearray(b'Abcdef')")
        // x[0] = 256
        check(try { try setItem(x, .int(0), .int(256)); return x }(), "ValueError: byte must be in range(0, 256)")
        // x[9] = 1
        check(try { try setItem(x, .int(9), .int(1)); return x }(), "IndexError: bytearray index out of range")
        // x[1:3] = b"XYZ"
        check(try { try setItem(x, .object(PySlice(start: .int(1), stop: .int(3), step: N)), by("XYZ")); return x }(),
              "bytearray(b'AXYZdef')")
        // x[1:3] = 5
        check(try { try setItem(x, .object(PySlice(start: .int(1), stop: .int(3), step: N)), .int(5)); return x }(),
              "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        // x[::2] = b"xy"
        check(try { try setItem(x, .object(PySlice(start: N, stop: N, step: .int(2))), by("xy")); return x }(),
              "ValueError: attempt to assign bytes of size 2 to extended slice of size 4")
        // del x[::2]
        check(try { try deleteItem(x, .object(PySlice(start: N, stop: N, step: .int(2)))); return x }(), "bytearray(b'XZe')")
        // x.append(33); x.extend(b"12"); x.insert(0, 45)
        check(try { _ = try method(x, "append", [.int(33)]); return x }(), "bytearray(b'XZe!')")
        check(try { _ = try method(x, "extend", [by("12")]); return x }(), "bytearray(b'XZe!12')")
        check(try { _ = try method(x, "insert", [.int(0), .int(45)]); return x }(), "bytearray(b'-XZe!12')")
        // x.extend(5)
        check(try method(x, "extend", [.int(5)]), "TypeError: can't extend bytearray with int")
        // x.pop(), x.pop(0), x.remove(90)
        check(try method(x, "pop", []), "50")
        check(try method(x, "pop", [.int(0)]), "45")
        check(try { _ = try method(x, "remove", [.int(90)]); return x }(), "bytearray(b'Xe!1')")
        // x.remove(1)
        check(try method(x, "remove", [.int(1)]), "ValueError: value not found in bytearray")
        // x.reverse(); x
        check(try { _ = try method(x, "reverse", []); return x }(), "bytearray(b'1!eX')")
        // x.copy(), x.clear()
        check(try method(x, "copy", []), "bytearray(b'1!eX')")
        check(try { _ = try method(x, "clear", []); return x }(), "bytearray(b'')")
        // bytearray().pop()
        check(try method(x, "pop", []), "IndexError: pop from empty bytearray")
        // bytearray(b"x").append("a")
        check(try method(ba("x"), "append", [s("a")]), "TypeError: 'str' object cannot be interpreted as an integer")
        // b"x"[0] = 1
        check(try { try setItem(by("x"), .int(0), .int(1)); return N }(), "TypeError: 'bytes' object does not support item assignment")
    }

    func testSearching() {
        // b"abcabc".count(b"bc"), b"abc".count(b""), b"abc".count(97)
        check(try method(by("abcabc"), "count", [by("bc")]), "2")
        check(try method(by("abc"), "count", [by("")]), "4")
        check(try method(by("abc"), "count", [.int(97)]), "1")
        // b"abc".find(98), b"abcabc".rfind(b"bc"), b"abc".find(b"c", -1)
        check(try method(by("abc"), "find", [.int(98)]), "1")
        check(try method(by("abcabc"), "rfind", [by("bc")]), "4")
        check(try method(by("abc"), "find", [by("c"), .int(-1)]), "2")
        // b"abc".find("a")
        check(try method(by("abc"), "find", [s("a")]),
              "TypeError: argument should be integer or bytes-like object, not 'str'")
        // b"abc".index(b"z")
        check(try method(by("abc"), "index", [by("z")]), "ValueError: subsection not found")
        // b"abc".count()
        check(try method(by("abc"), "count", []), "TypeError: count() takes at least 1 argument (0 given)")
        // b"abc".startswith((b"x", b"ab")), b"abc".endswith(b"b", 0, 2)
        check(try method(by("abc"), "startswith", [t(by("x"), by("ab"))]), "True")
        check(try method(by("abc"), "endswith", [by("b"), .int(0), .int(2)]), "True")
        // b"a".startswith("a")
        check(try method(by("a"), "startswith", [s("a")]),
              "TypeError: startswith first arg must be bytes or a tuple of bytes, not str")
        // b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc")
        check(try method(by("abc"), "removeprefix", [by("a")]), "b'bc'")
        check(try method(by("abc"), "removesuffix", [by("bc")]), "b'a'")
    }

    func testSplittingAndJoining() {
        // b"hello world".split()
        check(try method(by("hello world"), "split", []), "[b'hello', b'world']")
        // b" a  b ".split(maxsplit=1)
        check(try method(by(" a  b "), "split", [], [kw("maxsplit", .int(1))]), "[b'a', b'b ']")
        // b"a,b,c".rsplit(b",", 1)
        check(try method(by("a,b,c"), "rsplit", [by(","), .int(1)]), "[b'a,b', b'c']")
        // bytearray(b"abcdef").split(b"c")
        check(try method(ba("abcdef"), "split", [by("c")]), "[bytearray(b'ab'), bytearray(b'def')]")
        // b"abc".split(b"")
        check(try method(by("abc"), "split", [by("")]), "ValueError: empty separator")
        // b"a".split("a")
        check(try method(by("a"), "split", [s("a")]), "TypeError: a bytes-like object is required, not 'str'")
        // b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True)
        check(try method(by("a\nb\r\nc"), "splitlines", []), "[b'a', b'b', b'c']")
        check(try method(by("a\nb"), "splitlines", [.bool(true)]), #"[b'a\n', b'b']"#)
        // b"abc".partition(b"b"), b"abc".rpartition(b"x")
        check(try method(by("abc"), "partition", [by("b")]), "(b'a', b'b', b'c')")
        check(try method(by("abc"), "rpartition", [by("x")]), "(b'', b'', b'abc')")
        // b"a".join([b"x", bytearray(b"y")]), b"-".join([])
        check(try method(by("a"), "join", [l(by("x"), ba("y"))]), "b'xay'")
        check(try method(by("-"), "join", [l()]), "b''")
        // b"a".join(["a"])
        check(try method(by("a"), "join", [l(s("a"))]), "TypeError: sequence item 0: expected a bytes-like object, str found")
    }

    func testTransforms() {
        // b"  x ".strip(), b"xxabxx".rstrip(b"x"), b"a".strip("a")
        check(try method(by("  x "), "strip", []), "b'x'")
        check(try method(by("xxabxx"), "rstrip", [by("x")]), "b'xxab'")
        check(try method(by("a"), "strip", [s("a")]), "TypeError: a bytes-like object is required, not 'str'")
        // b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-")
        check(try method(by("aaa"), "replace", [by("a"), by("b"), .int(2)]), "b'bba'")
        check(try method(by("ab"), "replace", [by(""), by("-")]), "b'-a-b-'")
        // b"Hello World".swapcase(), b"hello world".title(), b"aBC".capitalize(), b"ab\xe9".upper()
        check(try method(by("Hello World"), "swapcase", []), "b'hELLO wORLD'")
        check(try method(by("hello world"), "title", []), "b'Hello World'")
        check(try method(by("aBC"), "capitalize", []), "b'Abc'")
        check(try method(by("ab\u{e9}"), "upper", []), #"b'AB\xe9'"#)
        // b"abc".isalpha(), b"".isalpha(), b"Abc Def".istitle(), b"\x80".isascii(), b" \x0b".isspace()
        check(try method(by("abc"), "isalpha", []), "True")
        check(try method(by(""), "isalpha", []), "False")
        check(try method(by("Abc Def"), "istitle", []), "True")
        check(try method(by("\u{80}"), "isascii", []), "False")
        check(try method(by(" \u{0b}"), "isspace", []), "True")
        // b"hello".center(11, b"*"), b"-5".zfill(4), b"a\tb".expandtabs()
        check(try method(by("hello"), "center", [.int(11), by("*")]), "b'***hello***'")
        check(try method(by("-5"), "zfill", [.int(4)]), "b'-005'")
        check(try method(by("a\tb"), "expandtabs", []), "b'a       b'")
        // b"hello".center(11, "*")
        check(try method(by("hello"), "center", [.int(11), s("*")]),
              "TypeError: center() argument 2 must be a byte string of length 1, not str")
        // b"abc".translate(bytes.maketrans(b"a", b"z")), b"abc".translate(None, b"b")
        let table = try? call(try getAttribute(.object(PyType.bytes), "maketrans"), [by("a"), by("z")])
        check(try method(by("abc"), "translate", [table ?? N]), "b'zbc'")
        check(try method(by("abc"), "translate", [N, by("b")]), "b'ac'")
        // b"x".translate(b"ab")
        check(try method(by("x"), "translate", [by("ab")]), "ValueError: translation table must be 256 characters long")
    }

    func testHex() {
        // b"\x01\x02\x03".hex(":", 2), .hex(":", -2), .hex(b"-")
        check(try method(by("\u{1}\u{2}\u{3}"), "hex", [s(":"), .int(2)]), "'01:0203'")
        check(try method(by("\u{1}\u{2}\u{3}"), "hex", [s(":"), .int(-2)]), "'0102:03'")
        check(try method(by("\u{1}\u{2}\u{3}"), "hex", [by("-")]), "'01-02-03'")
        // b"\x01".hex("::")
        check(try method(by("\u{1}"), "hex", [s("::")]), "ValueError: sep must be length 1.")
        // bytes.fromhex("01 02ff"), bytearray.fromhex("  aa\t")
        check(try call(try getAttribute(.object(PyType.bytes), "fromhex"), [s("01 02ff")]), #"b'\x01\x02\xff'"#)
        check(try call(try getAttribute(.object(PyType.bytearray), "fromhex"), [s("  aa\t")]), #"bytearray(b'\xaa')"#)
        // bytes.fromhex("abc"), bytes.fromhex("0 1")
        check(try call(try getAttribute(.object(PyType.bytes), "fromhex"), [s("abc")]),
              "ValueError: non-hexadecimal number found in fromhex() arg at position 3")
        check(try call(try getAttribute(.object(PyType.bytes), "fromhex"), [s("0 1")]),
              "ValueError: non-hexadecimal number found in fromhex() arg at position 1")
        // b"".fromhex("61")
        check(try method(by(""), "fromhex", [s("61")]), "b'a'")
    }

    func testEncode() {
        // "héllo".encode()
        check(try method(s("héllo"), "encode", []), #"b'h\xc3\xa9llo'"#)
        // "é".encode("latin-1"), "x".encode("UTF_8")
        check(try method(s("é"), "encode", [s("latin-1")]), #"b'\xe9'"#)
        check(try method(s("x"), "encode", [s("UTF_8")]), "b'x'")
        // "é".encode("ascii")
        check(try method(s("é"), "encode", [s("ascii")]),
              #"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)"#)
        // "éé".encode("ascii")
        check(try method(s("éé"), "encode", [s("ascii")]),
              "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)")
        // "a€b".encode("latin-1")
        check(try method(s("a€b"), "encode", [s("latin-1")]),
              #"UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)"#)
        // "é".encode("ascii", "replace"), "é".encode("ascii", "ignore")
        check(try method(s("é"), "encode", [s("ascii"), s("replace")]), "b'?'")
        check(try method(s("é"), "encode", [s("ascii"), s("ignore")]), "b''")
        // "€".encode("ascii", "xmlcharrefreplace"), "€😀".encode("ascii", "backslashreplace")
        check(try method(s("€"), "encode", [s("ascii"), s("xmlcharrefreplace")]), "b'&#8364;'")
        check(try method(s("€😀"), "encode", [s("ascii"), s("backslashreplace")]), #"b'\\u20ac\\U0001f600'"#)
        // "€".encode("ascii", "foo"), "a".encode("foo")
        check(try method(s("€"), "encode", [s("ascii"), s("foo")]), "LookupError: unknown error handler name 'foo'")
        check(try method(s("a"), "encode", [s("foo")]), "LookupError: unknown encoding: foo")
    }

    func testDecode() {
        // b"caf\xc3\xa9".decode()
        check(try method(by("caf\u{c3}\u{a9}"), "decode", []), "'café'")
        // b"\xff".decode("Latin-1")
        check(try method(by("\u{ff}"), "decode", [s("Latin-1")]), "'ÿ'")
        // b"\xff".decode()
        check(try method(by("\u{ff}"), "decode", []),
              "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        // b"\xe2\x82".decode()
        check(try method(by("\u{e2}\u{82}"), "decode", []),
              "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data")
        // b"a\xe2\x82b".decode()
        check(try method(by("a\u{e2}\u{82}b"), "decode", []),
              "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte")
        // b"\xff\xfe".decode("ascii")
        check(try method(by("\u{ff}\u{fe}"), "decode", [s("ascii")]),
              "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)")
        // b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98x".decode("utf-8", "replace")
        check(try method(by("\u{ed}\u{a0}\u{80}"), "decode", [s("utf-8"), s("replace")]), "'\u{FFFD}\u{FFFD}\u{FFFD}'")
        check(try method(by("\u{f0}\u{9f}\u{98}x"), "decode", [s("utf-8"), s("replace")]), "'\u{FFFD}x'")
        // b"abc\xffdef".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "backslashreplace")
        check(try method(by("abc\u{ff}def"), "decode", [s("utf-8"), s("ignore")]), "'abcdef'")
        check(try method(by("\u{ff}"), "decode", [s("utf-8"), s("backslashreplace")]), #"'\\xff'"#)
        // b"\xff".decode("utf-8", "foo"), b"a".decode("utf-8", "foo")
        check(try method(by("\u{ff}"), "decode", [s("utf-8"), s("foo")]), "LookupError: unknown error handler name 'foo'")
        check(try method(by("a"), "decode", [s("utf-8"), s("foo")]), "'a'")
        // b"x".decode(5)
        check(try method(by("x"), "decode", [.int(5)]), "TypeError: decode() argument 'encoding' must be str, not int")
        // str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "ascii", "replace")
        check(try construct(PyType.str, [by("caf\u{c3}\u{a9}"), s("utf-8")]), "'café'")
        check(try construct(PyType.str, [by("\u{ff}"), s("ascii"), s("replace")]), "'\u{FFFD}'")
    }

    func testUnicodeErrorObjects() {
        // try: b"ab\xffcd".decode() except UnicodeDecodeError as e: repr(e), e.start, e.end, e.reason
        do {
            _ = try method(by("ab\u{ff}cd"), "decode", [])
            XCTFail("no error")
        } catch let e as PythonError {
            let v = Value.object(e.exception)
            check(v, #"UnicodeDecodeError('utf-8', b'ab\xffcd', 2, 3, 'invalid start byte')"#)
            check(try getAttribute(v, "start"), "2")
            check(try getAttribute(v, "end"), "3")
            check(try getAttribute(v, "reason"), "'invalid start byte'")
            check(try getAttribute(v, "object"), #"b'ab\xffcd'"#)
            check(try getAttribute(v, "encoding"), "'utf-8'")
        } catch {
            XCTFail("\(error)")
        }
        // str(UnicodeDecodeError("utf-8", b"\x80abc", 0, 2, "bad"))
        let e = PyExceptionObject(cls: .unicodeDecodeError, args: [s("utf-8"), by("\u{80}abc"), .int(0), .int(2), s("bad")])
        XCTAssertEqual(try exceptionStr(e), "'utf-8' codec can't decode bytes in position 0-1: bad")
    }

    func testIntBytes() {
        let int = Value.object(PyType.int)
        // int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little")
        check(try call(try getAttribute(int, "from_bytes"), [by("\u{1}\u{0}"), s("big")]), "256")
        check(try call(try getAttribute(int, "from_bytes"), [by("\u{1}\u{0}"), s("little")]), "1")
        // int.from_bytes(b"\xff", "big", signed=True)
        check(try call(try getAttribute(int, "from_bytes"), Args([by("\u{ff}"), s("big")], keywords: [(name: "signed", value: .bool(true))])), "-1")
        // int.from_bytes([1, 2]), int.from_bytes("ab")
        check(try call(try getAttribute(int, "from_bytes"), [l(.int(1), .int(2))]), "258")
        check(try call(try getAttribute(int, "from_bytes"), [s("ab")]), "TypeError: cannot convert 'str' object to bytes")
        // int.from_bytes(b"\xff" * 20, "big")
        check(try call(try getAttribute(int, "from_bytes"), [by(String(repeating: "\u{ff}", count: 20)), s("big")]),
              "1461501637330902918203684832716283019655932542975")
        // (255).to_bytes(2, "big"), (65535).to_bytes(2, "little"), (1).to_bytes()
        check(try method(.int(255), "to_bytes", [.int(2), s("big")]), #"b'\x00\xff'"#)
        check(try method(.int(65535), "to_bytes", [.int(2), s("little")]), #"b'\xff\xff'"#)
        check(try method(.int(1), "to_bytes", []), #"b'\x01'"#)
        // (-1000).to_bytes(4, "big", signed=True)
        check(try method(.int(-1000), "to_bytes", [.int(4), s("big")], [kw("signed", .bool(true))]), #"b'\xff\xff\xfc\x18'"#)
        // (2**70).to_bytes(10, "little")
        check(try method(big("1180591620717411303424"), "to_bytes", [.int(10), s("little")]),
              #"b'\x00\x00\x00\x00\x00\x00\x00\x00@\x00'"#)
        // (256).to_bytes(1, "big"), (-1).to_bytes(1, "big"), (128).to_bytes(1, "big", signed=True)
        check(try method(.int(256), "to_bytes", [.int(1), s("big")]), "OverflowError: int too big to convert")
        check(try method(.int(-1), "to_bytes", [.int(1), s("big")]), "OverflowError: can't convert negative int to unsigned")
        check(try method(.int(128), "to_bytes", [.int(1), s("big")], [kw("signed", .bool(true))]),
              "OverflowError: int too big to convert")
        // (1).to_bytes(1, "middle")
        check(try method(.int(1), "to_bytes", [.int(1), s("middle")]), "ValueError: byteorder must be either 'little' or 'big'")
    }

    func testPercentFormat() {
        // b"%s %d" % (b"x", 3), b"%x" % 255, b"%c" % 65, b"%5.2f" % 1.5, b"%r" % "x"
        check(try binaryOp(.mod, by("%s %d"), t(by("x"), .int(3))), "b'x 3'")
        check(try binaryOp(.mod, by("%x"), .int(255)), "b'ff'")
        check(try binaryOp(.mod, by("%c"), .int(65)), "b'A'")
        check(try binaryOp(.mod, by("%5.2f"), .float(1.5)), "b' 1.50'")
        check(try binaryOp(.mod, by("%r"), s("x")), #"b"'x'""#)
        // bytearray(b"%s") % b"y"
        check(try binaryOp(.mod, ba("%s"), by("y")), "bytearray(b'y')")
        // b"%s" % "x"
        check(try binaryOp(.mod, by("%s"), s("x")),
              "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'")
        // b"%d" % (1, 2)
        check(try binaryOp(.mod, by("%d"), t(.int(1), .int(2))), "TypeError: not all arguments converted during bytes formatting")
        // b"%c" % 256
        check(try binaryOp(.mod, by("%c"), .int(256)), "OverflowError: %c arg not in range(256)")
    }

    func testNumbersFromBytes() {
        // int(b"12"), int(b"ff", 16), float(b"1.5")
        check(try construct(PyType.int, [by("12")]), "12")
        check(try construct(PyType.int, [by("ff"), .int(16)]), "255")
        check(try construct(PyType.float, [by("1.5")]), "1.5")
        // int(b"x"), float(b"x")
        check(try construct(PyType.int, [by("x")]), "ValueError: invalid literal for int() with base 10: b'x'")
        check(try construct(PyType.float, [by("x")]), "ValueError: could not convert string to float: b'x'")
        // ord(b"a"), ord(b"ab")
        check(try B("ord", by("a")), "97")
        check(try B("ord", by("ab")), "TypeError: ord() expected a character, but string of length 2 found")
    }
}
