// maximum.reduce / minimum.reduce (max, min, amax, amin, ptp) and fmax / fmin (nanmax,
// nanmin). They have no identity: each result starts from the first element it covers.

import UpdraftRuntime

enum Extremum { case max, min, fmax, fmin }

extension Extremum {
    var ufuncName: String {
        switch self {
        case .max: return "maximum"
        case .min: return "minimum"
        case .fmax: return "fmax"
        case .fmin: return "fmin"
        }
    }
}

/// numpy's scalar loops: `(x >= acc || isnan(x)) ? x : acc` for maximum (NaN propagates),
/// and the NaN-ignoring forms for fmax/fmin.
@inline(__always)
private func pick(_ e: Extremum, _ acc: Double, _ x: Double) -> Double {
    switch e {
    case .max: return (x >= acc || x.isNaN) ? x : acc
    case .min: return (x <= acc || x.isNaN) ? x : acc
    case .fmax: return (x >= acc || acc.isNaN) ? x : acc
    case .fmin: return (x <= acc || acc.isNaN) ? x : acc
    }
}

func extremumReduce(_ a: NDArray, _ reduced: [Bool], _ e: Extremum) throws -> NDArray {
    let plan = ReducePlan(a, reduced)
    if plan.reduceCount == 0 {
        throw PythonError.valueError("zero-size array to reduction operation \(e.ufuncName) which has no identity")
    }
    let isMax = e == .max || e == .fmax
    switch a.dtype.kind {
    case .float:
        func fold(_ acc: Double, _ p: UnsafePointer<Double>, _ n: Int) -> Double {
            var r = acc
            switch e {
            case .max: for i in 0..<n { let x = p[i]; r = (x >= r || x.isNaN) ? x : r }
            case .min: for i in 0..<n { let x = p[i]; r = (x <= r || x.isNaN) ? x : r }
            case .fmax: for i in 0..<n { let x = p[i]; r = (x >= r || r.isNaN) ? x : r }
            case .fmin: for i in 0..<n { let x = p[i]; r = (x <= r || r.isNaN) ? x : r }
            }
            return r
        }
        return try reduceToArray(a, plan, dtype: a.dtype, initial: 0.0, cast: false, firstElements: true,
                                 run: fold, op: { pick(e, $0, $1) })
    case .unsigned:
        return try reduceToArray(a, plan, dtype: a.dtype, initial: UInt64(0), cast: false, firstElements: true,
                                 run: { acc, p, n in
                                     var r = acc
                                     if isMax { for i in 0..<n { r = Swift.max(r, p[i]) } } else { for i in 0..<n { r = Swift.min(r, p[i]) } }
                                     return r
                                 }, op: { isMax ? Swift.max($0, $1) : Swift.min($0, $1) })
    case .signed, .bool:
        return try reduceToArray(a, plan, dtype: a.dtype, initial: Int64(0), cast: false, firstElements: true,
                                 run: { acc, p, n in
                                     var r = acc
                                     if isMax { for i in 0..<n { r = Swift.max(r, p[i]) } } else { for i in 0..<n { r = Swift.min(r, p[i]) } }
                                     return r
                                 }, op: { isMax ? Swift.max($0, $1) : Swift.min($0, $1) })
    case .complex:
        // Lexicographic order with NaN propagation, as numpy's complex maximum.
        func better(_ x: Complex, _ r: Complex) -> Bool {
            if x.re.isNaN || x.im.isNaN { return !(r.re.isNaN || r.im.isNaN) }
            if r.re.isNaN || r.im.isNaN { return false }
            if isMax { return x.re > r.re || (x.re == r.re && x.im >= r.im) }
            return x.re < r.re || (x.re == r.re && x.im <= r.im)
        }
        return try reduceToArray(a, plan, dtype: a.dtype, initial: Complex.zero, cast: false, firstElements: true,
                                 run: { acc, p, n in
                                     var r = acc
                                     for i in 0..<n where better(p[i], r) { r = p[i] }
                                     return r
                                 }, op: { better($1, $0) ? $1 : $0 })
    }
}

