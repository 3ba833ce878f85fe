// The typed loops of the two-input ufuncs. Each (operation, loop dtype) pair is one
// specialization of `binaryLoop`; narrow integers run in their own width so overflow wraps as
// numpy's does, and float division and modulo follow numpy's npy_divmod.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UpdraftRuntime

enum BinaryKind {
    case add, subtract, multiply, divide, floorDivide, remainder, power
    case bitAnd, bitOr, bitXor, leftShift, rightShift
    case minimum, maximum, fmin, fmax, arctan2, hypot, copysign
    case logicalAnd, logicalOr, logicalXor
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }
}

/// What a loop reports besides its results.
struct KernelFlags {
    var divideByZero = false
    var negativePower = false
}

/// The element types of float loops; transcendental functions run in double precision.
protocol NPFloat: BinaryFloatingPoint {}
extension Double: NPFloat {}
extension Float: NPFloat {}

@inline(__always) func dbl<T: NPFloat>(_ x: T) -> Double { Double(x) }

/// numpy's npy_divmod: the floored quotient and Python-style modulus of floats.
@inline(__always)
func npyDivmod<T: NPFloat>(_ a: T, _ b: T) -> (T, T) {
    var mod = T(fmod(dbl(a), dbl(b)))
    if b == 0 { return (a / b, mod) }
    var div = (a - mod) / b
    if mod != 0 {
        if (b < 0) != (mod < 0) {
            mod += b
            div -= 1
        }
    } else {
        mod = b.sign == .minus ? -0.0 : 0.0
    }
    var floordiv: T
    if div != 0 {
        floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1 }
    } else {
        floordiv = (a / b).sign == .minus ? -0.0 : 0.0
    }
    return (floordiv, mod)
}

@inline(__always)
func npyFloorDivide<T: NPFloat>(_ a: T, _ b: T) -> T {
    if b == 0 { return a / b }
    return npyDivmod(a, b).0
}

@inline(__always)
func npyRemainder<T: NPFloat>(_ a: T, _ b: T) -> T {
    if b == 0 { return T(fmod(dbl(a), dbl(b))) }
    return npyDivmod(a, b).1
}

/// Runs `kind` over `g` (inputs of dtype `t`, output of the resolved type).
func runBinaryKernel(_ kind: BinaryKind, _ t: DType, _ g: LoopGeometry) -> KernelFlags {
    switch t {
    case .bool: return boolBinary(kind, g)
    case .int8: return intBinary(Int8.self, kind, g)
    case .int16: return intBinary(Int16.self, kind, g)
    case .int32: return intBinary(Int32.self, kind, g)
    case .int64: return intBinary(Int64.self, kind, g)
    case .uint8: return intBinary(UInt8.self, kind, g)
    case .uint16: return intBinary(UInt16.self, kind, g)
    case .uint32: return intBinary(UInt32.self, kind, g)
    case .uint64: return intBinary(UInt64.self, kind, g)
    case .float32: return floatBinary(Float.self, kind, g)
    case .float64: return floatBinary(Double.self, kind, g)
    case .complex128: return complexBinary(kind, g)
    }
}

private func compareLoop<T: Comparable>(_: T.Type, _ kind: BinaryKind, _ g: LoopGeometry) -> Bool {
    switch kind {
    case .equal: binaryLoop(g) { (a: T, b: T) in a == b }
    case .notEqual: binaryLoop(g) { (a: T, b: T) in a != b }
    case .less: binaryLoop(g) { (a: T, b: T) in a < b }
    case .lessEqual: binaryLoop(g) { (a: T, b: T) in a <= b }
    case .greater: binaryLoop(g) { (a: T, b: T) in a > b }
    case .greaterEqual: binaryLoop(g) { (a: T, b: T) in a >= b }
    default: return false
    }
    return true
}

private func logicalLoop<T: Numeric>(_: T.Type, _ kind: BinaryKind, _ g: LoopGeometry) -> Bool {
    switch kind {
    case .logicalAnd: binaryLoop(g) { (a: T, b: T) in a != 0 && b != 0 }
    case .logicalOr: binaryLoop(g) { (a: T, b: T) in a != 0 || b != 0 }
    case .logicalXor: binaryLoop(g) { (a: T, b: T) in (a != 0) != (b != 0) }
    default: return false
    }
    return true
}

