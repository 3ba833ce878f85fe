// `str.format`, `str.format_map` and `format(value, spec)` (also used for f-string fields).
// The parser follows CPython's Objects/stringlib/unicode_format.h step by step, so malformed
// format strings fail with the same message at the same point; value formatting goes through
// the FormatSpec library (Support/).

import BigInt

/// `format(v, spec)`: builtin types through the format-spec library, user classes through
/// their `__format__`, other objects only with an empty spec.
public func formatValue(_ v: Value, _ spec: String) throws -> String {
    switch v {
    case .int(let i):
        if spec.isEmpty { return String(i) }
        return try runFormat { try formatInt(BigInt(i), try FormatSpec.parse(spec)) }
    case .bool(let b):
        if spec.isEmpty { return b ? "True" : "False" }
        do {
            return try formatInt(b ? 1 : 0, try FormatSpec.parse(spec))
        } catch let e as FormatError {
            // bool formats as int, but CPython's messages name the actual type.
            let suffix = "for object of type 'int'"
            if e.message.hasSuffix(suffix) {
                throw PythonError.valueError(e.message.dropLast(suffix.count) + "for object of type 'bool'")
            }
            throw PythonError.valueError(e.message)
        }
    case .float(let d):
        if spec.isEmpty { return pyFloatRepr(d) }
        return try runFormat { try formatFloat(d, try FormatSpec.parse(spec)) }
    case .none:
        if spec.isEmpty { return "None" }
    case .object(let o):
        if let s = o as? PyStr {
            if spec.isEmpty { return s.value }
            return try runFormat { try formatString(s.value, try FormatSpec.parse(spec)) }
        }
        if let big = o as? PyInt {
            if spec.isEmpty { return big.value.description }
            return try runFormat { try formatInt(big.value, try FormatSpec.parse(spec)) }
        }
        if userClass(v) != nil, let r = try callSpecial(v, "__format__", [.str(spec)]) {
            guard let s = r.stringValue else {
                throw PythonError.typeError("__format__ must return a str, not \(r.typeName)")
            }
            return s
        }
        if let s = try o.pyFormat(spec) { return s }
        if spec.isEmpty { return try str(v) }
    }
    throw PythonError.typeError("unsupported format string passed to \(v.typeName).__format__")
}

/// Runs a format-spec library call, turning its errors into Python ValueErrors.
@inline(__always)
func runFormat(_ body: () throws -> String) throws -> String {
    do {
        return try body()
    } catch let e as FormatError {
        throw PythonError.valueError(e.message)
    }
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
public func asciiRepr(_ v: Value) throws -> String {
    escapeNonASCII(try repr(v))
}

func escapeNonASCII(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 128 }) { return s }
    var out = ""
    for c in s.unicodeScalars {
        let v = c.value
        if v < 128 {
            out.unicodeScalars.append(c)
        } else if v < 0x100 {
            out += "\\x" + hexDigits(v, 2)
        } else if v < 0x10000 {
            out += "\\u" + hexDigits(v, 4)
        } else {
            out += "\\U" + hexDigits(v, 8)
        }
    }
    return out
}

private func hexDigits(_ v: UInt32, _ width: Int) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - h.count)) + h
}

// MARK: - str.format

/// Auto-numbering state shared by one `format` call (including nested specs).
private struct AutoNumber {
    enum State { case initial, auto, manual }
    var state = State.initial
    var next = 0
}

/// `format.format(*args, **kwargs)`; `args` is nil for `format_map`, where positional fields
/// are an error and `kwargs` may be any mapping.
public func strFormat(_ format: String, args: [Value]?, kwargs: Value?) throws -> String {
    let s = Array(format.unicodeScalars)
    var auto = AutoNumber()
    return try buildString(s, 0..<s.count, args, kwargs, depth: 2, &auto)
}

private func fail(_ message: String) -> PythonError { .valueError(message) }

