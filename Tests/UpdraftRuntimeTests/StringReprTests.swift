// Generated from CPython 3.11.7 output (repr(str), str.isprintable()); expected values are hard-coded.
import Foundation
import XCTest
import BigInt
import UpdraftRuntime

final class StringReprTests: XCTestCase {
    func testReprTable() {
        let table: [(String, String)] = [
            ("", "''"),
            ("'", "\"'\""),
            ("\"", "'\"'"),
            ("'\"", "'\\'\"'"),
            ("a'b", "\"a'b\""),
            ("a\"b", "'a\"b'"),
            ("it's \"x\"", "'it\\'s \"x\"'"),
            ("\\", "'\\\\'"),
            ("\t\n\r\u{0}\u{7f}\u{80}\u{a0}\u{ad}", "'\\t\\n\\r\\x00\\x7f\\x80\\xa0\\xad'"),
            ("héllo", "'héllo'"),
            ("日本", "'日本'"),
            ("\u{2028}", "'\\u2028'"),
            ("😀", "'😀'"),
            ("\u{feff}", "'\\ufeff'"),
            ("\u{e0001}", "'\\U000e0001'"),
            (" \u{3000}", "' \\u3000'"),
            ("\u{1b}[0m", "'\\x1b[0m'"),
            ("\u{378}", "'\\u0378'"),
            ("\u{1fa89}", "'\\U0001fa89'"),
            ("\u{897}", "'\\u0897'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("\u{e000}", "'\\ue000'"),
            ("á", "'á'"),
            ("\u{200b}", "'\\u200b'"),
            ("\u{85}", "'\\x85'"),
            ("tab\there", "'tab\\there'"),
            ("Ω≈ç√∫", "'Ω≈ç√∫'"),
            ("👨\u{200d}👩", "'👨\\u200d👩'"),
        ]
        for (s, expected) in table {
            XCTAssertEqual(pyStringRepr(s), expected)
        }
    }

    func testIsPrintable() {
        let table: [(UInt32, Bool)] = [
            (0x20, true),
            (0x41, true),
            (0x7F, false),
            (0xA0, false),
            (0xAD, false),
            (0xE9, true),
            (0x378, false),
            (0x897, false),
            (0x1ACF, false),
            (0x2028, false),
            (0x3000, false),
            (0xE000, false),
            (0xFEFF, false),
            (0x1F600, true),
            (0x1FA89, false),
            (0x1FAE0, true),
            (0xE0001, false),
            (0x10FFFF, false),
            (0x31350, false),
        ]
        for (v, expected) in table {
            guard let c = Unicode.Scalar(v) else { return XCTFail() }
            XCTAssertEqual(pyIsPrintable(c), expected, String(v, radix: 16))
        }
    }
}
