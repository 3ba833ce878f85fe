// printf-style `str % args`, following CPython's PyUnicode_Format (Objects/unicodeobject.c):
// the same argument consumption (tuple, single value, mapping for `%(name)s`), the same
// parsing order, the same padding rules and the same error messages. Floats are formatted by
// the format-spec library; integers, characters and strings here. `bytes % args`
// (CPython's _PyBytes_FormatEx) runs the same code on the bytes as Latin-1 code points, with
// the bytes rules for %s/%b, %r/%a and %c.

import BigInt

private struct PercentFlags {
    var leftJustify = false   // '-'
    var sign = false          // '+'
    var blank = false         // ' '
    var alternate = false     // '#'
    var zero = false          // '0'
}

/// The argument source of one formatting operation (CPython's `unicode_formatter_t`).
private struct PercentArgs {
    var args: Value
    var tuple: [Value]?
    var argLength: Int
    var argIndex: Int
    let dict: Value?

    init(_ args: Value, bytesMode: Bool) {
        self.args = args
        if case .object(let o) = args, let t = o as? PyTuple {
            tuple = t.items
            argLength = t.items.count
            argIndex = 0
        } else {
            tuple = nil
            argLength = -1
            argIndex = -2
        }
        dict = PercentArgs.isMapping(args, bytesMode: bytesMode) ? args : nil
    }

    /// CPython's `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`
    /// (and neither bytes nor bytearray when formatting bytes).
    static func isMapping(_ v: Value, bytesMode: Bool) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyTuple, is PyStr: return false
        case is PyByteSequence: return !bytesMode
        case is PyDict, is PyList, is PyRange: return true
        default:
            if let cls = userClass(v) { return cls.lookup("__getitem__") != nil }
            return false
        }
    }

    mutating func next() throws -> Value {
        let i = argIndex
        if i < argLength {
            argIndex += 1
            if argLength < 0 { return args }
            return tuple?[i] ?? .none
        }
        throw PythonError.typeError("not enough arguments for format string")
    }

    /// `%(key)`: the rest of this conversion takes the looked-up value as its only argument.
    mutating func select(_ value: Value) {
        args = value
        tuple = nil
        argLength = -1
        argIndex = -2
    }
}

public func percentFormat(_ format: String, _ args: Value) throws -> String {
    String(try percentFormatCore(Array(format.unicodeScalars), args, bytesMode: false))
}

/// `bytes % args`.
public func percentFormatBytes(_ format: [UInt8], _ args: Value) throws -> [UInt8] {
    let out = try percentFormatCore(format.map { Unicode.Scalar($0) }, args, bytesMode: true)
    return out.map { UInt8(truncatingIfNeeded: $0.value) }
}

/// Bytes as a string of the code points U+0000...U+00FF (Latin-1).
private func latin1String(_ bytes: [UInt8]) -> String {
    var s = String.UnicodeScalarView()
    for b in bytes { s.append(Unicode.Scalar(b)) }
    return String(s)
}

