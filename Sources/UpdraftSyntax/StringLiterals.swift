// STRING tokens -> constants: prefixes, escape sequences, and implicit concatenation of
// adjacent literals (f-strings included; their fields are parsed in FString.swift).

/// What a string token's prefix says and where its body lies in the source.
struct StringToken {
    var isBytes = false
    var isRaw = false
    var isFormatted = false
    var bodyStart: Int
    var bodyEnd: Int

    init(_ t: Token, in chars: [Unicode.Scalar]) {
        var i = Int(t.start)
        while i < Int(t.end), chars[i] != "'" && chars[i] != "\"" {
            switch chars[i] {
            case "b", "B": isBytes = true
            case "r", "R": isRaw = true
            case "f", "F": isFormatted = true
            default: break
            }
            i += 1
        }
        let quote = i < chars.count ? chars[i] : "\""
        let triple = Int(t.end) - i >= 6 && chars[i + 1] == quote && chars[i + 2] == quote
        let quoteSize = triple ? 3 : 1
        bodyStart = i + quoteSize
        bodyEnd = max(bodyStart, Int(t.end) - quoteSize)
    }
}

/// Why an escape sequence could not be decoded; the parser turns it into a SyntaxError.
struct EscapeError: Error {
    var message: String
}

extension SyntaxParser {
    /// strings: STRING+ — adjacent literals concatenate; any f-string makes the whole a
    /// JoinedStr; bytes and str may not mix.
    func parseStrings() throws -> Expr {
        let startIndex = pos
        var pieces: [Token] = []
        while kind == .string { pieces.append(advance()) }
        let location = span(from: startIndex)
        let infos = pieces.map { StringToken($0, in: source.scalars) }
        let bytesCount = infos.filter(\.isBytes).count
        if bytesCount != 0 && bytesCount != infos.count {
            throw errorAtLastToken("cannot mix bytes and nonbytes literals")
        }
        if bytesCount != 0 {
            var bytes: [UInt8] = []
            for (piece, info) in zip(pieces, infos) { bytes += try decodeBytes(piece, info) }
            return Expr(.constant(.bytes(bytes)), location)
        }
        guard infos.contains(where: \.isFormatted) else {
            var text = String.UnicodeScalarView()
            for info in infos { try decodeString(info, into: &text) }
            return Expr(.constant(.string(String(text))), location)
        }
        var builder = FStringBuilder()
        for (piece, info) in zip(pieces, infos) {
            if info.isFormatted {
                try parseFString(piece, info, into: &builder)
            } else {
                var text = String.UnicodeScalarView()
                try decodeString(info, into: &text)
                builder.appendLiteral(text)
            }
        }
        return Expr(.joinedString(builder.finish()), location)
    }

    func decodeString(_ info: StringToken, into text: inout String.UnicodeScalarView) throws {
        try decodeString(from: info.bodyStart, to: info.bodyEnd, raw: info.isRaw, into: &text)
    }

    func decodeString(from start: Int, to end: Int, raw: Bool, into text: inout String.UnicodeScalarView) throws {
        let chars = source.scalars
        if raw || !chars[start..<end].contains("\\") {
            text.append(contentsOf: chars[start..<end])
            return
        }
        do {
            try StringEscapes.decode(chars, start, end, into: &text)
        } catch let error as EscapeError {
            throw errorAtLastToken(error.message)
        }
    }

    private func decodeBytes(_ t: Token, _ info: StringToken) throws -> [UInt8] {
        let chars = source.scalars
        if chars[info.bodyStart..<info.bodyEnd].contains(where: { $0.value >= 0x80 }) {
            throw errorAt(t, "bytes can only contain ASCII literal characters")
        }
        if info.isRaw { return chars[info.bodyStart..<info.bodyEnd].map { UInt8($0.value) } }
        do {
            return try StringEscapes.decodeBytes(chars, info.bodyStart, info.bodyEnd)
        } catch let error as EscapeError {
            throw errorAtLastToken(error.message)
        }
    }
}

