// Number and string literals: bases, underscores, floats, imaginary, big ints, prefixes,
// escapes and implicit concatenation.

import XCTest
@testable import UpdraftSyntax

final class LiteralTests: XCTestCase {
    private func constant(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Constant? {
        guard let module = try? Parser.parseModule(source), case .expr(let e)? = module.body.first?.kind,
              case .constant(let c) = e.kind else {
            XCTFail("no constant in \(source)", file: file, line: line)
            return nil
        }
        return c
    }

    func testIntegers() {
        XCTAssertEqual(constant("42"), .int(42))
        XCTAssertEqual(constant("0x1F"), .int(31))
        XCTAssertEqual(constant("0o17"), .int(15))
        XCTAssertEqual(constant("0B101"), .int(5))
        XCTAssertEqual(constant("1_000_000"), .int(1_000_000))
        XCTAssertEqual(constant("0_0"), .int(0))
        XCTAssertEqual(constant("9223372036854775807"), .int(Int.max))
    }

    func testBigIntegersKeepTheirText() {
        XCTAssertEqual(constant("9223372036854775808"), .bigInt("9223372036854775808"))
        XCTAssertEqual(constant("123_456_789_012_345_678_901_234"), .bigInt("123456789012345678901234"))
        XCTAssertEqual(constant("0xffff_ffff_ffff_ffff_ff"), .bigInt("0xffffffffffffffffff"))
    }

    func testFloatsAndImaginary() {
        XCTAssertEqual(constant("1.5"), .float(1.5))
        XCTAssertEqual(constant("1."), .float(1.0))
        XCTAssertEqual(constant(".5"), .float(0.5))
        XCTAssertEqual(constant("1e-3"), .float(0.001))
        XCTAssertEqual(constant("1_000.5"), .float(1000.5))
        XCTAssertEqual(constant("1E10"), .float(1e10))
        XCTAssertEqual(constant("2j"), .imaginary(2))
        XCTAssertEqual(constant("1.5J"), .imaginary(1.5))
        XCTAssertEqual(constant("1e400"), .float(.infinity))
    }

    func testStringEscapes() {
        XCTAssertEqual(constant(#"'a\n\t\r\\\'\"\a\b\f\v\0'"#), .string("a\n\t\r\\'\"\u{07}\u{08}\u{0C}\u{0B}\0"))
        XCTAssertEqual(constant(#"'\101\7\777'"#), .string("A\u{07}\u{1FF}"))
        XCTAssertEqual(constant(#"'\x41\u00e9\U0001F600'"#), .string("Aé😀"))
        XCTAssertEqual(constant(#"'\d\q'"#), .string(#"\d\q"#))
        XCTAssertEqual(constant("'a\\\nb'"), .string("ab"))
    }

    func testRawAndTripleQuotedStrings() {
        XCTAssertEqual(constant(#"r'\n\x'"#), .string(#"\n\x"#))
        XCTAssertEqual(constant("'''a\n'b'\"\"\"'''"), .string("a\n'b'\"\"\""))
        XCTAssertEqual(constant(#"R"\"""#), .string(#"\""#))
    }

    func testBytes() {
        XCTAssertEqual(constant(#"b'a\x00\xff\n'"#), .bytes([0x61, 0, 0xFF, 0x0A]))
        XCTAssertEqual(constant(#"rb'\n'"#), .bytes([0x5C, 0x6E]))
        XCTAssertEqual(constant(#"b'\u0041'"#), .bytes(Array(#"\u0041"#.utf8)))
    }

    func testImplicitConcatenation() {
        XCTAssertEqual(constant("'a' \"b\" '''c'''"), .string("abc"))
        XCTAssertEqual(constant("b'a' B'b'"), .bytes([0x61, 0x62]))
        XCTAssertEqual(constant("('a'\n 'b')"), .string("ab"))
    }

    func testStringErrors() {
        XCTAssertEqual(syntaxError("x = 'a' b'b'")?.message, "cannot mix bytes and nonbytes literals")
        XCTAssertEqual(syntaxError("x = b'é'")?.message, "bytes can only contain ASCII literal characters")
        XCTAssertEqual(syntaxError(#"x = '\x4'"#)?.message,
                       #"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#)
        XCTAssertEqual(syntaxError(#"x = b'\x4'"#)?.message, #"(value error) invalid \x escape at position 0"#)
        XCTAssertEqual(syntaxError(#"x = '\N{DASH}'"#)?.message,
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name")
    }

    func testNamedUnicodeEscapes() throws {
        let module = try Parser.parseModule(#"x = '\N{GREEK SMALL LETTER ALPHA}\N{em dash}'"#)
        guard case .assign(_, let value) = module.body[0].kind, case .constant(.string(let s)) = value.kind else {
            return XCTFail("expected a string constant")
        }
        XCTAssertEqual(s, "\u{3B1}\u{2014}")
    }
}
