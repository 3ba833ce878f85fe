// The arithmetic of the builtins round(), abs(), divmod() and pow(), with CPython's results
// for ints, big ints, floats and user classes' `__round__`, `__abs__`, `__divmod__`, `__pow__`.

import BigInt
import Foundation

// MARK: - round

/// `round(v)` / `round(v, ndigits)`.
public func roundValue(_ v: Value, _ ndigits: Value?) throws -> Value {
    let nd: Value? = (ndigits?.isNone ?? true) ? nil : ndigits
    switch v {
    case .int, .bool:
        return try roundInt(v.bigIntValue ?? 0, nd)
    case .float(let d):
        guard let nd else {
            if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PythonError.overflowError("cannot convert float infinity to integer") }
            return try floatToInt(pyRoundHalfEven(d))
        }
        let n = try clampedIndex(nd)
        if !d.isFinite || d == 0 { return .float(d) }
        let r = pyRound(d, ndigits: n)
        if r.isInfinite { throw PythonError.overflowError("rounded value too large to represent") }
        return .float(r)
    case .object(let o):
        if let big = o as? PyInt { return try roundInt(big.value, nd) }
        if userClass(v) != nil, let r = try callSpecial(v, "__round__", nd.map { [$0] } ?? []) { return r }
        // Native types outside this module (numpy scalars and arrays) register `__round__`.
        if case .object(let m)? = o.pyType.lookup("__round__"), let f = m as? PyNativeMethod {
            return try f.body(v, Args(nd.map { [$0] } ?? []))
        }
    default: break
    }
    throw PythonError.typeError("type \(v.typeName) doesn't define __round__ method")
}

/// `PyNumber_AsSsize_t(x, NULL)`: an index that clamps instead of overflowing.
private func clampedIndex(_ v: Value) throws -> Int {
    if let big = v.bigIntValue {
        return Int(exactly: big) ?? (big.sign == .minus ? Int.min : Int.max)
    }
    return try indexValue(v)
}

/// `int.__round__`: ndigits >= 0 leaves the int alone; negative ndigits round half to even.
private func roundInt(_ x: BigInt, _ ndigits: Value?) throws -> Value {
    guard let ndigits else { return .integer(x) }
    let n = try clampedIndex(ndigits)
    if n >= 0 { return .integer(x) }
    // 10**-n exceeds 2|x| once -n passes the digit count: the result is 0 without computing it.
    let digits = x.magnitude.isZero ? 1 : Int(Double(x.magnitude.bitWidth) * 0.30103) + 2
    if n == Int.min || -n > digits { return .int(0) }
    let pow10 = BigInt(10).power(-n)
    var q = floorDivide(x, pow10)
    let r = x - q * pow10
    let twice = r * 2
    if twice > pow10 || (twice == pow10 && !(q % 2).isZero) { q += 1 }
    return .integer(q * pow10)
}

// MARK: - abs

/// `abs(v)`.
public func absValue(_ v: Value) throws -> Value {
    switch v {
    case .int(let i): return i == Int.min ? .integer(-BigInt(i)) : .int(Swift.abs(i))
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(Swift.abs(d))
    case .object(let o):
        if let big = o as? PyInt { return .integer(BigInt(big.value.magnitude)) }
        if userClass(v) != nil, let r = try callSpecial(v, "__abs__", []) { return r }
        // Native types outside this module (numpy arrays and scalars) register `__abs__`.
        if case .object(let m)? = o.pyType.lookup("__abs__"), let f = m as? PyNativeMethod { return try f.body(v, Args()) }
    default: break
    }
    throw PythonError.typeError("bad operand type for abs(): '\(v.typeName)'")
}

// MARK: - divmod

/// `divmod(a, b)`.
public func divmodValue(_ a: Value, _ b: Value) throws -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
        if y == 0 { throw PythonError.zeroDivision("integer division or modulo by zero") }
        if !(x == Int.min && y == -1) {
            var q = x / y
            var r = x % y
            if r != 0 && (r < 0) != (y < 0) { q -= 1; r += y }
            return .tuple([.int(q), .int(r)])
        }
    default: break
    }
    let aFloat: Bool
    let bFloat: Bool
    if case .float = a { aFloat = true } else { aFloat = false }
    if case .float = b { bFloat = true } else { bFloat = false }
    if aFloat || bFloat, let x = try toDoubleIfNumeric(a), let y = try toDoubleIfNumeric(b) {
        let (q, r) = try floatDivmod(x, y)
        return .tuple([.float(q), .float(r)])
    }
    if let x = a.bigIntValue, let y = b.bigIntValue {
        if y.isZero { throw PythonError.zeroDivision("integer division or modulo by zero") }
        return .tuple([.integer(floorDivide(x, y)), .integer(floorMod(x, y))])
    }
    // User classes: the reflected method of a subclass first, as for binary operators.
    let aUser = userClass(a)
    let bUser = userClass(b)
    if let bc = bUser, let ac = aUser, bc !== ac, bc.isSubtype(of: ac),
       let r = try callSpecial(b, "__rdivmod__", [a]), !r.isNotImplemented {
        return r
    }
    if aUser != nil, let r = try callSpecial(a, "__divmod__", [b]), !r.isNotImplemented { return r }
    if bUser != nil, let r = try callSpecial(b, "__rdivmod__", [a]), !r.isNotImplemented { return r }
    throw PythonError.typeError("unsupported operand type(s) for divmod(): '\(a.typeName)' and '\(b.typeName)'")
}

/// CPython's `_float_div_mod`, including its signed-zero rules.
func floatDivmod(_ vx: Double, _ wx: Double) throws -> (Double, Double) {
    if wx == 0 { throw PythonError.zeroDivision("float divmod()") }
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) {
            mod += wx
            div -= 1
        }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = floor(div)
        if div - floordiv > 0.5 { floordiv += 1 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}

// MARK: - pow

/// `pow(a, b)` and `pow(a, b, mod)`.
public func powValue(_ a: Value, _ b: Value, _ mod: Value?) throws -> Value {
    guard let mod, !mod.isNone else { return try binaryOp(.pow, a, b) }
    if userClass(a) != nil, let r = try callSpecial(a, "__pow__", [b, mod]), !r.isNotImplemented { return r }
    guard let x = a.bigIntValue, let e = b.bigIntValue, let m = mod.bigIntValue else {
        let numeric = [a, b, mod].allSatisfy { v in
            switch v {
            case .int, .bool, .float: return true
            case .object(let o): return o is PyInt
            case .none: return false
            }
        }
        if numeric {
            throw PythonError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        throw PythonError.typeError("unsupported operand type(s) for ** or pow(): '\(a.typeName)', '\(b.typeName)', '\(mod.typeName)'")
    }
    if m.isZero { throw PythonError.valueError("pow() 3rd argument cannot be 0") }
    let modulus = m.magnitude
    if modulus == 1 { return .int(0) }
    var base = BigUInt(floorMod(x, BigInt(modulus)).magnitude)
    if e.sign == .minus {
        guard let inverse = base.inverse(modulus) else {
            throw PythonError.valueError("base is not invertible for the given modulus")
        }
        base = inverse
    }
    let r = base.power(e.magnitude, modulus: modulus)
    var result = BigInt(r)
    if m.sign == .minus && !result.isZero { result -= BigInt(modulus) }
    return .integer(result)
}
