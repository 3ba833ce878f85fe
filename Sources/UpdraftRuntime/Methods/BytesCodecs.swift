// The codecs behind `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1 with the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace and namereplace, and
// CPython's UnicodeEncodeError/UnicodeDecodeError (five arguments: encoding, object, start,
// end, reason) with its messages. UTF-8 errors are found as CPython's decoder finds them
// (Objects/stringlib/codecs.h), so the positions, reasons and replacements match.

enum PyCodec {
    case utf8, ascii, latin1

    /// The codec's name in error messages.
    var name: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    /// The highest code point the codec encodes (ASCII, Latin-1), nil for UTF-8.
    var limit: UInt32? {
        switch self {
        case .utf8: return nil
        case .ascii: return 128
        case .latin1: return 256
        }
    }

    private static let aliases: [String: PyCodec] = {
        var table: [String: PyCodec] = [:]
        for n in ["utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"] { table[n] = .utf8 }
        for n in ["ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                  "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"] { table[n] = .ascii }
        for n in ["latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100",
                  "csisolatin1", "ibm819", "iso_8859_1_1987"] { table[n] = .latin1 }
        return table
    }()

    /// The codec for an encoding name, normalised as `encodings.normalize_encoding` does.
    static func lookup(_ encoding: String) throws -> PyCodec {
        var normalized = ""
        var pendingSeparator = false
        for c in encoding.unicodeScalars {
            if (c.properties.isAlphabetic || c.properties.numericType != nil) && c.value < 128 || c == "." {
                if pendingSeparator && !normalized.isEmpty { normalized += "_" }
                pendingSeparator = false
                normalized.unicodeScalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                pendingSeparator = true
            }
        }
        if let codec = aliases[normalized] { return codec }
        throw PythonError(.lookupError, "unknown encoding: \(encoding)")
    }
}

private func unknownHandler(_ errors: String) -> PythonError {
    PythonError(.lookupError, "unknown error handler name '\(errors)'")
}

private let hexLower: [Character] = Array("0123456789abcdef")

private func hex(_ v: UInt32, _ digits: Int) -> String {
    var s = ""
    var shift = (digits - 1) * 4
    while shift >= 0 {
        s.append(hexLower[Int((v >> UInt32(shift)) & 0xF)])
        shift -= 4
    }
    return s
}

// MARK: - Encoding

/// `s.encode(codec, errors)`.
func encodeString(_ s: String, _ codec: PyCodec, _ errors: String) throws -> [UInt8] {
    guard let limit = codec.limit else { return Array(s.utf8) }
    if s.utf8.allSatisfy({ $0 < 128 }) { return Array(s.utf8) }
    let scalars = Array(s.unicodeScalars)
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count)
    var i = 0
    while i < scalars.count {
        let c = scalars[i]
        if c.value < limit {
            out.append(UInt8(c.value))
            i += 1
            continue
        }
        // A run of characters the codec cannot encode, reported as one error.
        var end = i + 1
        while end < scalars.count && scalars[end].value >= limit { end += 1 }
        switch errors {
        case "strict", "surrogateescape", "surrogatepass":
            throw unicodeEncodeError(codec, s, i, end)
        case "ignore":
            break
        case "replace":
            out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: end - i))
        case "xmlcharrefreplace":
            for k in i..<end { out.append(contentsOf: Array("&#\(scalars[k].value);".utf8)) }
        case "backslashreplace":
            for k in i..<end { out.append(contentsOf: Array(backslashEscape(scalars[k]).utf8)) }
        case "namereplace":
            for k in i..<end {
                if let name = scalars[k].properties.name {
                    out.append(contentsOf: Array("\\N{\(name)}".utf8))
                } else {
                    out.append(contentsOf: Array(backslashEscape(scalars[k]).utf8))
                }
            }
        default:
            throw unknownHandler(errors)
        }
        i = end
    }
    return out
}

private func backslashEscape(_ c: Unicode.Scalar) -> String {
    let v = c.value
    if v < 0x100 { return "\\x" + hex(v, 2) }
    if v < 0x10000 { return "\\u" + hex(v, 4) }
    return "\\U" + hex(v, 8)
}

func unicodeEncodeError(_ codec: PyCodec, _ s: String, _ start: Int, _ end: Int) -> PythonError {
    let reason = "ordinal not in range(\(codec.limit ?? 0x110000))"
    return PythonError(PyExceptionObject(cls: .unicodeEncodeError,
                                         args: [.str(codec.name), .str(s), .int(start), .int(end), .str(reason)]))
}

// MARK: - Decoding

