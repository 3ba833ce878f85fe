// NUMBER tokens -> constants. The lexer has already checked the spelling, so only the value
// is computed here: ints that do not fit 64 bits stay as text for the runtime's big integers.

extension SyntaxParser {
    func parseNumber(_ t: Token) throws -> Constant {
        var scalars = String.UnicodeScalarView()
        for scalar in source.scalars[Int(t.start)..<Int(t.end)] where scalar != "_" {
            scalars.append(scalar)
        }
        let text = String(scalars)
        return NumberLiteral.value(of: text)
    }
}

enum NumberLiteral {
    /// The value of a valid Python number literal with underscores already removed.
    static func value(of text: String) -> Constant {
        let chars = Array(text.unicodeScalars)
        guard let last = chars.last else { return .int(0) }
        if last == "j" || last == "J" {
            return .imaginary(Double(String(text.dropLast())) ?? .infinity)
        }
        if chars.count > 2, chars[0] == "0" {
            switch chars[1] {
            case "x", "X": return radixValue(chars, radix: 16, text: text)
            case "o", "O": return radixValue(chars, radix: 8, text: text)
            case "b", "B": return radixValue(chars, radix: 2, text: text)
            default: break
            }
        }
        if chars.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return .float(Double(text) ?? .infinity)
        }
        if let value = Int(text) { return .int(value) }
        var trimmed = Substring(text)
        while trimmed.count > 1, trimmed.first == "0" { trimmed = trimmed.dropFirst() }
        return .bigInt(String(trimmed))
    }

    private static func radixValue(_ chars: [Unicode.Scalar], radix: UInt64, text: String) -> Constant {
        var value: UInt64 = 0
        for scalar in chars[2...] {
            guard let digit = digitValue(scalar) else { continue }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { return .bigInt(text) }
            value = sum
        }
        if value > UInt64(Int.max) { return .bigInt(text) }
        return .int(Int(value))
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x61...0x66: return scalar.value - 0x61 + 10
        case 0x41...0x46: return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}
