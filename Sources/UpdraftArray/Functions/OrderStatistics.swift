// unique, searchsorted, median, percentile and quantile: functions built on sorted data.

import UpdraftRuntime

/// np.unique over the flattened array, with numpy 2's outputs (NaNs collapse into one).
func uniqueValues(_ a: NDArray, index: Bool, inverse: Bool, counts: Bool) throws -> Value {
    let flat = try a.flattened()
    let n = flat.count
    let order = try argsortIndices(flat, axis: 0)
    let op = order.data.assumingMemoryBound(to: Int64.self)
    let t = flat.dtype
    // Group boundaries: where the sorted value changes.
    var starts: [Int] = []
    var previous: Scalar? = nil
    for i in 0..<n {
        let v = flat.scalar(atOffset: Int(op[i]) * t.itemsize)
        let same: Bool
        if let p = previous {
            switch (p, v) {
            case (.float(let x), .float(let y)): same = x == y || (x.isNaN && y.isNaN)
            case (.complex(let xr, let xi), .complex(let yr, let yi)):
                same = (xr == yr && xi == yi) || ((xr.isNaN || xi.isNaN) && (yr.isNaN || yi.isNaN))
            default: same = p == v
            }
        } else { same = false }
        if !same { starts.append(i) }
        previous = v
    }
    let u = starts.count
    let values = try NDArray(shape: [u], dtype: t, zeroed: false)
    for (k, s) in starts.enumerated() {
        values.setScalar(flat.scalar(atOffset: Int(op[s]) * t.itemsize), atOffset: k * t.itemsize)
    }
    var results: [Value] = [.object(values)]
    if index {
        let idx = try NDArray(shape: [u], dtype: .int64, zeroed: false)
        let p = idx.data.assumingMemoryBound(to: Int64.self)
        for (k, s) in starts.enumerated() { p[k] = op[s] }
        results.append(.object(idx))
    }
    if inverse {
        let inv = try NDArray(shape: a.ndim == 0 ? [1] : a.shape, dtype: .int64, zeroed: false)
        let p = inv.data.assumingMemoryBound(to: Int64.self)
        var g = -1
        for i in 0..<n {
            if g + 1 < u && starts[g + 1] == i { g += 1 }
            p[Int(op[i])] = Int64(g)
        }
        results.append(.object(inv))
    }
    if counts {
        let c = try NDArray(shape: [u], dtype: .int64, zeroed: false)
        let p = c.data.assumingMemoryBound(to: Int64.self)
        for k in 0..<u { p[k] = Int64((k + 1 < u ? starts[k + 1] : n) - starts[k]) }
        results.append(.object(c))
    }
    return results.count == 1 ? results[0] : .tuple(results)
}

/// np.searchsorted on a sorted 1-D array.
func searchSorted(_ a: NDArray, _ v: Value, right: Bool) throws -> Value {
    guard a.ndim == 1 else { throw PythonError.valueError("object too deep for desired array") }
    let needles = try asArray(v)
    let useDouble = a.dtype.isInexact || needles.dtype.isInexact
        || (a.dtype.kind == .unsigned) != (needles.dtype.kind == .unsigned)
    let n = a.shape[0]
    let out = try NDArray(shape: needles.shape, dtype: .int64, zeroed: false)
    let op = out.data.assumingMemoryBound(to: Int64.self)
    func run<A: ReduceElement>(_: A.Type, _ less: (A, A) -> Bool) {
        let hay = UnsafeMutablePointer<A>.allocate(capacity: Swift.max(n, 1))
        defer { hay.deallocate() }
        A.gather(a.dtype, a.data, a.strides[0], n, hay)
        var k = 0
        let base = UnsafeRawPointer(needles.data)
        var x = A.zero
        needles.forEachOffset { off in
            A.gather(needles.dtype, base + off, 0, 1, &x)
            var lo = 0, hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                let goRight = right ? !less(x, hay[mid]) : less(hay[mid], x)
                if goRight { lo = mid + 1 } else { hi = mid }
            }
            op[k] = Int64(lo)
            k += 1
        }
    }
    if useDouble { run(Double.self, floatLess) }
    else if a.dtype.kind == .unsigned { run(UInt64.self, <) }
    else { run(Int64.self, <) }
    if out.ndim == 0 { return .object(NPScalar(.int64, out.scalar(atOffset: 0))) }
    return .object(out)
}

/// Sorted rows along `axis` (nil: flattened) as contiguous Doubles, with the kept shape.
private func sortedRowsAsDouble(_ a: NDArray, axis: Int?) throws -> (UnsafeMutablePointer<Double>, rows: Int, n: Int, shape: [Int]) {
    let src: NDArray
    var shape: [Int]
    if let axis {
        let ax = try normalizeAxis(axis, a.ndim)
        src = try a.axisMovedLast(ax)
        shape = a.shape
        shape.remove(at: ax)
    } else {
        src = try a.flattened()
        shape = []
    }
    let n = src.shape.last ?? 1
    let rows = n == 0 ? shape.reduce(1, *) : src.count / n
    let buf = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(rows * n, 1))
    var r = 0
    let base = UnsafeRawPointer(src.data), step = src.strides.last ?? 0
    NDArray.walk(shape: Array(src.shape.dropLast()), strides: Array(src.strides.dropLast())) { off in
        Double.gather(src.dtype, base + off, step, n, buf + r * n)
        var row = UnsafeMutableBufferPointer(start: buf + r * n, count: n)
        row.sort(by: floatLess)
        r += 1
    }
    return (buf, rows, n, shape)
}

