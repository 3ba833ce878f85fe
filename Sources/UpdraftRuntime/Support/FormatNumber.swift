// FormatNumber.swift — reproduces CPython 3.11's `format(value, spec)` for
// int, float and str (Python/formatter_unicode.c: format_long_internal,
// format_float_internal, format_string_internal and the
// _Py*_FormatAdvancedWriter dispatchers), including error texts and order.
// Callers handle the empty spec of non-exact types themselves
// (`format(True, '')` is `str(True)`, i.e. 'True').

import BigInt

// MARK: - int

/// `format(v, spec)` for an int (`typeName` is used in error messages, e.g. "bool").
/// Decimal output longer than `maxStrDigits` digits throws CPython's
/// "Exceeds the limit (4300 digits) ..." ValueError (0 disables the check).
public func formatInt(_ v: BigInt, _ spec: FormatSpec, typeName: String = "int",
                      maxStrDigits: Int = pyDefaultMaxStrDigits) throws -> String {
    if spec.hasInvalidTail { throw spec.invalidTailError(typeName) }
    let type = spec.type ?? "d"
    switch type {
    case "b", "c", "d", "o", "x", "X", "n":
        if type == "c" { return try formatCharacter(v, spec) }
        return try formatLongInternal(negative: v.sign == .minus && !v.isZero, spec, type: type) { radix in
            if radix == 10, let message = pyIntStrDigitsError(v, limit: maxStrDigits) {
                throw FormatError(message)
            }
            return pyUIntToString(v.magnitude, radix: radix)
        }
    case "e", "E", "f", "F", "g", "G", "%":
        guard let d = pyBigIntToDouble(v) else {
            throw FormatError("int too large to convert to float", exceptionType: "OverflowError")
        }
        return try formatFloatInternal(d, spec, type: type)
    default:
        throw unknownFormatCode(type, typeName)
    }
}

/// `format(v, spec)` for a machine-sized int.
public func formatInt(_ v: Int, _ spec: FormatSpec, typeName: String = "int") throws -> String {
    if spec.isEmpty { return String(v) }
    let type = spec.type ?? "d"
    if !spec.hasInvalidTail && (type == "b" || type == "d" || type == "o" || type == "x" || type == "X" || type == "n") {
        return try formatLongInternal(negative: v < 0, spec, type: type) { radix in
            String(v.magnitude, radix: radix)
        }
    }
    return try formatInt(BigInt(v), spec, typeName: typeName)
}

/// `format(v, specText)`: parses and formats.
public func formatInt(_ v: BigInt, spec text: String, typeName: String = "int",
                      maxStrDigits: Int = pyDefaultMaxStrDigits) throws -> String {
    if text.isEmpty {
        if let message = pyIntStrDigitsError(v, limit: maxStrDigits) { throw FormatError(message) }
        return pyIntToString(v, radix: 10, prefix: false)
    }
    return try formatInt(v, try FormatSpec.parse(text), typeName: typeName, maxStrDigits: maxStrDigits)
}

private func checkIntegerSpec(_ spec: FormatSpec) throws {
    if spec.precision != nil {
        throw FormatError("Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
        throw FormatError("Negative zero coercion (z) not allowed in integer format specifier")
    }
}

/// Type 'c': the character with that code point.
private func formatCharacter(_ v: BigInt, _ spec: FormatSpec) throws -> String {
    try checkIntegerSpec(spec)
    var parts = NumberParts()
    if spec.sign != nil {
        throw FormatError("Sign not allowed with integer format specifier 'c'")
    }
    if spec.alternate {
        throw FormatError("Alternate form (#) not allowed with integer format specifier 'c'")
    }
    guard let x = Int(exactly: v) else {
        throw FormatError("Python int too large to convert to C long", exceptionType: "OverflowError")
    }
    guard x >= 0 && x <= 0x10FFFF else {
        throw FormatError("%c arg not in range(0x110000)", exceptionType: "OverflowError")
    }
    // Lone surrogates cannot live in a Swift String: U+FFFD stands in.
    let scalar = Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}"
    parts.remainder = [scalar]
    return try renderNumber(parts, spec: spec, grouping: nil, toUpper: false)
}

/// `format_long_internal` for types b d o x X n; `digits(radix)` gives the magnitude's digits.
private func formatLongInternal(negative: Bool, _ spec: FormatSpec, type: Unicode.Scalar,
                                digits: (Int) throws -> String) throws -> String {
    try checkIntegerSpec(spec)
    var parts = NumberParts()
    var grouping: DigitGrouping? = nil
    let base: Int
    switch type {
    case "b": base = 2
    case "o": base = 8
    case "x", "X": base = 16
    default: base = 10
    }
    if spec.alternate && base != 10 {
        parts.prefix = base == 2 ? ["0", "b"] : base == 8 ? ["0", "o"] : ["0", "x"]
    }
    if spec.sign != "+" && spec.sign != " " && spec.width == nil && type != "X" && type != "n"
        && spec.grouping == nil {
        // CPython's fast path
        let pre = !spec.alternate ? "" : base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : ""
        return (negative ? "-" : "") + pre + (try digits(base))
    }
    parts.negative = negative
    let text = try digits(base)
    parts.digits = Array(text.unicodeScalars)[...]
    if type != "n", let g = spec.grouping {
        grouping = DigitGrouping(separator: g, size: (g == "_" && base != 10) ? 4 : 3)
    }
    return try renderNumber(parts, spec: spec, grouping: grouping, toUpper: type == "X")
}

