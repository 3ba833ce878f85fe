// The typed loops of the one-input ufuncs: sign and rounding operations on every numeric
// type, and the float math functions (double-precision libm; float32 rounds the result).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UpdraftRuntime

enum UnaryKind {
    case negative, positive, absolute, invert, sign, square, reciprocal
    case floor, ceil, trunc, rint
    case isnan, isinf, isfinite, logicalNot, signbit
    case sqrt, cbrt, exp, exp2, expm1, log, log2, log10, log1p
    case sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh, arcsinh, arccosh, arctanh
    case deg2rad, rad2deg
}

func runUnaryKernel(_ kind: UnaryKind, _ t: DType, _ g: LoopGeometry) {
    switch t {
    case .bool: boolUnary(kind, g)
    case .int8: intUnary(Int8.self, kind, g)
    case .int16: intUnary(Int16.self, kind, g)
    case .int32: intUnary(Int32.self, kind, g)
    case .int64: intUnary(Int64.self, kind, g)
    case .uint8: intUnary(UInt8.self, kind, g)
    case .uint16: intUnary(UInt16.self, kind, g)
    case .uint32: intUnary(UInt32.self, kind, g)
    case .uint64: intUnary(UInt64.self, kind, g)
    case .float32: floatUnary(Float.self, kind, g)
    case .float64: floatUnary(Double.self, kind, g)
    case .complex128: complexUnary(kind, g)
    }
}

private func intUnary<T: FixedWidthInteger>(_: T.Type, _ kind: UnaryKind, _ g: LoopGeometry) {
    switch kind {
    case .negative: unaryLoop(g) { (a: T) in 0 &- a }
    case .positive, .floor, .ceil, .trunc: unaryLoop(g) { (a: T) in a }
    case .absolute: unaryLoop(g) { (a: T) in a < 0 ? 0 &- a : a }
    case .invert: unaryLoop(g) { (a: T) in ~a }
    case .sign: unaryLoop(g) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? 0 &- 1 : 0) }
    case .square: unaryLoop(g) { (a: T) in a &* a }
    case .reciprocal: unaryLoop(g) { (a: T) in T(truncatingIfNeeded: doubleToInt64(1.0 / Double(a))) }
    case .isnan, .isinf, .signbit: unaryLoop(g) { (a: T) in kind == .signbit && a < 0 }
    case .isfinite: unaryLoop(g) { (_: T) in true }
    case .logicalNot: unaryLoop(g) { (a: T) in a == 0 }
    default: preconditionFailure("no integer loop for \(kind)")
    }
}

private func boolUnary(_ kind: UnaryKind, _ g: LoopGeometry) {
    switch kind {
    case .positive, .absolute, .floor, .ceil, .trunc: unaryLoop(g) { (a: Bool) in a }
    case .invert, .logicalNot: unaryLoop(g) { (a: Bool) in !a }
    case .isnan, .isinf, .signbit: unaryLoop(g) { (_: Bool) in false }
    case .isfinite: unaryLoop(g) { (_: Bool) in true }
    default: preconditionFailure("no bool loop for \(kind)")
    }
}

