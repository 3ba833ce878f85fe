// The parser's public entry points and its core: the token cursor, spans and error helpers.
// It is a recursive-descent parser over CPython 3.11's PEG grammar; where CPython's second
// "invalid_*" pass would produce a specific message, the check runs inline at the failure point.
// Grammar areas live in Parser+Statements, Parser+Expressions, Parser+Targets, FString.

public enum Parser {
    /// Parses a whole file / `-c` string / REPL input. Throws `SyntaxError` on bad input.
    public static func parseModule(_ source: String, filename: String = "<string>") throws -> Module {
        let text = SourceText(source)
        if let nul = text.scalars.firstIndex(of: "\0") {
            let line = text.line(of: nul)
            throw SyntaxError("source code cannot contain null bytes", line: line, column: -1,
                              sourceLine: text.text(text.lineStarts[line - 1], nul))
        }
        let (tokens, failure) = Lexer.tokenize(text)
        let parser = SyntaxParser(source: text, tokens: tokens, lexFailure: failure)
        let module = try parser.parseFileResolvingErrors()
        try Validator(source: text).check(module)
        return module
    }

    /// For the REPL: true when `source` is a valid prefix that needs more lines — it ends inside an
    /// open bracket or a triple-quoted string, after a line continuation backslash, or the error is
    /// an unexpected end of input (e.g. `def f(a):` with no body yet, `if x:`). False for complete
    /// input AND for input that is already a definite syntax error.
    ///
    /// Like CPython's interactive prompt, a compound statement (`if`, `def`, `for`, ...) stays
    /// incomplete until the input ends with a blank line, since an `else:` or more body may follow.
    public static func inputIsIncomplete(_ source: String) -> Bool {
        Incompleteness.check(source)
    }
}

/// Raised by parse functions when the input does not match: like a failed PEG alternative, the
/// caller may try another; at the top it becomes `invalid syntax` at the furthest token seen.
struct NoMatch: Error {}

final class SyntaxParser {
    /// Non-bracket nesting (unary chains, `lambda: lambda: ...`, nested blocks) is capped so that
    /// hostile input cannot overflow the native stack; CPython itself copes with about 1000.
    static let maxDepth = 1000

    let source: SourceText
    var tokens: [Token]
    let lexFailure: LexFailure?
    var pos = 0
    /// The furthest token examined: CPython reports generic errors at its last token read.
    var furthest = 0
    /// Like `furthest` but never rewound by diagnostics: once CPython's tokenizer has produced
    /// a token, its error (if it is the error token) has been raised.
    var reached = 0
    var depth = 0
    /// Set while parsing an f-string replacement field: errors get CPython's f-string form.
    var fieldContext: FStringFieldContext?
    /// Set while reading a dict key, where CPython reports a missing ':' instead.
    var suppressAdjacencyCheck = false
    /// Errors that CPython raises without re-checking the rest of the file for tokenizer errors.
    var errorSkipsTokenizerCheck = false

    init(source: SourceText, tokens: [Token], lexFailure: LexFailure?, depth: Int = 0) {
        self.source = source
        self.tokens = tokens
        self.lexFailure = lexFailure
        self.depth = depth
        if tokens.isEmpty {
            self.tokens = [Token(kind: .endMarker, start: 0, end: 0, line: 1, column: 0, endLine: 1, endColumn: 0)]
        }
    }

    // MARK: - Entry

    func parseFileResolvingErrors() throws -> Module {
        do {
            return try parseFile()
        } catch let error as SyntaxError {
            throw resolve(error)
        } catch {
            throw resolve(genericError())
        }
    }

    /// Chooses between the parser's error and the tokenizer's, as CPython does.
    func resolve(_ parserError: SyntaxError) -> SyntaxError {
        guard let failure = lexFailure else { return parserError }
        if let errorIndex = tokens.lastIndex(where: { $0.kind == .error }), max(furthest, reached) >= errorIndex {
            return failure.error
        }
        if errorSkipsTokenizerCheck { return parserError }
        switch failure.kind {
        case .overridesParser:
            return failure.error
        case .unclosedBracket(let line):
            let lastLine = Int(tokens[min(furthest, tokens.count - 1)].line)
            return lastLine > line ? failure.error : parserError
        case .whenReached:
            return parserError
        }
    }

    // MARK: - Token cursor

    @inline(__always) var kind: TokenKind {
        if pos > furthest {
            furthest = pos
            if pos > reached { reached = pos }
        }
        return tokens[pos].kind
    }

    @inline(__always) var token: Token { tokens[pos] }

    /// The kind `offset` tokens ahead, never past the last token.
    @inline(__always) func kind(at offset: Int) -> TokenKind {
        let index = min(pos + offset, tokens.count - 1)
        if index > furthest {
            furthest = index
            if index > reached { reached = index }
        }
        return tokens[index].kind
    }

    @inline(__always) func check(_ expected: TokenKind) -> Bool { kind == expected }

