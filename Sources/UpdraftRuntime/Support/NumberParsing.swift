// NumberParsing.swift — reproduces CPython 3.11's `int(str, base)`
// (PyLong_FromUnicodeObject / PyLong_FromString) and `float(str)`
// (PyFloat_FromString, _Py_string_to_number_with_underscores,
// _Py_parse_inf_or_nan): Unicode decimal digits and Unicode whitespace
// first map to ASCII (_PyUnicode_TransformDecimalAndSpaceToASCII), then the
// ASCII rules apply — surrounding whitespace, one sign, underscores only
// between digits (and once right after a 0x/0o/0b prefix), base-0 literal
// prefixes with no leading zeros in decimal, inf/infinity/nan in any case.
// nil means invalid: the caller raises
// ValueError("invalid literal for int() with base 10: 'x'") or
// ValueError("could not convert string to float: 'x'").

import BigInt

/// Unicode whitespace as `str.isspace()` (Python's `Py_UNICODE_ISSPACE`).
public func pyIsWhitespace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
         0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    default:
        return false
    }
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`; nil when a non-ASCII
/// character is neither whitespace nor a decimal digit (never valid).
private func transformToASCII(_ s: String) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
        if c.value < 127 {
            out.append(UInt8(c.value))
        } else if pyIsWhitespace(c) {
            out.append(UInt8(ascii: " "))
        } else if let d = decimalDigitValue(c) {
            out.append(UInt8(48 + d))
        } else {
            return nil
        }
    }
    return out
}

/// C-locale `Py_ISSPACE`.
@inline(__always)
private func isASCIISpace(_ c: UInt8) -> Bool {
    c == 0x20 || (c >= 0x09 && c <= 0x0D)
}

@inline(__always)
private func digitValue(_ c: UInt8) -> Int {
    switch c {
    case 48...57: return Int(c) - 48
    case 97...122: return Int(c) - 87
    case 65...90: return Int(c) - 55
    default: return 37
    }
}

/// `int(s, base)`: nil when `s` is not a valid literal in `base` (or base is
/// neither 0 nor in 2...36 — the caller reports "int() arg 2 must be >= 2 and <= 36").
public func parsePyInt(_ s: String, base: Int) -> BigInt? {
    parsePyIntDigits(s, base: base)?.value
}

/// Like `parsePyInt`, also telling how many digits were read (for the
/// 4300-digit limit, which applies to bases that are not powers of two).
public func parsePyIntDigits(_ s: String, base inputBase: Int) -> (value: BigInt, digitCount: Int)? {
    guard inputBase == 0 || (2...36).contains(inputBase) else { return nil }
    guard let str = transformToASCII(s) else { return nil }
    let n = str.count
    var base = inputBase
    var p = 0
    @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? str[i] : 0 }
    while p < n && isASCIISpace(str[p]) { p += 1 }
    var negative = false
    if at(p) == UInt8(ascii: "+") { p += 1 }
    else if at(p) == UInt8(ascii: "-") { p += 1; negative = true }
    var errorIfNonzero = false
    if base == 0 {
        let c1 = at(p + 1) | 0x20
        if at(p) != UInt8(ascii: "0") { base = 10 }
        else if c1 == UInt8(ascii: "x") { base = 16 }
        else if c1 == UInt8(ascii: "o") { base = 8 }
        else if c1 == UInt8(ascii: "b") { base = 2 }
        else { errorIfNonzero = true; base = 10 }
    }
    if at(p) == UInt8(ascii: "0") {
        let c1 = at(p + 1) | 0x20
        if (base == 16 && c1 == UInt8(ascii: "x")) || (base == 8 && c1 == UInt8(ascii: "o"))
            || (base == 2 && c1 == UInt8(ascii: "b")) {
            p += 2
            if at(p) == UInt8(ascii: "_") { p += 1 }
        }
    }
    if at(p) == UInt8(ascii: "_") { return nil }
    var digits: [UInt8] = []
    var prev: UInt8 = 0
    while p < n {
        let c = str[p]
        if c == UInt8(ascii: "_") {
            if prev == UInt8(ascii: "_") { return nil }
        } else if digitValue(c) < base {
            digits.append(c)
        } else {
            break
        }
        prev = c
        p += 1
    }
    if prev == UInt8(ascii: "_") { return nil }
    if digits.isEmpty { return nil }
    while p < n && isASCIISpace(str[p]) { p += 1 }
    if p != n { return nil }

    var value: BigInt
    if digits.count <= 12 {
        var acc = 0
        for c in digits { acc = acc * base + digitValue(c) }
        value = BigInt(acc)
    } else {
        value = BigInt(bigFromDigits(digits, base: base))
    }
    if errorIfNonzero && !value.isZero { return nil }
    if negative { value.negate() }
    return (value, digits.count)
}

/// Digits (ASCII, each valid in `base`) to a magnitude, in 64-bit chunks.
private func bigFromDigits(_ digits: [UInt8], base: Int) -> BigUInt {
    // Largest chunk k with base^k < 2^64.
    var chunk = 1
    var chunkPower = UInt64(base)
    while true {
        let (next, overflow) = chunkPower.multipliedReportingOverflow(by: UInt64(base))
        if overflow { break }
        chunkPower = next
        chunk += 1
    }
    var result = BigUInt(0)
    var i = 0
    let n = digits.count
    let first = n % chunk == 0 ? chunk : n % chunk
    var take = first
    while i < n {
        var acc: UInt64 = 0
        var p: UInt64 = 1
        for c in digits[i..<(i + take)] {
            acc = acc &* UInt64(base) &+ UInt64(digitValue(c))
            p = p &* UInt64(base)
        }
        result.multiply(byWord: BigUInt.Word(take == chunk ? chunkPower : p))
        result += BigUInt(acc)
        i += take
        take = chunk
    }
    return result
}

/// `float(s)`: nil when `s` is not a valid float literal.
public func parsePyFloat(_ s: String) -> Double? {
    guard var str = transformToASCII(s) else { return nil }
    if str.contains(UInt8(ascii: "_")) {
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(str.count)
        var prev: UInt8 = 0
        for c in str {
            let isDigit = c >= 48 && c <= 57
            if c == UInt8(ascii: "_") {
                if !(prev >= 48 && prev <= 57) { return nil }
            } else {
                cleaned.append(c)
                if prev == UInt8(ascii: "_") && !isDigit { return nil }
            }
            prev = c
        }
        if prev == UInt8(ascii: "_") { return nil }
        str = cleaned
    }
    var lo = 0
    var hi = str.count
    while lo < hi && isASCIISpace(str[lo]) { lo += 1 }
    while lo < hi - 1 && isASCIISpace(str[hi - 1]) { hi -= 1 }
    if lo >= hi { return nil }
    return parseASCIIFloat(str[lo..<hi])
}

/// The strict decimal / inf / nan grammar of `_PyOS_ascii_strtod`, whole input.
private func parseASCIIFloat(_ s: ArraySlice<UInt8>) -> Double? {
    var p = s.startIndex
    let end = s.endIndex
    var negative = false
    if p < end && (s[p] == UInt8(ascii: "+") || s[p] == UInt8(ascii: "-")) {
        negative = s[p] == UInt8(ascii: "-")
        p += 1
    }
    func matches(_ word: String, at i: Int) -> Bool {
        let w = Array(word.utf8)
        guard end - i >= w.count else { return false }
        for k in 0..<w.count where s[i + k] | 0x20 != w[k] { return false }
        return true
    }
    if matches("inf", at: p) {
        var q = p + 3
        if matches("inity", at: q) { q += 5 }
        guard q == end else { return nil }
        return negative ? -.infinity : .infinity
    }
    if matches("nan", at: p) {
        guard p + 3 == end else { return nil }
        return negative ? -Double.nan : Double.nan
    }
    var mantissaDigits = 0
    while p < end && s[p] >= 48 && s[p] <= 57 { p += 1; mantissaDigits += 1 }
    if p < end && s[p] == UInt8(ascii: ".") {
        p += 1
        while p < end && s[p] >= 48 && s[p] <= 57 { p += 1; mantissaDigits += 1 }
    }
    if mantissaDigits == 0 { return nil }
    if p < end && (s[p] | 0x20) == UInt8(ascii: "e") {
        p += 1
        if p < end && (s[p] == UInt8(ascii: "+") || s[p] == UInt8(ascii: "-")) { p += 1 }
        var expDigits = 0
        while p < end && s[p] >= 48 && s[p] <= 57 { p += 1; expDigits += 1 }
        if expDigits == 0 { return nil }
    }
    if p != end { return nil }
    // The text is now a plain decimal literal; Swift's parser is correctly
    // rounded and saturates to ±inf / ±0 like strtod.
    guard let v = Double(String(decoding: s, as: UTF8.self)) else { return nil }
    return v
}