/// Backslash escapes of str and bytes literals, as CPython's unicode-escape decoder.
enum StringEscapes {
    static func decode(_ chars: [Unicode.Scalar], _ start: Int, _ end: Int,
                       into text: inout String.UnicodeScalarView) throws {
        var i = start
        while i < end {
            let c = chars[i]
            guard c == "\\", i + 1 < end else {
                text.append(c)
                i += 1
                continue
            }
            let escapeStart = i
            let e = chars[i + 1]
            i += 2
            switch e {
            case "\n": break
            case "\\": text.append("\\")
            case "'": text.append("'")
            case "\"": text.append("\"")
            case "a": text.append("\u{07}")
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "n": text.append("\n")
            case "r": text.append("\r")
            case "t": text.append("\t")
            case "v": text.append("\u{0B}")
            case "0"..."7":
                var value = e.value - 0x30
                var count = 1
                while count < 3, i < end, ("0"..."7").contains(chars[i]) {
                    value = value * 8 + chars[i].value - 0x30
                    i += 1
                    count += 1
                }
                text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let count = e == "x" ? 2 : e == "u" ? 4 : 8
                var value: UInt32 = 0
                for _ in 0..<count {
                    guard i < end, let digit = hexValue(chars[i]) else {
                        let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                        throw unicodeError(chars, start, escapeStart, i, "truncated \(name) escape")
                    }
                    value = value * 16 + digit
                    i += 1
                }
                if value > 0x10FFFF { throw unicodeError(chars, start, escapeStart, i, "illegal Unicode character") }
                // Swift strings cannot hold lone surrogates; they become U+FFFD.
                text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "N":
                var j = i
                guard j < end, chars[j] == "{" else {
                    throw unicodeError(chars, start, escapeStart, j, "malformed \\N character escape")
                }
                j += 1
                let nameStart = j
                while j < end, chars[j] != "}" { j += 1 }
                guard j < end, j > nameStart else {
                    throw unicodeError(chars, start, escapeStart, j, "malformed \\N character escape")
                }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: chars[nameStart..<j])
                j += 1
                guard let scalar = UnicodeNames.scalar(named: String(name)) else {
                    throw unicodeError(chars, start, escapeStart, j, "unknown Unicode character name")
                }
                text.append(scalar)
                i = j
            default:
                // Unknown escapes keep their backslash (CPython only warns).
                text.append("\\")
                text.append(e)
            }
        }
    }

    static func decodeBytes(_ chars: [Unicode.Scalar], _ start: Int, _ end: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let c = chars[i]
            guard c == "\\", i + 1 < end else {
                out.append(UInt8(truncatingIfNeeded: c.value))
                i += 1
                continue
            }
            let escapeStart = i
            let e = chars[i + 1]
            i += 2
            switch e {
            case "\n": break
            case "\\": out.append(0x5C)
            case "'": out.append(0x27)
            case "\"": out.append(0x22)
            case "a": out.append(0x07)
            case "b": out.append(0x08)
            case "f": out.append(0x0C)
            case "n": out.append(0x0A)
            case "r": out.append(0x0D)
            case "t": out.append(0x09)
            case "v": out.append(0x0B)
            case "0"..."7":
                var value = e.value - 0x30
                var count = 1
                while count < 3, i < end, ("0"..."7").contains(chars[i]) {
                    value = value * 8 + chars[i].value - 0x30
                    i += 1
                    count += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case "x":
                guard i + 1 < end, let high = hexValue(chars[i]), let low = hexValue(chars[i + 1]) else {
                    throw EscapeError(message: "(value error) invalid \\x escape at position \(escapeStart - start)")
                }
                out.append(UInt8(high * 16 + low))
                i += 2
            default:
                out.append(0x5C)
                out.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
        return out
    }

    static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x61...0x66: return scalar.value - 0x61 + 10
        case 0x41...0x46: return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    /// CPython counts positions in its re-encoded buffer, where each non-ASCII character
    /// became a 10-byte `\UXXXXXXXX` escape.
    private static func unicodeError(_ chars: [Unicode.Scalar], _ start: Int, _ escapeStart: Int, _ end: Int,
                                     _ reason: String) -> EscapeError {
        func position(_ offset: Int) -> Int {
            var p = 0
            for i in start..<min(offset, chars.count) { p += chars[i].value < 0x80 ? 1 : 10 }
            return p
        }
        let from = position(escapeStart)
        let to = max(from, position(end) - 1)
        return EscapeError(message:
            "(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(to): \(reason)")
    }
}
