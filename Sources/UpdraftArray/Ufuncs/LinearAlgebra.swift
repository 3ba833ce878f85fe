// np.dot, np.matmul / `@` and ndarray.dot. Operands are converted to the promoted dtype and
// made contiguous; each result element accumulates its products in order over k (the
// i-k-j loop keeps that order while vectorizing across a row of the result).

import UpdraftRuntime

func installLinearAlgebra(_ np: PyModule) {
    np.function("dot") { args in
        let b = try bindArgs("dot", args, ["a", "b", "out"], required: 2)
        return try dot(try asArray(b[0]!), try asArray(b[1]!))
    }
    np.function("matmul") { args in
        let b = try bindArgs("matmul", args, ["x1", "x2", "out"], required: 2)
        return try matmul(try asArray(b[0]!), try asArray(b[1]!))
    }
    np.function("vdot") { args in
        let b = try bindArgs("vdot", args, ["a", "b"], required: 2)
        let x = try asArray(b[0]!), y = try asArray(b[1]!)
        return try dot(try x.contiguous().reshaped([x.count]), try y.contiguous().reshaped([y.count]))
    }
    np.function("inner") { args in
        let b = try bindArgs("inner", args, ["a", "b"], required: 2)
        let x = try asArray(b[0]!), y = try asArray(b[1]!)
        if x.ndim == 0 || y.ndim <= 1 { return try dot(x, y) }
        var axes = Array(0..<y.ndim)
        axes.swapAt(y.ndim - 1, y.ndim - 2)
        return try dot(x, try y.transposed(axes))
    }
    np.function("outer") { args in
        let b = try bindArgs("outer", args, ["a", "b", "out"], required: 2)
        let x = try asArray(b[0]!).contiguous(), y = try asArray(b[1]!).contiguous()
        let col = try x.reshaped([x.count, 1]), row = try y.reshaped([1, y.count])
        return try Ufuncs.multiply.callArrays([.array(col), .array(row)], out: nil, warnName: "multiply")
    }
    NumpyTypes.ndarray.def("dot") { v, args in
        let a = try arrayReceiver(v, "dot")
        let b = try bindArgs("dot", args, ["b", "out"], required: 1)
        return try dot(a, try asArray(b[0]!))
    }
}

/// The other operand of `@`, or nil (NotImplemented) when it is not array-like.
func matmulOperand(_ v: Value) throws -> NDArray? {
    switch v {
    case .object(let o):
        if let a = o as? NDArray { return a }
        if let s = o as? NPScalar { return zeroDimArray(s.dtype, s.value) }
        if o is PyList || o is PyTuple { return try asArray(v) }
        return nil
    case .bool, .int, .float: return try asArray(v)
    case .none: return nil
    }
}

private func resultValue(_ r: NDArray) -> Value {
    if r.ndim == 0 { return .object(NPScalar(r.dtype, r.scalar(atOffset: 0))) }
    return .object(r)
}

/// `np.matmul`: 1-D operands gain a dimension for the product and lose it after; leading
/// dimensions broadcast as a stack of matrices.
func matmul(_ a: NDArray, _ b: NDArray) throws -> Value {
    let sig = "with gufunc signature (n?,k),(k,m?)->(n?,m?)"
    let core = "gufunc core with signature (n?,k),(k,m?)->(n?,m?)"
    for (i, x) in [a, b].enumerated() where x.ndim == 0 {
        throw PythonError.valueError("matmul: Input operand \(i) does not have enough dimensions (has 0, \(core) requires 1)")
    }
    let a2 = a.ndim == 1 ? try a.reshaped([1, a.shape[0]]) : a
    let b2 = b.ndim == 1 ? try b.reshaped([b.shape[0], 1]) : b
    let (n, k) = (a2.shape[a2.ndim - 2], a2.shape[a2.ndim - 1])
    let (k2, m) = (b2.shape[b2.ndim - 2], b2.shape[b2.ndim - 1])
    if k != k2 {
        throw PythonError.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, \(sig) (size \(k2) is different from \(k))")
    }
    let batch = try broadcastShapes([Array(a2.shape.dropLast(2)), Array(b2.shape.dropLast(2))])
    let t = try productType(a.dtype, b.dtype, "matmul")
    let aFull = try a2.broadcast(to: batch + [n, k]).copy(dtype: t)
    let bFull = try b2.broadcast(to: batch + [k, m]).copy(dtype: t)
    let out = try NDArray(shape: batch + [n, m], dtype: t)
    let count = batch.reduce(1, *)
    for i in 0..<count {
        matrixProduct(t, aFull.data + i * n * k * t.itemsize, bFull.data + i * k * m * t.itemsize,
                      out.data + i * n * m * t.itemsize, n, k, m, fused: a.ndim > 1 || b.ndim > 1)
    }
    var shape = batch
    if a.ndim > 1 { shape.append(n) }
    if b.ndim > 1 { shape.append(m) }
    return resultValue(try out.reshaped(shape))
}

