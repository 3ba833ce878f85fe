// Python 3.11 f-strings, ported from CPython's string_parser.c: the literal text, `{{`/`}}`,
// replacement fields `{expr!conv:spec}` with nested fields in the spec, and `{expr=}`.
// Field expressions are lexed straight from the source, so their nodes carry real locations;
// errors inside them are reported as CPython 3.11 does, against the text "(expr)".

/// Accumulates the parts of a JoinedStr, merging adjacent literal text as CPython does.
struct FStringBuilder {
    private var parts: [FStringPart] = []
    private var pending = String.UnicodeScalarView()

    mutating func appendLiteral(_ text: String.UnicodeScalarView) {
        pending.append(contentsOf: text)
    }

    mutating func appendField(_ part: FStringPart) {
        flush()
        parts.append(part)
    }

    mutating func finish() -> [FStringPart] {
        flush()
        return parts
    }

    private mutating func flush() {
        if !pending.isEmpty {
            parts.append(.literal(String(pending)))
            pending = String.UnicodeScalarView()
        }
    }
}

/// Where a replacement field's expression lies, to restate errors the way CPython 3.11 does:
/// on the line "(expr)" with columns counted in that text, and messages prefixed "f-string: ".
struct FStringFieldContext {
    var line: Int
    var column: Int
    var wrappedText: String

    func translate(message: String, kind: String, line errorLine: Int, column errorColumn: Int,
                   endLine: Int, endColumn: Int, prefix: Bool = true) -> SyntaxError {
        let shift = errorLine == line ? 1 - column : 0
        let start = errorColumn < 0 ? errorColumn : errorColumn + shift
        let end = endLine == errorLine ? endColumn + shift : start + 1
        return SyntaxError((prefix ? "f-string: " : "") + message, kind: kind, line: errorLine, column: start,
                           endColumn: end, sourceLine: wrappedText)
    }
}

extension SyntaxParser {
    /// CPython allows one level of fields inside a format spec: `f"{x:{width}}"`.
    static let maxFStringNesting = 2

    func parseFString(_ t: Token, _ info: StringToken, into builder: inout FStringBuilder) throws {
        var cursor = info.bodyStart
        try parseFStringParts(&cursor, end: info.bodyEnd, raw: info.isRaw, level: 0, into: &builder)
    }

    /// Literal text and fields up to the end of the body (level 0) or a closing '}' (specs).
    private func parseFStringParts(_ cursor: inout Int, end: Int, raw: Bool, level: Int,
                                   into builder: inout FStringBuilder) throws {
        let chars = source.scalars
        while true {
            let literal = try scanLiteral(from: cursor, end: end, raw: raw, level: level)
            if literal.end > cursor {
                var text = String.UnicodeScalarView()
                try decodeString(from: cursor, to: literal.end, raw: raw, into: &text)
                builder.appendLiteral(text)
            }
            cursor = literal.resume
            if literal.doubledBrace { continue }
            if cursor >= end || chars[cursor] == "}" { break }
            builder.appendField(try parseField(&cursor, end: end, raw: raw, level: level, into: &builder))
        }
        if level != 0 && (cursor >= end || chars[cursor] != "}") {
            throw errorAtLastToken("f-string: expecting '}'")
        }
    }

    /// CPython's fstring_find_literal: where the literal text ends, and whether it ended on a
    /// doubled brace (the literal then includes one brace and scanning resumes after both).
    private func scanLiteral(from start: Int, end: Int, raw: Bool, level: Int) throws
        -> (end: Int, resume: Int, doubledBrace: Bool) {
        let chars = source.scalars
        var s = start
        while s < end {
            var ch = chars[s]
            s += 1
            if !raw && ch == "\\" && s < end {
                ch = chars[s]
                s += 1
                if ch == "N" {
                    // Skip "\N{NAME}" so its braces are not taken for a field.
                    if s < end {
                        let opening = chars[s]
                        s += 1
                        if opening == "{" {
                            while s < end {
                                let closing = chars[s]
                                s += 1
                                if closing == "}" { break }
                            }
                        }
                    }
                    continue
                }
            }
            guard ch == "{" || ch == "}" else { continue }
            if level == 0 {
                if s < end && chars[s] == ch { return (s, s + 1, true) }
                if ch == "}" { throw errorAtLastToken("f-string: single '}' is not allowed") }
            }
            s -= 1
            break
        }
        return (s, s, false)
    }

