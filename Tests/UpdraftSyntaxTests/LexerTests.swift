// Tokens: indentation, implicit and explicit line joining, comments, numbers, operators.

import XCTest
@testable import UpdraftSyntax

final class LexerTests: XCTestCase {
    func testSimpleLine() {
        XCTAssertEqual(tokenKinds("x = 1\n"), [.name, .equal, .number, .newline, .endMarker])
    }

    func testMissingFinalNewlineIsImplied() {
        XCTAssertEqual(tokenKinds("x"), [.name, .newline, .endMarker])
    }

    func testIndentAndDedent() {
        XCTAssertEqual(tokenKinds("if x:\n    y\nz\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .name, .newline, .endMarker])
    }

    func testDedentsAtEndOfInput() {
        XCTAssertEqual(tokenKinds("if a:\n if b:\n  c"),
                       [.kwIf, .name, .colon, .newline, .indent, .kwIf, .name, .colon, .newline, .indent,
                        .name, .newline, .dedent, .dedent, .endMarker])
    }

    func testBlankLinesAndCommentsDoNotIndent() {
        XCTAssertEqual(tokenKinds("x\n\n   # comment\n\ny\n"), [.name, .newline, .name, .newline, .endMarker])
    }

    func testTabsCountToMultiplesOfEight() {
        XCTAssertEqual(tokenKinds("if x:\n\ty\n\tz\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .name, .newline, .dedent, .endMarker])
        // Equal columns reached with different tab/space mixes are CPython's TabError.
        XCTAssertEqual(syntaxError("if x:\n\ty\n        z\n")?.kind, "TabError")
    }

    func testBracketsJoinLines() {
        XCTAssertEqual(tokenKinds("x = (1,\n     2)\n"),
                       [.name, .equal, .lpar, .number, .comma, .number, .rpar, .newline, .endMarker])
    }

    func testBackslashJoinsLines() {
        XCTAssertEqual(tokenKinds("x = 1 + \\\n  2\n"), [.name, .equal, .number, .plus, .number, .newline, .endMarker])
    }

    func testCRLFLineEndings() {
        XCTAssertEqual(tokenKinds("if x:\r\n  y\r\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .endMarker])
    }

    func testOperatorsAreGreedy() {
        XCTAssertEqual(tokenKinds("a **= b // c >>= d -> e := f ... g != h"),
                       [.name, .doubleStarEqual, .name, .doubleSlash, .name, .rightShiftEqual, .name, .arrow, .name,
                        .colonEqual, .name, .ellipsis, .name, .notEqual, .name, .newline, .endMarker])
    }

    func testKeywordsAndNames() {
        XCTAssertEqual(tokenKinds("not None in Nonex"), [.kwNot, .kwNone, .kwIn, .name, .newline, .endMarker])
    }

    func testStringPrefixes() {
        XCTAssertEqual(tokenKinds("rb'x' Rb\"y\" f'z' u'w' br'''v''' ub'x'"),
                       [.string, .string, .string, .string, .string, .name, .string, .newline, .endMarker])
    }

    func testNumbers() {
        XCTAssertEqual(tokenKinds("1 1.5 .5 1. 1e-3 0x1F 0o17 0b1 1_000 2j 1if x else 2"),
                       [.number, .number, .number, .number, .number, .number, .number, .number, .number, .number,
                        .number, .kwIf, .name, .kwElse, .number, .newline, .endMarker])
    }

    func testTokenPositions() {
        let tokens = Lexer.tokenize(SourceText("a = '''x\ny'''\n")).tokens
        XCTAssertEqual(tokens[2].kind, .string)
        XCTAssertEqual(tokens[2].location, SourceLocation(line: 1, column: 4, endLine: 2, endColumn: 4))
    }

    func testUnicodeIdentifiers() {
        XCTAssertEqual(dumpExpr("café + π"), "BinOp(Name(café) + Name(π))")
    }

    func testLexerStopsAtFirstError() {
        let (tokens, failure) = Lexer.tokenize(SourceText("x = 1\ny = $€\n"))
        XCTAssertEqual(tokens.last?.kind, .error)
        XCTAssertEqual(failure?.error.message, "invalid character '€' (U+20AC)")
    }
}