/// `b.decode(codec, errors)`.
func decodeBytes(_ bytes: [UInt8], _ codec: PyCodec, _ errors: String) throws -> String {
    switch codec {
    case .latin1:
        if bytes.allSatisfy({ $0 < 128 }) { return String(decoding: bytes, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        for b in bytes { out.append(Unicode.Scalar(b)) }
        return String(out)
    case .ascii:
        return try decodeWithErrors(bytes, codec, errors) { b, i in
            var k = i
            while k < b.count && b[k] < 128 { k += 1 }
            return k < b.count ? (k, k + 1, "ordinal not in range(128)") : nil
        }
    case .utf8:
        return try decodeWithErrors(bytes, codec, errors, nextUTF8Error)
    }
}

/// Decodes the valid stretches between the errors `nextError` finds, handling each error.
private func decodeWithErrors(_ bytes: [UInt8], _ codec: PyCodec, _ errors: String,
                              _ nextError: ([UInt8], Int) -> (start: Int, end: Int, reason: String)?) throws -> String {
    guard var error = nextError(bytes, 0) else { return String(decoding: bytes, as: UTF8.self) }
    var out = ""
    var position = 0
    while true {
        out += String(decoding: bytes[position..<error.start], as: UTF8.self)
        switch errors {
        case "strict", "surrogateescape", "surrogatepass":
            throw PythonError(PyExceptionObject(cls: .unicodeDecodeError, args: [
                .str(codec.name), .bytes(bytes), .int(error.start), .int(error.end), .str(error.reason),
            ]))
        case "ignore":
            break
        case "replace":
            out.unicodeScalars.append("\u{FFFD}")
        case "backslashreplace":
            for b in bytes[error.start..<error.end] { out += "\\x" + hex(UInt32(b), 2) }
        case "xmlcharrefreplace", "namereplace":
            throw PythonError.typeError("don't know how to handle UnicodeDecodeError in error callback")
        default:
            throw unknownHandler(errors)
        }
        position = error.end
        guard let next = nextError(bytes, position) else { break }
        error = next
    }
    out += String(decoding: bytes[position...], as: UTF8.self)
    return out
}

@inline(__always)
private func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

/// The first malformed UTF-8 sequence at or after `from`: its byte range and CPython's reason.
func nextUTF8Error(_ b: [UInt8], _ from: Int) -> (start: Int, end: Int, reason: String)? {
    let n = b.count
    let endOfData = "unexpected end of data"
    let badStart = "invalid start byte"
    let badContinuation = "invalid continuation byte"
    var i = from
    while i < n {
        let c = b[i]
        if c < 0x80 {
            i += 1
            continue
        }
        if c < 0xC2 { return (i, i + 1, badStart) }
        if c < 0xE0 {
            if n - i < 2 { return (i, n, endOfData) }
            if !isContinuation(b[i + 1]) { return (i, i + 1, badContinuation) }
            i += 2
            continue
        }
        if c < 0xF0 {
            if n - i < 3 {
                if n - i < 2 { return (i, n, endOfData) }
                let c2 = b[i + 1]
                if !isContinuation(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED) { return (i, i + 1, badContinuation) }
                return (i, n, endOfData)
            }
            let c2 = b[i + 1]
            if !isContinuation(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0) {
                return (i, i + 1, badContinuation)
            }
            if !isContinuation(b[i + 2]) { return (i, i + 2, badContinuation) }
            i += 3
            continue
        }
        if c < 0xF5 {
            if n - i < 4 {
                if n - i < 2 { return (i, n, endOfData) }
                let c2 = b[i + 1]
                if !isContinuation(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4) { return (i, i + 1, badContinuation) }
                if n - i < 3 { return (i, n, endOfData) }
                if !isContinuation(b[i + 2]) { return (i, i + 2, badContinuation) }
                return (i, n, endOfData)
            }
            let c2 = b[i + 1]
            if !isContinuation(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90) {
                return (i, i + 1, badContinuation)
            }
            if !isContinuation(b[i + 2]) { return (i, i + 2, badContinuation) }
            if !isContinuation(b[i + 3]) { return (i, i + 3, badContinuation) }
            i += 4
            continue
        }
        return (i, i + 1, badStart)
    }
    return nil
}

// MARK: - Exception text and attributes

/// `str(e)` for a UnicodeEncodeError/UnicodeDecodeError made with the five standard
/// arguments; nil for other exceptions (which use the generic text).
func unicodeErrorStr(_ e: PyExceptionObject) -> String? {
    let isEncode = e.cls.isSubtype(of: .unicodeEncodeError)
    guard isEncode || e.cls.isSubtype(of: .unicodeDecodeError), e.args.count == 5,
          let encoding = e.args[0].stringValue, case .int(let start) = e.args[2],
          case .int(let end) = e.args[3], let reason = e.args[4].stringValue else { return nil }
    if isEncode {
        guard let object = e.args[1].asObject as? PyStr else { return nil }
        let scalars = object.scalars
        if start >= 0 && start < scalars.count && end == start + 1 {
            let c = scalars[start].value
            let shown = c <= 0xFF ? "\\x" + hex(c, 2) : (c <= 0xFFFF ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8))
            return "'\(encoding)' codec can't encode character '\(shown)' in position \(start): \(reason)"
        }
        return "'\(encoding)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
    }
    guard let object = bytesLike(e.args[1]) else { return nil }
    if start >= 0 && start < object.count && end == start + 1 {
        return "'\(encoding)' codec can't decode byte 0x\(hex(UInt32(object[start]), 2)) in position \(start): \(reason)"
    }
    return "'\(encoding)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
}

/// `e.encoding`, `e.object`, `e.start`, `e.end`, `e.reason` of a Unicode error.
func unicodeErrorAttribute(_ e: PyExceptionObject, _ name: String) -> Value? {
    guard e.cls.isSubtype(of: .unicodeError), e.args.count == 5 else { return nil }
    switch name {
    case "encoding": return e.args[0]
    case "object": return e.args[1]
    case "start": return e.args[2]
    case "end": return e.args[3]
    case "reason": return e.args[4]
    default: return nil
    }
}

// MARK: - Argument helpers

/// The codec and error handler of `encode`/`decode`-style arguments (already type-checked).
func codecArguments(_ encoding: Value?, _ errors: Value?) throws -> (PyCodec, String) {
    let codec = try PyCodec.lookup(encoding?.stringValue ?? "utf-8")
    return (codec, errors?.stringValue ?? "strict")
}