/// np.median: the mean of the middle one or two values, NaN when the slice has a NaN.
func median(_ a: NDArray, axis: Int?) throws -> Value {
    if a.dtype.kind == .complex { throw PythonError.typeError("median of complex arrays is not supported") }
    let (buf, rows, n, shape) = try sortedRowsAsDouble(a, axis: axis)
    defer { buf.deallocate() }
    let t: DType = a.dtype == .float32 ? .float32 : .float64
    let out = try NDArray(shape: shape, dtype: t, zeroed: false)
    for r in 0..<rows {
        let p = buf + r * n
        var m: Double
        if n == 0 {
            m = .nan
        } else if p[n - 1].isNaN {
            m = .nan
        } else if t == .float32 {
            let lo = Float(p[(n - 1) / 2]), hi = Float(p[n / 2])
            let s: Float = n % 2 == 1 ? 0 + (-0.0 + lo) : 0 + ((-0.0 + lo) + hi)
            m = Double(Float(Double(s) / Double(n % 2 == 1 ? 1 : 2)))
        } else {
            let lo = p[(n - 1) / 2], hi = p[n / 2]
            let s = n % 2 == 1 ? 0 + (-0.0 + lo) : 0 + ((-0.0 + lo) + hi)
            m = s / Double(n % 2 == 1 ? 1 : 2)
        }
        t.store(.float(m), out.data + r * t.itemsize)
    }
    if out.ndim == 0 { return .object(NPScalar(t, out.scalar(atOffset: 0))) }
    return .object(out)
}

/// np.quantile with the default 'linear' method (`q` already in [0, 1]).
func quantile(_ a: NDArray, _ qv: Value, axis: Int?, percent: Bool) throws -> Value {
    let qa = try asArray(qv, dtype: .float64).contiguous()
    var qs: [Double] = []
    qa.forEachOffset { qs.append(qa.data.load(fromByteOffset: $0, as: Double.self)) }
    if percent { qs = qs.map { $0 / 100 } }
    for q in qs where !(q >= 0 && q <= 1) {
        throw PythonError.valueError(percent ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]")
    }
    let (buf, rows, n, shape) = try sortedRowsAsDouble(a, axis: axis)
    defer { buf.deallocate() }
    let t: DType = a.dtype == .float32 ? .float32 : .float64
    let out = try NDArray(shape: qa.shape + shape, dtype: t, zeroed: false)
    for (qi, q) in qs.enumerated() {
        let virtual = Double(n - 1) * q
        for r in 0..<rows {
            let p = buf + r * n
            var v: Double
            if n == 0 || p[n - 1].isNaN {
                v = .nan
            } else {
                var prev = Int(virtual.rounded(.down)), next = prev + 1
                if virtual >= Double(n - 1) { prev = n - 1; next = n - 1 }
                if virtual < 0 { prev = 0; next = 0 }
                next = Swift.min(next, n - 1)
                let gamma = virtual - virtual.rounded(.down)
                let (x, y) = (p[prev], p[next])
                if t == .float32 {
                    let (fx, fy, g) = (Float(x), Float(y), Float(gamma))
                    let d = fy - fx
                    v = Double(g >= 0.5 ? fy - d * (1 - g) : fx + d * g)
                } else {
                    let d = a.dtype.isInteger ? Double(Int64(y) &- Int64(x)) : y - x
                    v = gamma >= 0.5 ? y - d * (1 - gamma) : x + d * gamma
                }
            }
            t.store(.float(v), out.data + (qi * rows + r) * t.itemsize)
        }
    }
    if out.ndim == 0 { return .object(NPScalar(t, out.scalar(atOffset: 0))) }
    return .object(out)
}

func installOrderStatistics(_ np: PyModule) {
    npFunction(np, "unique", ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan", "sorted"]) { b in
        func f(_ v: Value?) throws -> Bool { try v.map(isTruthy) ?? false }
        return try uniqueValues(try asArray(b[0]!), index: try f(b[1]), inverse: try f(b[2]), counts: try f(b[3]))
    }
    npFunction(np, "searchsorted", ["a", "v", "side", "sorter"], required: 2) { b in
        var right = false
        if let s = b[2], !s.isNone {
            let text = try str(s)
            guard text == "left" || text == "right" else {
                throw PythonError.valueError("side must be 'left' or 'right' (got \(try repr(s)))")
            }
            right = text == "right"
        }
        return try searchSorted(try asArray(b[0]!), b[1]!, right: right)
    }
    NumpyTypes.ndarray.def("searchsorted") { v, args in
        let b = try bindArgs("searchsorted", args, ["v", "side", "sorter"], required: 1)
        let right = try b[1].map { try str($0) == "right" } ?? false
        return try searchSorted(try arrayReceiver(v, "searchsorted"), b[0]!, right: right)
    }
    npFunction(np, "median", ["a", "axis", "out", "overwrite_input", "keepdims"]) { b in
        try median(try asArray(b[0]!), axis: try axisArgument(b[1]))
    }
    npFunction(np, "percentile", ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], required: 2) { b in
        try quantile(try asArray(b[0]!), b[1]!, axis: try axisArgument(b[2]), percent: true)
    }
    npFunction(np, "quantile", ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], required: 2) { b in
        try quantile(try asArray(b[0]!), b[1]!, axis: try axisArgument(b[2]), percent: false)
    }
}
