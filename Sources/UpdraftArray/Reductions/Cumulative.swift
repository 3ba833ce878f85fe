// cumsum / cumprod: sequential running sums and products along one axis (numpy's
// add.accumulate, which never uses pairwise summation).

import UpdraftRuntime

func accumulate(_ a: NDArray, axis: Int?, dtype: DType?, mul: Bool) throws -> NDArray {
    let src: NDArray
    let ax: Int
    if let axis {
        if a.ndim == 0 { throw PythonError(NumpyTypes.axisError, "axis \(axis) is out of bounds for array of dimension 0") }
        ax = try normalizeAxis(axis, a.ndim)
        src = a
    } else {
        src = try a.contiguous().reshaped([a.count])
        ax = 0
    }
    let t = dtype ?? addReduceType(a.dtype)
    let out = try NDArray(shape: src.shape, dtype: t == .bool || t.isInteger ? .int64 : t, zeroed: false)
    let n = src.shape[ax]
    if n == 0 || out.count == 0 { return out.dtype == t ? out : try out.copy(dtype: t) }
    var outer: [Int] = [], si: [Int] = [], so: [Int] = []
    for i in 0..<src.ndim where i != ax {
        outer.append(src.shape[i]); si.append(src.strides[i]); so.append(out.strides[i])
    }
    let (base, dst) = (UnsafeRawPointer(src.data), out.data)
    let (sStep, oStep) = (src.strides[ax], out.strides[ax])
    // numpy starts the running value from the first element, not from the identity.
    func run<A: ReduceElement>(_: A.Type, _ start: A, _ op: @escaping (A, A) -> A) {
        let buf = Scratch<A>(n)
        NDArray.walk2(shape: outer, si, so) { i, o in
            A.gather(src.dtype, base + i, sStep, n, buf.pointer)
            var acc = buf.pointer[0]
            let p = dst + o
            p.storeBytes(of: acc, as: A.self)
            for k in 1..<n {
                acc = op(acc, buf.pointer[k])
                p.storeBytes(of: acc, toByteOffset: k * oStep, as: A.self)
            }
        }
    }
    switch out.dtype {
    case .float64: run(Double.self, mul ? 1 : 0, mul ? { $0 * $1 } : { $0 + $1 })
    case .float32: run(Float.self, mul ? 1 : 0, mul ? { $0 * $1 } : { $0 + $1 })
    case .complex128: run(Complex.self, mul ? Complex(re: 1, im: 0) : .zero,
                          mul ? complexMul : { Complex(re: $0.re + $1.re, im: $0.im + $1.im) })
    default: run(Int64.self, mul ? 1 : 0, mul ? { $0 &* $1 } : { $0 &+ $1 })
    }
    return out.dtype == t ? out : try out.copy(dtype: t)
}
