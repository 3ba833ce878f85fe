// PyRound.swift — reproduces CPython 3.11's `round()` for floats
// (Objects/floatobject.c float___round___impl and double_round): with
// ndigits the value is rounded through its exact decimal expansion
// (dtoa mode 3, half-even on exact ties) and converted back correctly
// rounded, so round(2.675, 2) == 2.67 and round(1234.5, -2) == 1200.0;
// without ndigits it rounds half to even.

import BigInt

/// `round(x, ndigits)` for a float. Infinity and nan round to themselves.
/// When a finite x rounds to a value too large for a float the result is
/// infinite: the caller raises OverflowError("rounded value too large to represent").
public func pyRound(_ x: Double, ndigits: Int) -> Double {
    if !x.isFinite { return x }
    // NDIGITS_MAX / NDIGITS_MIN from floatobject.c.
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    if x == 0 { return x }
    let r = fixedDigits(x, fractionDigits: ndigits)
    let negative = x.sign == .minus
    if r.digits.isEmpty { return negative ? -0.0 : 0.0 }
    // value = DIGITS × 10^(decpt - len)
    let exp10 = r.decpt - r.digits.count
    if r.digits.count <= 15 && exp10.magnitude <= 22 {
        // Both operands exact: one IEEE operation is correctly rounded.
        var small: UInt64 = 0
        for c in r.digits { small = small * 10 + UInt64(c - UInt8(ascii: "0")) }
        let p = exactPowersOf10[Int(exp10.magnitude)]
        let v = exp10 >= 0 ? Double(small) * p : Double(small) / p
        return negative ? -v : v
    }
    var mant = BigUInt(0)
    for c in r.digits { mant = mant * 10 + BigUInt(c - UInt8(ascii: "0")) }
    let d: Double
    if exp10 >= 0 {
        d = roundRationalToDouble(mant * bigPow10(exp10), 1)
    } else {
        d = roundRationalToDouble(mant, bigPow10(-exp10))
    }
    return negative ? -d : d
}

/// True when `pyRound(x, ndigits)` overflowed (CPython raises OverflowError).
public func pyRoundOverflows(_ x: Double, ndigits: Int) -> Bool {
    x.isFinite && pyRound(x, ndigits: ndigits).isInfinite
}

/// `round(x)` for a float, as a float: nearest integer, ties to even
/// (the caller converts to int and raises for inf / nan).
public func pyRoundHalfEven(_ x: Double) -> Double {
    x.rounded(.toNearestOrEven)
}

private let exactPowersOf10: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]
