// Operators and delimiters in the tokenizer, with CPython's bracket matching errors
// ("unmatched ')'", "closing parenthesis ']' does not match opening parenthesis '('").

extension Lexer {
    mutating func lexOperator(_ c: UInt32, start: Int) -> Bool {
        let column = start - lineStart
        let c2 = peek()
        let c3 = peek(1)
        var kind: TokenKind = .unknownOperator
        var length = 1
        switch c {
        case 0x28, 0x5B, 0x7B:  // ( [ {
            if brackets.count >= Lexer.maxBracketDepth {
                fail("too many nested parentheses")
                return true
            }
            brackets.append((Unicode.Scalar(c) ?? "(", line, column))
            kind = c == 0x28 ? .lpar : c == 0x5B ? .lsqb : .lbrace
        case 0x29, 0x5D, 0x7D:  // ) ] }
            let closing = Character(Unicode.Scalar(c) ?? ")")
            guard let open = brackets.popLast() else {
                fail("unmatched '\(closing)'")
                return true
            }
            let expected: UInt32 = open.char == "(" ? 0x29 : open.char == "[" ? 0x5D : 0x7D
            if c != expected {
                let opening = Character(open.char)
                if open.line != line {
                    fail("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)' on line \(open.line)")
                } else {
                    fail("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'")
                }
                return true
            }
            kind = c == 0x29 ? .rpar : c == 0x5D ? .rsqb : .rbrace
        case 0x3A: if c2 == 0x3D { kind = .colonEqual; length = 2 } else { kind = .colon }
        case 0x2C: kind = .comma
        case 0x3B: kind = .semi
        case 0x7E: kind = .tilde
        case 0x2B: if c2 == 0x3D { kind = .plusEqual; length = 2 } else { kind = .plus }
        case 0x2D:
            if c2 == 0x3D { kind = .minusEqual; length = 2 }
            else if c2 == 0x3E { kind = .arrow; length = 2 }
            else { kind = .minus }
        case 0x2A:
            if c2 == 0x2A {
                if c3 == 0x3D { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 }
            } else if c2 == 0x3D { kind = .starEqual; length = 2 } else { kind = .star }
        case 0x2F:
            if c2 == 0x2F {
                if c3 == 0x3D { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 }
            } else if c2 == 0x3D { kind = .slashEqual; length = 2 } else { kind = .slash }
        case 0x25: if c2 == 0x3D { kind = .percentEqual; length = 2 } else { kind = .percent }
        case 0x40: if c2 == 0x3D { kind = .atEqual; length = 2 } else { kind = .at }
        case 0x7C: if c2 == 0x3D { kind = .vbarEqual; length = 2 } else { kind = .vbar }
        case 0x26: if c2 == 0x3D { kind = .amperEqual; length = 2 } else { kind = .amper }
        case 0x5E: if c2 == 0x3D { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case 0x3D: if c2 == 0x3D { kind = .equalEqual; length = 2 } else { kind = .equal }
        case 0x21: if c2 == 0x3D { kind = .notEqual; length = 2 }
        case 0x3C:
            if c2 == 0x3C {
                if c3 == 0x3D { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 }
            } else if c2 == 0x3D { kind = .lessEqual; length = 2 }
            else if c2 == 0x3E { kind = .lessGreater; length = 2 }
            else { kind = .less }
        case 0x3E:
            if c2 == 0x3E {
                if c3 == 0x3D { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 }
            } else if c2 == 0x3D { kind = .greaterEqual; length = 2 } else { kind = .greater }
        default:
            if c < 0x20 || c == 0x7F {
                let hex = String(c, radix: 16, uppercase: true)
                fail("invalid non-printable character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)")
                return true
            }
        }
        pos += length - 1
        emit(kind, from: start, line: line, column: column)
        return false
    }
}
