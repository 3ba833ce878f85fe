// Element selection and comparison helpers built on the ufuncs: np.where, np.clip (and
// ndarray.clip), np.round / np.around (and ndarray.round), np.isclose, np.allclose and
// np.array_equal, each following numpy's own definition in terms of ufuncs.

import UpdraftRuntime

func installSelection(_ np: PyModule) {
    np.function("where") { args in
        let b = try bindArgs("where", args, ["condition", "x", "y"], required: 1)
        let cond = try asArray(b[0]!)
        switch (b[1], b[2]) {
        case (nil, nil): return try nonzeroIndexArrays(cond)
        case (let x?, let y?): return try whereSelect(cond, x, y)
        default: throw PythonError.valueError("either both or neither of x and y should be given")
        }
    }
    np.function("clip") { args in
        let b = try bindArgs("clip", args, ["a", "a_min", "a_max", "out", "min", "max"], required: 1)
        return try clip(b[0]!, lo: b[1] ?? b[4], hi: b[2] ?? b[5], out: try outArgument(b[3]))
    }
    NumpyTypes.ndarray.def("clip") { v, args in
        let b = try bindArgs("clip", args, ["min", "max", "out"])
        return try clip(v, lo: b[0], hi: b[1], out: try outArgument(b[2]))
    }
    for name in ["round", "around"] {
        np.function(name) { args in
            let b = try bindArgs(name, args, ["a", "decimals", "out"], required: 1)
            return try roundArray(b[0]!, decimals: try b[1].map(indexInt) ?? 0, out: try outArgument(b[2]))
        }
    }
    NumpyTypes.ndarray.def("round") { v, args in
        let b = try bindArgs("round", args, ["decimals", "out"])
        return try roundArray(v, decimals: try b[0].map(indexInt) ?? 0, out: try outArgument(b[1]))
    }
    np.function("isclose") { args in
        let b = try bindArgs("isclose", args, ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
        return try isclose(b[0]!, b[1]!, rtol: b[2] ?? .float(1e-05), atol: b[3] ?? .float(1e-08),
                           equalNan: try b[4].map(isTruthy) ?? false)
    }
    np.function("allclose") { args in
        let b = try bindArgs("allclose", args, ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
        let r = try isclose(b[0]!, b[1]!, rtol: b[2] ?? .float(1e-05), atol: b[3] ?? .float(1e-08),
                            equalNan: try b[4].map(isTruthy) ?? false)
        return .bool(try allTrue(r))
    }
    np.function("array_equal") { args in
        let b = try bindArgs("array_equal", args, ["a1", "a2", "equal_nan"], required: 2)
        guard let x = try? asArray(b[0]!), let y = try? asArray(b[1]!) else { return .bool(false) }
        guard x.shape == y.shape else { return .bool(false) }
        var eq = try Ufuncs.equal.callArrays([.array(x), .array(y)], out: nil, warnName: "equal")
        if let en = b[2], try isTruthy(en) {
            let both = try Ufuncs.logicalAnd.call([try Ufuncs.isnan.call([.object(x)], out: nil, warnName: "isnan"),
                                                   try Ufuncs.isnan.call([.object(y)], out: nil, warnName: "isnan")],
                                                  out: nil, warnName: "logical_and")
            eq = try Ufuncs.logicalOr.call([eq, both], out: nil, warnName: "logical_or")
        }
        return .bool(try allTrue(eq))
    }
}

func outArgument(_ v: Value?) throws -> NDArray? {
    guard let v, !v.isNone else { return nil }
    guard case .object(let o) = v, let a = o as? NDArray else {
        throw PythonError.typeError("return arrays must be of ArrayType")
    }
    return a
}

/// True when every element of a bool array (or a numpy bool scalar) is true.
private func allTrue(_ v: Value) throws -> Bool {
    let a = try asArray(v, dtype: .bool)
    var all = true
    let p = a.data
    a.forEachOffset { if p.load(fromByteOffset: $0, as: UInt8.self) == 0 { all = false } }
    return all
}

/// `np.where(cond)`: the indices of the non-zero elements, one int64 array per axis.
func nonzeroIndexArrays(_ cond: NDArray) throws -> Value {
    if cond.ndim == 0 {
        throw PythonError.valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.")
    }
    let truth = try cond.contiguous(dtype: .bool)
    let flags = UnsafeRawPointer(truth.data).assumingMemoryBound(to: UInt8.self)
    var hits = 0
    for i in 0..<truth.count where flags[i] != 0 { hits += 1 }
    let nd = cond.ndim
    let outs = try (0..<nd).map { _ in try NDArray(shape: [hits], dtype: .int64, zeroed: false) }
    let ptrs = outs.map { $0.data.assumingMemoryBound(to: Int64.self) }
    var index = [Int](repeating: 0, count: nd)
    var h = 0
    for i in 0..<truth.count {
        if flags[i] != 0 {
            for ax in 0..<nd { ptrs[ax][h] = Int64(index[ax]) }
            h += 1
        }
        var ax = nd - 1
        while ax >= 0 {
            index[ax] += 1
            if index[ax] < cond.shape[ax] { break }
            index[ax] = 0
            ax -= 1
        }
    }
    return .tuple(outs.map { .object($0) })
}

/// `np.where(cond, x, y)`: the result type comes from x and y (Python scalars weak).
func whereSelect(_ cond: NDArray, _ x: Value, _ y: Value) throws -> Value {
    let ox = try requireOperand(x, "where"), oy = try requireOperand(y, "where")
    let t = commonDType([ox, oy])
    let c = try cond.dtype == .bool ? cond : cond.copy(dtype: .bool)
    let a = try materialize(ox, t), b = try materialize(oy, t)
    let shape = try broadcastShapes([c.shape, a.shape, b.shape])
    let out = try NDArray(shape: shape, dtype: t, zeroed: false)
    let g = LoopGeometry(shape, [try c.broadcast(to: shape), try a.broadcast(to: shape), try b.broadcast(to: shape), out])
    switch t.itemsize {
    case 1: ternaryLoop(g) { (c: Bool, a: UInt8, b: UInt8) in c ? a : b }
    case 2: ternaryLoop(g) { (c: Bool, a: UInt16, b: UInt16) in c ? a : b }
    case 4: ternaryLoop(g) { (c: Bool, a: UInt32, b: UInt32) in c ? a : b }
    case 8: ternaryLoop(g) { (c: Bool, a: UInt64, b: UInt64) in c ? a : b }
    default: ternaryLoop(g) { (c: Bool, a: SIMD2<UInt64>, b: SIMD2<UInt64>) in c ? a : b }
    }
    return .object(out)
}

/// `np.clip`: minimum(maximum(a, lo), hi) in the common dtype of all three.
func clip(_ a: Value, lo: Value?, hi: Value?, out: NDArray?) throws -> Value {
    let lo = lo.flatMap { $0.isNone ? nil : $0 }, hi = hi.flatMap { $0.isNone ? nil : $0 }
    var ops = [try requireOperand(a, "clip")]
    if let lo { ops.append(try requireOperand(lo, "clip")) }
    if let hi { ops.append(try requireOperand(hi, "clip")) }
    let t = commonDType(ops)
    let base = try materialize(ops[0], t)
    var cur: Value = .object(base)
    if let lo {
        cur = try Ufuncs.maximum.callArrays([.array(try asArray(cur)), try requireOperand(lo, "clip")],
                                            out: hi == nil ? out : nil, warnName: "clip")
    }
    if let hi {
        cur = try Ufuncs.minimum.callArrays([.array(try asArray(cur)), try requireOperand(hi, "clip")],
                                            out: out, warnName: "clip")
    }
    if lo == nil && hi == nil {
        if let out { try out.assign(from: try base.broadcast(to: out.shape)); return .object(out) }
        cur = .object(try base.copy())
    }
    if case .object(let o) = cur, let r = o as? NDArray, r.ndim == 0, out == nil {
        return .object(NPScalar(r.dtype, r.scalar(atOffset: 0)))
    }
    return cur
}

/// numpy's power_of_ten.
private func powerOfTen(_ n: Int) -> Double {
    let table: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
    if n < 9 { return table[n] }
    var r = 1e9
    var k = n
    while k > 9 { r *= 10; k -= 1 }
    return r
}

/// `np.round(a, decimals)`: rint(a * 10**d) / 10**d in a's float type (numpy's PyArray_Round).
func roundArray(_ v: Value, decimals: Int, out: NDArray?) throws -> Value {
    var x = v
    var isInt: Bool
    switch v {
    case .int, .bool: isInt = v.isIntegral; if case .bool = v { isInt = false }
    case .float: isInt = false
    case .object(let o):
        if let a = o as? NDArray { isInt = a.dtype.isInteger }
        else if let s = o as? NPScalar { isInt = s.dtype.isInteger }
        else if o is PyInt { isInt = true }
        else { x = .object(try asArray(v)); isInt = (try asArray(v)).dtype.isInteger }
    case .none: throw PythonError.typeError("unsupported operand type(s) for *: 'NoneType' and 'float'")
    }
    if case .int = v { x = .object(NPScalar(.int64, .int(Int64(try indexInt(v))))) }
    if decimals >= 0 && isInt {
        if let out {
            try out.assign(from: try asArray(x).broadcast(to: out.shape))
            return .object(out)
        }
        return x
    }
    if decimals == 0 { return try Ufuncs.rint.call([x], out: out, warnName: "rint") }
    let f = Value.float(powerOfTen(Swift.abs(decimals)))
    let (first, second) = decimals >= 0 ? (Ufuncs.multiply, Ufuncs.divide) : (Ufuncs.divide, Ufuncs.multiply)
    var r = try first.call([isInt ? .object(try asArray(x, dtype: .float64)) : x, f], out: nil, warnName: first.name)
    r = try Ufuncs.rint.call([r], out: nil, warnName: "rint")
    r = try second.call([r, f], out: nil, warnName: second.name)
    if isInt {
        let t = try asArray(x).dtype
        let ra = try asArray(r).copy(dtype: t)
        r = ra.ndim == 0 ? .object(NPScalar(t, ra.scalar(atOffset: 0))) : .object(ra)
    }
    if let out {
        try out.assign(from: try asArray(r).broadcast(to: out.shape).copy(dtype: out.dtype))
        return .object(out)
    }
    return r
}

/// numpy 2's isclose, written with ufuncs as numpy writes it.
func isclose(_ a: Value, _ b: Value, rtol: Value, atol: Value, equalNan: Bool) throws -> Value {
    func operand(_ v: Value) throws -> Value {
        switch v {
        case .int, .float, .bool: return v
        case .object(let o) where o is PyInt || (o as? NPScalar)?.dtype == .float64: return v
        default: return .object(try asArray(v))
        }
    }
    let x = try operand(a)
    var y = try operand(b)
    if case .object(let o) = y, let arr = o as? NDArray {
        let dt = arr.dtype.isInexact ? arr.dtype : .float64
        y = .object(try asArray(y, dtype: dt))
    } else if case .object(let o) = y, let s = o as? NPScalar, s.dtype == .float64 {
        y = .object(s)
    } else if case .int(let i) = y {
        y = .float(Double(i))
    } else if case .bool(let bv) = y {
        y = .float(bv ? 1 : 0)
    }
    let atolV = try operand(atol), rtolV = try operand(rtol)
    func call(_ u: Ufunc, _ args: [Value]) throws -> Value { try u.call(args, out: nil, warnName: u.name) }
    let diff = try call(Ufuncs.absolute, [try call(Ufuncs.subtract, [x, y])])
    let tol = try call(Ufuncs.add, [atolV, try call(Ufuncs.multiply, [rtolV, try call(Ufuncs.absolute, [y])])])
    let close = try call(Ufuncs.bitwiseAnd, [try call(Ufuncs.lessEqual, [diff, tol]), try call(Ufuncs.isfinite, [y])])
    var result = try call(Ufuncs.bitwiseOr, [close, try call(Ufuncs.equal, [x, y])])
    if equalNan {
        let nans = try call(Ufuncs.bitwiseAnd, [try call(Ufuncs.isnan, [x]), try call(Ufuncs.isnan, [y])])
        result = try call(Ufuncs.bitwiseOr, [result, nans])
    }
    return result
}