    /// CPython's fstring_find_expr: `{expr[=][!conv][:spec]}` starting at the '{'.
    private func parseField(_ cursor: inout Int, end: Int, raw: Bool, level: Int,
                            into builder: inout FStringBuilder) throws -> FStringPart {
        if level >= SyntaxParser.maxFStringNesting {
            throw errorAtLastToken("f-string: expressions nested too deeply")
        }
        let chars = source.scalars
        let exprStart = cursor + 1
        let exprEnd = try scanFieldExpression(from: exprStart, end: end)
        if exprEnd >= end { throw errorAtLastToken("f-string: expecting '}'") }
        let value = try compileFieldExpression(from: exprStart, to: exprEnd)
        cursor = exprEnd
        var selfDocumenting = false
        if chars[cursor] == "=" {
            cursor += 1
            while cursor < end, [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(chars[cursor]) { cursor += 1 }
            if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: chars[exprStart..<cursor])
            builder.appendLiteral(text)
            selfDocumenting = true
        }
        var conversion: Character?
        if chars[cursor] == "!" {
            cursor += 1
            if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }
            let c = chars[cursor]
            cursor += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw errorAtLastToken("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        var formatSpec: [FStringPart]?
        if cursor < end && chars[cursor] == ":" {
            cursor += 1
            if cursor >= end { throw errorAtLastToken("f-string: expecting '}'") }
            var specBuilder = FStringBuilder()
            try parseFStringParts(&cursor, end: end, raw: raw, level: level + 1, into: &specBuilder)
            formatSpec = specBuilder.finish()
        }
        if cursor >= end || chars[cursor] != "}" { throw errorAtLastToken("f-string: expecting '}'") }
        cursor += 1
        if selfDocumenting && formatSpec == nil && conversion == nil { conversion = "r" }
        return .field(value: value, conversion: conversion, formatSpec: formatSpec)
    }

    /// Finds where a field's expression ends: at a top-level `!`, `:`, `=` or `}` that is not
    /// part of `!=`, `==`, `<=`, `>=`, skipping nested brackets and string literals.
    private func scanFieldExpression(from start: Int, end: Int) throws -> Int {
        let chars = source.scalars
        var s = start
        var quote: Unicode.Scalar?
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while s < end {
            let ch = chars[s]
            if ch == "\\" { throw errorAtLastToken("f-string expression part cannot include a backslash") }
            if let q = quote {
                if ch == q {
                    if !tripleQuoted {
                        quote = nil
                    } else if s + 2 < end, chars[s + 1] == q, chars[s + 2] == q {
                        s += 2
                        quote = nil
                    }
                }
                s += 1
                continue
            }
            if ch == "'" || ch == "\"" {
                tripleQuoted = s + 2 < end && chars[s + 1] == ch && chars[s + 2] == ch
                if tripleQuoted { s += 2 }
                quote = ch
            } else if ch == "(" || ch == "[" || ch == "{" {
                if brackets.count >= Lexer.maxBracketDepth {
                    throw errorAtLastToken("f-string: too many nested parenthesis")
                }
                brackets.append(ch)
            } else if ch == "#" {
                throw errorAtLastToken("f-string expression part cannot include '#'")
            } else if brackets.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=" || ch == "<" || ch == ">") {
                if s + 1 < end, chars[s + 1] == "=", ch == "!" || ch == "=" || ch == "<" || ch == ">" {
                    s += 2
                    continue
                }
                if ch != "<" && ch != ">" { return s }
            } else if ch == ")" || ch == "]" || ch == "}" {
                guard let opening = brackets.popLast() else {
                    throw errorAtLastToken("f-string: unmatched '\(Character(ch))'")
                }
                let expected: Unicode.Scalar = opening == "(" ? ")" : opening == "[" ? "]" : "}"
                if ch != expected {
                    throw errorAtLastToken(
                        "f-string: closing parenthesis '\(Character(ch))' does not match opening parenthesis '\(Character(opening))'")
                }
            }
            s += 1
        }
        if quote != nil { throw errorAtLastToken("f-string: unterminated string") }
        if let opening = brackets.last { throw errorAtLastToken("f-string: unmatched '\(Character(opening))'") }
        return s
    }

    /// CPython's fstring_compile_expr: parses `(expr)` with the expression parser.
    private func compileFieldExpression(from start: Int, to end: Int) throws -> Expr {
        let chars = source.scalars
        if !chars[start..<end].contains(where: { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\u{0C}" }) {
            let next = chars[end]
            if next == "!" || next == ":" || next == "=" {
                throw errorAtLastToken("f-string: expression required before '\(Character(next))'")
            }
            throw errorAtLastToken("f-string: empty expression not allowed")
        }
        let line = source.line(of: start)
        let context = FStringFieldContext(line: line, column: start - source.lineStarts[line - 1],
                                          wrappedText: "(" + source.text(start, end) + ")")
        var lexer = Lexer(source: source, fieldStart: start, end: end)
        lexer.run()
        if let failure = lexer.failure {
            let e = failure.error
            throw context.translate(message: e.message, kind: e.kind, line: e.line, column: e.column,
                                    endLine: e.line, endColumn: e.endColumn, prefix: false)
        }
        var fieldTokens = lexer.tokens
        let endMarker = fieldTokens.removeLast()
        let endLine = Int32(source.line(of: end))
        let endColumn = Int32(end - source.lineStarts[Int(endLine) - 1])
        let open = Token(kind: .lpar, start: Int32(start - 1), end: Int32(start), line: Int32(line),
                         column: Int32(context.column - 1), endLine: Int32(line), endColumn: Int32(context.column), level: 1)
        let close = Token(kind: .rpar, start: Int32(end), end: Int32(end + 1), line: endLine,
                          column: endColumn, endLine: endLine, endColumn: endColumn + 1, level: 0)
        fieldTokens.insert(open, at: 0)
        fieldTokens.append(close)
        fieldTokens.append(Token(kind: .endMarker, start: endMarker.start, end: endMarker.end, line: endLine,
                                 column: endColumn + 1, endLine: endLine, endColumn: endColumn + 1))
        let parser = SyntaxParser(source: source, tokens: fieldTokens, lexFailure: nil, depth: depth + 1)
        parser.fieldContext = context
        do {
            let value = try parser.parseStarExpressions()
            guard parser.kind == .endMarker else { throw NoMatch() }
            return value
        } catch is NoMatch {
            throw parser.genericError()
        }
    }
}
