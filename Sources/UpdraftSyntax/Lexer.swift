// The tokenizer: source scalars -> tokens with INDENT/DEDENT/NEWLINE, mirroring CPython 3.11's
// tokenizer.c closely enough that its errors (message, line, caret) come out the same.
// It runs to the end eagerly; the first error is kept with its position in the token stream so
// the parser can decide, as CPython's lazy tokenizer does, whether that error or its own wins.

/// How a tokenizer error competes with a parser error found earlier in the stream
/// (CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`).
enum LexFailureKind {
    /// Raised with an exception in CPython's tokenizer: it wins over any parser error.
    case overridesParser
    /// End of input inside brackets: wins only over parser errors on later lines.
    case unclosedBracket(line: Int)
    /// A tokenizer state (bad dedent, tab mix, stray backslash): only reported when reached.
    case whenReached
}

struct LexFailure {
    var error: SyntaxError
    var kind: LexFailureKind
}

struct Lexer {
    static let maxBracketDepth = 200  // CPython's MAXLEVEL
    static let maxIndentDepth = 100  // CPython's MAXINDENT
    static let eof: UInt32 = 0x11_0000

    let source: SourceText
    let chars: [Unicode.Scalar]
    var pos: Int
    let end: Int
    var line: Int
    var lineStart: Int
    /// f-string replacement fields are lexed as if inside parentheses: no NEWLINE or INDENT.
    let insideFString: Bool

    var tokens: [Token] = []
    var failure: LexFailure?

    private var atLineStart = true
    private var blankLine = false
    private var indents: [Int] = [0]
    private var altIndents: [Int] = [0]
    private var pendingIndents = 0
    var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []
    private var lastLineIndentChars = 0
    var numberStart = 0

    init(source: SourceText) {
        self.source = source
        chars = source.scalars
        pos = 0
        end = chars.count
        line = 1
        lineStart = 0
        insideFString = false
    }

    /// Lexes `start..<end` of `source` as an f-string replacement field.
    init(source: SourceText, fieldStart start: Int, end: Int) {
        self.source = source
        chars = source.scalars
        pos = start
        self.end = end
        line = source.line(of: start)
        lineStart = source.lineStarts[line - 1]
        insideFString = true
        atLineStart = false
    }

    static func tokenize(_ source: SourceText) -> (tokens: [Token], failure: LexFailure?) {
        var lexer = Lexer(source: source)
        lexer.tokens.reserveCapacity(source.scalars.count / 3 + 8)
        lexer.run()
        return (lexer.tokens, lexer.failure)
    }

    mutating func run() {
        while failure == nil {
            if lexOne() { break }
        }
    }

    // MARK: - Character access

    @inline(__always) mutating func nextc() -> UInt32 {
        guard pos < end else { return Lexer.eof }
        let c = chars[pos].value
        pos += 1
        return c
    }

    @inline(__always) mutating func backup(_ c: UInt32) {
        if c != Lexer.eof { pos -= 1 }
    }

    @inline(__always) func peek(_ offset: Int = 0) -> UInt32 {
        let i = pos + offset
        return i < end && i >= 0 ? chars[i].value : Lexer.eof
    }

    private mutating func startNewLine() {
        line += 1
        lineStart = pos
    }

    // MARK: - Tokens and errors

