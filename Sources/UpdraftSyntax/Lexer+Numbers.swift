// Number literals in the tokenizer, following CPython's tok_get digit by digit so that bad
// literals get its messages and carets ("invalid decimal literal", "invalid digit '8' in
// octal literal", "leading zeros in decimal integer literals are not permitted ...").

extension Lexer {
    private static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isHexDigit(_ c: UInt32) -> Bool {
        isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    /// Digits with single underscores between them; returns the first character after, or
    /// nil after reporting `invalid decimal literal`.
    private mutating func decimalTail() -> UInt32? {
        var c: UInt32
        while true {
            repeat { c = nextc() } while Lexer.isDigit(c)
            if c != 0x5F { break }
            c = nextc()
            if !Lexer.isDigit(c) {
                backup(c)
                fail("invalid decimal literal")
                return nil
            }
        }
        return c
    }

    /// CPython's `verify_end_of_number`: a letter glued to a number is an error, except the
    /// keywords that may follow a number in valid code (`1if x else y`).
    private mutating func verifyEndOfNumber(_ c: UInt32, _ kind: String) -> Bool {
        let next = peek()
        var keywordFollows = false
        switch c {
        case 0x61: keywordFollows = lookahead("nd")
        case 0x65: keywordFollows = lookahead("lse")
        case 0x66: keywordFollows = lookahead("or")
        case 0x69: keywordFollows = next == 0x66 || next == 0x6E || next == 0x73
        case 0x6F: keywordFollows = lookahead("r")
        case 0x6E: keywordFollows = lookahead("ot")
        default: break
        }
        if keywordFollows { return true }
        if isIdentifierChar(c) {
            backup(c)
            fail("invalid \(kind) literal")
            return false
        }
        return true
    }

    private func lookahead(_ text: String) -> Bool {
        var i = 0
        for scalar in text.unicodeScalars {
            if peek(i) != scalar.value { return false }
            i += 1
        }
        return true
    }

    mutating func lexNumber(first: UInt32, start: Int) -> Bool {
        numberStart = start
        if scanNumber(first: first) {
            emit(.number, from: start, line: line, column: start - lineStart)
            return false
        }
        return true
    }

    /// Scans the rest of a number; on success `pos` is just past it. False after an error.
    private mutating func scanNumber(first: UInt32) -> Bool {
        var c = first
        if c == 0x2E {
            c = nextc()
            return scanFraction(c)
        }
        if c == 0x30 {
            c = nextc()
            if c == 0x78 || c == 0x58 { return scanRadix(16, "hexadecimal") }
            if c == 0x6F || c == 0x4F { return scanRadix(8, "octal") }
            if c == 0x62 || c == 0x42 { return scanRadix(2, "binary") }
            var nonzero = false
            while true {
                if c == 0x5F {
                    c = nextc()
                    if !Lexer.isDigit(c) {
                        backup(c)
                        fail("invalid decimal literal")
                        return false
                    }
                }
                if c != 0x30 { break }
                c = nextc()
            }
            let zerosEnd = pos
            if Lexer.isDigit(c) {
                nonzero = true
                guard let tail = decimalTail() else { return false }
                c = tail
            }
            if c == 0x2E {
                return scanFraction(nextc())
            } else if c == 0x65 || c == 0x45 {
                return scanExponent(c)
            } else if c == 0x6A || c == 0x4A {
                return scanImaginary()
            } else if nonzero {
                backup(c)
                fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                     offset: numberStart - lineStart + 1, endOffset: zerosEnd - lineStart)
                return false
            }
            guard verifyEndOfNumber(c, "decimal") else { return false }
            backup(c)
            return true
        }
        guard let tail = decimalTail() else { return false }
        c = tail
        if c == 0x2E { return scanFraction(nextc()) }
        if c == 0x65 || c == 0x45 { return scanExponent(c) }
        if c == 0x6A || c == 0x4A { return scanImaginary() }
        guard verifyEndOfNumber(c, "decimal") else { return false }
        backup(c)
        return true
    }

    private mutating func scanFraction(_ first: UInt32) -> Bool {
        var c = first
        if Lexer.isDigit(c) {
            guard let tail = decimalTail() else { return false }
            c = tail
        }
        if c == 0x65 || c == 0x45 { return scanExponent(c) }
        if c == 0x6A || c == 0x4A { return scanImaginary() }
        guard verifyEndOfNumber(c, "decimal") else { return false }
        backup(c)
        return true
    }

    private mutating func scanExponent(_ e: UInt32) -> Bool {
        var c = nextc()
        if c == 0x2B || c == 0x2D {
            c = nextc()
            if !Lexer.isDigit(c) {
                backup(c)
                fail("invalid decimal literal")
                return false
            }
        } else if !Lexer.isDigit(c) {
            backup(c)
            guard verifyEndOfNumber(e, "decimal") else { return false }
            backup(e)
            return true
        }
        guard let tail = decimalTail() else { return false }
        c = tail
        if c == 0x6A || c == 0x4A { return scanImaginary() }
        guard verifyEndOfNumber(c, "decimal") else { return false }
        backup(c)
        return true
    }

    private mutating func scanImaginary() -> Bool {
        let c = nextc()
        guard verifyEndOfNumber(c, "imaginary") else { return false }
        backup(c)
        return true
    }

    private mutating func scanRadix(_ radix: Int, _ name: String) -> Bool {
        func isRadixDigit(_ c: UInt32) -> Bool {
            radix == 16 ? Lexer.isHexDigit(c) : (c >= 0x30 && c < 0x30 + UInt32(radix))
        }
        var c = nextc()
        repeat {
            if c == 0x5F { c = nextc() }
            if !isRadixDigit(c) {
                if radix != 16 && Lexer.isDigit(c) {
                    fail("invalid digit '\(Character(Unicode.Scalar(c) ?? "?"))' in \(name) literal")
                } else {
                    backup(c)
                    fail("invalid \(name) literal")
                }
                return false
            }
            repeat { c = nextc() } while isRadixDigit(c)
        } while c == 0x5F
        if radix != 16 && Lexer.isDigit(c) {
            fail("invalid digit '\(Character(Unicode.Scalar(c) ?? "?"))' in \(name) literal")
            return false
        }
        guard verifyEndOfNumber(c, name) else { return false }
        backup(c)
        return true
    }

}
