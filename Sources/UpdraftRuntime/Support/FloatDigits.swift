// FloatDigits.swift — reproduces the digit strings of David Gay's `_Py_dg_dtoa`
// (Python/dtoa.c) that CPython 3.11 formats floats from:
//   mode 0: shortest string that round-trips (the closest one on ties),
//   mode 2: `count` significant digits, correctly rounded,
//   mode 3: `fractionDigits` digits after the decimal point (may be negative),
// each with trailing zeros removed and `decpt` = the decimal point position
// (value = 0.DIGITS × 10^decpt). Zero gives "0" with decpt 1; a mode-3 result
// that rounds to nothing gives "" with decpt = -fractionDigits, as dtoa does.
// Exact ties round half-even, computed exactly with BigUInt.

import BigInt

struct FloatDigitString {
    var digits: [UInt8]   // ASCII '0'...'9'
    var decpt: Int
}

/// Splits a finite, nonzero |x| into m × 2^e with m an integer.
@inline(__always)
func decomposeDouble(_ x: Double) -> (m: UInt64, e: Int) {
    let frac = x.significandBitPattern
    let expBits = Int(x.exponentBitPattern)
    if expBits == 0 { return (frac, -1074) }
    return (frac | (1 << 52), expBits - 1075)
}

private let smallPowersOf10: [BigUInt] = {
    var table: [BigUInt] = [1]
    for _ in 1...40 { table.append(table[table.count - 1] * 10) }
    return table
}()

func bigPow10(_ n: Int) -> BigUInt {
    if n <= 0 { return 1 }
    if n < smallPowersOf10.count { return smallPowersOf10[n] }
    return BigUInt(10).power(n)
}

/// round(num / den) with ties to even; den > 0.
func roundedQuotientHalfEven(_ num: BigUInt, _ den: BigUInt) -> BigUInt {
    let (q, r) = num.quotientAndRemainder(dividingBy: den)
    let twice = r << 1
    if twice > den || (twice == den && (q.words.first ?? 0) & 1 == 1) {
        return q + 1
    }
    return q
}

private func stripTrailingZeros(_ s: inout [UInt8]) {
    while s.count > 1, s.last == UInt8(ascii: "0") { s.removeLast() }
}

private func decimalDigits(of v: BigUInt) -> [UInt8] {
    if v.words.count <= 1 { return Array(String(v.words.first ?? 0).utf8) }
    return Array(String(v).utf8)
}

/// Mode 0: shortest round-trip digits (Swift's `description` is
/// shortest-and-closest, like dtoa mode 0); re-laid out as digits + decpt.
func shortestDigits(_ x: Double) -> FloatDigitString {
    let a = x.magnitude
    if a == 0 || !a.isFinite { return FloatDigitString(digits: [UInt8(ascii: "0")], decpt: 1) }
    let text = a.description.utf8
    var digits: [UInt8] = []
    digits.reserveCapacity(20)
    var pointPos: Int? = nil
    var exp = 0
    var expSign = 1
    var inExp = false
    for c in text {
        if inExp {
            if c == UInt8(ascii: "-") { expSign = -1 }
            else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { exp = exp * 10 + Int(c - UInt8(ascii: "0")) }
        } else if c == UInt8(ascii: ".") {
            pointPos = digits.count
        } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            inExp = true
        } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
            digits.append(c)
        }
    }
    var decpt = (pointPos ?? digits.count) + expSign * exp
    var lead = 0
    while lead < digits.count - 1 && digits[lead] == UInt8(ascii: "0") { lead += 1 }
    if lead > 0 {
        digits.removeFirst(lead)
        decpt -= lead
    }
    stripTrailingZeros(&digits)
    return FloatDigitString(digits: digits, decpt: decpt)
}

/// Mode 3: correctly rounded to `fractionDigits` places after the point.
func fixedDigits(_ x: Double, fractionDigits n: Int) -> FloatDigitString {
    let a = x.magnitude
    if a == 0 || !a.isFinite { return FloatDigitString(digits: [UInt8(ascii: "0")], decpt: 1) }
    // A double has at most 1074 fractional binary (= decimal) digits and is
    // below 1e309: beyond those bounds the answer no longer changes.
    if n < -330 { return FloatDigitString(digits: [], decpt: -n) }
    let nn = min(n, 1200)
    let (m, e) = decomposeDouble(a)
    if let fast = fixedDigitsFast(m: m, e: e, n: nn) {
        return fast
    }
    var num = BigUInt(m)
    var den = BigUInt(1)
    if e >= 0 { num <<= e } else { den <<= -e }
    if nn >= 0 { num *= bigPow10(nn) } else { den *= bigPow10(-nn) }
    let r = roundedQuotientHalfEven(num, den)
    if r.isZero { return FloatDigitString(digits: [], decpt: -n) }
    var digits = decimalDigits(of: r)
    let decpt = digits.count - nn
    stripTrailingZeros(&digits)
    return FloatDigitString(digits: digits, decpt: decpt)
}