private func buildString(_ s: Scalars, _ range: Range<Int>, _ args: [Value]?, _ kwargs: Value?,
                         depth: Int, _ auto: inout AutoNumber) throws -> String {
    if depth <= 0 { throw fail("Max string recursion exceeded") }
    var out = String.UnicodeScalarView()
    var pos = range.lowerBound
    let end = range.upperBound
    while pos < end {
        // Literal text up to the next brace (MarkupIterator_next).
        let start = pos
        var c: Unicode.Scalar = "\0"
        var markup = false
        while pos < end {
            c = s[pos]
            pos += 1
            if c == "{" || c == "}" { markup = true; break }
        }
        let atEnd = pos >= end
        var length = pos - start
        if markup && c == "}" && (atEnd || s[pos] != "}") {
            throw fail("Single '}' encountered in format string")
        }
        if markup && atEnd && c == "{" { throw fail("Single '{' encountered in format string") }
        if markup && !atEnd {
            if s[pos] == c {
                pos += 1
                markup = false
            } else {
                length -= 1
            }
        }
        out.append(contentsOf: s[start..<(start + length)])
        if !markup { continue }

        // The field (parse_field): name, then `!conversion`, then `:spec`.
        let nameStart = pos
        c = "\0"
        scan: while pos < end {
            c = s[pos]
            pos += 1
            switch c {
            case "{": throw fail("unexpected '{' in field name")
            case "[":
                while pos < end && s[pos] != "]" { pos += 1 }
            case "}", ":", "!": break scan
            default: break
            }
        }
        let nameEnd = pos - 1
        var conversion: Unicode.Scalar?
        var specRange = pos..<pos
        var specNeedsExpanding = false
        if c == "!" || c == ":" {
            var specDone = false
            if c == "!" {
                if pos >= end { throw fail("end of string while looking for conversion specifier") }
                conversion = s[pos]
                pos += 1
                if pos < end {
                    let next = s[pos]
                    pos += 1
                    if next == "}" {
                        specDone = true
                        specRange = pos..<pos
                    } else if next != ":" {
                        throw fail("expected ':' after conversion specifier")
                    }
                }
            }
            if !specDone {
                let specStart = pos
                var count = 1
                while pos < end {
                    let ch = s[pos]
                    pos += 1
                    if ch == "{" {
                        specNeedsExpanding = true
                        count += 1
                    } else if ch == "}" {
                        count -= 1
                        if count == 0 {
                            specRange = specStart..<(pos - 1)
                            specDone = true
                            break
                        }
                    }
                }
                if !specDone { throw fail("unmatched '{' in format spec") }
            }
        } else if c != "}" {
            throw fail("expected '}' before end of string")
        }

        // Render it (output_markup).
        var object = try fieldObject(s[nameStart..<max(nameStart, nameEnd)], args, kwargs, &auto)
        if let conv = conversion {
            switch conv {
            case "r": object = .str(try repr(object))
            case "s": object = .str(try str(object))
            case "a": object = .str(try asciiRepr(object))
            default:
                if conv.value > 32 && conv.value < 127 {
                    throw fail("Unknown conversion specifier \(Character(conv))")
                }
                throw fail("Unknown conversion specifier \\x\(String(conv.value, radix: 16))")
            }
        }
        let spec: String
        if specNeedsExpanding {
            spec = try buildString(s, specRange, args, kwargs, depth: depth - 1, &auto)
        } else {
            spec = makeString(s[specRange])
        }
        out.append(contentsOf: try formatValue(object, spec).unicodeScalars)
    }
    return String(out)
}

/// The decimal value of a field name part, -1 when it is not all decimal digits.
private func fieldInteger(_ s: ArraySlice<Unicode.Scalar>) throws -> Int {
    if s.isEmpty { return -1 }
    var acc = 0
    for c in s {
        guard c.pyIsDecimal else { return -1 }
        let digit: Int
        if c.value < 128 { digit = Int(c.value) - 48 } else { digit = Int(c.properties.numericValue ?? 0) }
        let (m, o1) = acc.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(digit)
        if o1 || o2 { throw fail("Too many decimal digits in format string") }
        acc = a
    }
    return acc
}

private func fieldObject(_ name: ArraySlice<Unicode.Scalar>, _ args: [Value]?, _ kwargs: Value?,
                         _ auto: inout AutoNumber) throws -> Value {
    // field_name_split: the first part, up to '.' or '['.
    var i = name.startIndex
    while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
    let first = name[name.startIndex..<i]
    var index = try fieldInteger(first)
    let empty = first.isEmpty
    if empty || index != -1 {
        if auto.state == .initial { auto.state = empty ? .auto : .manual }
        if auto.state == .manual && empty {
            throw fail("cannot switch from manual field specification to automatic field numbering")
        }
        if auto.state == .auto && !empty {
            throw fail("cannot switch from automatic field numbering to manual field specification")
        }
        if empty {
            index = auto.next
            auto.next += 1
        }
    }
    var object: Value
    if index == -1 {
        let key = Value.str(makeString(first))
        guard let kwargs else { throw PythonError.keyError(key) }
        object = try getItem(kwargs, key)
    } else {
        guard let args else { throw fail("Format string contains positional fields") }
        guard index < args.count else {
            throw PythonError.indexError("Replacement index \(index) out of range for positional args tuple")
        }
        object = args[index]
    }

    // FieldNameIterator: `.attr` and `[key]` parts, applied as they are parsed.
    while i < name.endIndex {
        let c = name[i]
        i += 1
        let part: ArraySlice<Unicode.Scalar>
        var isAttribute = false
        if c == "." {
            isAttribute = true
            let start = i
            while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
            part = name[start..<i]
        } else if c == "[" {
            let start = i
            while i < name.endIndex && name[i] != "]" { i += 1 }
            if i >= name.endIndex { throw fail("Missing ']' in format string") }
            part = name[start..<i]
            i += 1
        } else {
            throw fail("Only '.' or '[' may follow ']' in format field specifier")
        }
        let partIndex = isAttribute ? -1 : try fieldInteger(part)
        if part.isEmpty { throw fail("Empty attribute in format string") }
        if isAttribute {
            object = try getAttribute(object, makeString(part))
        } else if partIndex == -1 {
            object = try getItem(object, .str(makeString(part)))
        } else {
            object = try getItem(object, .int(partIndex))
        }
    }
    return object
}
