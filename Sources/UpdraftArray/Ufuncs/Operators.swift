// Python operators on arrays and numpy scalars, forwarded from the NDArray / NPScalar slots
// (nil means NotImplemented), and the module installer for this area.

import UpdraftRuntime

func installUfuncs(_ np: PyModule) {
    for (name, u) in Ufuncs.all() { np.globals.set(name, .object(u)) }
    let t = UfuncTypes.ufunc
    func getter(_ name: String, _ body: @escaping (Ufunc) -> Value) {
        t.defGetter(name) { v in
            guard case .object(let o) = v, let u = o as? Ufunc else { throw PythonError.typeError("expected a ufunc") }
            return body(u)
        }
    }
    getter("__name__") { .str($0.name) }
    getter("nin") { .int($0.nin) }
    getter("nout") { _ in .int(1) }
    getter("nargs") { .int($0.nin + 1) }
    np.globals.set("ufunc", .object(t))

    // abs() on arrays and numpy scalars.
    NumpyTypes.ndarray.def("__abs__") { v, _ in try Ufuncs.absolute.call([v], out: nil, warnName: "absolute") }
    for dtype in DType.allCases {
        NumpyTypes.scalarType(dtype).def("__abs__") { v, _ in
            try Ufuncs.absolute.call([v], out: nil, warnName: "scalar absolute")
        }
    }
    // round() on numpy scalars: a Python int without ndigits, else np.round's numpy scalar.
    for dtype in DType.allCases {
        NumpyTypes.scalarType(dtype).def("__round__") { v, args in
            guard case .object(let o) = v, let s = o as? NPScalar else { throw PythonError.typeError("expected a numpy scalar") }
            if args.count == 0 || args[0].isNone {
                if case .float(let d) = s.value { return try roundValue(.float(d), nil) }
                return try roundValue(pythonValue(of: s.value), nil)
            }
            return try roundArray(v, decimals: try indexInt(args[0]), out: nil)
        }
    }
    installLinearAlgebra(np)
    installSelection(np)
}

/// numpy's fast paths for `array ** python_scalar`: 2 → square (any dtype, so bool gives
/// int8), and on float arrays -1 → reciprocal and 0.5 → sqrt (which differ from pow() for -inf
/// and -0.0).
func fastScalarPower(_ a: NDArray, _ exponent: Value, out: NDArray?) throws -> Value? {
    let kind: UnaryKind
    switch exponent {
    case .int(2): kind = .square
    case .int(-1) where a.dtype.kind == .float: kind = .reciprocal
    case .float(0.5) where a.dtype.kind == .float: kind = .sqrt
    default: return nil
    }
    if a.dtype == .complex128 { return nil }
    let name = kind == .square ? "square" : kind == .reciprocal ? "reciprocal" : "sqrt"
    let u = Ufunc(name, .unary(kind), Resolvers.noBool(name))
    return try u.callArrays([.array(a)], out: out, warnName: name)
}

public func arrayBinary(_ op: BinaryOp, _ a: NDArray, _ other: Value, reflected: Bool) throws -> Value? {
    if op == .matMul {
        guard let b = try matmulOperand(other) else { return nil }
        return try matmul(reflected ? b : a, reflected ? a : b)
    }
    guard let u = Ufuncs.forOperator(op), let y = try ufuncOperand(other) else { return nil }
    if op == .pow && !reflected, let r = try fastScalarPower(a, other, out: nil) { return r }
    let x = UOperand.array(a)
    return try u.callArrays(reflected ? [y, x] : [x, y], out: nil, warnName: u.name)
}

public func arrayUnary(_ op: UnaryOp, _ a: NDArray) throws -> Value? {
    guard let u = Ufuncs.forUnary(op) else { return nil }
    return try u.callArrays([.array(a)], out: nil, warnName: u.name)
}

public func arrayCompare(_ op: CompareOp, _ a: NDArray, _ other: Value) throws -> Value? {
    guard let u = Ufuncs.forComparison(op) else { return nil }
    guard let y = try ufuncOperand(other) else {
        guard op == .eq || op == .notEq else { return nil }
        // numpy compares element by element with a non-numeric object: all unequal.
        let out = try NDArray(shape: a.shape, dtype: .bool)
        if op == .notEq { out.fill(.bool(true)) }
        if out.ndim == 0 { return .object(NPScalar(.bool, out.scalar(atOffset: 0))) }
        return .object(out)
    }
    return try u.callArrays([.array(a), y], out: nil, warnName: u.name)
}

public func arrayInplace(_ op: BinaryOp, _ a: NDArray, _ other: Value) throws -> Value? {
    guard let u = Ufuncs.forOperator(op), let y = try ufuncOperand(other) else { return nil }
    if op == .pow, try fastScalarPower(a, other, out: a) != nil { return .object(a) }
    _ = try u.callArrays([.array(a), y], out: a, warnName: u.name)
    return .object(a)
}

public func scalarBinary(_ op: BinaryOp, _ s: NPScalar, _ other: Value, reflected: Bool) throws -> Value? {
    if case .object(let o) = other, o is NDArray { return nil }  // the array's reflected slot handles it
    let me = ScalarOperand.strong(s.dtype, s.value)
    if op == .matMul {
        guard case .object(let o) = other, o is PyList || o is PyTuple else { return nil }
        let a = zeroDimArray(s.dtype, s.value), b = try asArray(other)
        return try matmul(reflected ? b : a, reflected ? a : b)
    }
    guard let u = Ufuncs.forOperator(op) else { return nil }
    if let y = scalarOperand(other) {
        return try u.callScalar(reflected ? [y, me] : [me, y], warnName: "scalar " + u.name)
    }
    if case .object(let o) = other, o is PyList || o is PyTuple {
        let x = UOperand.array(zeroDimArray(s.dtype, s.value)), y = UOperand.array(try asArray(other))
        return try u.callArrays(reflected ? [y, x] : [x, y], out: nil, warnName: u.name)
    }
    return nil
}

public func scalarUnary(_ op: UnaryOp, _ s: NPScalar) throws -> Value? {
    guard let u = Ufuncs.forUnary(op) else { return nil }
    return try u.callScalar([.strong(s.dtype, s.value)], warnName: "scalar " + u.name)
}

public func scalarCompare(_ op: CompareOp, _ s: NPScalar, _ other: Value) throws -> Value? {
    if case .object(let o) = other, o is NDArray { return nil }
    guard let u = Ufuncs.forComparison(op) else { return nil }
    if let y = scalarOperand(other) {
        return try u.callScalar([.strong(s.dtype, s.value), y], warnName: u.name)
    }
    if case .object(let o) = other, o is PyList || o is PyTuple {
        return try u.callArrays([.array(zeroDimArray(s.dtype, s.value)), .array(try asArray(other))],
                               out: nil, warnName: u.name)
    }
    return nil
}