private func percentFormatCore(_ f: [Unicode.Scalar], _ args: Value, bytesMode: Bool) throws -> String.UnicodeScalarView {
    var ctx = PercentArgs(args, bytesMode: bytesMode)
    var out = String.UnicodeScalarView()
    var pos = 0
    let end = f.count
    while pos < end {
        if f[pos] != "%" {
            let start = pos
            while pos < end && f[pos] != "%" { pos += 1 }
            out.append(contentsOf: f[start..<pos])
            continue
        }
        pos += 1
        if pos >= end { throw PythonError.valueError("incomplete format") }
        if f[pos] == "%" {
            out.append("%")
            pos += 1
            continue
        }

        // Mapping key.
        if f[pos] == "(" {
            guard let dict = ctx.dict else { throw PythonError.typeError("format requires a mapping") }
            pos += 1
            let keyStart = pos
            var depth = 1
            while depth > 0 && pos < end {
                if f[pos] == ")" { depth -= 1 } else if f[pos] == "(" { depth += 1 }
                pos += 1
            }
            if depth > 0 { throw PythonError.valueError("incomplete format key") }
            let keyScalars = f[keyStart..<(pos - 1)]
            let key: Value = bytesMode ? .bytes(keyScalars.map { UInt8(truncatingIfNeeded: $0.value) })
                                       : .str(makeString(keyScalars))
            ctx.select(try getItem(dict, key))
        }

        // Flags.
        var flags = PercentFlags()
        flagLoop: while pos < end {
            switch f[pos] {
            case "-": flags.leftJustify = true
            case "+": flags.sign = true
            case " ": flags.blank = true
            case "#": flags.alternate = true
            case "0": flags.zero = true
            default: break flagLoop
            }
            pos += 1
        }

        // Width.
        var width = -1
        if pos < end && f[pos] == "*" {
            pos += 1
            width = try starArgument(try ctx.next())
            if width < 0 {
                flags.leftJustify = true
                width = width == Int.min ? Int.max : -width
            }
        } else {
            while pos < end, let d = asciiDigit(f[pos]) {
                let (m, o1) = max(width, 0).multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { throw PythonError.valueError("width too big") }
                width = a
                pos += 1
            }
        }

        // Precision.
        var precision = -1
        if pos < end && f[pos] == "." {
            pos += 1
            precision = 0
            if pos < end && f[pos] == "*" {
                pos += 1
                let p = try starArgument(try ctx.next())
                if p > Int(Int32.max) || p < Int(Int32.min) {
                    throw PythonError.overflowError("Python int too large to convert to C int")
                }
                precision = max(0, p)
            } else {
                while pos < end, let d = asciiDigit(f[pos]) {
                    let (m, o1) = precision.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(d)
                    if o1 || o2 || a > Int(Int32.max) { throw PythonError.valueError("precision too big") }
                    precision = a
                    pos += 1
                }
            }
        }

        // Length modifier (ignored), then the conversion character.
        if pos < end && (f[pos] == "h" || f[pos] == "l" || f[pos] == "L") { pos += 1 }
        if pos >= end { throw PythonError.valueError("incomplete format") }
        let conversion = f[pos]
        pos += 1

        let value = try ctx.next()
        try checkStringLength(width)
        try checkStringLength(precision)
        var body: String
        var numeric = false
        switch conversion {
        case "s" where bytesMode, "b" where bytesMode:
            body = latin1String(try percentBytesArgument(value))
        case "r" where bytesMode:
            body = try asciiRepr(value)
        case "c" where bytesMode:
            body = latin1String([try percentByte(value)])
        case "s":
            body = try str(value)
        case "r":
            body = try repr(value)
        case "a":
            body = try asciiRepr(value)
        case "d", "i", "u", "o", "x", "X":
            body = try formatPercentInt(value, conversion, precision: precision, alternate: flags.alternate)
            numeric = true
        case "e", "E", "f", "F", "g", "G":
            body = try formatPercentFloat(value, conversion, precision: precision, flags: flags)
            numeric = true
        case "c":
            body = try percentChar(value)
        default:
            let v = conversion.value
            let shown = v >= 32 && v <= 126 ? String(Character(conversion)) : "?"
            throw PythonError.valueError("unsupported format character '\(shown)' (0x\(String(v, radix: 16))) at index \(pos - 1)")
        }
        if precision >= 0 && (conversion == "s" || conversion == "r" || conversion == "a" || conversion == "b") {
            let sc = body.unicodeScalars
            if sc.count > precision { body = makeString(sc.prefix(precision)) }
        }
        writePadded(&out, body, conversion: conversion, numeric: numeric, flags: flags, width: width)
    }
    if ctx.argIndex < ctx.argLength && ctx.dict == nil {
        throw PythonError.typeError("not all arguments converted during \(bytesMode ? "bytes" : "string") formatting")
    }
    return out
}

