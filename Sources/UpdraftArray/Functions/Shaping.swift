// Module forms of the shape functions and the rearranging ones: ravel, reshape, transpose,
// squeeze, expand_dims, flip, repeat, tile, diag, trace.

import UpdraftRuntime

func installShaping(_ np: PyModule) {
    npFunction(np, "ravel", ["a", "order"]) { b in
        let a = try asArray(b[0]!)
        return .object(try a.reshaped([a.count]))
    }
    npFunction(np, "reshape", ["a", "shape", "order", "newshape", "copy"]) { b in
        let a = try asArray(b[0]!)
        guard let s = b[1] ?? b[3] else {
            throw PythonError.typeError("reshape() missing 1 required positional argument: 'shape'")
        }
        return .object(try a.reshaped(try shapeArgument(s)))
    }
    npFunction(np, "transpose", ["a", "axes"]) { b in
        let a = try asArray(b[0]!)
        if let axes = b[1], !axes.isNone { return .object(try a.transposed(try shapeArgument(axes))) }
        return .object(try a.transposed())
    }
    npFunction(np, "squeeze", ["a", "axis"]) { b in
        let a = try asArray(b[0]!)
        var drop = [Bool](repeating: false, count: a.ndim)
        if let ax = b[1], !ax.isNone {
            for d in try axisList(ax, ndim: a.ndim) {
                if a.shape[d] != 1 {
                    throw PythonError.valueError("cannot select an axis to squeeze out which has size not equal to one")
                }
                drop[d] = true
            }
        } else {
            for d in 0..<a.ndim where a.shape[d] == 1 { drop[d] = true }
        }
        var shape: [Int] = [], strides: [Int] = []
        for d in 0..<a.ndim where !drop[d] { shape.append(a.shape[d]); strides.append(a.strides[d]) }
        return .object(a.view(shape: shape, strides: strides, offset: a.offset))
    }
    npFunction(np, "expand_dims", ["a", "axis"], required: 2) { b in
        let a = try asArray(b[0]!)
        let nd = a.ndim + (try axisCount(b[1]!))
        let axes = try axisList(b[1]!, ndim: nd)
        var shape: [Int] = [], strides: [Int] = []
        var src = 0
        for d in 0..<nd {
            if axes.contains(d) { shape.append(1); strides.append(0) } else {
                shape.append(a.shape[src]); strides.append(a.strides[src]); src += 1
            }
        }
        return .object(a.view(shape: shape, strides: strides, offset: a.offset))
    }
    npFunction(np, "flip", ["m", "axis"]) { b in
        let a = try asArray(b[0]!)
        let axes: [Int]
        if let ax = b[1], !ax.isNone { axes = try axisList(ax, ndim: a.ndim) } else { axes = Array(0..<a.ndim) }
        var strides = a.strides, offset = a.offset
        for d in axes where a.shape[d] > 0 {
            offset += (a.shape[d] - 1) * a.strides[d]
            strides[d] = -a.strides[d]
        }
        return .object(a.view(shape: a.shape, strides: strides, offset: offset))
    }
    for name in ["repeat"] {
        npFunction(np, name, ["a", "repeats", "axis"], required: 2) { b in
            .object(try repeatArray(try asArray(b[0]!), b[1]!, axis: try axisArgument(b[2])))
        }
    }
    NumpyTypes.ndarray.def("repeat") { v, args in
        let b = try bindArgs("repeat", args, ["repeats", "axis"], required: 1)
        return .object(try repeatArray(try arrayReceiver(v, "repeat"), b[0]!, axis: try axisArgument(b[1])))
    }
    npFunction(np, "tile", ["A", "reps"], required: 2) { b in
        .object(try tile(try asArray(b[0]!), try shapeArgument(b[1]!)))
    }
    npFunction(np, "diag", ["v", "k"]) { b in
        .object(try diag(try asArray(b[0]!), k: try b[1].map(indexInt) ?? 0))
    }
    npFunction(np, "trace", ["a", "offset", "axis1", "axis2", "dtype", "out"]) { b in
        let a = try asArray(b[0]!)
        guard a.ndim >= 2 else { throw PythonError.valueError("diag requires an array of at least two dimensions") }
        let d = try diagonal(a, k: try b[1].map(indexInt) ?? 0)
        let r = try addReduce(d, [true], dtype: try optionalDType(b[4]) ?? addReduceType(a.dtype))
        return .object(NPScalar(r.dtype, r.scalar(atOffset: 0)))
    }
}

