// nansum, nanmean, nanmax, nanmin: numpy's nanfunctions, which copy float input with NaNs
// replaced (by 0 for sums) and then reduce; integer input goes straight to the plain forms.

import UpdraftRuntime

/// A copy of float/complex `a` (same memory order) with NaNs replaced by zero, and the
/// per-element "was NaN" mask; nil when `a` cannot hold NaN.
func replaceNaN(_ a: NDArray) throws -> (NDArray, NDArray)? {
    guard a.dtype.isInexact else { return nil }
    let copy = try emptyLikeKeepOrder(a, dtype: a.dtype)
    try copy.assign(from: a)
    let mask = try emptyLikeKeepOrder(a, dtype: .bool)
    let (p, m) = (copy.data, mask.data)
    let t = a.dtype
    NDArray.walk2(shape: a.shape, copy.strides, mask.strides) { o, k in
        let isNaN: Bool
        switch t {
        case .float32: isNaN = p.load(fromByteOffset: o, as: Float.self).isNaN
        case .complex128: isNaN = p.load(fromByteOffset: o, as: Double.self).isNaN || p.load(fromByteOffset: o + 8, as: Double.self).isNaN
        default: isNaN = p.load(fromByteOffset: o, as: Double.self).isNaN
        }
        m.storeBytes(of: isNaN ? 1 : 0, toByteOffset: k, as: UInt8.self)
        if isNaN { t.store(.int(0), p + o) }
    }
    return (copy, mask)
}

func nanSum(_ a: NDArray, _ reduced: [Bool], dtype: DType?) throws -> NDArray {
    let src = try replaceNaN(a)?.0 ?? a
    return try addReduce(src, reduced, dtype: dtype ?? addReduceType(a.dtype))
}

func nanMean(_ a: NDArray, _ reduced: [Bool], dtype: DType?) throws -> NDArray {
    guard let (arr, mask) = try replaceNaN(a) else { return try meanReduce(a, reduced, dtype: dtype) }
    // cnt = sum(~mask); tot = sum(arr); tot / cnt.
    let total = try addReduce(arr, reduced, dtype: dtype ?? arr.dtype)
    let nanCount = try addReduce(mask, reduced, dtype: .int64)
    let all = ReducePlan(a, reduced).reduceCount
    let counts = nanCount.data.assumingMemoryBound(to: Int64.self)
    let t = total.dtype, size = t.itemsize
    for i in 0..<total.count {
        let cnt = Double(Int64(all) - counts[i])
        let v = t.load(total.data + i * size)
        switch v {
        case .complex(let re, let im):
            t.store(.complex(re / cnt, im / cnt), total.data + i * size)
        default:
            t.store(.float(v.asDouble / cnt), total.data + i * size)
        }
    }
    return total
}

func nanExtremum(_ a: NDArray, _ reduced: [Bool], max: Bool) throws -> NDArray {
    if a.dtype.kind == .float { return try extremumReduce(a, reduced, max ? .fmax : .fmin) }
    return try extremumReduce(a, reduced, max ? .max : .min)
}
