// The iteration order of a reduction, as numpy's nditer chooses it: axes sorted so that the
// smallest strides are innermost (numpy's insertion sort over the output and input strides),
// then adjacent axes coalesced. The order decides the order of the floating-point additions,
// so following it is what makes sums bitwise identical to numpy's.

import UpdraftRuntime

/// One loop of a reduction: `n` steps, `si` bytes in the input, `so` elements in the output
/// accumulators (0 along reduced axes).
struct LoopDim {
    var n: Int
    var si: Int
    var so: Int
}

/// numpy's reduction iterator buffer size: casting (and multi-axis) reductions are summed in
/// pieces of at most this many elements.
let reduceBufferSize = 8192

struct ReducePlan {
    /// Loops, innermost first.
    var dims: [LoopDim]
    /// Result shape without the reduced axes.
    var outShape: [Int]
    var outCount: Int
    /// Number of elements combined into each result.
    var reduceCount: Int
    /// Per input axis: not reduced.
    var kept: [Bool]

    init(_ a: NDArray, _ reduced: [Bool]) {
        var outShape: [Int] = []
        for i in 0..<a.ndim where !reduced[i] { outShape.append(a.shape[i]) }
        self.outShape = outShape
        kept = reduced.map { !$0 }
        outCount = outShape.reduce(1, *)
        reduceCount = 1
        for i in 0..<a.ndim where reduced[i] { reduceCount *= a.shape[i] }
        // Output element strides (C order over the kept axes).
        var so = [Int](repeating: 0, count: a.ndim)
        var s = 1
        for i in stride(from: a.ndim - 1, through: 0, by: -1) where !reduced[i] {
            so[i] = s
            s *= Swift.max(a.shape[i], 1)
        }
        // numpy keeps its axis data innermost-first; length-1 axes never matter.
        var dims: [LoopDim] = []
        for i in stride(from: a.ndim - 1, through: 0, by: -1) where a.shape[i] != 1 {
            dims.append(LoopDim(n: a.shape[i], si: a.strides[i], so: so[i]))
        }
        // npyiter_find_best_axis_ordering: an axis moves inward past another only when every
        // operand with non-zero strides on both has a smaller stride on it.
        if dims.count > 1 {
            for i0 in 1..<dims.count {
                let d0 = dims[i0]
                var pos = i0
                var i1 = i0 - 1
                while i1 >= 0 {
                    let d1 = dims[i1]
                    var ambiguous = true, shouldSwap = false
                    for (s0, s1) in [(d0.so, d1.so), (d0.si, d1.si)] where s0 != 0 && s1 != 0 {
                        if Swift.abs(s1) <= Swift.abs(s0) { shouldSwap = false } else if ambiguous { shouldSwap = true }
                        ambiguous = false
                    }
                    if !ambiguous {
                        if shouldSwap { pos = i1 } else { break }
                    }
                    i1 -= 1
                }
                if pos != i0 {
                    dims.remove(at: i0)
                    dims.insert(d0, at: pos)
                }
            }
        }
        // Coalesce neighbours that step through memory as one loop.
        var merged: [LoopDim] = []
        for d in dims {
            if var last = merged.last, d.si == last.si * last.n, d.so == last.so * last.n {
                last.n *= d.n
                merged[merged.count - 1] = last
            } else {
                merged.append(d)
            }
        }
        if merged.isEmpty { merged = [LoopDim(n: 1, si: 0, so: 0)] }
        self.dims = merged
    }
}

/// Calls `body(inputByteOffset, outputIndex)` for every position of `dims`, innermost fastest.
@inline(__always)
func forEachPosition(_ dims: ArraySlice<LoopDim>, _ body: (Int, Int) throws -> Void) rethrows {
    if dims.isEmpty { try body(0, 0); return }
    let d = Array(dims)
    if d.contains(where: { $0.n == 0 }) { return }
    var idx = [Int](repeating: 0, count: d.count)
    var bi = 0, bo = 0
    while true {
        try body(bi, bo)
        var k = 0
        while k < d.count {
            idx[k] += 1
            bi += d[k].si
            bo += d[k].so
            if idx[k] < d[k].n { break }
            bi -= d[k].si * d[k].n
            bo -= d[k].so * d[k].n
            idx[k] = 0
            k += 1
        }
        if k == d.count { return }
    }
}