    mutating func emit(_ kind: TokenKind, from start: Int, line startLine: Int, column: Int) {
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(pos), line: Int32(startLine),
                            column: Int32(column), endLine: Int32(line), endColumn: Int32(pos - lineStart),
                            level: UInt8(min(255, brackets.count + (insideFString ? 1 : 0)))))
    }

    /// INDENT, DEDENT and ENDMARKER have no column in CPython; errors at them use the
    /// tokenizer's position, stored here as `column`.
    private mutating func emitPositionless(_ kind: TokenKind, column: Int) {
        tokens.append(Token(kind: kind, start: Int32(pos), end: Int32(pos), line: Int32(line),
                            column: Int32(column), endLine: Int32(line), endColumn: Int32(column)))
    }

    /// CPython's `syntaxerror()`: the caret goes under the last character consumed.
    mutating func fail(_ message: String, kind: String = "SyntaxError",
                               offset: Int? = nil, endOffset: Int? = nil, line errorLine: Int? = nil,
                               as failureKind: LexFailureKind = .overridesParser) {
        let l = errorLine ?? line
        let col = (offset ?? (pos - lineStart)) - 1
        let endCol = (endOffset ?? (col + 1)) - (endOffset == nil ? 0 : 1)
        failure = LexFailure(error: SyntaxError(message, kind: kind, line: l, column: col, endColumn: endCol,
                                                sourceLine: source.lineText(l)),
                             kind: failureKind)
        tokens.append(Token(kind: .error, start: Int32(pos), end: Int32(pos), line: Int32(l),
                            column: Int32(col), endLine: Int32(l), endColumn: Int32(col)))
    }

    // MARK: - Main loop

    /// Lexes one token (or a run of DEDENTs); true once ENDMARKER is emitted.
    private mutating func lexOne() -> Bool {
        if atLineStart {
            blankLine = false
            atLineStart = false
            if !measureIndentation() { return true }
        }
        if pendingIndents != 0 {
            let column = lastLineIndentChars - 1
            while pendingIndents < 0 {
                pendingIndents += 1
                emitPositionless(.dedent, column: column)
            }
            while pendingIndents > 0 {
                pendingIndents -= 1
                emitPositionless(.indent, column: column)
            }
        }
        return lexToken()
    }

    /// Computes the indentation of a new line and queues INDENT/DEDENT; false on error.
    private mutating func measureIndentation() -> Bool {
        var col = 0
        var altcol = 0
        var continuationCol = 0
        var c: UInt32
        while true {
            c = nextc()
            if c == 0x20 {
                col += 1; altcol += 1
            } else if c == 0x09 {
                col = (col / 8 + 1) * 8
                altcol += 1
            } else if c == 0x0C {
                col = 0; altcol = 0
            } else if c == 0x5C {  // backslash: the first one fixes the indentation
                continuationCol = continuationCol != 0 ? continuationCol : col
                if !continueLine() { return false }
            } else {
                break
            }
        }
        backup(c)
        if c == Lexer.eof { return true }  // lexEndOfInput places the final DEDENTs
        if c == 0x23 || c == 0x0A { blankLine = true }
        lastLineIndentChars = pos - lineStart
        guard !blankLine, brackets.isEmpty, !insideFString else { return true }
        if continuationCol != 0 {
            col = continuationCol
            altcol = continuationCol
        }
        let top = indents[indents.count - 1]
        if col == top {
            if altcol != altIndents[altIndents.count - 1] { return indentationError() }
        } else if col > top {
            if indents.count >= Lexer.maxIndentDepth {
                pos = lineEndOffset()
                fail("too many levels of indentation", kind: "IndentationError", offset: 1, as: .whenReached)
                return false
            }
            if altcol <= altIndents[altIndents.count - 1] { return indentationError() }
            pendingIndents += 1
            indents.append(col)
            altIndents.append(altcol)
        } else {
            while indents.count > 1, col < indents[indents.count - 1] {
                pendingIndents -= 1
                indents.removeLast()
                altIndents.removeLast()
            }
            if col != indents[indents.count - 1] {
                pos = lineEndOffset()
                fail("unindent does not match any outer indentation level", kind: "IndentationError",
                     offset: pos - lineStart + 1, endOffset: 0, as: .whenReached)
                return false
            }
            if altcol != altIndents[altIndents.count - 1] { return indentationError() }
        }
        return true
    }

    private func lineEndOffset() -> Int {
        var i = pos
        while i < end, chars[i] != "\n" { i += 1 }
        return i
    }

    private mutating func indentationError() -> Bool {
        pos = lineEndOffset()
        fail("inconsistent use of tabs and spaces in indentation", kind: "TabError", offset: 1, as: .whenReached)
        return false
    }

    /// After a backslash: the next character must end the line. False (and an error) otherwise.
    private mutating func continueLine() -> Bool {
        let c = nextc()
        if c != 0x0A {
            // CPython puts the caret on the character after the backslash.
            fail("unexpected character after line continuation character",
                 offset: pos - lineStart, endOffset: 0, as: .whenReached)
            return false
        }
        if pos >= end {
            fail("unexpected EOF while parsing", offset: pos - lineStart, endOffset: 0, as: .whenReached)
            return false
        }
        startNewLine()
        return true
    }

    private mutating func lexToken() -> Bool {
        var c: UInt32
        repeat { c = nextc() } while c == 0x20 || c == 0x09 || c == 0x0C
        var start = pos - 1
        var commentStart = -1
        if c == 0x23 {  // '#'
            commentStart = start
            while c != Lexer.eof && c != 0x0A { c = nextc() }
            start = pos - 1
        }
        if c == Lexer.eof { return lexEndOfInput() }
        let startColumn = start - lineStart
        if isIdentifierStart(c) { return lexNameOrPrefixedString(c, start: start) }
        if c == 0x0A {
            let newlineColumn = (commentStart >= 0 ? commentStart : start) - lineStart
            let newlineLine = line
            let emitNewline = !blankLine && brackets.isEmpty && !insideFString
            if emitNewline {
                tokens.append(Token(kind: .newline, start: Int32(start), end: Int32(pos), line: Int32(newlineLine),
                                    column: Int32(newlineColumn), endLine: Int32(newlineLine),
                                    endColumn: Int32(start - lineStart)))
            }
            startNewLine()
            atLineStart = !insideFString
            return false
        }
        if c == 0x2E {  // '.'
            let c2 = peek()
            if c2 >= 0x30 && c2 <= 0x39 { return lexNumber(first: c, start: start) }
            if c2 == 0x2E && peek(1) == 0x2E {
                pos += 2
                emit(.ellipsis, from: start, line: line, column: startColumn)
            } else {
                emit(.dot, from: start, line: line, column: startColumn)
            }
            return false
        }
        if c >= 0x30 && c <= 0x39 { return lexNumber(first: c, start: start) }
        if c == 0x22 || c == 0x27 { return lexString(quote: c, start: start) }
        if c == 0x5C {
            guard continueLine() else { return true }
            return lexToken()
        }
        return lexOperator(c, start: start)
    }

    private mutating func lexEndOfInput() -> Bool {
        if let open = brackets.last {
            fail("'\(Character(open.char))' was never closed", offset: open.column + 1, endOffset: 0,
                 line: open.line, as: .unclosedBracket(line: open.line))
            return true
        }
        if !insideFString {
            // CPython reports errors at the end on the last line, just past its text.
            line = max(1, line - 1)
            lineStart = source.lineStarts[min(line, source.lineCount) - 1]
            let column = source.lineLength(line)
            for _ in 1..<indents.count { emitPositionless(.dedent, column: column) }
            indents = [0]
            emitPositionless(.endMarker, column: column)
        } else {
            emitPositionless(.endMarker, column: pos - lineStart)
        }
        return true
    }

    // MARK: - Names

    func isIdentifierStart(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || (c >= 128 && c != Lexer.eof)
    }

    func isIdentifierChar(_ c: UInt32) -> Bool {
        isIdentifierStart(c) || (c >= 0x30 && c <= 0x39)
    }

    private mutating func lexNameOrPrefixedString(_ first: UInt32, start: Int) -> Bool {
        var c = first
        var sawB = false, sawR = false, sawU = false, sawF = false
        while true {
            if !(sawB || sawU || sawF) && (c == 0x62 || c == 0x42) {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && (c == 0x75 || c == 0x55) {
                sawU = true
            } else if !(sawR || sawU) && (c == 0x72 || c == 0x52) {
                sawR = true
            } else if !(sawF || sawB || sawU) && (c == 0x66 || c == 0x46) {
                sawF = true
            } else {
                break
            }
            c = nextc()
            if c == 0x22 || c == 0x27 { return lexString(quote: c, start: start) }
        }
        var nonASCII = false
        while isIdentifierChar(c) {
            if c >= 128 { nonASCII = true }
            c = nextc()
        }
        backup(c)
        if nonASCII && !verifyIdentifier(start: start) { return true }
        let kind = Lexer.keyword(chars, start, pos) ?? .name
        emit(kind, from: start, line: line, column: start - lineStart)
        return false
    }

    /// Rejects characters that may not appear in identifiers, as CPython's `verify_identifier`.
    private mutating func verifyIdentifier(start: Int) -> Bool {
        for i in start..<pos {
            let scalar = chars[i]
            let ok = i == start
                ? (scalar.properties.isXIDStart || scalar == "_")
                : scalar.properties.isXIDContinue
            if ok { continue }
            // NFKC may turn a start-incompatible character into a valid one; we do not
            // normalize, so only the plain XID rules apply.
            pos = i + 1
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            if Lexer.isPrintable(scalar) {
                fail("invalid character '\(Character(scalar))' (U+\(padded))")
            } else {
                fail("invalid non-printable character U+\(padded)")
            }
            return false
        }
        return true
    }

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static let keywordTable: [[([UInt32], TokenKind)]] = {
        var table = [[([UInt32], TokenKind)]](repeating: [], count: 9)
        for (word, kind) in TokenKind.keywords {
            table[word.unicodeScalars.count].append((word.unicodeScalars.map(\.value), kind))
        }
        return table
    }()

    static func keyword(_ chars: [Unicode.Scalar], _ start: Int, _ end: Int) -> TokenKind? {
        let length = end - start
        guard length >= 2, length <= 8 else { return nil }
        let first = chars[start].value
        guard (first >= 0x61 && first <= 0x7A) || first == 0x46 || first == 0x4E || first == 0x54 else { return nil }
        outer: for (word, kind) in keywordTable[length] {
            for i in 0..<length where word[i] != chars[start + i].value { continue outer }
            return kind
        }
        return nil
    }

    // MARK: - Strings

    /// Scans a string literal whose opening quote was just read; the prefix starts at `start`.
    private mutating func lexString(quote: UInt32, start: Int) -> Bool {
        let firstLine = line
        let firstLineStart = lineStart
        var quoteSize = 1
        var endQuoteSize = 0
        var c = nextc()
        if c == quote {
            c = nextc()
            if c == quote { quoteSize = 3 } else { endQuoteSize = 1 }
        }
        if c != quote { backup(c) }
        while endQuoteSize != quoteSize {
            c = nextc()
            if c == Lexer.eof || (quoteSize == 1 && c == 0x0A) {
                let detectedLine = c == Lexer.eof ? max(firstLine, line - (pos > 0 && chars[pos - 1] == "\n" ? 1 : 0)) : line
                lineStart = firstLineStart
                line = firstLine
                let offset = start - firstLineStart + 1
                if quoteSize == 3 {
                    fail("unterminated triple-quoted string literal (detected at line \(detectedLine))",
                         offset: offset, line: firstLine)
                } else {
                    fail("unterminated string literal (detected at line \(detectedLine))",
                         offset: offset, line: firstLine)
                }
                return true
            }
            if c == 0x0A { startNewLine() }
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == 0x5C {
                    let escaped = nextc()
                    if escaped == 0x0A { startNewLine() }
                }
            }
        }
        emit(.string, from: start, line: firstLine, column: start - firstLineStart)
        return false
    }

}
