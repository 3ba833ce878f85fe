// Whether REPL input needs more lines, following CPython's codeop in "single" mode: input
// that ends inside brackets, a triple-quoted string or a continuation line, or that fails only
// because it ends too soon, is incomplete; so is a compound statement not yet closed by an
// empty line.

enum Incompleteness {
    static func check(_ input: String) -> Bool {
        let text = SourceText(input)
        if text.scalars.contains("\0") { return false }
        let (tokens, failure) = Lexer.tokenize(text)
        let parser = SyntaxParser(source: text, tokens: tokens, lexFailure: failure)
        let module: Module
        do {
            module = try parser.parseFile()
        } catch {
            let parserError = (error as? SyntaxError) ?? parser.genericError()
            let resolved = parser.resolve(parserError)
            if let failure, resolved == failure.error { return lexFailureNeedsMore(failure) }
            return errorIsAtEnd(parser)
        }
        do {
            try Validator(source: text).check(module)
        } catch {
            return false
        }
        guard let last = module.body.last, isCompound(last) else { return false }
        return !input.hasSuffix("\n")
    }

    private static func lexFailureNeedsMore(_ failure: LexFailure) -> Bool {
        if case .unclosedBracket = failure.kind { return true }
        let message = failure.error.message
        return message.hasPrefix("unterminated triple-quoted string literal")
            || message == "unexpected EOF while parsing"
    }

    /// The parser read everything and wanted more: only DEDENTs and ENDMARKER remain.
    private static func errorIsAtEnd(_ parser: SyntaxParser) -> Bool {
        let tokens = parser.tokens
        let index = min(parser.furthest, tokens.count - 1)
        return tokens[index...].allSatisfy { $0.kind == .dedent || $0.kind == .endMarker }
    }

    private static func isCompound(_ statement: Stmt) -> Bool {
        switch statement.kind {
        case .if, .while, .for, .try, .with, .functionDef, .classDef: return true
        default: return false
        }
    }
}
