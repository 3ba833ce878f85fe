// The `math` module's floating-point functions, with CPython's error rules (Modules/
// mathmodule.c): a NaN from a non-NaN argument is `ValueError: math domain error`, an
// infinity from a finite argument is `OverflowError: math range error` for functions that can
// overflow and a domain error for the others. The integer functions are in MathIntegers.swift,
// fsum and hypot in MathSums.swift.

import BigInt
import Foundation

func mathDomainError() -> PythonError { PythonError.valueError("math domain error") }
func mathRangeError() -> PythonError { PythonError.overflowError("math range error") }

func makeMathModule() -> PyModule {
    let math = PyModule(name: "math")
    let g = math.globals
    g.set("pi", .float(Double.pi))
    g.set("e", .float(M_E))
    g.set("tau", .float(2 * Double.pi))
    g.set("inf", .float(Double.infinity))
    g.set("nan", .float(Double.nan))

    installMathFloatFunctions(math)
    installMathRounding(math)
    installMathIntegerFunctions(math)
    installMathSums(math)
    return math
}

/// A one-argument function using `math_1`'s error rule.
private func unary(_ math: PyModule, _ name: String, canOverflow: Bool, _ f: @escaping (Double) -> Double) {
    math.define(name) { args in
        try args.expect("math.\(name)", min: 1, max: 1)
        let x = try floatArgument(args[0])
        return .float(try checkedResult(f(x), x, canOverflow: canOverflow))
    }
}

/// `math_1`'s checks on the result `r` of a function of `x`.
func checkedResult(_ r: Double, _ x: Double, canOverflow: Bool) throws -> Double {
    if r.isNaN && !x.isNaN { throw mathDomainError() }
    if r.isInfinite && x.isFinite { throw canOverflow ? mathRangeError() : mathDomainError() }
    return r
}