// MARK: - float

/// `format(v, spec)` for a float.
public func formatFloat(_ v: Double, _ spec: FormatSpec, typeName: String = "float") throws -> String {
    if spec.hasInvalidTail { throw spec.invalidTailError(typeName) }
    var type = spec.type
    if let t = type {
        switch t {
        case "e", "E", "f", "F", "g", "G", "n", "%": break
        case "\0": type = nil    // CPython's "no type" is a NUL character
        default: throw unknownFormatCode(t, typeName)
        }
    }
    return try formatFloatInternal(v, spec, type: type)
}

/// `format(v, specText)`: parses and formats.
public func formatFloat(_ v: Double, spec text: String, typeName: String = "float") throws -> String {
    if text.isEmpty { return pyFloatRepr(v) }
    return try formatFloat(v, try FormatSpec.parse(text), typeName: typeName)
}

private func formatFloatInternal(_ value: Double, _ spec: FormatSpec, type specType: Unicode.Scalar?) throws -> String {
    if let p = spec.precision, p > Int(Int32.max) {
        throw FormatError("precision too big")
    }
    if let p = spec.precision, p > pyFormatMaxLength {
        throw FormatError("", exceptionType: "MemoryError")
    }
    var val = value
    var type: Unicode.Scalar = specType ?? "r"
    var defaultPrecision = 6
    var addDot0 = false
    var addPercent = false
    if specType == nil {
        addDot0 = true
        defaultPrecision = 0
    }
    if type == "n" { type = "g" }
    if type == "%" {
        type = "f"
        val *= 100
        addPercent = true
    }
    var precision = defaultPrecision
    if let p = spec.precision {
        precision = p
        if type == "r" { type = "g" }
    }
    var text = pyDoubleToString(val, code: Character(type), precision: precision,
                                addDot0: addDot0, alternate: spec.alternate,
                                noNegativeZero: spec.noNegativeZero)
    if addPercent { text += "%" }
    if spec.sign != "+" && spec.sign != " " && spec.width == nil && specType != "n" && spec.grouping == nil {
        return text   // CPython's fast path: nothing to pad, group or sign
    }

    let scalars = Array(text.unicodeScalars)
    var parts = NumberParts()
    var index = 0
    if scalars.first == "-" {
        parts.negative = true
        index = 1
    }
    var pos = index
    while pos < scalars.count, scalars[pos].value >= 48 && scalars[pos].value <= 57 { pos += 1 }
    parts.digits = scalars[index..<pos]
    if pos < scalars.count && scalars[pos] == "." {
        parts.hasDecimal = true
        pos += 1
    }
    parts.remainder = scalars[pos...]
    var grouping: DigitGrouping? = nil
    if specType != "n", let g = spec.grouping {
        grouping = DigitGrouping(separator: g, size: 3)
    }
    return try renderNumber(parts, spec: spec, grouping: grouping, toUpper: false)
}

// MARK: - str

/// `format(v, spec)` for a str.
public func formatString(_ v: String, _ spec: FormatSpec, typeName: String = "str") throws -> String {
    if spec.hasInvalidTail { throw spec.invalidTailError(typeName) }
    if let g = spec.grouping, spec.type == nil {
        throw FormatError("Cannot specify '\(g)' with 's'.")
    }
    if let t = spec.type, t != "s" { throw unknownFormatCode(t, typeName) }
    if let s = spec.sign {
        throw FormatError(s == " " ? "Space not allowed in string format specifier"
                                   : "Sign not allowed in string format specifier")
    }
    if spec.noNegativeZero {
        throw FormatError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
        throw FormatError("Alternate form (#) not allowed in string format specifier")
    }
    let align = spec.effectiveAlign(default: "<")
    if align == "=" {
        throw FormatError("'=' alignment not allowed in string format specifier")
    }
    let scalars = v.unicodeScalars
    var len = scalars.count
    let width = spec.width ?? -1
    if width <= len && (spec.precision == nil || (spec.precision ?? 0) >= len) {
        return v
    }
    var end = scalars.endIndex
    if let p = spec.precision, len >= p {
        len = p
        end = scalars.index(scalars.startIndex, offsetBy: p)
    }
    return try padText(scalars[scalars.startIndex..<end], length: len, width: width,
                       align: align, fill: spec.effectiveFill)
}

/// `format(v, specText)`: parses and formats.
public func formatString(_ v: String, spec text: String, typeName: String = "str") throws -> String {
    if text.isEmpty { return v }
    return try formatString(v, try FormatSpec.parse(text), typeName: typeName)
}
