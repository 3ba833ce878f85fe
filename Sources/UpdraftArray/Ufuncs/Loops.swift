// The loop drivers every ufunc kernel runs on: operands (already of the loop's types and
// broadcast to one shape) are reduced to rows — dimensions whose strides chain are merged —
// and each row runs as a typed pointer loop. Contiguous rows and rows against one repeated
// value get their own plain loops so the optimizer vectorizes them.

import UpdraftRuntime

/// Up to four operands (inputs then output) walked over one index space.
struct LoopGeometry {
    var outerShape: [Int] = []
    var s0: [Int] = [], s1: [Int] = [], s2: [Int] = [], s3: [Int] = []
    /// Length of the innermost row and each operand's byte stride along it.
    var n = 1
    var i0 = 0, i1 = 0, i2 = 0, i3 = 0
    var p0: UnsafeMutableRawPointer, p1: UnsafeMutableRawPointer
    var p2: UnsafeMutableRawPointer, p3: UnsafeMutableRawPointer
    var empty = false
    /// True for an operator on numpy scalars (numpy's scalar math, not the ufunc loop).
    var scalarOperator = false

    /// True when operand 1 is one value repeated over the whole loop.
    var operand1IsScalar: Bool { i1 == 0 && s1.allSatisfy { $0 == 0 } }

    /// `arrays` must all have `shape` (broadcast views are fine).
    init(_ shape: [Int], _ arrays: [NDArray]) {
        let k = arrays.count
        let ptrs = arrays.map(\.data)
        p0 = ptrs[0]
        p1 = k > 1 ? ptrs[1] : ptrs[0]
        p2 = k > 2 ? ptrs[2] : ptrs[0]
        p3 = k > 3 ? ptrs[3] : ptrs[0]
        if shape.contains(0) { empty = true; n = 0; return }
        // Drop length-1 axes, then merge neighbours whose strides chain for every operand.
        var sizes: [Int] = []
        var strides: [[Int]] = []
        for ax in 0..<shape.count where shape[ax] != 1 {
            let st = arrays.map { $0.strides[ax] }
            if let last = sizes.indices.last,
               (0..<k).allSatisfy({ strides[last][$0] == st[$0] * shape[ax] }) {
                sizes[last] *= shape[ax]
                strides[last] = st
            } else {
                sizes.append(shape[ax])
                strides.append(st)
            }
        }
        guard let inner = sizes.indices.last else { return }
        n = sizes[inner]
        let st = strides[inner]
        i0 = st[0]; i1 = k > 1 ? st[1] : 0; i2 = k > 2 ? st[2] : 0; i3 = k > 3 ? st[3] : 0
        outerShape = Array(sizes[..<inner])
        let outer = strides[..<inner]
        s0 = outer.map { $0[0] }
        s1 = outer.map { k > 1 ? $0[1] : 0 }
        s2 = outer.map { k > 2 ? $0[2] : 0 }
        s3 = outer.map { k > 3 ? $0[3] : 0 }
    }

    /// Calls `body` with the start of every row for each operand.
    @inline(__always)
    func forEachRow(_ body: (UnsafeMutableRawPointer, UnsafeMutableRawPointer, UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Void) {
        if empty { return }
        let nd = outerShape.count
        if nd == 0 { body(p0, p1, p2, p3); return }
        var idx = [Int](repeating: 0, count: nd)
        var o0 = 0, o1 = 0, o2 = 0, o3 = 0
        while true {
            body(p0 + o0, p1 + o1, p2 + o2, p3 + o3)
            var ax = nd - 1
            while ax >= 0 {
                idx[ax] += 1
                o0 += s0[ax]; o1 += s1[ax]; o2 += s2[ax]; o3 += s3[ax]
                if idx[ax] < outerShape[ax] { break }
                let m = outerShape[ax]
                o0 -= s0[ax] * m; o1 -= s1[ax] * m; o2 -= s2[ax] * m; o3 -= s3[ax] * m
                idx[ax] = 0
                ax -= 1
            }
            if ax < 0 { return }
        }
    }
}

/// out = f(a) elementwise; operands 0 (input) and 1 (output).
@inline(__always)
func unaryLoop<A, R>(_ g: LoopGeometry, _ f: (A) -> R) {
    let n = g.n, sa = g.i0, so = g.i1
    let za = MemoryLayout<A>.stride, zr = MemoryLayout<R>.stride
    g.forEachRow { pa, po, _, _ in
        if sa == za && so == zr {
            let a = UnsafePointer<A>(pa.assumingMemoryBound(to: A.self))
            let o = po.assumingMemoryBound(to: R.self)
            for i in 0..<n { o[i] = f(a[i]) }
        } else {
            var ia = 0, io = 0
            for _ in 0..<n {
                po.storeBytes(of: f(pa.load(fromByteOffset: ia, as: A.self)), toByteOffset: io, as: R.self)
                ia += sa; io += so
            }
        }
    }
}

/// out = f(a, b) elementwise; operands 0, 1 (inputs) and 2 (output).
@inline(__always)
func binaryLoop<A, B, R>(_ g: LoopGeometry, _ f: (A, B) -> R) {
    let n = g.n, sa = g.i0, sb = g.i1, so = g.i2
    let za = MemoryLayout<A>.stride, zb = MemoryLayout<B>.stride, zr = MemoryLayout<R>.stride
    g.forEachRow { pa, pb, po, _ in
        let a = UnsafePointer<A>(pa.assumingMemoryBound(to: A.self))
        let b = UnsafePointer<B>(pb.assumingMemoryBound(to: B.self))
        let o = po.assumingMemoryBound(to: R.self)
        if so == zr && sa == za && sb == zb {
            for i in 0..<n { o[i] = f(a[i], b[i]) }
        } else if so == zr && sa == za && sb == 0 {
            let y = b[0]
            for i in 0..<n { o[i] = f(a[i], y) }
        } else if so == zr && sa == 0 && sb == zb {
            let x = a[0]
            for i in 0..<n { o[i] = f(x, b[i]) }
        } else {
            var ia = 0, ib = 0, io = 0
            for _ in 0..<n {
                po.storeBytes(of: f(pa.load(fromByteOffset: ia, as: A.self), pb.load(fromByteOffset: ib, as: B.self)),
                              toByteOffset: io, as: R.self)
                ia += sa; ib += sb; io += so
            }
        }
    }
}

/// out = f(a, b, c) elementwise; operands 0, 1, 2 (inputs) and 3 (output).
@inline(__always)
func ternaryLoop<A, B, C, R>(_ g: LoopGeometry, _ f: (A, B, C) -> R) {
    let n = g.n, sa = g.i0, sb = g.i1, sc = g.i2, so = g.i3
    g.forEachRow { pa, pb, pc, po in
        var ia = 0, ib = 0, ic = 0, io = 0
        for _ in 0..<n {
            po.storeBytes(of: f(pa.load(fromByteOffset: ia, as: A.self), pb.load(fromByteOffset: ib, as: B.self),
                                pc.load(fromByteOffset: ic, as: C.self)),
                          toByteOffset: io, as: R.self)
            ia += sa; ib += sb; ic += sc; io += so
        }
    }
}