/// `%s`/`%b` of bytes formatting: a bytes-like object or one with `__bytes__`.
private func percentBytesArgument(_ v: Value) throws -> [UInt8] {
    if let b = bytesLike(v) { return b }
    if userClass(v) != nil, let r = try callSpecial(v, "__bytes__", []) {
        guard let b = r.asObject as? PyBytes else {
            throw PythonError.typeError("__bytes__ returned non-bytes (type \(r.typeName))")
        }
        return b.value
    }
    throw PythonError.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(v.typeName)'")
}

/// `%c` of bytes formatting: an int in range(256) or a single byte.
private func percentByte(_ v: Value) throws -> UInt8 {
    if let b = bytesLike(v) {
        guard b.count == 1 else { throw PythonError.typeError("%c requires an integer in range(256) or a single byte") }
        return b[0]
    }
    let code: Int
    switch v {
    case .int(let i): code = i
    case .bool(let b): code = b ? 1 : 0
    case .object(let o) where o is PyInt: throw PythonError.overflowError("%c arg not in range(256)")
    default:
        guard userClass(v) != nil else {
            throw PythonError.typeError("%c requires an integer in range(256) or a single byte")
        }
        do {
            code = try indexValue(v)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("%c requires an integer in range(256) or a single byte")
        }
    }
    guard let b = UInt8(exactly: code) else { throw PythonError.overflowError("%c arg not in range(256)") }
    return b
}

@inline(__always)
private func asciiDigit(_ c: Unicode.Scalar) -> Int? {
    c.value >= 48 && c.value <= 57 ? Int(c.value) - 48 : nil
}

/// A `*` width or precision: must be an int.
private func starArgument(_ v: Value) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o is PyInt:
        throw PythonError.overflowError("Python int too large to convert to C ssize_t")
    default: throw PythonError.typeError("* wants int")
    }
}

/// `%d %i %u %o %x %X`: sign, optional `0x`/`0o` prefix, digits zero-extended to `precision`.
private func formatPercentInt(_ v: Value, _ conversion: Unicode.Scalar, precision: Int, alternate: Bool) throws -> String {
    let isRadix = conversion == "o" || conversion == "x" || conversion == "X"
    var big: BigInt
    if let b = v.bigIntValue {
        big = b
    } else {
        let wrongType = PythonError.typeError(isRadix
            ? "%\(Character(conversion)) format: an integer is required, not \(v.typeName)"
            : "%\(Character(conversion)) format: a real number is required, not \(v.typeName)")
        if isRadix {
            do {
                big = BigInt(try indexValue(v))
            } catch let e as PythonError where e.isInstance(of: .typeError) {
                throw wrongType
            }
        } else {
            switch v {
            case .float(let d):
                if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw PythonError.overflowError("cannot convert float infinity to integer") }
                big = pyFloatToBigInt(d.rounded(.towardZero)) ?? 0
            default:
                guard userClass(v) != nil else { throw wrongType }
                let r: Value
                if let i = try callSpecial(v, "__int__", []) {
                    r = i
                } else if let i = try callSpecial(v, "__index__", []) {
                    r = i
                } else {
                    throw wrongType
                }
                guard let b = r.bigIntValue else {
                    throw PythonError.typeError("__int__ returned non-int (type \(r.typeName))")
                }
                big = b
            }
        }
    }
    let radix = conversion == "o" ? 8 : (isRadix ? 16 : 10)
    var digits = pyIntToString(BigInt(big.magnitude), radix: radix, prefix: false)
    if conversion == "X" { digits = digits.uppercased() }
    if precision > digits.count {
        digits = String(repeating: "0", count: precision - digits.count) + digits
    }
    var prefix = ""
    if alternate && isRadix { prefix = conversion == "o" ? "0o" : (conversion == "x" ? "0x" : "0X") }
    return (big.sign == .minus && !big.isZero ? "-" : "") + prefix + digits
}