private func installMathFloatFunctions(_ math: PyModule) {
    unary(math, "sqrt", canOverflow: false) { $0.squareRoot() }
    unary(math, "exp", canOverflow: true) { Foundation.exp($0) }
    unary(math, "exp2", canOverflow: true) { Foundation.exp2($0) }
    unary(math, "expm1", canOverflow: true) { Foundation.expm1($0) }
    unary(math, "log1p", canOverflow: false) { Foundation.log1p($0) }
    unary(math, "cbrt", canOverflow: false) { Foundation.cbrt($0) }
    unary(math, "sin", canOverflow: false) { Foundation.sin($0) }
    unary(math, "cos", canOverflow: false) { Foundation.cos($0) }
    unary(math, "tan", canOverflow: false) { Foundation.tan($0) }
    unary(math, "asin", canOverflow: false) { Foundation.asin($0) }
    unary(math, "acos", canOverflow: false) { Foundation.acos($0) }
    unary(math, "atan", canOverflow: false) { Foundation.atan($0) }
    unary(math, "sinh", canOverflow: true) { Foundation.sinh($0) }
    unary(math, "cosh", canOverflow: true) { Foundation.cosh($0) }
    unary(math, "tanh", canOverflow: false) { Foundation.tanh($0) }
    unary(math, "asinh", canOverflow: false) { Foundation.asinh($0) }
    unary(math, "acosh", canOverflow: false) { Foundation.acosh($0) }
    unary(math, "atanh", canOverflow: false) { Foundation.atanh($0) }
    unary(math, "fabs", canOverflow: false) { Swift.abs($0) }
    unary(math, "erf", canOverflow: false) { Foundation.erf($0) }
    unary(math, "erfc", canOverflow: false) { Foundation.erfc($0) }
    unary(math, "degrees", canOverflow: false) { $0 * (180.0 / Double.pi) }
    unary(math, "radians", canOverflow: false) { $0 * (Double.pi / 180.0) }

    // CPython computes gamma and lgamma itself (Lanczos), not with libm: see MathGamma.swift.
    math.define("gamma") { args in
        try args.expect("math.gamma", min: 1, max: 1)
        return .float(try gammaFunction(try floatArgument(args[0])))
    }
    math.define("lgamma") { args in
        try args.expect("math.lgamma", min: 1, max: 1)
        return .float(try logGammaFunction(try floatArgument(args[0])))
    }

    for (name, f) in [("log2", Foundation.log2 as (Double) -> Double), ("log10", Foundation.log10)] {
        math.define(name) { args in
            try args.expect("math.\(name)", min: 1, max: 1)
            return .float(try mathLogarithm(args[0], f))
        }
    }
    math.define("log") { args in
        if !args.keywords.isEmpty { throw PythonError.typeError("log() takes no keyword arguments") }
        guard args.count == 1 || args.count == 2 else {
            throw PythonError.typeError("math.log requires 1 to 2 arguments")
        }
        let num = try mathLogarithm(args[0], Foundation.log)
        if args.count == 1 { return .float(num) }
        let den = try mathLogarithm(args[1], Foundation.log)
        if den == 0 { throw PythonError.zeroDivision("float division by zero") }
        return .float(num / den)
    }

    binary(math, "atan2") { y, x in Foundation.atan2(y, x) }
    binary(math, "copysign") { x, y in Double(signOf: y, magnitudeOf: x) }
    binary(math, "fmod") { x, y in
        if y.isInfinite && x.isFinite { return x }
        let r = Foundation.fmod(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw mathDomainError() }
        return r
    }
    binary(math, "remainder") { x, y in
        if x.isNaN { return x }
        if y.isNaN { return y }
        if x.isInfinite || y == 0 { throw mathDomainError() }
        if y.isInfinite { return x }
        return Foundation.remainder(x, y)
    }
    binary(math, "pow", mathPow)
    binary(math, "nextafter") { x, y in Foundation.nextafter(x, y) }

    math.define("ulp") { args in
        try args.expect("math.ulp", min: 1, max: 1)
        let x = try floatArgument(args[0])
        if x.isNaN { return .float(x) }
        let a = Swift.abs(x)
        if a.isInfinite { return .float(a) }
        let next = a.nextUp
        if next.isInfinite { return .float(a - a.nextDown) }
        return .float(next - a)
    }

    for (name, test) in [("isnan", { (x: Double) in x.isNaN }), ("isinf", { $0.isInfinite }),
                         ("isfinite", { $0.isFinite })] {
        math.define(name) { args in
            try args.expect("math.\(name)", min: 1, max: 1)
            return .bool(test(try floatArgument(args[0])))
        }
    }

    math.define("isclose") { args in
        let bound = try clinicArguments("isclose", args, ["a", "b", "rel_tol", "abs_tol"],
                                        minPositional: 2, maxPositional: 2)
        let a = try floatArgument(bound[0] ?? .none)
        let b = try floatArgument(bound[1] ?? .none)
        let relTol = try bound[2].map(floatArgument) ?? 1e-9
        let absTol = try bound[3].map(floatArgument) ?? 0.0
        if relTol < 0 || absTol < 0 { throw PythonError.valueError("tolerances must be non-negative") }
        if a == b { return .bool(true) }
        if a.isInfinite || b.isInfinite { return .bool(false) }
        let diff = Swift.abs(b - a)
        return .bool(diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
    }

    math.define("modf") { args in
        try args.expect("math.modf", min: 1, max: 1)
        let x = try floatArgument(args[0])
        if x.isInfinite { return .tuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)]) }
        if x.isNaN { return .tuple([.float(x), .float(x)]) }
        let whole = x.rounded(.towardZero)
        return .tuple([.float(Double(signOf: x, magnitudeOf: x - whole)), .float(whole)])
    }

    math.define("frexp") { args in
        try args.expect("math.frexp", min: 1, max: 1)
        let x = try floatArgument(args[0])
        if x.isNaN || x.isInfinite || x == 0 { return .tuple([.float(x), .int(0)]) }
        let m = Double(sign: x.sign, exponent: -1, significand: x.significand)
        return .tuple([.float(m), .int(Int(x.exponent) + 1)])
    }

    math.define("ldexp") { args in
        try expectPositional("ldexp", args, min: 2, max: 2)
        let x = try floatArgument(args[0])
        guard let big = args[1].bigIntValue else {
            throw PythonError.typeError("Expected an int as second argument to ldexp.")
        }
        if x == 0 || !x.isFinite { return .float(x) }
        guard let exp = Int32(exactly: big) else {
            if big.sign == .minus { return .float(Double(signOf: x, magnitudeOf: 0)) }
            throw mathRangeError()
        }
        let r = Foundation.scalbn(x, Int(exp))
        if r.isInfinite { throw mathRangeError() }
        return .float(r)
    }
}