private func axisCount(_ v: Value) throws -> Int {
    if case .object(let o) = v, let t = o as? PyTuple { return t.items.count }
    if case .object(let o) = v, let l = o as? PyList { return l.items.count }
    return 1
}

/// The k-th diagonal of the first two axes of a 2-D array, as a view.
func diagonal(_ a: NDArray, k: Int) throws -> NDArray {
    let (r, c) = (a.shape[0], a.shape[1])
    let n = k >= 0 ? Swift.max(0, Swift.min(r, c - k)) : Swift.max(0, Swift.min(r + k, c))
    let start = n == 0 ? 0 : (k >= 0 ? k * a.strides[1] : -k * a.strides[0])
    return a.view(shape: [n], strides: [a.strides[0] + a.strides[1]], offset: a.offset + start)
}

func diag(_ v: NDArray, k: Int) throws -> NDArray {
    if v.ndim == 1 {
        let n = v.shape[0] + Swift.abs(k)
        let out = try NDArray(shape: [n, n], dtype: v.dtype)
        try diagonal(out, k: k).assign(from: v)
        return out
    }
    guard v.ndim == 2 else { throw PythonError.valueError("Input must be 1- or 2-d.") }
    return try diagonal(v, k: k).copy()
}

func repeatArray(_ a: NDArray, _ repeats: Value, axis: Int?) throws -> NDArray {
    let src = axis == nil ? try a.flattened() : a
    let ax = try axis.map { try normalizeAxis($0, src.ndim) } ?? 0
    if src.ndim == 0 { return try repeatArray(try src.reshaped([1]), repeats, axis: 0) }
    let n = src.shape[ax]
    let counts: [Int]
    let reps = try asArray(repeats, dtype: .int64)
    if reps.count == 1 {
        counts = [Int](repeating: Int(reps.scalar(atOffset: 0).asInt64), count: n)
    } else {
        guard reps.ndim == 1, reps.count == n else {
            throw PythonError.valueError("operands could not be broadcast together with shape (\(n),) (\(reps.count),)")
        }
        counts = reps.scalars.map { Int($0.asInt64) }
    }
    if counts.contains(where: { $0 < 0 }) { throw PythonError.valueError("repeats may not contain negative values.") }
    var shape = src.shape
    shape[ax] = counts.reduce(0, +)
    let out = try NDArray(shape: shape, dtype: src.dtype, zeroed: false)
    var sub = src.shape
    sub[ax] = 1
    var pos = 0
    for i in 0..<n {
        let piece = src.view(shape: sub, strides: src.strides, offset: src.offset + i * src.strides[ax])
        for _ in 0..<counts[i] {
            let dst = out.view(shape: sub, strides: out.strides, offset: out.offset + pos * out.strides[ax])
            try dst.assign(from: piece)
            pos += 1
        }
    }
    return out
}

func tile(_ a: NDArray, _ reps: [Int]) throws -> NDArray {
    let nd = Swift.max(a.ndim, reps.count)
    let shape = [Int](repeating: 1, count: nd - a.ndim) + a.shape
    let r = [Int](repeating: 1, count: nd - reps.count) + reps
    if r.contains(where: { $0 < 0 }) { throw PythonError.valueError("negative dimensions are not allowed") }
    var src = try a.reshaped(shape)
    // Repeat each axis as a whole block: interleave an axis of length reps[d] before it.
    var outShape: [Int] = []
    for d in 0..<nd { outShape.append(shape[d] * r[d]) }
    let out = try NDArray(shape: outShape, dtype: a.dtype, zeroed: false)
    // View `out` as (r0, s0, r1, s1, ...) and assign the source broadcast over the r axes.
    var vShape: [Int] = [], vStrides: [Int] = [], bStrides: [Int] = []
    src = try src.contiguous()
    for d in 0..<nd {
        vShape += [r[d], shape[d]]
        vStrides += [out.strides[d] * shape[d], out.strides[d]]
        bStrides += [0, src.strides[d]]
    }
    if out.count == 0 { return out }
    let dst = out.view(shape: vShape, strides: vStrides, offset: 0)
    let stretched = src.view(shape: vShape, strides: bStrides, offset: src.offset, writeable: false)
    try dst.assign(from: stretched)
    return out
}
