// IntText.swift — reproduces CPython 3.11's integer-to-text conversions:
// `str(int)`, `bin()`, `oct()`, `hex()` (Objects/longobject.c
// long_to_decimal_string / long_format_binary): lowercase digits, the
// `0b`/`0o`/`0x` prefix after the sign (`-0x1f`), and the 4300-digit limit
// check of `sys.get_int_max_str_digits()` for decimal output.

import BigInt

/// `str(v)` when radix is 10; `bin`/`oct`/`hex` (radix 2/8/16) with prefix.
/// Other radixes (2...36) give bare lowercase digits.
public func pyIntToString(_ v: BigInt, radix: Int, prefix: Bool) -> String {
    let negative = v.sign == .minus && !v.isZero
    let body = pyUIntToString(v.magnitude, radix: radix)
    let pre = prefix ? radixPrefix(radix) : ""
    return (negative ? "-" : "") + pre + body
}

/// Fast path of `pyIntToString` for machine ints.
public func pyIntToString(_ v: Int, radix: Int, prefix: Bool) -> String {
    let r = (2...36).contains(radix) ? radix : 10
    let body = String(v.magnitude, radix: r)
    let pre = prefix ? radixPrefix(r) : ""
    return (v < 0 ? "-" : "") + pre + body
}

/// `str(v)` for an int.
public func pyIntToString(_ v: BigInt) -> String {
    pyIntToString(v, radix: 10, prefix: false)
}

/// Lowercase digits of a magnitude (radix 2...36, anything else means 10).
public func pyUIntToString(_ v: BigUInt, radix: Int) -> String {
    let r = (2...36).contains(radix) ? radix : 10
    if v.words.count <= 1 { return String(v.words.first ?? 0, radix: r) }
    return String(v, radix: r, uppercase: false)
}

private func radixPrefix(_ radix: Int) -> String {
    switch radix {
    case 2: return "0b"
    case 8: return "0o"
    case 16: return "0x"
    default: return ""
    }
}

/// CPython 3.11's default `sys.int_info.default_max_str_digits`.
public let pyDefaultMaxStrDigits = 4300

/// The ValueError text CPython raises when `str(v)` (or another decimal
/// conversion) would exceed `limit` digits, or nil when within the limit
/// (limit 0 disables the check, as `sys.set_int_max_str_digits(0)`).
/// Only decimal conversions are limited; bin/oct/hex never are.
public func pyIntStrDigitsError(_ v: BigInt, limit: Int = pyDefaultMaxStrDigits) -> String? {
    guard limit > 0 else { return nil }
    // CPython's quick pre-check: if the size in bits certainly exceeds the
    // limit, it raises without converting; otherwise it converts and compares.
    let bits = v.magnitude.bitWidth
    // A b-bit number has at most floor(b·log10 2) + 1 decimal digits.
    if Double(bits) * 0.30103 + 1 <= Double(limit) { return nil }
    let digits = pyUIntToString(v.magnitude, radix: 10).count
    if digits > limit {
        return "Exceeds the limit (\(limit) digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit"
    }
    return nil
}

/// The ValueError text for `int(text)` with a decimal (non power-of-two base)
/// string of more than `limit` digits, or nil when within the limit.
public func pyIntParseDigitsError(digitCount: Int, limit: Int = pyDefaultMaxStrDigits) -> String? {
    guard limit > 0, digitCount > limit else { return nil }
    return "Exceeds the limit (\(limit) digits) for integer string conversion: "
        + "value has \(digitCount) digits; use sys.set_int_max_str_digits() to increase the limit"
}