/// A reusable scratch buffer for gathered runs.
final class Scratch<A> {
    private(set) var pointer: UnsafeMutablePointer<A>
    private var capacity: Int
    init(_ n: Int) {
        capacity = Swift.max(n, 1)
        pointer = .allocate(capacity: capacity)
    }
    func reserve(_ n: Int) {
        if n > capacity {
            pointer.deallocate()
            capacity = n
            pointer = .allocate(capacity: n)
        }
    }
    deinit { pointer.deallocate() }
}

/// The generic reduction driver. `acc` holds one accumulator per output element (already
/// initialised); `run(acc, p, n)` folds a contiguous run into an accumulator; `op` folds one
/// element (used when the innermost loop runs over output elements). With `chunked`, runs are
/// cut as numpy's buffered iterator cuts them (only float sums depend on that).
@inline(__always)
func reduceDriver<A: ReduceElement>(_ a: NDArray, _ plan: ReducePlan, _ acc: UnsafeMutablePointer<A>,
                                    cast: Bool, chunked: Bool,
                                    run: (A, UnsafePointer<A>, Int) -> A, op: (A, A) -> A,
                                    rowOp: ((UnsafeMutablePointer<A>, UnsafePointer<A>, Int) -> Void)? = nil) {
    let dims = plan.dims
    if a.count == 0 { return }
    let base = UnsafeRawPointer(a.data)
    let t = a.dtype
    let native = t == A.nativeDType
    let inner = dims[0]
    let scratch = Scratch<A>(Swift.min(inner.n, reduceBufferSize))

    /// The run of `n` elements at `off` with byte stride `s` as contiguous accumulator values.
    @inline(__always)
    func runPointer(_ off: Int, _ s: Int, _ n: Int) -> UnsafePointer<A> {
        if native && s == MemoryLayout<A>.stride {
            return UnsafeRawPointer(base + off).assumingMemoryBound(to: A.self)
        }
        scratch.reserve(n)
        A.gather(t, base + off, s, n, scratch.pointer)
        return UnsafePointer(scratch.pointer)
    }

    if inner.so != 0 {
        // Innermost loop over output elements: out[j] = op(out[j], x[j]).
        forEachPosition(dims[1...]) { bi, bo in
            let p = runPointer(bi, inner.si, inner.n)
            if inner.so == 1, let rowOp {
                rowOp(acc + bo, p, inner.n)
                return
            }
            if inner.so == 1 {
                let q = acc + bo
                for j in 0..<inner.n { q[j] = op(q[j], p[j]) }
                return
            }
            var o = bo
            for j in 0..<inner.n {
                acc[o] = op(acc[o], p[j])
                o += inner.so
            }
        }
        return
    }
    // Innermost loop reduces. Consecutive reduced loops after it form numpy's "reduce outer"
    // block, which its buffered iterator fills with whole rows.
    var g = 1
    while g < dims.count && dims[g].so == 0 { g += 1 }
    let buffered = chunked && (cast || g > 1)
    let L = inner.n
    if !buffered {
        forEachPosition(dims[1...]) { bi, bo in
            acc[bo] = run(acc[bo], runPointer(bi, inner.si, L), L)
        }
        return
    }
    let rows = dims[1..<g]
    if L >= reduceBufferSize {
        forEachPosition(dims[g...]) { bi, bo in
            forEachPosition(rows) { ri, _ in
                var start = 0
                while start < L {
                    let m = Swift.min(reduceBufferSize, L - start)
                    acc[bo] = run(acc[bo], runPointer(bi + ri + start * inner.si, inner.si, m), m)
                    start += m
                }
            }
        }
        return
    }
    let perChunk = reduceBufferSize / L
    let buf = Scratch<A>(perChunk * L)
    forEachPosition(dims[g...]) { bi, bo in
        var filled = 0
        forEachPosition(rows) { ri, _ in
            A.gather(t, base + bi + ri, inner.si, L, buf.pointer + filled * L)
            filled += 1
            if filled == perChunk {
                acc[bo] = run(acc[bo], UnsafePointer(buf.pointer), filled * L)
                filled = 0
            }
        }
        if filled > 0 { acc[bo] = run(acc[bo], UnsafePointer(buf.pointer), filled * L) }
    }
}
