// FloatRepr.swift — reproduces CPython 3.11's float-to-text layer:
// `repr(float)` / `str(float)` (Objects/floatobject.c float_repr) and
// `PyOS_double_to_string` + `format_float_short` (Python/pystrtod.c), the
// routine behind '%e', '%f', '%g', format() and f-strings for floats.
//
// The digits come from `FloatDigits.swift`: mode 0 (shortest round-trip,
// taken from Swift's `description`, which is also shortest-and-closest),
// mode 2 (n significant digits) and mode 3 (n digits after the point), all
// correctly rounded with round-half-even on exact ties, as David Gay's dtoa.

/// CPython's `repr(x)` for a float (identical to `str(x)`).
public func pyFloatRepr(_ x: Double) -> String {
    pyDoubleToString(x, code: "r", precision: 0, addDot0: true)
}

/// A port of CPython's `PyOS_double_to_string`.
///
/// - `code`: one of `e E f F g G r` (anything else is treated as `r`).
/// - `precision`: digits after the point for e/f, significant digits for g.
/// - `alwaysAddSign`: Py_DTSF_SIGN, `addDot0`: Py_DTSF_ADD_DOT_0,
///   `alternate`: Py_DTSF_ALT, `noNegativeZero`: Py_DTSF_NO_NEG_0 (the `z` flag).
public func pyDoubleToString(_ val: Double, code: Character, precision: Int,
                             alwaysAddSign: Bool = false, addDot0: Bool = false,
                             alternate: Bool = false, noNegativeZero: Bool = false) -> String {
    var upper = false
    var fmt: UInt8
    var mode: Int
    // CPython caps precision at INT_MAX ("precision too big"); clamp so the
    // arithmetic below cannot overflow.
    var prec = min(max(0, precision), Int(Int32.max) - 1)
    switch code {
    case "E": upper = true; fmt = UInt8(ascii: "e"); mode = 2; prec += 1
    case "e": fmt = UInt8(ascii: "e"); mode = 2; prec += 1
    case "F": upper = true; fmt = UInt8(ascii: "f"); mode = 3
    case "f": fmt = UInt8(ascii: "f"); mode = 3
    case "G": upper = true; fmt = UInt8(ascii: "g"); mode = 2; if prec == 0 { prec = 1 }
    case "g": fmt = UInt8(ascii: "g"); mode = 2; if prec == 0 { prec = 1 }
    default: fmt = UInt8(ascii: "r"); mode = 0; prec = 0
    }
    return formatFloatShort(val, fmt: fmt, mode: mode, precision: prec,
                            alwaysAddSign: alwaysAddSign, addDot0: addDot0,
                            alternate: alternate, noNegativeZero: noNegativeZero,
                            upper: upper)
}

/// A port of `format_float_short` from Python/pystrtod.c.
func formatFloatShort(_ d: Double, fmt: UInt8, mode: Int, precision: Int,
                      alwaysAddSign: Bool, addDot0: Bool, alternate: Bool,
                      noNegativeZero: Bool, upper: Bool) -> String {
    var out: [UInt8] = []
    if d.isNaN {
        // CPython never adds a sign to a nan here.
        return upper ? "NAN" : "nan"
    }
    var sign = d.sign == .minus
    if d.isInfinite {
        if sign { out.append(UInt8(ascii: "-")) } else if alwaysAddSign { out.append(UInt8(ascii: "+")) }
        out.append(contentsOf: upper ? Array("INF".utf8) : Array("inf".utf8))
        return String(decoding: out, as: UTF8.self)
    }

    let gen: FloatDigitString
    switch mode {
    case 0: gen = shortestDigits(d)
    case 3: gen = fixedDigits(d, fractionDigits: precision)
    default: gen = significantDigits(d, count: precision)
    }
    let digits = gen.digits
    let digitsLen = digits.count
    var decpt = gen.decpt

    if noNegativeZero && sign && (digitsLen == 0 || (digitsLen == 1 && digits[0] == UInt8(ascii: "0"))) {
        sign = false
    }

    var useExp = false
    var exp = 0
    var vdigitsEnd = digitsLen
    switch fmt {
    case UInt8(ascii: "e"):
        useExp = true
        vdigitsEnd = precision
    case UInt8(ascii: "f"):
        vdigitsEnd = decpt + precision
    case UInt8(ascii: "g"):
        if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
        if alternate { vdigitsEnd = precision }
    default: // 'r'
        if decpt <= -4 || decpt > 16 { useExp = true }
    }
    if useExp {
        exp = decpt - 1
        decpt = 1
    }
    let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
    if !useExp && addDot0 {
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1
    } else {
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt
    }

    let zero = UInt8(ascii: "0")
    out.reserveCapacity(max(0, vdigitsEnd - vdigitsStart) + 10)
    if sign { out.append(UInt8(ascii: "-")) } else if alwaysAddSign { out.append(UInt8(ascii: "+")) }

    if decpt <= 0 {
        out.append(contentsOf: repeatElement(zero, count: decpt - vdigitsStart))
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: repeatElement(zero, count: -decpt))
    } else {
        out.append(contentsOf: repeatElement(zero, count: max(0, -vdigitsStart)))
    }
    if decpt > 0 && decpt <= digitsLen {
        out.append(contentsOf: digits[0..<decpt])
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[decpt..<digitsLen])
    } else {
        out.append(contentsOf: digits)
    }
    if digitsLen < decpt {
        out.append(contentsOf: repeatElement(zero, count: decpt - digitsLen))
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: repeatElement(zero, count: max(0, vdigitsEnd - decpt)))
    } else {
        out.append(contentsOf: repeatElement(zero, count: max(0, vdigitsEnd - digitsLen)))
    }
    if out.last == UInt8(ascii: ".") && !alternate {
        out.removeLast()
    }
    if useExp {
        out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let mag = exp.magnitude
        if mag < 10 { out.append(zero) }
        out.append(contentsOf: Array(String(mag).utf8))
    }
    return String(decoding: out, as: UTF8.self)
}
