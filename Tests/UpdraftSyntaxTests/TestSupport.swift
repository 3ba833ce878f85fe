// Helpers shared by the syntax tests: parse and render trees compactly.

import XCTest
@testable import UpdraftSyntax

/// The module's statements rendered without locations, e.g. `Expr(Name(x))`.
func dumpModule(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    do {
        let module = try Parser.parseModule(source)
        return module.body.map { ASTDump(locations: false).stmt($0) }.joined(separator: "\n")
    } catch {
        XCTFail("unexpected error for \(source.debugDescription): \(error)", file: file, line: line)
        return ""
    }
}

/// The single expression statement's value rendered without locations.
func dumpExpr(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    do {
        let module = try Parser.parseModule(source)
        guard module.body.count == 1, case .expr(let e) = module.body[0].kind else {
            XCTFail("not a single expression statement: \(source)", file: file, line: line)
            return ""
        }
        return ASTDump(locations: false).expr(e)
    } catch {
        XCTFail("unexpected error for \(source.debugDescription): \(error)", file: file, line: line)
        return ""
    }
}

/// The single expression statement's value rendered with locations.
func dumpExprWithLocations(_ source: String) -> String {
    guard let module = try? Parser.parseModule(source), case .expr(let e)? = module.body.first?.kind else {
        return "<error>"
    }
    return ASTDump(locations: true).expr(e)
}

func syntaxError(_ source: String) -> SyntaxError? {
    do {
        _ = try Parser.parseModule(source)
        return nil
    } catch let error as SyntaxError {
        return error
    } catch {
        return SyntaxError("non-SyntaxError thrown: \(error)", line: 0, column: 0)
    }
}

func tokenKinds(_ source: String) -> [TokenKind] {
    Lexer.tokenize(SourceText(source)).tokens.map(\.kind)
}