    @discardableResult @inline(__always)
    func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    @inline(__always) func accept(_ expected: TokenKind) -> Bool {
        if kind == expected {
            advance()
            return true
        }
        return false
    }

    func expect(_ expected: TokenKind) throws -> Token {
        guard kind == expected else { throw NoMatch() }
        return advance()
    }

    /// CPython's forced token (`&&':'`): a missing one is `expected ':'` at the token found.
    func expectForced(_ expected: TokenKind, _ spelling: String) throws -> Token {
        guard kind == expected else { throw errorAt(token, "expected '\(spelling)'") }
        return advance()
    }

    var previous: Token { tokens[max(0, pos - 1)] }

    func text(_ t: Token) -> String { source.text(Int(t.start), Int(t.end)) }

    // MARK: - Spans

    /// From the token at `startIndex` to the end of the last consumed token.
    func span(from startIndex: Int) -> SourceLocation {
        let first = tokens[startIndex]
        let last = tokens[max(startIndex, pos - 1)]
        return SourceLocation(line: Int(first.line), column: Int(first.column),
                              endLine: Int(last.endLine), endColumn: Int(last.endColumn))
    }

    func span(from start: SourceLocation) -> SourceLocation {
        let last = previous
        return SourceLocation(line: start.line, column: start.column,
                              endLine: Int(last.endLine), endColumn: Int(last.endColumn))
    }

    /// A compound statement ends where its last nested statement ends, not at the DEDENT.
    func span(from startIndex: Int, through blocks: [[Stmt]]) -> SourceLocation {
        for block in blocks.reversed() {
            if let last = block.last { return span(tokens[startIndex].location, last.location) }
        }
        return span(from: startIndex)
    }

    func span(_ start: SourceLocation, _ end: SourceLocation) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    // MARK: - Nesting

    @inline(__always) func enter() throws {
        depth += 1
        if depth > SyntaxParser.maxDepth {
            throw errorAt(token, "too many nested expressions")
        }
    }

    @inline(__always) func leave() { depth -= 1 }

    // MARK: - Errors

    /// CPython's generic failure: `invalid syntax` at the furthest token read, or an
    /// indentation error when that token is an INDENT or DEDENT.
    func genericError() -> SyntaxError {
        let last = tokens[min(furthest, tokens.count - 1)]
        switch last.kind {
        case .indent:
            errorSkipsTokenizerCheck = true
            return errorAtLastToken("unexpected indent", kind: "IndentationError")
        case .dedent:
            errorSkipsTokenizerCheck = true
            return errorAtLastToken("unexpected unindent", kind: "IndentationError")
        default:
            return errorAt(last, "invalid syntax")
        }
    }

    /// CPython's RAISE_SYNTAX_ERROR: located at the last token read, or at the tokenizer's
    /// position for tokens without a column.
    func errorAtLastToken(_ message: String, kind: String = "SyntaxError") -> SyntaxError {
        let last = tokens[min(furthest, tokens.count - 1)]
        return makeError(message, kind: kind, line: Int(last.line), column: Int(last.column),
                         endLine: Int(last.endLine), endColumn: Int(last.endColumn))
    }

    /// CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token.
    func errorAt(_ t: Token, _ message: String, kind: String = "SyntaxError") -> SyntaxError {
        if !t.hasCPythonColumn {
            // CPython's column -1 becomes offset 0: no caret.
            return makeError(message, kind: kind, line: Int(t.line), column: -1, endLine: Int(t.line),
                             endColumn: -1)
        }
        return makeError(message, kind: kind, line: Int(t.line), column: Int(t.column),
                         endLine: Int(t.endLine), endColumn: Int(t.endColumn))
    }

    /// CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE on nodes.
    func errorAt(_ location: SourceLocation, _ message: String, kind: String = "SyntaxError") -> SyntaxError {
        makeError(message, kind: kind, line: location.line, column: location.column,
                  endLine: location.endLine, endColumn: location.endColumn)
    }

    func errorAt(_ start: SourceLocation, _ end: SourceLocation, _ message: String) -> SyntaxError {
        errorAt(span(start, end), message)
    }

    func makeError(_ message: String, kind: String, line: Int, column: Int, endLine: Int, endColumn: Int) -> SyntaxError {
        if let field = fieldContext {
            return field.translate(message: message, kind: kind, line: line, column: column,
                                   endLine: endLine, endColumn: endColumn)
        }
        var end = endColumn
        if endLine > line {
            // CPython underlines to the end of the first line of a multi-line range.
            end = source.lineLength(line) - 1
        }
        return SyntaxError(message, kind: kind, line: line, column: column, endColumn: end,
                           sourceLine: source.lineText(line))
    }
}

extension Token {
    /// INDENT, DEDENT and ENDMARKER have no column of their own in CPython.
    var hasCPythonColumn: Bool { kind != .indent && kind != .dedent && kind != .endMarker }
}