private func floatUnary<T: NPFloat>(_: T.Type, _ kind: UnaryKind, _ g: LoopGeometry) {
    switch kind {
    case .negative: unaryLoop(g) { (a: T) in -a }
    case .positive: unaryLoop(g) { (a: T) in a }
    case .absolute: unaryLoop(g) { (a: T) in Swift.abs(a) }
    case .sign: unaryLoop(g) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? -1 : (a == 0 ? 0 : a)) }
    case .square: unaryLoop(g) { (a: T) in a * a }
    case .reciprocal: unaryLoop(g) { (a: T) in 1 / a }
    case .floor: unaryLoop(g) { (a: T) in a.rounded(.down) }
    case .ceil: unaryLoop(g) { (a: T) in a.rounded(.up) }
    case .trunc: unaryLoop(g) { (a: T) in a.rounded(.towardZero) }
    case .rint: unaryLoop(g) { (a: T) in a.rounded(.toNearestOrEven) }
    case .isnan: unaryLoop(g) { (a: T) in a.isNaN }
    case .isinf: unaryLoop(g) { (a: T) in a.isInfinite }
    case .isfinite: unaryLoop(g) { (a: T) in a.isFinite }
    case .signbit: unaryLoop(g) { (a: T) in a.sign == .minus }
    case .logicalNot: unaryLoop(g) { (a: T) in a == 0 }
    case .sqrt: unaryLoop(g) { (a: T) in a.squareRoot() }
    case .cbrt: unaryLoop(g) { (a: T) in T(accurateCbrt(dbl(a))) }
    case .exp: unaryLoop(g) { (a: T) in T(exp(dbl(a))) }
    case .exp2: unaryLoop(g) { (a: T) in T(exp2(dbl(a))) }
    case .expm1: unaryLoop(g) { (a: T) in T(expm1(dbl(a))) }
    case .log: unaryLoop(g) { (a: T) in T(log(dbl(a))) }
    case .log2: unaryLoop(g) { (a: T) in T(log2(dbl(a))) }
    case .log10: unaryLoop(g) { (a: T) in T(log10(dbl(a))) }
    case .log1p: unaryLoop(g) { (a: T) in T(log1p(dbl(a))) }
    case .sin: unaryLoop(g) { (a: T) in T(sin(dbl(a))) }
    case .cos: unaryLoop(g) { (a: T) in T(cos(dbl(a))) }
    case .tan: unaryLoop(g) { (a: T) in T(tan(dbl(a))) }
    case .arcsin: unaryLoop(g) { (a: T) in T(asin(dbl(a))) }
    case .arccos: unaryLoop(g) { (a: T) in T(acos(dbl(a))) }
    case .arctan: unaryLoop(g) { (a: T) in T(atan(dbl(a))) }
    case .sinh: unaryLoop(g) { (a: T) in T(sinh(dbl(a))) }
    case .cosh: unaryLoop(g) { (a: T) in T(cosh(dbl(a))) }
    case .tanh: unaryLoop(g) { (a: T) in T(tanh(dbl(a))) }
    case .arcsinh: unaryLoop(g) { (a: T) in T(asinh(dbl(a))) }
    case .arccosh: unaryLoop(g) { (a: T) in T(acosh(dbl(a))) }
    case .arctanh: unaryLoop(g) { (a: T) in T(atanh(dbl(a))) }
    case .deg2rad:
        let f = T(Double.pi) / T(180)
        unaryLoop(g) { (a: T) in a * f }
    case .rad2deg:
        let f = T(180) / T(Double.pi)
        unaryLoop(g) { (a: T) in a * f }
    case .invert: preconditionFailure("no float loop for invert")
    }
}

private func complexUnary(_ kind: UnaryKind, _ g: LoopGeometry) {
    typealias C = Complex128
    switch kind {
    case .negative: unaryLoop(g) { (a: C) in C(re: -a.re, im: -a.im) }
    case .positive: unaryLoop(g) { (a: C) in a }
    case .absolute: unaryLoop(g) { (a: C) in hypot(a.re, a.im) }
    case .isnan: unaryLoop(g) { (a: C) in a.re.isNaN || a.im.isNaN }
    case .isinf: unaryLoop(g) { (a: C) in a.re.isInfinite || a.im.isInfinite }
    case .isfinite: unaryLoop(g) { (a: C) in a.re.isFinite && a.im.isFinite }
    case .logicalNot: unaryLoop(g) { (a: C) in a.re == 0 && a.im == 0 }
    default: preconditionFailure("no complex loop for \(kind)")
    }
}

/// libm's cbrt refined by one Newton step on an exactly computed residual, so results are
/// correctly rounded in practice (glibc's cbrt is off by an ulp for inputs like 0.125).
@inline(__always)
func accurateCbrt(_ x: Double) -> Double {
    let y = cbrt(x)
    if !y.isFinite || y == 0 { return y }
    let y2 = y * y
    let e2 = fma(y, y, -y2)                                         // y² = y2 + e2 exactly
    let y3 = y2 * y
    let e3 = fma(y2, y, -y3)                                        // y2·y = y3 + e3 exactly
    let residual = (y3 - x) + (e3 + e2 * y)
    return y - residual / (3 * y2)
}
