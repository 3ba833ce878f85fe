// Unification (the type a variable gets when it is assigned values of several types) and numba's
// result types for operators on scalars and arrays. The scalar tables follow numba's registered
// operator signatures (numba/core/typing/builtins.py), the array rules its ufunc loop selection:
// checked against numba 0.68's typing context for every pair of number types.

import UpdraftArray
import UpdraftSyntax

extension NumbaType {
    /// numba's `unify_pairs`: the smallest type both convert to, or nil when there is none.
    public static func unify(_ a: NumbaType, _ b: NumbaType) -> NumbaType? {
        if a == b { return a.isLiteral ? a : a }
        if a == .undefined { return b.unliteral }
        if b == .undefined { return a.unliteral }
        let (ua, ub) = (a.unliteral, b.unliteral)
        if ua == ub { return ua }
        switch (ua, ub) {
        case (.none, .optional), (.optional, .none): return ua == .none ? ub : ua
        case (.none, _): return .optional(ub)
        case (_, .none): return .optional(ua)
        case (.optional(let x), .optional(let y)):
            return unify(x, y).map { .optional($0) }
        case (.optional(let x), _):
            return unify(x, ub).map { .optional($0) }
        case (_, .optional(let y)):
            return unify(ua, y).map { .optional($0) }
        default: break
        }
        if ua.isNumber && ub.isNumber, let da = ua.dtype, let db = ub.dtype {
            return NumbaType(DType.promote(da, db))
        }
        switch (ua, ub) {
        case (.array(let d1, let n1, let l1, let r1), .array(let d2, let n2, let l2, let r2)):
            guard d1 == d2, n1 == n2 else { return nil }
            return .array(dtype: d1, ndim: n1, layout: l1 == l2 ? l1 : .A, readonly: r1 || r2)
        case (.list(let e1, let r1), .list(let e2, let r2)):
            guard let e = unify(e1, e2) else { return nil }
            return .list(e, reflected: r1 || r2)
        case (.boundFunction(let r1, let m1), .boundFunction(let r2, let m2)) where m1 == m2:
            // A method of a container whose item type was refined.
            return unify(r1, r2).map { .boundFunction(receiver: $0, method: m1) }
        case (.dict(let k1, let v1), .dict(let k2, let v2)):
            guard let k = unify(k1, k2), let v = unify(v1, v2) else { return nil }
            return .dict(k, v)
        default: break
        }
        if let ea = ua.tupleElements, let eb = ub.tupleElements, ea.count == eb.count {
            var out: [NumbaType] = []
            for (x, y) in Swift.zip(ea, eb) {
                guard let u = unify(x, y) else { return nil }
                out.append(u)
            }
            return makeTuple(out)
        }
        return nil
    }

    /// Whether a value of type `self` can be stored where `target` is expected (numba's
    /// implicit conversions: any number to any number, T to Optional(T), none to Optional).
    public func converts(to target: NumbaType) -> Bool {
        let s = unliteral
        if s == target { return true }
        if s.isNumber && target.isNumber { return true }
        if case .optional(let t) = target { return s == .none || s.converts(to: t) }
        if let u = NumbaType.unify(s, target), u == target { return true }
        return false
    }
}

// MARK: Scalar operators

/// The "integer-ish" class of a number type: bool counts as a signed integer in arithmetic.
private enum NumberClass { case int(bits: Int, signed: Bool), float(Int), complex }

private func numberClass(_ t: NumbaType) -> NumberClass? {
    switch t.unliteral {
    case .boolean: return .int(bits: 1, signed: true)
    case .integer(let b, let s): return .int(bits: b, signed: s)
    case .float(let b): return .float(b)
    case .complex: return .complex
    default: return nil
    }
}

/// numba's `choose_result_int`: at least 64 bits, signed when any input is.
private func resultInt(_ a: NumberClass, _ b: NumberClass) -> NumbaType {
    guard case .int(let ba, let sa) = a, case .int(let bb, let sb) = b else { return .int64 }
    return .integer(bits: max(64, ba, bb), signed: sa || sb)
}

/// The common type of two numbers for `+ - * // %` and friends.
private func arithmeticResult(_ a: NumbaType, _ b: NumbaType) -> NumbaType? {
    guard let ca = numberClass(a), let cb = numberClass(b) else { return nil }
    switch (ca, cb) {
    case (.int, .int): return resultInt(ca, cb)
    default:
        guard let da = a.dtype, let db = b.dtype else { return nil }
        return NumbaType(DType.promote(da, db))
    }
}

