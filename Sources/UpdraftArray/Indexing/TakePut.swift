// take, put and compress (as ndarray methods and numpy functions), built on the advanced
// indexing plan of AdvancedIndexing.swift.

import UpdraftRuntime

/// numpy's `mode=` argument of take/put: "raise", "wrap" or "clip".
private enum ClipMode { case raise, wrap, clip }

private func clipMode(_ v: Value?) throws -> ClipMode {
    guard let v, !v.isNone else { return .raise }
    guard case .object(let o) = v, let s = o as? PyStr else {
        throw PythonError.typeError("clipmode not understood")
    }
    switch s.value.lowercased().prefix(1) {
    case "r": return .raise
    case "w": return .wrap
    case "c": return .clip
    default: throw PythonError.valueError("clipmode must be one of 'clip', 'raise', or 'wrap'")
    }
}

/// Index values as a contiguous int64 array (numpy casts take/put indices unsafely).
private func indexArray(_ v: Value) throws -> NDArray {
    let arr = try asArray(v)
    if arr.dtype == .complex128 {
        throw PythonError.typeError("Cannot cast array data from dtype('complex128') to dtype('int64') according to the rule 'safe'")
    }
    return try arr.contiguous(dtype: .int64)
}

/// Applies "wrap" or "clip" to indices into an axis of length `n`.
private func remapIndices(_ ind: NDArray, _ n: Int, _ mode: ClipMode) throws -> NDArray {
    if mode == .raise { return ind }
    if n == 0 && ind.count > 0 {
        throw PythonError.indexError("cannot do a non-empty take from an empty axes.")
    }
    let out = try ind.copy()
    let p = out.data.assumingMemoryBound(to: Int64.self)
    let m = Int64(n)
    for k in 0..<out.count {
        if mode == .wrap {
            let r = p[k] % m
            p[k] = r < 0 ? r + m : r
        } else {
            p[k] = Swift.min(Swift.max(p[k], 0), m - 1)
        }
    }
    return out
}

/// `np.take(a, indices, axis, mode)`.
func takeArray(_ a: NDArray, _ indices: Value, axis: Value?, mode: Value?) throws -> Value {
    var src = a
    var ax = 0
    if let axis, !axis.isNone {
        ax = try normalizeAxis(try indexInt(axis), a.ndim)
    } else if a.ndim != 1 {
        src = try a.reshaped([a.count])
    }
    let ind = try remapIndices(try indexArray(indices), src.shape[ax], try clipMode(mode))
    let full = PySlice(start: .none, stop: .none, step: .none)
    var items = [AdvancedItem](repeating: .slice(full), count: ax)
    items.append(ind.ndim == 0 ? .integer(Int(ind.scalar(atOffset: 0).asInt64)) : .intArray(ind))
    let out = try gatherPlan(src, try makeIndexPlan(src, items)).contiguous()
    if out.ndim == 0 { return elementValue(out.dtype, out.scalar(atOffset: 0)) }
    return .object(out)
}

/// `a.put(indices, values, mode)`: writes values (repeated as needed) at flat C-order positions.
func putArray(_ a: NDArray, _ indices: Value, _ values: Value, mode: Value?) throws {
    guard a.writeable else { throw PythonError.valueError("assignment destination is read-only") }
    let mode = try clipMode(mode)
    let ind = try remapIndices(try indexArray(indices), a.count, mode)
    let vals = try assignmentSource(values, a).contiguous()
    if vals.count == 0 || ind.count == 0 { return }
    let n = a.count, size = a.itemsize
    let ip = ind.data.assumingMemoryBound(to: Int64.self)
    for k in 0..<ind.count {
        let raw = ip[k]
        var i = Int(raw)
        if i < 0 { i += n }
        if i < 0 || i >= n { throw PythonError.indexError("index \(raw) is out of bounds for axis 0 with size \(n)") }
        var off = 0
        if a.isContiguous {
            off = i * size
        } else {
            var rest = i
            for ax in stride(from: a.ndim - 1, through: 0, by: -1) {
                off += (rest % a.shape[ax]) * a.strides[ax]
                rest /= a.shape[ax]
            }
        }
        (a.data + off).copyMemory(from: vals.data + (k % vals.count) * size, byteCount: size)
    }
}

/// `np.compress(condition, a, axis)`.
func compressArray(_ a: NDArray, _ condition: Value, axis: Value?) throws -> Value {
    let c = try asArray(condition)
    guard c.ndim == 1 else { throw PythonError.valueError("condition must be a 1-d array") }
    let positions = try maskNonzero(c.dtype == .bool ? c : try c.copy(dtype: .bool))[0]
    return try takeArray(a, .object(positions), axis: axis, mode: nil)
}

func installTakePut() {
    let t = NumpyTypes.ndarray
    t.def("take") { v, args in
        let a = try arrayReceiver(v, "take")
        let b = try bindArgs("take", args, ["indices", "axis", "out", "mode"], required: 1)
        return try takeArray(a, b[0]!, axis: b[1], mode: b[3])
    }
    t.def("put") { v, args in
        let a = try arrayReceiver(v, "put")
        let b = try bindArgs("put", args, ["indices", "values", "mode"], required: 2)
        try putArray(a, b[0]!, b[1]!, mode: b[2])
        return .none
    }
    t.def("compress") { v, args in
        let a = try arrayReceiver(v, "compress")
        let b = try bindArgs("compress", args, ["condition", "axis", "out"], required: 1)
        return try compressArray(a, b[0]!, axis: b[1])
    }
}

/// `np.take`, `np.put`, `np.compress`.
func installIndexingFunctions(_ np: PyModule) {
    np.function("take") { args in
        let b = try bindArgs("take", args, ["a", "indices", "axis", "out", "mode"], required: 2)
        return try takeArray(try asArray(b[0]!), b[1]!, axis: b[2], mode: b[4])
    }
    np.function("put") { args in
        let b = try bindArgs("put", args, ["a", "ind", "v", "mode"], required: 3)
        guard case .object(let o) = b[0]!, let a = o as? NDArray else {
            throw PythonError.typeError("argument 1 must be numpy.ndarray, not \(b[0]!.typeName)")
        }
        try putArray(a, b[1]!, b[2]!, mode: b[3])
        return .none
    }
    np.function("compress") { args in
        let b = try bindArgs("compress", args, ["condition", "a", "axis", "out"], required: 2)
        return try compressArray(try asArray(b[1]!), b[0]!, axis: b[2])
    }
}