/// `np.dot`: scalars multiply; otherwise a's last axis meets b's second-to-last (or only) axis.
func dot(_ a: NDArray, _ b: NDArray) throws -> Value {
    if a.ndim == 0 || b.ndim == 0 {
        return try Ufuncs.multiply.callArrays([.array(a), .array(b)], out: nil, warnName: "multiply")
    }
    let k = a.shape[a.ndim - 1]
    let bAxis = b.ndim == 1 ? 0 : b.ndim - 2
    if b.shape[bAxis] != k {
        throw PythonError.valueError("shapes \(compactShape(a.shape)) and \(compactShape(b.shape)) not aligned: \(k) (dim \(a.ndim - 1)) != \(b.shape[bAxis]) (dim \(bAxis))")
    }
    let t = try productType(a.dtype, b.dtype, "dot")
    let lead = Array(a.shape.dropLast())
    let aMat = try a.copy(dtype: t)
    if b.ndim == 1 {
        let bVec = try b.copy(dtype: t)
        let out = try NDArray(shape: lead, dtype: t)
        matrixProduct(t, aMat.data, bVec.data, out.data, lead.reduce(1, *), k, 1, fused: a.ndim > 1)
        return resultValue(out)
    }
    let m = b.shape[b.ndim - 1]
    let stack = Array(b.shape.dropLast(2))
    let stackCount = stack.reduce(1, *)
    let bMats = try b.copy(dtype: t)
    let n = lead.reduce(1, *)
    let out = try NDArray(shape: lead + stack + [m], dtype: t)
    if stackCount == 1 {
        matrixProduct(t, aMat.data, bMats.data, out.data, n, k, m)
        return resultValue(out)
    }
    // Several b matrices: compute each product, then place it in result[..., j, :].
    let tmp = try NDArray(shape: [n, m], dtype: t)
    let z = t.itemsize
    for j in 0..<stackCount {
        tmp.fill(.int(0))
        matrixProduct(t, aMat.data, bMats.data + j * k * m * z, tmp.data, n, k, m)
        for i in 0..<n {
            (out.data + (i * stackCount * m + j * m) * z).copyMemory(from: tmp.data + i * m * z, byteCount: m * z)
        }
    }
    return resultValue(out)
}

private func productType(_ x: DType, _ y: DType, _ name: String) throws -> DType {
    let t = DType.promote(x, y)
    if t == .complex128 { throw unsupportedTypesError(name) }
    return t
}

/// C (n×m, zero-filled) = A (n×k) · B (k×m), all contiguous of dtype `t`. Each element sums
/// its products in order over k. For floats each step is fused (c + a·b with one rounding),
/// which is what OpenBLAS's gemm/gemv kernels compute for small sizes; `fused: false` (the
/// 1-D · 1-D dot) rounds the product and the sum separately, like ddot's scalar loop.
func matrixProduct(_ t: DType, _ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer,
                   _ c: UnsafeMutableRawPointer, _ n: Int, _ k: Int, _ m: Int, fused: Bool = true) {
    if !fused && t.kind == .float {
        if t == .float64 { gemm(Double.self, a, b, c, n, k, m, { $0 + $1 * $2 }, { $0 + $1 * $2 }) }
        else { gemm(Float.self, a, b, c, n, k, m, { $0 + $1 * $2 }, { $0 + $1 * $2 }) }
        return
    }
    switch t {
    case .bool: gemm(Bool.self, a, b, c, n, k, m, { $0 || ($1 && $2) }, { $0 || ($1 && $2) })
    case .int8: intGemm(Int8.self, a, b, c, n, k, m)
    case .int16: intGemm(Int16.self, a, b, c, n, k, m)
    case .int32: intGemm(Int32.self, a, b, c, n, k, m)
    case .int64: intGemm(Int64.self, a, b, c, n, k, m)
    case .uint8: intGemm(UInt8.self, a, b, c, n, k, m)
    case .uint16: intGemm(UInt16.self, a, b, c, n, k, m)
    case .uint32: intGemm(UInt32.self, a, b, c, n, k, m)
    case .uint64: intGemm(UInt64.self, a, b, c, n, k, m)
    case .float32: gemm(Float.self, a, b, c, n, k, m, { $0.addingProduct($1, $2) }, { $0.addingProduct($1, $2) })
    case .float64: gemm(Double.self, a, b, c, n, k, m, { $0.addingProduct($1, $2) }, { $0.addingProduct($1, $2) })
    case .complex128: break
    }
}

private func intGemm<T: FixedWidthInteger>(_: T.Type, _ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer,
                                           _ c: UnsafeMutableRawPointer, _ n: Int, _ k: Int, _ m: Int) {
    gemm(T.self, a, b, c, n, k, m, { $0 &+ $1 &* $2 }, { $0 &+ $1 &* $2 })
}

/// `vectorStep(acc, a, b)` and `matrixStep(acc, a, b)` add one product to an accumulator.
@inline(__always)
private func gemm<T>(_: T.Type, _ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer,
                     _ c: UnsafeMutableRawPointer, _ n: Int, _ k: Int, _ m: Int,
                     _ vectorStep: (T, T, T) -> T, _ matrixStep: (T, T, T) -> T) {
    let A = a.assumingMemoryBound(to: T.self)
    let B = b.assumingMemoryBound(to: T.self)
    let C = c.assumingMemoryBound(to: T.self)
    if m == 1 {
        for i in 0..<n {
            var acc = C[i]
            for kk in 0..<k { acc = vectorStep(acc, A[i * k + kk], B[kk]) }
            C[i] = acc
        }
        return
    }
    for i in 0..<n {
        let row = C + i * m
        for kk in 0..<k {
            let aik = A[i * k + kk]
            let brow = B + kk * m
            for j in 0..<m { row[j] = matrixStep(row[j], aik, brow[j]) }
        }
    }
}
