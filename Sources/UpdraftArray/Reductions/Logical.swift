// logical_or.reduce / logical_and.reduce (any, all) and count_nonzero.

import UpdraftRuntime

func truthReduce(_ a: NDArray, _ reduced: [Bool], all: Bool) throws -> NDArray {
    let plan = ReducePlan(a, reduced)
    if all {
        return try reduceToArray(a, plan, dtype: .bool, initial: UInt8(1), cast: a.dtype != .bool,
                                 run: { acc, p, n in
                                     if acc == 0 { return 0 }
                                     for i in 0..<n where p[i] == 0 { return 0 }
                                     return 1
                                 }, op: { $0 & $1 })
    }
    return try reduceToArray(a, plan, dtype: .bool, initial: UInt8(0), cast: a.dtype != .bool,
                             run: { acc, p, n in
                                 if acc != 0 { return 1 }
                                 for i in 0..<n where p[i] != 0 { return 1 }
                                 return 0
                             }, op: { $0 | $1 })
}

/// np.count_nonzero over `reduced` (int64 counts).
func countNonzero(_ a: NDArray, _ reduced: [Bool]) throws -> NDArray {
    let plan = ReducePlan(a, reduced)
    let n = Swift.max(plan.outCount, 1)
    let acc = UnsafeMutablePointer<Int64>.allocate(capacity: n)
    defer { acc.deallocate() }
    acc.initialize(repeating: 0, count: n)
    // Count through a 0/1 view of the truth values.
    let truth = try truthArray(a)
    reduceDriver(truth, ReducePlan(truth, reduced), acc, cast: true, chunked: false,
                 run: { acc, p, n in acc &+ wrappingSum(p, n) }, op: { $0 &+ $1 })
    return try storeAccumulators(acc, plan.outShape, .int64)
}

/// `a != 0` as a bool array of the same shape (and memory order as `a`).
func truthArray(_ a: NDArray) throws -> NDArray {
    if a.dtype == .bool { return a }
    let out = try emptyLikeKeepOrder(a, dtype: .bool)
    let (src, dst, t) = (UnsafeRawPointer(a.data), out.data, a.dtype)
    var v: UInt8 = 0
    NDArray.walk2(shape: a.shape, a.strides, out.strides) { i, o in
        UInt8.gather(t, src + i, 0, 1, &v)
        dst.storeBytes(of: v, toByteOffset: o, as: UInt8.self)
    }
    return out
}