/// np.ptp: max - min (integers wrap).
func ptpReduce(_ a: NDArray, _ reduced: [Bool]) throws -> NDArray {
    if a.dtype == .bool {
        throw PythonError.typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
    }
    let hi = try extremumReduce(a, reduced, .max), lo = try extremumReduce(a, reduced, .min)
    let t = a.dtype, size = t.itemsize
    for i in 0..<hi.count {
        let (x, y) = (t.load(hi.data + i * size), t.load(lo.data + i * size))
        let d: Scalar
        switch (x, y) {
        case (.int(let p), .int(let q)): d = .int(p &- q)
        case (.uint(let p), .uint(let q)): d = .uint(p &- q)
        case (.complex(let a, let b), .complex(let c, let e)): d = .complex(a - c, b - e)
        default: d = .float(x.asDouble - y.asDouble)
        }
        t.store(d, hi.data + i * size)
    }
    return hi
}

/// argmax / argmin along one axis (nil: over the flattened array). The first extreme wins;
/// the first NaN wins over everything.
func argExtremum(_ a: NDArray, axis: Int?, max isMax: Bool) throws -> NDArray {
    let name = isMax ? "argmax" : "argmin"
    let src: NDArray
    let ax: Int
    if let axis {
        ax = try normalizeAxis(axis, a.ndim)
        src = a
    } else {
        src = try a.contiguous().reshaped([a.count])
        ax = 0
    }
    let n = src.ndim == 0 ? 1 : src.shape[ax]
    if n == 0 { throw PythonError.valueError("attempt to get \(name) of an empty sequence") }
    var outShape: [Int] = [], outStrides: [Int] = []
    for i in 0..<src.ndim where i != ax { outShape.append(src.shape[i]); outStrides.append(src.strides[i]) }
    let out = try NDArray(shape: outShape, dtype: .int64, zeroed: false)
    let op = out.data.assumingMemoryBound(to: Int64.self)
    let stepBytes = src.ndim == 0 ? 0 : src.strides[ax]
    let base = UnsafeRawPointer(src.data), t = src.dtype
    var k = 0
    switch t.kind {
    case .float:
        let direct = t == .float64 && stepBytes == 8
        let buf = Scratch<Double>(direct ? 1 : n)
        NDArray.walk(shape: outShape, strides: outStrides) { off in
            let p: UnsafePointer<Double>
            if direct {
                p = (base + off).assumingMemoryBound(to: Double.self)
            } else {
                Double.gather(t, base + off, stepBytes, n, buf.pointer)
                p = UnsafePointer(buf.pointer)
            }
            var best = p[0], idx = 0
            if !best.isNaN {
                for i in 1..<Swift.max(n, 1) {
                    let x = p[i]
                    if isMax ? !(x <= best) : !(x >= best) {
                        best = x
                        idx = i
                        if x.isNaN { break }
                    }
                }
            }
            op[k] = Int64(idx)
            k += 1
        }
    case .unsigned:
        let buf = Scratch<UInt64>(n)
        NDArray.walk(shape: outShape, strides: outStrides) { off in
            UInt64.gather(t, base + off, stepBytes, n, buf.pointer)
            let p = buf.pointer
            var best = p[0], idx = 0
            for i in 1..<Swift.max(n, 1) where isMax ? p[i] > best : p[i] < best { best = p[i]; idx = i }
            op[k] = Int64(idx)
            k += 1
        }
    case .complex:
        let buf = Scratch<Complex>(n)
        NDArray.walk(shape: outShape, strides: outStrides) { off in
            Complex.gather(t, base + off, stepBytes, n, buf.pointer)
            let p = buf.pointer
            var best = p[0], idx = 0
            if !(best.re.isNaN || best.im.isNaN) {
                for i in 1..<Swift.max(n, 1) {
                    let x = p[i]
                    if x.re.isNaN || x.im.isNaN { idx = i; break }
                    let gt = x.re > best.re || (x.re == best.re && x.im > best.im)
                    let lt = x.re < best.re || (x.re == best.re && x.im < best.im)
                    if isMax ? gt : lt { best = x; idx = i }
                }
            }
            op[k] = Int64(idx)
            k += 1
        }
    default:
        let direct = t == .int64 && stepBytes == 8
        let buf = Scratch<Int64>(direct ? 1 : n)
        NDArray.walk(shape: outShape, strides: outStrides) { off in
            let p: UnsafePointer<Int64>
            if direct {
                p = (base + off).assumingMemoryBound(to: Int64.self)
            } else {
                Int64.gather(t, base + off, stepBytes, n, buf.pointer)
                p = UnsafePointer(buf.pointer)
            }
            var best = p[0], idx = 0
            for i in 1..<Swift.max(n, 1) where isMax ? p[i] > best : p[i] < best { best = p[i]; idx = i }
            op[k] = Int64(idx)
            k += 1
        }
    }
    return out
}