/// UInt64 fast path for mode 3 when m·10^n fits in 128 bits and the
/// quotient fits in 64 bits; nil when it does not apply.
private func fixedDigitsFast(m: UInt64, e: Int, n: Int) -> FloatDigitString? {
    guard n >= 0 && n <= 19 && e < 0 && e > -128 else { return nil }
    var p: UInt64 = 1
    for _ in 0..<n { p &*= 10 }
    let (hi, lo) = m.multipliedFullWidth(by: p)
    let s = -e
    // q = (hi:lo) >> s, rem = low s bits, half = 1 << (s-1)
    var q: UInt64
    var remHi: UInt64, remLo: UInt64   // remainder bits
    var halfHi: UInt64 = 0, halfLo: UInt64 = 0
    if s < 64 {
        guard hi >> s == 0 else { return nil }
        q = (lo >> UInt64(s)) | (s == 0 ? 0 : hi << UInt64(64 - s))
        remHi = 0
        remLo = s == 0 ? 0 : lo & ((1 << UInt64(s)) - 1)
        if s > 0 { halfLo = 1 << UInt64(s - 1) }
    } else {
        q = s == 64 ? hi : hi >> UInt64(s - 64)
        remHi = s == 64 ? 0 : hi & ((1 << UInt64(s - 64)) - 1)
        remLo = lo
        if s == 64 { halfLo = 1 << 63 } else { halfHi = 1 << UInt64(s - 65) }
    }
    if s > 0 {
        let above = remHi > halfHi || (remHi == halfHi && remLo > halfLo)
        let tie = remHi == halfHi && remLo == halfLo
        if above || (tie && q & 1 == 1) {
            guard q != UInt64.max else { return nil }
            q += 1
        }
    }
    if q == 0 { return FloatDigitString(digits: [], decpt: -n) }
    var digits = Array(String(q).utf8)
    let decpt = digits.count - n
    stripTrailingZeros(&digits)
    return FloatDigitString(digits: digits, decpt: decpt)
}

/// Mode 2: correctly rounded to `count` (>= 1) significant digits.
///
/// Reduces to mode 3 with `count - 1 - k` fraction digits, k = floor(log10|x|),
/// starting from an estimate of k that is off by at most one and correcting
/// it from the length of the rounded integer (see the case analysis inline).
func significantDigits(_ x: Double, count: Int) -> FloatDigitString {
    let a = x.magnitude
    if a == 0 || !a.isFinite { return FloatDigitString(digits: [UInt8(ascii: "0")], decpt: 1) }
    // The exact decimal value of a double has at most 767 significant digits.
    let n = min(max(count, 1), 800)
    var k = Int((Double(a.exponent) * 0.30102999566398120).rounded(.down))
    func attempt(_ k: Int) -> (FloatDigitString, Int) {
        let fd = n - 1 - k
        let f = fixedDigits(a, fractionDigits: fd)
        return (f, f.digits.isEmpty ? 0 : f.decpt + fd)   // length of the unstripped integer
    }
    for _ in 0..<6 {
        let (f, len) = attempt(k)
        let isPowerOf10 = f.digits.count == 1 && f.digits[0] == UInt8(ascii: "1")
        if len < n { k -= 1; continue }                     // k too big
        if len > n {
            // Exactly 10^n: the same digits and point whichever k produced it.
            if isPowerOf10 && len == n + 1 { return f }
            k += 1; continue                                // k too small
        }
        if isPowerOf10 {
            // 10^(n-1) may come from k one too big rounding up: retry with k-1.
            let (f2, len2) = attempt(k - 1)
            if len2 == n { return f2 }
        }
        return f
    }
    return significantDigitsExact(a, n: n)
}

/// Mode 2 by direct BigUInt computation of k (fallback; not normally reached).
private func significantDigitsExact(_ a: Double, n: Int) -> FloatDigitString {
    let (m, e) = decomposeDouble(a)
    var num = BigUInt(m)
    var den = BigUInt(1)
    if e >= 0 { num <<= e } else { den <<= -e }
    // k = floor(log10(a)): estimate from the binary exponent, then correct.
    var k = Int((Double(a.exponent) * 0.30102999566398120).rounded(.down))
    func atLeastPow10(_ j: Int) -> Bool {   // a >= 10^j ?
        if j >= 0 { return num >= den * bigPow10(j) }
        return num * bigPow10(-j) >= den
    }
    while atLeastPow10(k + 1) { k += 1 }
    while !atLeastPow10(k) { k -= 1 }
    let shift = n - 1 - k
    if shift >= 0 { num *= bigPow10(shift) } else { den *= bigPow10(-shift) }
    let r = roundedQuotientHalfEven(num, den)
    var digits = decimalDigits(of: r)
    var decpt = k + 1
    if digits.count > n {   // rounded up to 10^n
        digits = [UInt8(ascii: "1")]
        decpt += 1
    }
    stripTrailingZeros(&digits)
    return FloatDigitString(digits: digits, decpt: decpt)
}