/// `%e %f %g` and capitals: through the format-spec library, without width (padding is ours).
private func formatPercentFloat(_ v: Value, _ conversion: Unicode.Scalar, precision: Int, flags: PercentFlags) throws -> String {
    let d: Double
    if let x = try toDoubleIfNumeric(v) {
        d = x
    } else if userClass(v) != nil, let r = try callSpecial(v, "__float__", []) {
        guard case .float(let x) = r else {
            throw PythonError.typeError("\(v.typeName).__float__ returned non-float (type \(r.typeName))")
        }
        d = x
    } else if userClass(v) != nil, let r = try callSpecial(v, "__index__", []) {
        guard let x = try toDoubleIfNumeric(r), r.isIntegral else {
            throw PythonError.typeError("__index__ returned non-int (type \(r.typeName))")
        }
        d = x
    } else if case .object(let o) = v, let x = try o.pyFloat() {
        d = x
    } else {
        throw PythonError.typeError("must be real number, not \(v.typeName)")
    }
    var spec = flags.sign ? "+" : ""
    if flags.alternate { spec += "#" }
    spec += ".\(precision < 0 ? 6 : precision)"
    spec.unicodeScalars.append(conversion)
    return try runFormat { try formatFloat(d, try FormatSpec.parse(spec)) }
}

/// `%c`: a one-character str or a code point.
private func percentChar(_ v: Value) throws -> String {
    switch v {
    case .int, .bool:
        break
    case .object(let o):
        if let s = o as? PyStr {
            guard s.count == 1 else { throw PythonError.typeError("%c requires int or char") }
            return s.value
        }
        if o is PyInt { throw PythonError.overflowError("%c arg not in range(0x110000)") }
    default:
        throw PythonError.typeError("%c requires int or char")
    }
    let code: Int
    do {
        code = try indexValue(v)
    } catch let e as PythonError where e.isInstance(of: .typeError) {
        throw PythonError.typeError("%c requires int or char")
    } catch let e as PythonError where e.isInstance(of: .indexError) {
        throw PythonError.overflowError("%c arg not in range(0x110000)")
    }
    guard code >= 0, code < 0x110000, let sc = Unicode.Scalar(UInt32(code)) else {
        if code >= 0xD800 && code < 0xE000 { return "\u{FFFD}" }
        throw PythonError.overflowError("%c arg not in range(0x110000)")
    }
    return String(sc)
}

/// CPython's `unicode_format_arg_output`: sign and `0x` prefix before zero padding, spaces
/// before them otherwise, and left justification with spaces.
private func writePadded(_ out: inout String.UnicodeScalarView, _ text: String, conversion: Unicode.Scalar,
                         numeric: Bool, flags: PercentFlags, width: Int) {
    var body = Substring(text).unicodeScalars[...]
    var signChar: Unicode.Scalar?
    var useSign = numeric
    let fill: Unicode.Scalar = numeric && flags.zero && !flags.leftJustify ? "0" : " "
    if useSign {
        if let f = body.first, f == "-" || f == "+" {
            signChar = f
            body = body.dropFirst()
        } else if flags.sign {
            signChar = "+"
        } else if flags.blank {
            signChar = " "
        } else {
            useSign = false
        }
    }
    var len = body.count
    var w = max(width, len)
    if useSign, let sc = signChar {
        if fill != " " { out.append(sc) }
        if w > len { w -= 1 }
    }
    let hasPrefix = flags.alternate && (conversion == "x" || conversion == "X" || conversion == "o")
    var prefix = Substring.UnicodeScalarView()
    if hasPrefix {
        prefix = body.prefix(2)
        body = body.dropFirst(2)
        if fill != " " { out.append(contentsOf: prefix) }
        w = max(0, w - 2)
        len -= 2
    }
    if w > len && !flags.leftJustify {
        out.append(contentsOf: repeatElement(fill, count: w - len))
        w = len
    }
    if fill == " " {
        if useSign, let sc = signChar { out.append(sc) }
        if hasPrefix { out.append(contentsOf: prefix) }
    }
    out.append(contentsOf: body)
    if w > len { out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: w - len)) }
}
