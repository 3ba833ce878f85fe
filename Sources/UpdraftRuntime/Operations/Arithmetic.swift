// Binary and unary operators with Python's numeric semantics: exact ints that grow into
// BigInt on overflow, floor division and modulo, true division, CPython's error messages.
// Then sequence operators, and finally the user class's `__op__` / `__rop__` dunders.

import BigInt
import Foundation
import UpdraftSyntax

public typealias BinaryOp = BinaryOperator
public typealias UnaryOp = UnaryOperator
public typealias CompareOp = CompareOperator

extension BinaryOperator {
    /// `__add__`, `__radd__`, `__iadd__`.
    public var dunder: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .matMul: return "matmul"
        case .div: return "truediv"
        case .floorDiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lShift: return "lshift"
        case .rShift: return "rshift"
        case .bitOr: return "or"
        case .bitXor: return "xor"
        case .bitAnd: return "and"
        }
    }
    var forwardName: String { "__\(dunder)__" }
    var reflectedName: String { "__r\(dunder)__" }
    var inplaceName: String { "__i\(dunder)__" }
    var symbol: String { self == .pow ? "** or pow()" : rawValue }
}

// MARK: - Entry points

/// `a op b`.
public func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
    // Fast paths first: the interpreter's hot loops live here.
    switch (a, b) {
    case (.int(let x), .int(let y)):
        if let r = try intOp(op, x, y) { return r }
    case (.float(let x), .float(let y)):
        if let r = try floatOp(op, x, y) { return r }
    case (.int(let x), .float(let y)):
        if let r = try floatOp(op, Double(x), y) { return r }
    case (.float(let x), .int(let y)):
        if let r = try floatOp(op, x, Double(y)) { return r }
    default: break
    }
    if let r = try numericOp(op, a, b) { return r }
    // As in CPython, a right operand's numeric slot (numpy arrays) comes before list/tuple
    // concatenation and repetition.
    if op == .add || op == .mul, case .object(let oa) = a, oa is PyList || oa is PyTuple,
       case .object(let ob) = b, !(ob is PyList || ob is PyTuple), userClass(b) == nil,
       let r = try ob.pyBinary(op, a, reflected: true) {
        return r
    }
    if let r = try sequenceOp(op, a, b) { return r }
    return try dunderBinary(op, a, b)
}

/// `a op= b`: mutates lists and calls `__iop__`, otherwise behaves as `a op b`.
public func inplaceOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
    if case .object(let o) = a {
        if let list = o as? PyList {
            if op == .add {
                list.items.append(contentsOf: try iterateToArray(b))
                return a
            }
            if op == .mul {
                let n = try repeatCount(b, a)
                if n <= 0 { list.items.removeAll() } else {
                    let copy = list.items
                    for _ in 1..<n { list.items.append(contentsOf: copy) }
                }
                return a
            }
        } else if let set = o as? PySet, !set.frozen, case .object(let ob) = b, let other = ob as? PySet,
                  try setInPlaceOperation(op, set, other) {
            return a
        } else if let ba = o as? PyByteArray, op == .add || op == .mul {
            if op == .add { try byteArrayInplaceAdd(ba, b) } else { try byteArrayInplaceMultiply(ba, b) }
            return a
        } else if let d = o as? PyDict, op == .bitOr {
            try dictUpdate(d, from: b)
            return a
        } else if userClass(a) != nil, let r = try callSpecial(a, op.inplaceName, [b]), !r.isNotImplemented {
            return r
        } else if let r = try o.pyInplace(op, b) {
            return r
        }
    }
    return try binaryOp(op, a, b)
}