/// Typing of a binary operator on scalars: the operand types the implementation takes and the result.
public func scalarBinaryOperator(_ op: BinaryOperator, _ a: NumbaType, _ b: NumbaType) -> (args: [NumbaType], result: NumbaType)? {
    let (ua, ub) = (a.unliteral, b.unliteral)
    // Strings and tuples.
    if ua == .unicode && ub == .unicode && op == .add { return ([ua, ub], .unicode) }
    if op == .mul && ((ua == .unicode && ub.isIntegerLike) || (ua.isIntegerLike && ub == .unicode)) {
        return ([ua, ub], .unicode)
    }
    if op == .mod && ua == .unicode { return nil }
    if op == .add, let ea = ua.tupleElements, let eb = ub.tupleElements {
        return ([ua, ub], .makeTuple(ea + eb))
    }
    guard let ca = numberClass(ua), let cb = numberClass(ub) else { return nil }
    switch op {
    case .add, .sub, .mul:
        guard let r = arithmeticResult(ua, ub) else { return nil }
        return ([r, r], r)
    case .div:
        if case .int = ca, case .int = cb { return ([.float64, .float64], .float64) }
        guard let r = arithmeticResult(ua, ub) else { return nil }
        return ([r, r], r)
    case .floorDiv, .mod:
        guard let r = arithmeticResult(ua, ub), r != .complex128 else { return nil }
        return ([r, r], r)
    case .pow:
        if case .float = ca, case .int = cb { return ([ua, .int64], ua) }  // float ** int keeps the float type
        if case .complex = ca, case .int = cb { return ([ua, .int64], ua) }
        guard let r = arithmeticResult(ua, ub) else { return nil }
        return ([r, r], r)
    case .bitAnd, .bitOr, .bitXor:
        guard case .int = ca, case .int = cb else { return nil }
        if ua == .boolean && ub == .boolean { return ([.boolean, .boolean], .boolean) }
        let r = resultInt(ca, cb)
        return ([r, r], r)
    case .lShift, .rShift:
        guard case .int(let bits, let signed) = ca, case .int = cb else { return nil }
        let r = NumbaType.integer(bits: max(64, bits), signed: signed)
        return ([r, r], r)
    case .matMul:
        return nil
    }
}

/// Typing of a comparison on scalars (ordering comparisons reject complex numbers).
public func scalarCompare(_ op: CompareOperator, _ a: NumbaType, _ b: NumbaType) -> (args: [NumbaType], result: NumbaType)? {
    let (ua, ub) = (a.unliteral, b.unliteral)
    switch op {
    case .is, .isNot:
        return ([ua, ub], .boolean)
    case .in, .notIn:
        switch ub {
        case .list(let e, _), .uniTuple(let e, _):
            guard NumbaType.unify(ua, e) != nil || (ua.isNumber && e.isNumber) else { return nil }
            return ([ua, ub], .boolean)
        case .tuple: return ([ua, ub], .boolean)
        case .unicode: return ua == .unicode ? ([ua, ub], .boolean) : nil
        case .dict(let k, _): return ua.converts(to: k) ? ([ua, ub], .boolean) : nil
        case .array: return ua.isNumber ? ([ua, ub], .boolean) : nil
        default: return nil
        }
    case .eq, .notEq, .lt, .ltE, .gt, .gtE:
        let ordering = op != .eq && op != .notEq
        if ua.isNumber && ub.isNumber {
            if ordering && (ua == .complex128 || ub == .complex128) { return nil }
            guard let r = arithmeticResult(ua, ub) else { return nil }
            return ([r, r], .boolean)
        }
        if ua == .unicode && ub == .unicode { return ([ua, ub], .boolean) }
        if !ordering {
            // `x == None` and comparisons of unrelated types are allowed for equality.
            if ua == .none || ub == .none { return ([ua, ub], .boolean) }
            if case .optional = ua { return ([ua, ub], .boolean) }
            if case .optional = ub { return ([ua, ub], .boolean) }
        }
        if let ea = ua.tupleElements, let eb = ub.tupleElements, ea.count == eb.count {
            return ([ua, ub], .boolean)
        }
        return nil
    }
}

/// Typing of a unary operator on a scalar.
public func scalarUnary(_ op: UnaryOperator, _ a: NumbaType) -> NumbaType? {
    let ua = a.unliteral
    switch op {
    case .not:
        return .boolean
    case .minus, .plus:
        switch ua {
        case .boolean: return .int64
        case .integer(let b, let s): return .integer(bits: max(64, b), signed: s)
        case .float, .complex: return ua
        default: return nil
        }
    case .invert:
        switch ua {
        case .boolean: return .boolean
        case .integer(let b, let s): return .integer(bits: max(64, b), signed: s)
        default: return nil
        }
    }
}

// MARK: Array operators (numpy ufunc loops as numba selects them)

