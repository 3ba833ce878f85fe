// nonzero, argwhere, diff, bincount, outer.

import UpdraftRuntime

/// Multi-indices of the non-zero elements, in C order (one row per element).
func nonzeroIndices(_ a: NDArray) throws -> [[Int]] {
    let truth = try truthArray(a)
    var result: [[Int]] = []
    var index = [Int](repeating: 0, count: a.ndim)
    let p = UnsafeRawPointer(truth.data)
    var first = true
    truth.forEachOffset { off in
        if !first {
            var d = a.ndim - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < a.shape[d] { break }
                index[d] = 0
                d -= 1
            }
        }
        first = false
        if p.load(fromByteOffset: off, as: UInt8.self) != 0 { result.append(index) }
    }
    return result
}

func nonzero(_ a: NDArray) throws -> Value {
    if a.ndim == 0 {
        throw PythonError.valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.")
    }
    let rows = try nonzeroIndices(a)
    var out: [Value] = []
    for d in 0..<a.ndim {
        let col = try NDArray(shape: [rows.count], dtype: .int64, zeroed: false)
        let p = col.data.assumingMemoryBound(to: Int64.self)
        for (i, r) in rows.enumerated() { p[i] = Int64(r[d]) }
        out.append(.object(col))
    }
    return .tuple(out)
}

func argwhere(_ a: NDArray) throws -> NDArray {
    if a.ndim == 0 {
        let t = try truthArray(a).data.load(as: UInt8.self) != 0
        return try NDArray(shape: [t ? 1 : 0, 0], dtype: .int64)
    }
    let rows = try nonzeroIndices(a)
    let out = try NDArray(shape: [rows.count, a.ndim], dtype: .int64, zeroed: false)
    let p = out.data.assumingMemoryBound(to: Int64.self)
    for (i, r) in rows.enumerated() { for d in 0..<a.ndim { p[i * a.ndim + d] = Int64(r[d]) } }
    return out
}

/// One step of np.diff along `axis`: a[1:] - a[:-1] (not_equal for bool).
func diffOnce(_ a: NDArray, axis ax: Int) throws -> NDArray {
    var shape = a.shape
    shape[ax] = Swift.max(shape[ax] - 1, 0)
    let out = try NDArray(shape: shape, dtype: a.dtype, zeroed: false)
    if out.count == 0 { return out }
    let hi = a.view(shape: shape, strides: a.strides, offset: a.offset + a.strides[ax])
    let lo = a.view(shape: shape, strides: a.strides, offset: a.offset)
    let (ph, pl, po, t) = (UnsafeRawPointer(hi.data), UnsafeRawPointer(lo.data), out.data, a.dtype)
    var k = 0
    let size = t.itemsize
    NDArray.walk2(shape: shape, hi.strides, lo.strides) { i, j in
        switch t {
        case .float64:
            po.storeBytes(of: ph.load(fromByteOffset: i, as: Double.self) - pl.load(fromByteOffset: j, as: Double.self), toByteOffset: k * 8, as: Double.self)
        case .float32:
            po.storeBytes(of: ph.load(fromByteOffset: i, as: Float.self) - pl.load(fromByteOffset: j, as: Float.self), toByteOffset: k * 4, as: Float.self)
        case .bool:
            po.storeBytes(of: ph.load(fromByteOffset: i, as: UInt8.self) != pl.load(fromByteOffset: j, as: UInt8.self) ? 1 : 0, toByteOffset: k, as: UInt8.self)
        case .complex128:
            let (x, y) = (t.load(ph + i), t.load(pl + j))
            if case .complex(let a, let b) = x, case .complex(let c, let d) = y { t.store(.complex(a - c, b - d), po + k * size) }
        default:
            let (x, y) = (t.load(ph + i).asInt64, t.load(pl + j).asInt64)
            t.store(.int(x &- y), po + k * size)
        }
        k += 1
    }
    return out
}