public func unaryOp(_ op: UnaryOp, _ v: Value) throws -> Value {
    switch (op, v) {
    case (.not, _): return .bool(!(try isTruthy(v)))
    case (.minus, .int(let i)):
        if i == Int.min { return .integer(-BigInt(i)) }
        return .int(-i)
    case (.minus, .float(let d)): return .float(-d)
    case (.minus, .bool(let b)): return .int(b ? -1 : 0)
    case (.plus, .int), (.plus, .float): return v
    case (.plus, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(b ? -2 : -1)
    case (_, .object(let o)):
        if let big = o as? PyInt {
            switch op {
            case .minus: return .integer(-big.value)
            case .plus: return v
            case .invert: return .integer(-big.value - 1)
            case .not: break
            }
        }
        if userClass(v) != nil {
            let name = op == .minus ? "__neg__" : op == .plus ? "__pos__" : "__invert__"
            if let r = try callSpecial(v, name, []) { return r }
        }
        if let r = try o.pyUnary(op) { return r }
    default: break
    }
    throw PythonError.typeError("bad operand type for unary \(op.rawValue): '\(v.typeName)'")
}

// MARK: - Machine integers

@inline(__always)
func intOp(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value? {
    switch op {
    case .add:
        let (r, o) = x.addingReportingOverflow(y)
        return o ? .integer(BigInt(x) + BigInt(y)) : .int(r)
    case .sub:
        let (r, o) = x.subtractingReportingOverflow(y)
        return o ? .integer(BigInt(x) - BigInt(y)) : .int(r)
    case .mul:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        return o ? .integer(BigInt(x) * BigInt(y)) : .int(r)
    case .div:
        if y == 0 { throw PythonError.zeroDivision("division by zero") }
        if x.magnitude <= 1 << 53 && y.magnitude <= 1 << 53 { return .float(Double(x) / Double(y)) }
        return try bigTrueDivide(BigInt(x), BigInt(y))
    case .floorDiv:
        if y == 0 { throw PythonError.zeroDivision("integer division or modulo by zero") }
        if x == Int.min && y == -1 { return .integer(-BigInt(x)) }
        let q = x / y
        return .int((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
    case .mod:
        if y == 0 { throw PythonError.zeroDivision("integer modulo by zero") }
        if y == -1 { return .int(0) }
        let r = x % y
        return .int((r != 0 && (r < 0) != (y < 0)) ? r + y : r)
    case .pow:
        if y < 0 {
            if x == 0 { throw PythonError.zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(Foundation.pow(Double(x), Double(y)))
        }
        return intPower(x, y)
    case .lShift:
        if y < 0 { throw PythonError.valueError("negative shift count") }
        if x == 0 { return .int(0) }
        if y < 63 {
            let r = x << y
            if r >> y == x { return .int(r) }
        }
        if y > 1 << 32 { throw PythonError.overflowError("too many digits in integer") }
        return .integer(BigInt(x) << y)
    case .rShift:
        if y < 0 { throw PythonError.valueError("negative shift count") }
        return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .matMul: return nil
    }
}

/// Exponentiation by squaring that moves to BigInt when a step overflows.
func intPower(_ base: Int, _ exponent: Int) -> Value {
    var result = 1
    var b = base
    var e = exponent
    while e > 0 {
        if e & 1 == 1 {
            let (r, o) = result.multipliedReportingOverflow(by: b)
            if o { return .integer(BigInt(base).power(exponent)) }
            result = r
        }
        e >>= 1
        if e > 0 {
            let (sq, o) = b.multipliedReportingOverflow(by: b)
            if o { return .integer(BigInt(base).power(exponent)) }
            b = sq
        }
    }
    return .int(result)
}

// MARK: - Floats

@inline(__always)
func floatOp(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value? {
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mul: return .float(x * y)
    case .div:
        if y == 0 { throw PythonError.zeroDivision("float division by zero") }
        return .float(x / y)
    case .floorDiv:
        if y == 0 { throw PythonError.zeroDivision("float floor division by zero") }
        return .float(pyFloatFloorDiv(x, y))
    case .mod:
        if y == 0 { throw PythonError.zeroDivision("float modulo") }
        return .float(pyFloatMod(x, y))
    case .pow: return try floatPower(x, y)
    default: return nil
    }
}

func floatPower(_ x: Double, _ y: Double) throws -> Value {
    if x == 0 && y < 0 { throw PythonError.zeroDivision("0.0 cannot be raised to a negative power") }
    if x < 0 && y != y.rounded() && y.isFinite {
        // CPython returns a complex here; Updraft has no complex type in object mode yet.
        throw PythonError.valueError("math domain error (negative number raised to a fractional power gives a complex result, which Updraft does not support)")
    }
    let r = Foundation.pow(x, y)
    if r.isInfinite && x.isFinite && y.isFinite {
        throw PythonError(PyExceptionObject(cls: .overflowError, args: [.tuple([.int(34), .str("Numerical result out of range")])]))
    }
    return .float(r)
}

// MARK: - Mixed and big integers

/// Arithmetic where a bool or BigInt is involved.
func numericOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
    let aIsFloat: Bool
    let bIsFloat: Bool
    if case .float = a { aIsFloat = true } else { aIsFloat = false }
    if case .float = b { bIsFloat = true } else { bIsFloat = false }
    if aIsFloat || bIsFloat {
        guard let x = try toDoubleIfNumeric(a), let y = try toDoubleIfNumeric(b) else { return nil }
        return try floatOp(op, x, y)
    }
    guard let x = a.bigIntValue, let y = b.bigIntValue else { return nil }
    // bools combine as bools for the bitwise operators.
    if case .bool(let p) = a, case .bool(let q) = b {
        switch op {
        case .bitAnd: return .bool(p && q)
        case .bitOr: return .bool(p || q)
        case .bitXor: return .bool(p != q)
        default: break
        }
    }
    if let sx = Int(exactly: x), let sy = Int(exactly: y) { return try intOp(op, sx, sy) }
    return try bigIntOp(op, x, y)
}

func bigIntOp(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws -> Value? {
    switch op {
    case .add: return .integer(x + y)
    case .sub: return .integer(x - y)
    case .mul: return .integer(x * y)
    case .div:
        if y.isZero { throw PythonError.zeroDivision("division by zero") }
        return try bigTrueDivide(x, y)
    case .floorDiv:
        if y.isZero { throw PythonError.zeroDivision("integer division or modulo by zero") }
        return .integer(floorDivide(x, y))
    case .mod:
        if y.isZero { throw PythonError.zeroDivision("integer modulo by zero") }
        return .integer(floorMod(x, y))
    case .pow:
        if y.sign == .minus {
            guard let fx = pyBigIntToDouble(x), let fy = pyBigIntToDouble(y) else {
                throw PythonError.overflowError("int too large to convert to float")
            }
            return try floatPower(fx, fy)
        }
        guard let e = Int(exactly: y), e < 1 << 24 || x.magnitude <= 1 else {
            throw PythonError.overflowError("exponent too large")
        }
        if x.magnitude <= 1 { return .integer(x.sign == .minus && e & 1 == 1 ? -1 : (x.isZero ? (e == 0 ? 1 : 0) : 1)) }
        return .integer(x.power(e))
    case .lShift:
        if y.sign == .minus { throw PythonError.valueError("negative shift count") }
        guard let s = Int(exactly: y), s < 1 << 32 else { throw PythonError.overflowError("too many digits in integer") }
        return .integer(x << s)
    case .rShift:
        if y.sign == .minus { throw PythonError.valueError("negative shift count") }
        guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
        return .integer(floorShiftRight(x, s))
    case .bitAnd: return .integer(x & y)
    case .bitOr: return .integer(x | y)
    case .bitXor: return .integer(x ^ y)
    case .matMul: return nil
    }
}

public func floorDivide(_ x: BigInt, _ y: BigInt) -> BigInt {
    let (q, r) = x.quotientAndRemainder(dividingBy: y)
    if !r.isZero && (r.sign == .minus) != (y.sign == .minus) { return q - 1 }
    return q
}

public func floorMod(_ x: BigInt, _ y: BigInt) -> BigInt {
    let r = x % y
    if !r.isZero && (r.sign == .minus) != (y.sign == .minus) { return r + y }
    return r
}

func floorShiftRight(_ x: BigInt, _ s: Int) -> BigInt {
    if x.sign == .plus { return x >> s }
    // Arithmetic shift rounds toward negative infinity.
    return -((-x - 1) >> s) - 1
}

func bigTrueDivide(_ x: BigInt, _ y: BigInt) throws -> Value {
    guard let r = pyTrueDivide(x, y) else {
        throw PythonError.overflowError("integer division result too large for a float")
    }
    return .float(r)
}

/// The float value of an int, bool or float; nil for other types.
public func toDoubleIfNumeric(_ v: Value) throws -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
        if let big = o as? PyInt {
            guard let d = pyBigIntToDouble(big.value) else {
                throw PythonError.overflowError("int too large to convert to float")
            }
            return d
        }
        return nil
    case .none: return nil
    }
}

// MARK: - Sequences

func repeatCount(_ n: Value, _ seq: Value) throws -> Int {
    switch n {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o is PyInt:
        throw PythonError.overflowError("cannot fit 'int' into an index-sized integer")
    default:
        throw PythonError.typeError("can't multiply sequence by non-int of type '\(n.typeName)'")
    }
}

func sequenceOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
    guard case .object(let oa) = a else {
        if op == .mul, case .object(let ob) = b, ob is PyStr || ob is PyList || ob is PyTuple, a.isIntegral {
            return try sequenceOp(.mul, b, a)
        }
        return nil
    }
    switch oa {
    case let s as PyStr:
        if op == .add {
            guard let t = b.stringValue else {
                if userClass(b) != nil { return nil }
                throw PythonError.typeError("can only concatenate str (not \"\(b.typeName)\") to str")
            }
            return .str(s.value + t)
        }
        if op == .mul {
            guard b.isIntegral || userClass(b) == nil else { return nil }
            let n = try repeatCount(b, a)
            return .str(n <= 0 ? "" : String(repeating: s.value, count: n))
        }
        if op == .mod { return .str(try percentFormat(s.value, b)) }
    case let l as PyList:
        if op == .add {
            guard case .object(let ob) = b, let m = ob as? PyList else {
                if userClass(b) != nil { return nil }
                throw PythonError.typeError("can only concatenate list (not \"\(b.typeName)\") to list")
            }
            return .list(l.items + m.items)
        }
        if op == .mul {
            guard b.isIntegral || userClass(b) == nil else { return nil }
            let n = try repeatCount(b, a)
            if n <= 0 || l.items.isEmpty { return .list([]) }
            var out: [Value] = []
            out.reserveCapacity(l.items.count * n)
            for _ in 0..<n { out.append(contentsOf: l.items) }
            return .list(out)
        }
    case let t as PyTuple:
        if op == .add {
            guard case .object(let ob) = b, let u = ob as? PyTuple else {
                if userClass(b) != nil { return nil }
                throw PythonError.typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple")
            }
            return .tuple(t.items + u.items)
        }
        if op == .mul {
            guard b.isIntegral || userClass(b) == nil else { return nil }
            let n = try repeatCount(b, a)
            if n <= 0 { return .tuple([]) }
            var out: [Value] = []
            for _ in 0..<n { out.append(contentsOf: t.items) }
            return .tuple(out)
        }
    case let s as PySet:
        guard case .object(let ob) = b, let other = ob as? PySet else { return nil }
        return try setOperation(op, s, other)
    case let d as PyDict:
        guard op == .bitOr, case .object(let ob) = b, ob is PyDict else { return nil }
        let result = PyDict(d.table)
        try dictUpdate(result, from: b)
        return .object(result)
    default: break
    }
    return nil
}

// MARK: - Dunder dispatch

func dunderBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
    let aUser = userClass(a)
    let bUser = userClass(b)
    // A subclass's reflected method wins over its base's forward one, as in CPython.
    if let bc = bUser, let ac = aUser, bc !== ac, bc.isSubtype(of: ac),
       let r = try callSpecial(b, op.reflectedName, [a]), !r.isNotImplemented {
        return r
    }
    if aUser != nil, let r = try callSpecial(a, op.forwardName, [b]), !r.isNotImplemented { return r }
    if case .object(let o) = a, let r = try o.pyBinary(op, b, reflected: false) { return r }
    if bUser != nil, let r = try callSpecial(b, op.reflectedName, [a]), !r.isNotImplemented { return r }
    if case .object(let o) = b, let r = try o.pyBinary(op, a, reflected: true) { return r }
    if op == .mul, (a.isIntegral || b.isIntegral) {
        if let r = try sequenceOp(.mul, b, a) { return r }
    }
    if op == .add, case .object(let o) = a, o is PyStr || o is PyList || o is PyTuple {
        throw PythonError.typeError("can only concatenate \(a.typeName) (not \"\(b.typeName)\") to \(a.typeName)")
    }
    throw PythonError.typeError("unsupported operand type(s) for \(op.symbol): '\(a.typeName)' and '\(b.typeName)'")
}