private func intBinary<T: FixedWidthInteger>(_: T.Type, _ kind: BinaryKind, _ g: LoopGeometry) -> KernelFlags {
    var flags = KernelFlags()
    if compareLoop(T.self, kind, g) || logicalLoop(T.self, kind, g) { return flags }
    let minusOne = ~(0 as T)
    let width = UInt64(T.bitWidth)
    switch kind {
    case .add: binaryLoop(g) { (a: T, b: T) in a &+ b }
    case .subtract: binaryLoop(g) { (a: T, b: T) in a &- b }
    case .multiply: binaryLoop(g) { (a: T, b: T) in a &* b }
    case .floorDivide:
        var zero = false
        binaryLoop(g) { (a: T, b: T) -> T in
            if b == 0 { zero = true; return 0 }
            if T.isSigned && b == minusOne { return 0 &- a }
            let q = a / b
            if T.isSigned && a % b != 0 && ((a < 0) != (b < 0)) { return q &- 1 }
            return q
        }
        flags.divideByZero = zero
    case .remainder:
        var zero = false
        binaryLoop(g) { (a: T, b: T) -> T in
            if b == 0 { zero = true; return 0 }
            if T.isSigned && b == minusOne { return 0 }
            let r = a % b
            if T.isSigned && r != 0 && ((r < 0) != (b < 0)) { return r &+ b }
            return r
        }
        flags.divideByZero = zero
    case .power:
        var negative = false
        binaryLoop(g) { (a: T, b: T) -> T in
            if b < 0 { negative = true; return 0 }
            if b == 0 || a == 1 { return 1 }
            var base = a, e = b
            var out: T = e & 1 != 0 ? base : 1
            e >>= 1
            while e > 0 {
                base = base &* base
                if e & 1 != 0 { out = out &* base }
                e >>= 1
            }
            return out
        }
        flags.negativePower = negative
    case .bitAnd: binaryLoop(g) { (a: T, b: T) in a & b }
    case .bitOr: binaryLoop(g) { (a: T, b: T) in a | b }
    case .bitXor: binaryLoop(g) { (a: T, b: T) in a ^ b }
    case .leftShift:
        binaryLoop(g) { (a: T, b: T) -> T in
            let s = UInt64(truncatingIfNeeded: b)
            return s >= width ? 0 : a &<< T(truncatingIfNeeded: s)
        }
    case .rightShift:
        binaryLoop(g) { (a: T, b: T) -> T in
            let s = UInt64(truncatingIfNeeded: b)
            return s >= width ? (a < 0 ? minusOne : 0) : a &>> T(truncatingIfNeeded: s)
        }
    case .minimum, .fmin: binaryLoop(g) { (a: T, b: T) in a < b ? a : b }
    case .maximum, .fmax: binaryLoop(g) { (a: T, b: T) in a > b ? a : b }
    default: preconditionFailure("no integer loop for \(kind)")
    }
    return flags
}

private func floatBinary<T: NPFloat>(_: T.Type, _ kind: BinaryKind, _ g: LoopGeometry) -> KernelFlags {
    if compareLoop(T.self, kind, g) || logicalLoop(T.self, kind, g) { return KernelFlags() }
    switch kind {
    case .add: binaryLoop(g) { (a: T, b: T) in a + b }
    case .subtract: binaryLoop(g) { (a: T, b: T) in a - b }
    case .multiply: binaryLoop(g) { (a: T, b: T) in a * b }
    case .divide: binaryLoop(g) { (a: T, b: T) in a / b }
    case .floorDivide: binaryLoop(g) { (a: T, b: T) in npyFloorDivide(a, b) }
    case .remainder: binaryLoop(g) { (a: T, b: T) in npyRemainder(a, b) }
    case .power:
        // numpy's float power loop takes sqrt for a scalar exponent of 0.5 (scalar math does not).
        if g.operand1IsScalar && !g.scalarOperator && !g.empty && g.p1.load(as: T.self) == 0.5 {
            binaryLoop(g) { (a: T, _: T) in a.squareRoot() }
        } else {
            binaryLoop(g) { (a: T, b: T) in T(pow(dbl(a), dbl(b))) }
        }
    case .minimum: binaryLoop(g) { (a: T, b: T) in a < b || a.isNaN ? a : b }
    case .maximum: binaryLoop(g) { (a: T, b: T) in a > b || a.isNaN ? a : b }
    case .fmin: binaryLoop(g) { (a: T, b: T) in b.isNaN || a < b ? a : b }
    case .fmax: binaryLoop(g) { (a: T, b: T) in b.isNaN || a > b ? a : b }
    case .arctan2: binaryLoop(g) { (a: T, b: T) in T(atan2(dbl(a), dbl(b))) }
    case .hypot: binaryLoop(g) { (a: T, b: T) in T(hypot(dbl(a), dbl(b))) }
    case .copysign: binaryLoop(g) { (a: T, b: T) in T(copysign(dbl(a), dbl(b))) }
    default: preconditionFailure("no float loop for \(kind)")
    }
    return KernelFlags()
}

