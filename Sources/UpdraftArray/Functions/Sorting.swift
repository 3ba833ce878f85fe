// sort, argsort, ndarray.sort/argsort: rows along the sort axis are copied contiguous and
// sorted with NaNs last (numpy's order). argsort is stable for every kind.

import UpdraftRuntime

@inline(__always)
func floatLess<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> Bool { a < b || (b.isNaN && !a.isNaN) }

@inline(__always)
func complexLess(_ a: Complex, _ b: Complex) -> Bool {
    // numpy: lexicographic, with NaN-containing values last.
    let an = a.re.isNaN || a.im.isNaN, bn = b.re.isNaN || b.im.isNaN
    if an || bn { return !an && bn }
    return a.re < b.re || (a.re == b.re && a.im < b.im)
}

private func sortBuffer<T>(_ p: UnsafeMutableRawPointer, _ rows: Int, _ n: Int, _: T.Type, _ less: (T, T) -> Bool) {
    let base = p.assumingMemoryBound(to: T.self)
    for r in 0..<rows {
        var row = UnsafeMutableBufferPointer(start: base + r * n, count: n)
        row.sort(by: less)
    }
}

/// A C-contiguous copy of `a` sorted along `axis`.
func sortedCopy(_ a: NDArray, axis: Int) throws -> NDArray {
    let ax = try normalizeAxis(axis, a.ndim)
    let c = try a.axisMovedLast(ax).copy()
    let n = c.shape.last ?? 1
    if c.count == 0 || n <= 1 { return try c.axisMovedBack(ax).copy() }
    let rows = c.count / n
    let p = c.data
    switch c.dtype {
    case .bool, .uint8: sortBuffer(p, rows, n, UInt8.self, <)
    case .int8: sortBuffer(p, rows, n, Int8.self, <)
    case .int16: sortBuffer(p, rows, n, Int16.self, <)
    case .uint16: sortBuffer(p, rows, n, UInt16.self, <)
    case .int32: sortBuffer(p, rows, n, Int32.self, <)
    case .uint32: sortBuffer(p, rows, n, UInt32.self, <)
    case .int64: sortBuffer(p, rows, n, Int64.self, <)
    case .uint64: sortBuffer(p, rows, n, UInt64.self, <)
    case .float32: sortBuffer(p, rows, n, Float.self, floatLess)
    case .float64: sortBuffer(p, rows, n, Double.self, floatLess)
    case .complex128: sortBuffer(p, rows, n, Complex.self, complexLess)
    }
    return try c.axisMovedBack(ax).copy()
}

/// Stable argsort of each row of `keys` (n per row) into `out`.
private func argsortRows<A>(_ keys: UnsafePointer<A>, _ rows: Int, _ n: Int, _ out: UnsafeMutablePointer<Int64>,
                            _ less: (A, A) -> Bool) {
    var idx = [Int](repeating: 0, count: n)
    for r in 0..<rows {
        let k = keys + r * n
        for i in 0..<n { idx[i] = i }
        idx.sort { x, y in less(k[x], k[y]) || (!less(k[y], k[x]) && x < y) }
        for i in 0..<n { out[r * n + i] = Int64(idx[i]) }
    }
}

/// Indices that sort `a` along `axis` (stable).
func argsortIndices(_ a: NDArray, axis: Int) throws -> NDArray {
    let ax = try normalizeAxis(axis, a.ndim)
    let m = try a.axisMovedLast(ax)
    let n = m.shape.last ?? 1
    let out = try NDArray(shape: m.shape, dtype: .int64, zeroed: false)
    if out.count == 0 { return try out.axisMovedBack(ax).copy() }
    let rows = out.count / n
    let op = out.data.assumingMemoryBound(to: Int64.self)
    func run<A: ReduceElement>(_: A.Type, _ less: (A, A) -> Bool) {
        let keys = UnsafeMutablePointer<A>.allocate(capacity: m.count)
        defer { keys.deallocate() }
        var r = 0
        let base = UnsafeRawPointer(m.data), step = m.strides.last ?? 0
        NDArray.walk(shape: Array(m.shape.dropLast()), strides: Array(m.strides.dropLast())) { off in
            A.gather(m.dtype, base + off, step, n, keys + r * n)
            r += 1
        }
        argsortRows(UnsafePointer(keys), rows, n, op, less)
    }
    switch a.dtype.kind {
    case .float: run(Double.self, floatLess)
    case .unsigned: run(UInt64.self, <)
    case .complex: run(Complex.self, complexLess)
    default: run(Int64.self, <)
    }
    return try out.axisMovedBack(ax).copy()
}

func installSorting(_ np: PyModule) {
    npFunction(np, "sort", ["a", "axis", "kind", "order", "stable"]) { b in
        let a = try asArray(b[0]!)
        if let ax = b[1], ax.isNone { return .object(try sortedCopy(try a.flattened(), axis: 0)) }
        if a.ndim == 0 { throw PythonError(NumpyTypes.axisError, "axis -1 is out of bounds for array of dimension 0") }
        return .object(try sortedCopy(a, axis: try b[1].map(indexInt) ?? -1))
    }
    npFunction(np, "argsort", ["a", "axis", "kind", "order", "stable"]) { b in
        let a = try asArray(b[0]!)
        if let ax = b[1], ax.isNone { return .object(try argsortIndices(try a.flattened(), axis: 0)) }
        if a.ndim == 0 { return .object(try argsortIndices(try a.reshaped([1]), axis: 0).reshaped([])) }
        return .object(try argsortIndices(a, axis: try b[1].map(indexInt) ?? -1))
    }
    NumpyTypes.ndarray.def("sort") { v, args in
        let a = try arrayReceiver(v, "sort")
        let b = try bindArgs("sort", args, ["axis", "kind", "order", "stable"])
        if a.ndim == 0 { throw PythonError(NumpyTypes.axisError, "axis -1 is out of bounds for array of dimension 0") }
        try a.assign(from: try sortedCopy(a, axis: try b[0].map(indexInt) ?? -1))
        return .none
    }
    NumpyTypes.ndarray.def("argsort") { v, args in
        let a = try arrayReceiver(v, "argsort")
        let b = try bindArgs("argsort", args, ["axis", "kind", "order", "stable"])
        if let ax = b[0], ax.isNone { return .object(try argsortIndices(try a.flattened(), axis: 0)) }
        return .object(try argsortIndices(a, axis: try b[0].map(indexInt) ?? -1))
    }
}
