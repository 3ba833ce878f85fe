// add.reduce and multiply.reduce (sum, prod) for every dtype: float sums pairwise in numpy's
// order, products and integer sums sequential with wrap-around.

import UpdraftRuntime

/// numpy's default accumulator type of sum/prod/cumsum: small integers widen to 64 bits.
func addReduceType(_ t: DType) -> DType {
    switch t {
    case .bool, .int8, .int16, .int32: return .int64
    case .uint8, .uint16, .uint32: return .uint64
    default: return t
    }
}

/// Runs the driver with accumulators starting at `initial` and stores them into a new array.
func reduceToArray<A: ReduceElement>(_ a: NDArray, _ plan: ReducePlan, dtype: DType, initial: A,
                                     cast: Bool, chunked: Bool = false,
                                     firstElements: Bool = false,
                                     run: (A, UnsafePointer<A>, Int) -> A, op: (A, A) -> A,
                                     rowOp: ((UnsafeMutablePointer<A>, UnsafePointer<A>, Int) -> Void)? = nil) throws -> NDArray {
    let n = Swift.max(plan.outCount, 1)
    let acc = UnsafeMutablePointer<A>.allocate(capacity: n)
    defer { acc.deallocate() }
    acc.initialize(repeating: initial, count: n)
    if firstElements { loadFirstElements(a, plan, acc) }
    reduceDriver(a, plan, acc, cast: cast, chunked: chunked, run: run, op: op, rowOp: rowOp)
    return try storeAccumulators(acc, plan.outShape, dtype)
}

/// Writes accumulators (in C order of `shape`) into a new array of `dtype`.
func storeAccumulators<A: ReduceElement>(_ acc: UnsafePointer<A>, _ shape: [Int], _ dtype: DType) throws -> NDArray {
    let out = try NDArray(shape: shape, dtype: dtype, zeroed: false)
    let count = out.count
    if dtype == A.nativeDType && dtype.itemsize == MemoryLayout<A>.stride {
        out.data.copyMemory(from: acc, byteCount: count * dtype.itemsize)
    } else {
        let p = out.data, size = dtype.itemsize
        for i in 0..<count { dtype.store(acc[i].scalar, p + i * size) }
    }
    return out
}

/// Sets each accumulator to the first element of its reduction (numpy's start for
/// reductions without an identity: min, max).
func loadFirstElements<A: ReduceElement>(_ a: NDArray, _ plan: ReducePlan, _ acc: UnsafeMutablePointer<A>) {
    guard a.count > 0 else { return }
    var shape: [Int] = [], strides: [Int] = []
    for i in 0..<a.ndim where plan.kept[i] {
        shape.append(a.shape[i])
        strides.append(a.strides[i])
    }
    var i = 0
    let base = UnsafeRawPointer(a.data), t = a.dtype
    NDArray.walk(shape: shape, strides: strides) { off in
        A.gather(t, base + off, 0, 1, acc + i)
        i += 1
    }
}

/// sum (`mul` false) or prod of `a` over the `reduced` axes, accumulating in `dtype`.
func addReduce(_ a: NDArray, _ reduced: [Bool], dtype: DType, mul: Bool = false) throws -> NDArray {
    let plan = ReducePlan(a, reduced)
    let cast = a.dtype != dtype
    switch dtype {
    case .float64:
        if mul {
            return try reduceToArray(a, plan, dtype: dtype, initial: 1.0, cast: cast,
                                     run: { acc, p, n in var r = acc; for i in 0..<n { r *= p[i] }; return r },
                                     op: { $0 * $1 })
        }
        return try reduceToArray(a, plan, dtype: dtype, initial: 0.0, cast: cast, chunked: true,
                                 run: { acc, p, n in acc + pairwiseSum(p, n) }, op: { $0 + $1 },
                                 rowOp: { q, p, n in for j in 0..<n { q[j] += p[j] } })
    case .float32:
        if mul {
            return try reduceToArray(a, plan, dtype: dtype, initial: Float(1), cast: cast,
                                     run: { acc, p, n in var r = acc; for i in 0..<n { r *= p[i] }; return r },
                                     op: { $0 * $1 })
        }
        return try reduceToArray(a, plan, dtype: dtype, initial: Float(0), cast: cast, chunked: true,
                                 run: { acc, p, n in acc + pairwiseSum(p, n) }, op: { $0 + $1 })
    case .complex128:
        if mul {
            return try reduceToArray(a, plan, dtype: dtype, initial: Complex(re: 1, im: 0), cast: cast,
                                     run: { acc, p, n in var r = acc; for i in 0..<n { r = complexMul(r, p[i]) }; return r },
                                     op: complexMul)
        }
        return try reduceToArray(a, plan, dtype: dtype, initial: Complex.zero, cast: cast, chunked: true,
                                 run: { acc, p, n in let s = pairwiseSum(p, n); return Complex(re: acc.re + s.re, im: acc.im + s.im) },
                                 op: { Complex(re: $0.re + $1.re, im: $0.im + $1.im) })
    default:
        // Integers and bool: modular arithmetic in 64 bits, narrowed on store.
        let r: NDArray
        if mul {
            r = try reduceToArray(a, plan, dtype: .int64, initial: Int64(1), cast: cast,
                                  run: { acc, p, n in var r = acc; for i in 0..<n { r = r &* p[i] }; return r },
                                  op: { $0 &* $1 })
        } else {
            r = try reduceToArray(a, plan, dtype: .int64, initial: Int64(0), cast: cast,
                                  run: { acc, p, n in acc &+ wrappingSum(p, n) }, op: { $0 &+ $1 },
                                  rowOp: { q, p, n in for j in 0..<n { q[j] &+= p[j] } })
        }
        return dtype == .int64 ? r : try r.copy(dtype: dtype)
    }
}

@inline(__always)
func complexMul(_ a: Complex, _ b: Complex) -> Complex {
    Complex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
}