func installSearching(_ np: PyModule) {
    npFunction(np, "nonzero", ["a"]) { b in try nonzero(try asArray(b[0]!)) }
    NumpyTypes.ndarray.def("nonzero") { v, _ in try nonzero(try arrayReceiver(v, "nonzero")) }
    npFunction(np, "flatnonzero", ["a"]) { b in
        let a = try asArray(b[0]!)
        guard case .object(let o) = try nonzero(try a.flattened()), let t = o as? PyTuple else { return .none }
        return t.items[0]
    }
    npFunction(np, "argwhere", ["a"]) { b in .object(try argwhere(try asArray(b[0]!))) }
    npFunction(np, "diff", ["a", "n", "axis", "prepend", "append"]) { b in
        var a = try asArray(b[0]!)
        let n = try b[1].map(indexInt) ?? 1
        if n < 0 { throw PythonError.valueError("order must be non-negative but got \(n)") }
        if n == 0 { return .object(a) }
        if a.ndim == 0 { throw PythonError.valueError("diff requires input that is at least one dimensional") }
        let ax = try normalizeAxis(try b[2].map(indexInt) ?? -1, a.ndim)
        var parts: [NDArray] = []
        if let p = b[3], !p.isNone { parts.append(try expandForDiff(try asArray(p), a, ax)) }
        parts.append(a)
        if let p = b[4], !p.isNone { parts.append(try expandForDiff(try asArray(p), a, ax)) }
        if parts.count > 1 { a = try concatenate(parts, axis: ax) }
        for _ in 0..<n { a = try diffOnce(a, axis: ax) }
        return .object(a)
    }
    npFunction(np, "bincount", ["x", "weights", "minlength"]) { b in
        let x = try asArray(b[0]!)
        if x.dtype.isInexact && x.count > 0 {
            throw PythonError.typeError("Cannot cast array data from dtype('\(x.dtype.name)') to dtype('int64') according to the rule 'safe'")
        }
        guard x.ndim == 1 else { throw PythonError.valueError("object too deep for desired array") }
        let values = x.scalars.map { $0.asInt64 }
        if values.contains(where: { $0 < 0 }) { throw PythonError.valueError("'list' argument must have no negative elements") }
        let minlength = try b[2].map { $0.isNone ? 0 : try indexInt($0) } ?? 0
        if minlength < 0 { throw PythonError.valueError("'minlength' must not be negative") }
        let n = Swift.max(Int(values.max() ?? -1) + 1, minlength)
        if let w = b[1], !w.isNone {
            let weights = try asArray(w, dtype: .float64).contiguous()
            guard weights.shape == x.shape else { throw PythonError.valueError("The weights and list don't have the same length.") }
            let out = try NDArray(shape: [n], dtype: .float64)
            let p = out.data.assumingMemoryBound(to: Double.self)
            let wp = weights.data.assumingMemoryBound(to: Double.self)
            for (i, v) in values.enumerated() { p[Int(v)] += wp[i] }
            return .object(out)
        }
        let out = try NDArray(shape: [n], dtype: .int64)
        let p = out.data.assumingMemoryBound(to: Int64.self)
        for v in values { p[Int(v)] += 1 }
        return .object(out)
    }
    npFunction(np, "outer", ["a", "b", "out"], required: 2) { b in
        let x = try asArray(b[0]!).flattened(), y = try asArray(b[1]!).flattened()
        let t = DType.promote(x.dtype, y.dtype)
        let out = try NDArray(shape: [x.count, y.count], dtype: t, zeroed: false)
        let xs = x.scalars.map { $0.cast(to: t) }, ys = y.scalars.map { $0.cast(to: t) }
        var k = 0
        for u in xs {
            for v in ys {
                let r: Scalar
                switch (u, v) {
                case (.bool(let p), .bool(let q)): r = .bool(p && q)
                case (.int(let p), .int(let q)): r = .int(p &* q)
                case (.uint(let p), .uint(let q)): r = .uint(p &* q)
                case (.complex(let a, let c), .complex(let d, let e)): r = .complex(a * d - c * e, a * e + c * d)
                default:
                    if t == .float32 { r = .float(Double(Float(u.asDouble) * Float(v.asDouble))) }
                    else { r = .float(u.asDouble * v.asDouble) }
                }
                t.store(r, out.data + k * t.itemsize)
                k += 1
            }
        }
        return .object(out)
    }
}

/// A prepend/append value of np.diff, broadcast to one slice along `ax`.
private func expandForDiff(_ v: NDArray, _ a: NDArray, _ ax: Int) throws -> NDArray {
    if v.ndim == 0 {
        var shape = a.shape
        shape[ax] = 1
        return try v.broadcast(to: shape)
    }
    return v
}