private func boolBinary(_ kind: BinaryKind, _ g: LoopGeometry) -> KernelFlags {
    switch kind {
    case .add, .maximum, .fmax, .bitOr, .logicalOr: binaryLoop(g) { (a: Bool, b: Bool) in a || b }
    case .multiply, .minimum, .fmin, .bitAnd, .logicalAnd: binaryLoop(g) { (a: Bool, b: Bool) in a && b }
    case .bitXor, .logicalXor, .notEqual: binaryLoop(g) { (a: Bool, b: Bool) in a != b }
    case .equal: binaryLoop(g) { (a: Bool, b: Bool) in a == b }
    case .less: binaryLoop(g) { (a: Bool, b: Bool) in !a && b }
    case .lessEqual: binaryLoop(g) { (a: Bool, b: Bool) in !a || b }
    case .greater: binaryLoop(g) { (a: Bool, b: Bool) in a && !b }
    case .greaterEqual: binaryLoop(g) { (a: Bool, b: Bool) in a || !b }
    default: preconditionFailure("no bool loop for \(kind)")
    }
    return KernelFlags()
}

/// A complex128 element.
struct Complex128 {
    var re: Double
    var im: Double
}

private func complexBinary(_ kind: BinaryKind, _ g: LoopGeometry) -> KernelFlags {
    typealias C = Complex128
    switch kind {
    case .add: binaryLoop(g) { (a: C, b: C) in C(re: a.re + b.re, im: a.im + b.im) }
    case .subtract: binaryLoop(g) { (a: C, b: C) in C(re: a.re - b.re, im: a.im - b.im) }
    case .multiply: binaryLoop(g) { (a: C, b: C) in C(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re) }
    case .divide: binaryLoop(g) { (a: C, b: C) in complexDivide(a, b) }
    case .equal: binaryLoop(g) { (a: C, b: C) in a.re == b.re && a.im == b.im }
    case .notEqual: binaryLoop(g) { (a: C, b: C) in a.re != b.re || a.im != b.im }
    case .logicalAnd: binaryLoop(g) { (a: C, b: C) in (a.re != 0 || a.im != 0) && (b.re != 0 || b.im != 0) }
    case .logicalOr: binaryLoop(g) { (a: C, b: C) in (a.re != 0 || a.im != 0) || (b.re != 0 || b.im != 0) }
    case .logicalXor: binaryLoop(g) { (a: C, b: C) in (a.re != 0 || a.im != 0) != (b.re != 0 || b.im != 0) }
    default: preconditionFailure("no complex loop for \(kind)")
    }
    return KernelFlags()
}

/// numpy's complex division (Smith's method).
@inline(__always)
func complexDivide(_ a: Complex128, _ b: Complex128) -> Complex128 {
    let (ar, ai, br, bi) = (a.re, a.im, b.re, b.im)
    let brAbs = Swift.abs(br), biAbs = Swift.abs(bi)
    if brAbs >= biAbs {
        if brAbs == 0 && biAbs == 0 { return Complex128(re: ar / brAbs, im: ai / brAbs) }
        let rat = bi / br
        let scl = 1.0 / (br + bi * rat)
        return Complex128(re: (ar + ai * rat) * scl, im: (ai - ar * rat) * scl)
    }
    let rat = br / bi
    let scl = 1.0 / (bi + br * rat)
    return Complex128(re: (ar * rat + ai) * scl, im: (ai * rat - ar) * scl)
}
