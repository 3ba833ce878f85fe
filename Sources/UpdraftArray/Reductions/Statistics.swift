// mean, var and std as numpy's `_methods._mean` / `_var` compute them: a sum (in float64 for
// integer input), a true division by the count, and for var the sum of squared deviations
// from the mean, laid out like the input so the second sum runs in numpy's order.

import UpdraftRuntime

/// The accumulator dtype numpy's mean/var pick when `dtype` is not given.
func meanType(_ t: DType) -> DType {
    t.kind == .bool || t.isInteger ? .float64 : t
}

/// `s / n` element-wise in place, with numpy's true_divide for each result type
/// (complex division by `n + 0j` uses the reciprocal as numpy's loop does).
func divideInPlace(_ s: NDArray, by n: Double) {
    let count = s.count, p = s.data
    switch s.dtype {
    case .float64:
        let d = p.assumingMemoryBound(to: Double.self)
        for i in 0..<count { d[i] = d[i] / n }
    case .float32:
        let d = p.assumingMemoryBound(to: Float.self)
        for i in 0..<count { d[i] = Float(Double(d[i]) / n) }
    case .complex128:
        let d = p.assumingMemoryBound(to: Double.self)
        for i in 0..<count {
            let (re, im) = (d[2 * i], d[2 * i + 1])
            if n == 0 {
                d[2 * i] = re / 0
                d[2 * i + 1] = im / 0
            } else {
                let scl = 1.0 / n
                d[2 * i] = (re + im * 0) * scl
                d[2 * i + 1] = (im - re * 0) * scl
            }
        }
    default:
        // An integer result (`dtype=int`): float division, then a C cast back.
        let t = s.dtype
        for i in 0..<count {
            let q = t.load(p + i * t.itemsize).asDouble / n
            t.store(.float(q), p + i * t.itemsize)
        }
    }
}

/// np.mean over `reduced`, as an array of the kept shape.
func meanReduce(_ a: NDArray, _ reduced: [Bool], dtype: DType?) throws -> NDArray {
    let t = dtype ?? meanType(a.dtype)
    let s = try addReduce(a, reduced, dtype: t)
    let n = ReducePlan(a, reduced).reduceCount
    divideInPlace(s, by: Double(n))
    return s
}

/// An uninitialised array shaped like `a` whose memory order follows `a`'s strides
/// (numpy's order='K' allocation: axes by decreasing stride).
func emptyLikeKeepOrder(_ a: NDArray, dtype: DType) throws -> NDArray {
    var order = Array(0..<a.ndim)
    // Stable insertion sort by decreasing absolute stride.
    if order.count > 1 {
        for i in 1..<order.count {
            var j = i
            while j > 0 && Swift.abs(a.strides[order[j - 1]]) < Swift.abs(a.strides[order[j]]) && a.shape[order[j]] != 1 && a.shape[order[j - 1]] != 1 {
                order.swapAt(j - 1, j)
                j -= 1
            }
        }
    }
    let compact = try NDArray(shape: order.map { a.shape[$0] }, dtype: dtype, zeroed: false)
    var strides = [Int](repeating: 0, count: a.ndim)
    for (k, axis) in order.enumerated() { strides[axis] = compact.strides[k] }
    return NDArray(storage: compact.storage, dtype: dtype, shape: a.shape, strides: strides, offset: 0, base: nil)
}

/// np.var over `reduced` (`std` takes the square root).
func varReduce(_ a: NDArray, _ reduced: [Bool], dtype: DType?, ddof: Double, std: Bool) throws -> NDArray {
    let plan = ReducePlan(a, reduced)
    let sumType = dtype ?? meanType(a.dtype)
    let mean = try addReduce(a, reduced, dtype: sumType)
    divideInPlace(mean, by: Double(plan.reduceCount))
    // The mean with the reduced axes kept as length 1, stretched over `a`.
    var keptShape: [Int] = []
    for i in 0..<a.ndim { keptShape.append(reduced[i] ? 1 : a.shape[i]) }
    let meanB = try mean.reshaped(keptShape).broadcast(to: a.shape)
    let xType = DType.promote(a.dtype, sumType)
    let x = try emptyLikeKeepOrder(a, dtype: xType)
    try x.assign(from: a)
    let sq: NDArray
    switch xType {
    case .float64 where x.isContiguous && meanB.strides.allSatisfy({ $0 == 0 }):
        // Full reduction: one mean for every element.
        let m = meanB.data.load(as: Double.self)
        let xp = x.data.assumingMemoryBound(to: Double.self)
        for i in 0..<x.count {
            let d = xp[i] - m
            xp[i] = d * d
        }
        sq = x
    case .float64:
        let (xp, mp) = (x.data, UnsafeRawPointer(meanB.data))
        NDArray.walk2(shape: a.shape, x.strides, meanB.strides) { o, m in
            let d = xp.load(fromByteOffset: o, as: Double.self) - mp.load(fromByteOffset: m, as: Double.self)
            xp.storeBytes(of: d * d, toByteOffset: o, as: Double.self)
        }
        sq = x
    case .float32:
        let (xp, mp) = (x.data, UnsafeRawPointer(meanB.data))
        NDArray.walk2(shape: a.shape, x.strides, meanB.strides) { o, m in
            let d = xp.load(fromByteOffset: o, as: Float.self) - mp.load(fromByteOffset: m, as: Float.self)
            xp.storeBytes(of: d * d, toByteOffset: o, as: Float.self)
        }
        sq = x
    case .complex128:
        let y = try emptyLikeKeepOrder(a, dtype: .float64)
        let (xp, mp, yp) = (x.data, UnsafeRawPointer(meanB.data), y.data)
        NDArray.walk2(shape: a.shape, x.strides, meanB.strides) { o, m in
            let re = xp.load(fromByteOffset: o, as: Double.self) - mp.load(fromByteOffset: m, as: Double.self)
            let im = xp.load(fromByteOffset: o + 8, as: Double.self) - mp.load(fromByteOffset: m + 8, as: Double.self)
            yp.storeBytes(of: re * re + im * im, toByteOffset: o / 2, as: Double.self)
        }
        sq = y
    default:
        throw PythonError.typeError("unsupported dtype for var: \(xType.name)")
    }
    let sumType2 = dtype.map { $0.kind == .complex ? DType.float64 : $0 } ?? sq.dtype
    let total = try addReduce(sq, reduced, dtype: sumType2)
    divideInPlace(total, by: Swift.max(Double(plan.reduceCount) - ddof, 0))
    if std { sqrtInPlace(total) }
    return total
}

func sqrtInPlace(_ s: NDArray) {
    let count = s.count, p = s.data
    switch s.dtype {
    case .float64:
        let d = p.assumingMemoryBound(to: Double.self)
        for i in 0..<count { d[i] = d[i].squareRoot() }
    case .float32:
        let d = p.assumingMemoryBound(to: Float.self)
        for i in 0..<count { d[i] = d[i].squareRoot() }
    default:
        let t = s.dtype
        for i in 0..<count {
            t.store(.float(t.load(p + i * t.itemsize).asDouble.squareRoot()), p + i * t.itemsize)
        }
    }
}
