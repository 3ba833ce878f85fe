// concatenate, stack, vstack, hstack, column_stack, append.

import UpdraftRuntime

func concatenate(_ arrays: [NDArray], axis: Int?, dtype: DType? = nil) throws -> NDArray {
    guard !arrays.isEmpty else { throw PythonError.valueError("need at least one array to concatenate") }
    var arrays = arrays
    var ax = 0
    if axis == nil {
        arrays = try arrays.map { try $0.flattened() }
    } else {
        let nd = arrays[0].ndim
        if nd == 0 { throw PythonError.valueError("zero-dimensional arrays cannot be concatenated") }
        ax = try normalizeAxis(axis!, nd)
        for (i, a) in arrays.enumerated().dropFirst() {
            if a.ndim != nd {
                throw PythonError.valueError("all the input arrays must have same number of dimensions, but the array at index 0 has \(nd) dimension(s) and the array at index \(i) has \(a.ndim) dimension(s)")
            }
            for d in 0..<nd where d != ax && a.shape[d] != arrays[0].shape[d] {
                throw PythonError.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(arrays[0].shape[d]) and the array at index \(i) has size \(a.shape[d])")
            }
        }
    }
    var shape = arrays[0].shape
    shape[ax] = arrays.reduce(0) { $0 + $1.shape[ax] }
    let out = try NDArray(shape: shape, dtype: dtype ?? commonType(arrays), zeroed: false)
    var start = 0
    for a in arrays {
        let part = out.view(shape: a.shape, strides: out.strides, offset: out.offset + start * out.strides[ax])
        try part.assign(from: a)
        start += a.shape[ax]
    }
    return out
}

func installJoining(_ np: PyModule) {
    npFunction(np, "concatenate", ["arrays", "axis", "out", "dtype", "casting"]) { b in
        let axis: Int? = b[1].map { $0.isNone } == true ? nil : try b[1].map(indexInt) ?? 0
        return .object(try concatenate(try arrayList(b[0]!), axis: axis, dtype: try optionalDType(b[3])))
    }
    npFunction(np, "stack", ["arrays", "axis", "out", "dtype", "casting"]) { b in
        let arrays = try arrayList(b[0]!)
        guard !arrays.isEmpty else { throw PythonError.valueError("need at least one array to stack") }
        for a in arrays where a.shape != arrays[0].shape {
            throw PythonError.valueError("all input arrays must have the same shape")
        }
        let nd = arrays[0].ndim + 1
        let ax = try normalizeAxis(try b[1].map(indexInt) ?? 0, nd)
        let expanded = try arrays.map { a -> NDArray in
            var s = a.shape
            s.insert(1, at: ax)
            return try a.reshaped(s)
        }
        return .object(try concatenate(expanded, axis: ax, dtype: try optionalDType(b[3])))
    }
    npFunction(np, "vstack", ["tup", "dtype", "casting"]) { b in
        .object(try concatenate(try arrayList(b[0]!).map { try atLeast($0, 2) }, axis: 0, dtype: try optionalDType(b[1])))
    }
    npFunction(np, "hstack", ["tup", "dtype", "casting"]) { b in
        let arrays = try arrayList(b[0]!).map { try atLeast($0, 1) }
        guard let first = arrays.first else { throw PythonError.valueError("need at least one array to concatenate") }
        return .object(try concatenate(arrays, axis: first.ndim == 1 ? 0 : 1, dtype: try optionalDType(b[1])))
    }
    npFunction(np, "column_stack", ["tup"]) { b in
        let arrays = try arrayList(b[0]!).map { a -> NDArray in
            if a.ndim < 2 { return try a.reshaped([a.count, 1]) }
            return a
        }
        return .object(try concatenate(arrays, axis: 1))
    }
    npFunction(np, "append", ["arr", "values", "axis"], required: 2) { b in
        let arr = try asArray(b[0]!), values = try asArray(b[1]!)
        if let ax = b[2], !ax.isNone {
            return .object(try concatenate([arr, values], axis: try indexInt(ax)))
        }
        return .object(try concatenate([arr, values], axis: nil))
    }
}
