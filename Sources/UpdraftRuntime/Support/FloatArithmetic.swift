// FloatArithmetic.swift — reproduces CPython 3.11's float/int arithmetic
// corner cases (Objects/floatobject.c, Objects/longobject.c):
//   int -> float, correctly rounded (PyLong_AsDouble; nil means OverflowError
//     "int too large to convert to float"),
//   float -> int truncation (PyLong_FromDouble, exact for huge values),
//   int / int true division, correctly rounded (long_true_divide; nil means
//     OverflowError "integer division result too large for a float"),
//   float //, % and divmod with Python's sign rules (float_floor_div,
//     float_rem, float_divmod / _float_div_mod).
// Division by zero is the caller's to check first (ZeroDivisionError texts:
// "float floor division by zero", "float modulo", "float divmod()",
// "division by zero").

import BigInt

/// The correctly rounded (half-even) double nearest num/den, for den > 0;
/// +infinity when it overflows.
func roundRationalToDouble(_ num: BigUInt, _ den: BigUInt) -> Double {
    if num.isZero || den.isZero { return num.isZero ? 0 : .infinity }
    let nb = num.bitWidth, db = den.bitWidth
    let s = 55 - (nb - db)      // scale so the quotient has 54...56 bits
    if nb - db > 1100 { return .infinity }
    if nb - db < -1200 { return 0 }
    let scaledNum = s >= 0 ? num << s : num
    let scaledDen = s >= 0 ? den : den << (-s)
    let (q, r) = scaledNum.quotientAndRemainder(dividingBy: scaledDen)
    let qWord = UInt64(q.words.first ?? 0)  // q < 2^57 fits one word
    let sticky = !r.isZero
    let b = 64 - qWord.leadingZeroBitCount  // bit length of q
    let top = b - 1 - s                     // exponent of the leading bit
    if top > 1023 { return .infinity }
    let lsbExp = max(top - 52, -1074)
    let drop = lsbExp + s                   // low bits of q to discard
    var m: UInt64
    if drop <= 0 {
        m = qWord << UInt64(-drop)
    } else if drop > b {
        return 0
    } else {
        m = drop >= 64 ? 0 : qWord >> UInt64(drop)
        let half: UInt64 = 1 << UInt64(drop - 1)
        let rem = qWord & (drop >= 64 ? UInt64.max : (1 << UInt64(drop)) - 1)
        if rem > half || (rem == half && (sticky || m & 1 == 1)) {
            m += 1
        }
    }
    return doubleFromMantissa(m, lsbExp: lsbExp)
}

/// m × 2^lsbExp where m <= 2^53 and lsbExp >= -1074 came from rounding.
private func doubleFromMantissa(_ mantissa: UInt64, lsbExp: Int) -> Double {
    var m = mantissa
    var e = lsbExp
    if m == 0 { return 0 }
    if m == 1 << 53 { m = 1 << 52; e += 1 }
    if m < 1 << 52 {   // subnormal (or exactly reaching the min normal)
        return Double(bitPattern: m << UInt64(max(0, e + 1074)))
    }
    let biased = e + 1075
    if biased >= 2047 { return .infinity }
    if biased <= 0 { return Double(bitPattern: m) }
    return Double(bitPattern: UInt64(biased) << 52 | (m & ((1 << 52) - 1)))
}

/// `float(v)` for an int: correctly rounded; nil on overflow.
public func pyBigIntToDouble(_ v: BigInt) -> Double? {
    let mag = v.magnitude
    let d: Double
    if mag.bitWidth <= 53 {
        d = Double(mag.words.first ?? 0)
    } else {
        d = roundRationalToDouble(mag, 1)
    }
    if d.isInfinite { return nil }
    return v.sign == .minus ? -d : d
}

/// `int(x)` for a float: truncation toward zero; nil for inf and nan
/// (OverflowError "cannot convert float infinity to integer" /
/// ValueError "cannot convert float NaN to integer").
public func pyFloatToBigInt(_ x: Double) -> BigInt? {
    guard x.isFinite else { return nil }
    if x.magnitude < 9.2e18 { return BigInt(Int(x)) }
    let (m, e) = decomposeDouble(x.magnitude)
    let mag = e >= 0 ? BigUInt(m) << e : BigUInt(m >> UInt64(-e))
    return BigInt(sign: x.sign == .minus ? .minus : .plus, magnitude: mag)
}

/// `a / b` for ints, correctly rounded; nil when it overflows a float
/// (and when b == 0: check for ZeroDivisionError first).
public func pyTrueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
    if b.isZero { return nil }
    let negate = (a.sign == .minus && !a.isZero) != (b.sign == .minus)
    let am = a.magnitude, bm = b.magnitude
    let d: Double
    if am.bitWidth <= 53 && bm.bitWidth <= 53 {
        // Both exact as doubles: IEEE division is correctly rounded.
        d = Double(am.words.first ?? 0) / Double(bm.words.first ?? 0)
    } else {
        d = roundRationalToDouble(am, bm)
    }
    if d.isInfinite { return nil }
    return negate ? -d : d
}

/// `a / b` for machine ints (CPython's fast path: exact operands divide in IEEE).
public func pyTrueDivide(_ a: Int, _ b: Int) -> Double? {
    if b == 0 { return nil }
    if a.magnitude <= 1 << 53 && b.magnitude <= 1 << 53 { return Double(a) / Double(b) }
    return pyTrueDivide(BigInt(a), BigInt(b))
}

/// `divmod(a, b)` for floats, as `_float_div_mod` (b != 0).
public func pyFloatDivmod(_ vx: Double, _ wx: Double) -> (quotient: Double, remainder: Double) {
    var mod = vx.truncatingRemainder(dividingBy: wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) {
            mod += wx
            div -= 1.0
        }
    } else {
        mod = Double(signOf: wx, magnitudeOf: 0)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
        floordiv = Double(signOf: vx / wx, magnitudeOf: 0)
    }
    return (floordiv, mod)
}

/// `a // b` for floats (b != 0).
public func pyFloatFloorDiv(_ a: Double, _ b: Double) -> Double {
    pyFloatDivmod(a, b).quotient
}

/// `a % b` for floats, as `float_rem` (b != 0): the result has b's sign.
public func pyFloatMod(_ a: Double, _ b: Double) -> Double {
    var mod = a.truncatingRemainder(dividingBy: b)
    if mod != 0 {
        if (b < 0) != (mod < 0) { mod += b }
    } else {
        mod = Double(signOf: b, magnitudeOf: 0)
    }
    return mod
}