/// A two-argument float function; each body applies its own error rule.
private func binary(_ math: PyModule, _ name: String, _ f: @escaping (Double, Double) throws -> Double) {
    math.define(name) { args in
        try positionalArguments("math.\(name)", name, args, min: 2, max: 2)
        let x = try floatArgument(args[0])
        let y = try floatArgument(args[1])
        return .float(try f(x, y))
    }
}

/// `math.pow`: IEEE special cases first, then libm with CPython's error mapping.
func mathPow(_ x: Double, _ y: Double) throws -> Double {
    if !x.isFinite || !y.isFinite {
        if x.isNaN { return y == 0 ? 1 : x }
        if y.isNaN { return x == 1 ? 1 : y }
        if x.isInfinite {
            let oddY = y.isFinite && Foundation.fmod(Swift.abs(y), 2.0) == 1.0
            if y > 0 { return oddY ? x : Swift.abs(x) }
            if y == 0 { return 1 }
            return oddY ? Double(signOf: x, magnitudeOf: 0) : 0
        }
        if Swift.abs(x) == 1 { return 1 }
        if y > 0 && Swift.abs(x) > 1 { return y }
        if y < 0 && Swift.abs(x) < 1 { return -y }
        return 0
    }
    let r = Foundation.pow(x, y)
    if r.isNaN { throw mathDomainError() }
    if r.isInfinite { throw x == 0 ? mathDomainError() : mathRangeError() }
    return r
}

/// `loghelper`: ints of any size (through their binary exponent), or floats via `math_1`.
func mathLogarithm(_ v: Value, _ f: (Double) -> Double) throws -> Double {
    if let big = v.bigIntValue {
        if big.sign == .minus || big.isZero { throw mathDomainError() }
        if let d = pyBigIntToDouble(big), d.isFinite { return f(d) }
        let (m, e) = frexpBigInt(big)
        return f(m) + f(2.0) * Double(e)
    }
    let x = try floatArgument(v)
    var r = f(x)
    // C's log(0) is -inf: a domain error here, as m_log makes it.
    if x == 0 { r = -Double.infinity }
    return try checkedResult(r, x, canOverflow: false)
}

/// `_PyLong_Frexp` for a positive BigInt: `m` in [0.5, 1) correctly rounded, and `e` with
/// `n == m * 2**e`.
func frexpBigInt(_ n: BigInt) -> (Double, Int) {
    let bits = n.magnitude.bitWidth
    var top: UInt64
    let shift = bits - 55
    if shift > 0 {
        top = UInt64(truncatingIfNeeded: n.magnitude >> shift)
        let lowMask = (BigUInt(1) << shift) - 1
        if !(n.magnitude & lowMask).isZero { top |= 1 }
    } else {
        top = UInt64(truncatingIfNeeded: n.magnitude)
    }
    var m = Double(top)
    m = Foundation.scalbn(m, Swift.max(shift, 0) - bits)
    var e = bits
    if m == 1.0 {
        m = 0.5
        e += 1
    }
    return (m, e)
}

// MARK: - floor, ceil, trunc

private func installMathRounding(_ math: PyModule) {
    func toInt(_ d: Double) throws -> Value {
        if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PythonError.overflowError("cannot convert float infinity to integer") }
        if let i = Int(exactly: d) { return .int(i) }
        guard let big = pyFloatToBigInt(d) else {
            throw PythonError.overflowError("cannot convert float infinity to integer")
        }
        return .integer(big)
    }
    for (name, dunder, rule) in [("floor", "__floor__", FloatingPointRoundingRule.down),
                                 ("ceil", "__ceil__", .up), ("trunc", "__trunc__", .towardZero)] {
        math.define(name) { args in
            try args.expect("math.\(name)", min: 1, max: 1)
            let x = args[0]
            switch x {
            case .float(let d): return try toInt(d.rounded(rule))
            case .int: return x
            case .bool(let b): return .int(b ? 1 : 0)
            case .object(let o):
                if o is PyInt { return x }
                if userClass(x) != nil, let r = try callSpecial(x, dunder, []) { return r }
            case .none: break
            }
            if name == "trunc" {
                throw PythonError.typeError("type \(x.typeName) doesn't define __trunc__ method")
            }
            return try toInt(try floatArgument(x).rounded(rule))
        }
    }
}