/// The loop dtype numba picks for two operand dtypes: the higher kind wins outright; within a
/// kind (integers signed or not) numpy's promotion applies.
func ufuncLoopDType(_ a: DType, _ b: DType) -> DType {
    func rank(_ d: DType) -> Int {
        switch d.kind {
        case .bool: return 0
        case .signed, .unsigned: return 1
        case .float: return 2
        case .complex: return 3
        }
    }
    let (ra, rb) = (rank(a), rank(b))
    if ra > rb { return a }
    if rb > ra { return b }
    return DType.promote(a, b)
}

/// Broadcast result of array operands: the largest ndim; layout F only when every array is F.
private func broadcastShape(_ types: [NumbaType]) -> (ndim: Int, layout: ArrayLayout) {
    var ndim = 0
    var allF = true
    var count = 0
    for t in types {
        if case .array(_, let nd, let layout, _) = t {
            ndim = max(ndim, nd)
            if layout != .F { allF = false }
            count += 1
        }
    }
    if count == 1, let arr = types.first(where: \.isArray), case .array(_, _, let l, _) = arr, l == .F { return (ndim, .F) }
    return (ndim, allF && count > 0 ? .F : .C)
}

/// Typing of a binary operator where at least one operand is an array.
public func arrayBinaryOperator(_ op: BinaryOperator, _ a: NumbaType, _ b: NumbaType) -> NumbaType? {
    guard a.isArray || b.isArray else { return nil }
    let (ua, ub) = (a.unliteral, b.unliteral)
    guard let da = ua.arrayDType?.dtype ?? ua.dtype, let db = ub.arrayDType?.dtype ?? ub.dtype else { return nil }
    let shape = broadcastShape([ua, ub])
    if op == .matMul {
        guard let na = ua.arrayNDim, let nb = ub.arrayNDim else { return nil }
        let dt = NumbaType(ufuncLoopDType(da, db))
        switch (na, nb) {
        case (1, 1): return dt
        case (2, 1), (1, 2): return .array(dt, 1)
        case (2, 2): return .array(dt, 2)
        default: return nil
        }
    }
    var loop = ufuncLoopDType(da, db)
    switch op {
    case .div:
        if loop.kind == .bool || loop.isInteger { loop = .float64 }
    case .floorDiv, .mod:
        if loop == .complex128 { return nil }
        if loop == .bool { loop = .int8 }
    case .bitAnd, .bitOr, .bitXor, .lShift, .rShift:
        if loop.isInexact { return nil }
    case .add, .sub, .mul, .pow:
        if loop == .bool && op != .add && op != .mul { loop = .int8 }
    case .matMul:
        break
    }
    return .array(NumbaType(loop), shape.ndim, shape.layout)
}

/// Typing of an elementwise comparison where at least one operand is an array.
public func arrayCompare(_ op: CompareOperator, _ a: NumbaType, _ b: NumbaType) -> NumbaType? {
    guard a.isArray || b.isArray else { return nil }
    switch op {
    case .eq, .notEq, .lt, .ltE, .gt, .gtE: break
    default: return nil
    }
    let (ua, ub) = (a.unliteral, b.unliteral)
    guard (ua.arrayDType ?? ua).isNumber, (ub.arrayDType ?? ub).isNumber else { return nil }
    let shape = broadcastShape([ua, ub])
    return .array(.boolean, shape.ndim, shape.layout)
}

/// Typing of a unary operator on an array.
public func arrayUnary(_ op: UnaryOperator, _ a: NumbaType) -> NumbaType? {
    guard case .array(let dt, let nd, let layout, _) = a else { return nil }
    switch op {
    case .not: return nil
    case .minus, .plus: return .array(dt == .boolean ? .int8 : dt, nd, layout)
    case .invert: return dt.isIntegerLike ? .array(dt, nd, layout) : nil
    }
}

extension BinaryOperator {
    /// The name of the `operator` module function numba's errors show (`add`, `truediv`, ...).
    public var operatorName: String {
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
        case .bitOr: return "or_"
        case .bitXor: return "xor"
        case .bitAnd: return "and_"
        }
    }
}

extension CompareOperator {
    public var operatorName: String {
        switch self {
        case .eq: return "eq"
        case .notEq: return "ne"
        case .lt: return "lt"
        case .ltE: return "le"
        case .gt: return "gt"
        case .gtE: return "ge"
        case .is: return "is_"
        case .isNot: return "is_not"
        case .in: return "contains"
        case .notIn: return "not_contains"
        }
    }
}

extension UnaryOperator {
    public var operatorName: String {
        switch self {
        case .not: return "not_"
        case .minus: return "neg"
        case .plus: return "pos"
        case .invert: return "invert"
        }
    }
}
