// f-strings: literal text, doubled braces, conversions, format specs with nested fields,
// self-documenting `{x=}`, concatenation, field locations and errors.

import XCTest
@testable import UpdraftSyntax

final class FStringTests: XCTestCase {
    func testLiteralOnly() {
        XCTAssertEqual(dumpExpr("f'abc'"), "JoinedStr(Constant('abc'))")
        XCTAssertEqual(dumpExpr("f''"), "JoinedStr()")
        XCTAssertEqual(dumpExpr("f'{{x}}'"), "JoinedStr(Constant('{x}'))")
    }

    func testFields() {
        XCTAssertEqual(dumpExpr("f'a{x}b'"), "JoinedStr(Constant('a'), FormattedValue(Name(x), -, -), Constant('b'))")
        XCTAssertEqual(dumpExpr("f'{x!r}{y!s}{z!a}'"),
                       "JoinedStr(FormattedValue(Name(x), r, -), FormattedValue(Name(y), s, -), FormattedValue(Name(z), a, -))")
        XCTAssertEqual(dumpExpr("f'{a + b * 2}'"),
                       "JoinedStr(FormattedValue(BinOp(Name(a) + BinOp(Name(b) * Constant(2))), -, -))")
        XCTAssertEqual(dumpExpr("f'{x, y}'"), "JoinedStr(FormattedValue(Tuple([Name(x), Name(y)]), -, -))")
        XCTAssertEqual(dumpExpr("f'{d[\"k\"]}'"), "JoinedStr(FormattedValue(Subscript(Name(d), Constant('k')), -, -))")
        XCTAssertEqual(dumpExpr("f'{a != b}'"), "JoinedStr(FormattedValue(Compare(Name(a) != Name(b)), -, -))")
        XCTAssertEqual(dumpExpr("f'{ {1: 2}[1] }'"),
                       "JoinedStr(FormattedValue(Subscript(Dict([Constant(1): Constant(2)]), Constant(1)), -, -))")
    }

    func testFormatSpecs() {
        XCTAssertEqual(dumpExpr("f'{x:>10}'"), "JoinedStr(FormattedValue(Name(x), -, JoinedStr(Constant('>10'))))")
        XCTAssertEqual(dumpExpr("f'{x:}'"), "JoinedStr(FormattedValue(Name(x), -, JoinedStr()))")
        XCTAssertEqual(dumpExpr("f'{x:{w}.{p}f}'"),
                       "JoinedStr(FormattedValue(Name(x), -, JoinedStr(FormattedValue(Name(w), -, -), Constant('.'), FormattedValue(Name(p), -, -), Constant('f'))))")
        XCTAssertEqual(dumpExpr("f'{x!r:^5}'"), "JoinedStr(FormattedValue(Name(x), r, JoinedStr(Constant('^5'))))")
    }

    func testSelfDocumenting() {
        XCTAssertEqual(dumpExpr("f'{x=}'"), "JoinedStr(Constant('x='), FormattedValue(Name(x), r, -))")
        XCTAssertEqual(dumpExpr("f'{x = }'"), "JoinedStr(Constant('x = '), FormattedValue(Name(x), r, -))")
        XCTAssertEqual(dumpExpr("f'{x=:>3}'"), "JoinedStr(Constant('x='), FormattedValue(Name(x), -, JoinedStr(Constant('>3'))))")
        XCTAssertEqual(dumpExpr("f'{x=!s}'"), "JoinedStr(Constant('x='), FormattedValue(Name(x), s, -))")
    }

    func testConcatenation() {
        XCTAssertEqual(dumpExpr("'a' f'{x}' 'b' f'c'"),
                       "JoinedStr(Constant('a'), FormattedValue(Name(x), -, -), Constant('bc'))")
        XCTAssertEqual(dumpExpr("f'\\n{x}' r'\\n'"),
                       "JoinedStr(Constant('\\u{a}'), FormattedValue(Name(x), -, -), Constant('\\u{5c}n'))")
    }

    func testFieldLocationsAreRealSourcePositions() throws {
        let module = try Parser.parseModule("s = f'ab{x + y}'\n")
        guard case .assign(_, let value) = module.body[0].kind, case .joinedString(let parts) = value.kind,
              case .field(let field, _, _) = parts[1] else { return XCTFail("shape") }
        XCTAssertEqual(field.location, SourceLocation(line: 1, column: 9, endLine: 1, endColumn: 14))
        XCTAssertEqual(value.location, SourceLocation(line: 1, column: 4, endLine: 1, endColumn: 16))
    }

    func testMultilineField() throws {
        let module = try Parser.parseModule("f'''{\nx\n}'''\n")
        guard case .expr(let value) = module.body[0].kind, case .joinedString(let parts) = value.kind,
              case .field(let field, _, _) = parts[0] else { return XCTFail("shape") }
        XCTAssertEqual(field.location, SourceLocation(line: 2, column: 0, endLine: 2, endColumn: 1))
    }

    func testErrors() {
        let cases: [(String, String, Int, Int)] = [
            ("f'{}'", "f-string: empty expression not allowed", 1, 5),
            ("f'{x'", "f-string: expecting '}'", 1, 5),
            ("f'}'", "f-string: single '}' is not allowed", 1, 4),
            ("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8),
            ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply", 1, 14),
            ("f'{#}'", "f-string expression part cannot include '#'", 1, 6),
            ("f'{a)}'", "f-string: unmatched ')'", 1, 7),
            ("f'{!r}'", "f-string: expression required before '!'", 1, 7),
            ("f'{a b}'", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
            ("f'{a +}'", "f-string: invalid syntax", 1, 4),
        ]
        for (source, message, line, column) in cases {
            let error = syntaxError(source)
            XCTAssertEqual(error?.message, message, source)
            XCTAssertEqual(error?.line, line, source)
            XCTAssertEqual(error?.column, column, source)
        }
        XCTAssertEqual(syntaxError("f'{a b}'")?.sourceLine, "(a b)")
    }
}
