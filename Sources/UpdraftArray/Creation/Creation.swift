// Array creation: array, asarray, arange, linspace, zeros, ones, empty, full, the *_like
// forms, eye, identity and copy.

import UpdraftRuntime

func installCreation(_ np: PyModule) {
    np.function("array") { args in
        let a = try bindArgs("array", args, ["object", "dtype", "copy", "order", "subok", "ndmin"], required: 1)
        var out = try arrayFromPython(a[0]!, dtype: try optionalDType(a[1]))
        if let n = a[5], !n.isNone {
            let want = try indexInt(n)
            if out.ndim < want {
                out = try out.reshaped(Array(repeating: 1, count: want - out.ndim) + out.shape)
            }
        }
        return .object(out)
    }
    np.function("asarray") { args in
        let a = try bindArgs("asarray", args, ["a", "dtype", "order"], required: 1)
        return .object(try asArray(a[0]!, dtype: try optionalDType(a[1])))
    }
    np.function("ascontiguousarray") { args in
        let a = try bindArgs("ascontiguousarray", args, ["a", "dtype"], required: 1)
        return .object(try asArray(a[0]!, dtype: try optionalDType(a[1])).contiguous())
    }
    np.function("copy") { args in
        let a = try bindArgs("copy", args, ["a", "order"], required: 1)
        return .object(try asArray(a[0]!).copy())
    }

    for (name, fill) in [("zeros", Scalar.int(0)), ("ones", Scalar.int(1)), ("empty", Scalar.int(0))] {
        np.function(name) { args in
            let a = try bindArgs(name, args, ["shape", "dtype", "order"], required: 1)
            let out = try NDArray(shape: try shapeArgument(a[0]!), dtype: try optionalDType(a[1]) ?? .float64)
            if name == "ones" { out.fill(fill) }
            return .object(out)
        }
        np.function(name + "_like") { args in
            let a = try bindArgs(name + "_like", args, ["a", "dtype", "order", "subok", "shape"], required: 1)
            let proto = try asArray(a[0]!)
            let shape = try a[4].flatMap { $0.isNone ? nil : try shapeArgument($0) } ?? proto.shape
            let out = try NDArray(shape: shape, dtype: try optionalDType(a[1]) ?? proto.dtype)
            if name == "ones" { out.fill(fill) }
            return .object(out)
        }
    }
    np.function("full") { args in
        let a = try bindArgs("full", args, ["shape", "fill_value", "dtype", "order"], required: 2)
        return .object(try filled(try shapeArgument(a[0]!), a[1]!, try optionalDType(a[2])))
    }
    np.function("full_like") { args in
        let a = try bindArgs("full_like", args, ["a", "fill_value", "dtype", "order", "subok", "shape"], required: 2)
        let proto = try asArray(a[0]!)
        return .object(try filled(proto.shape, a[1]!, try optionalDType(a[2]) ?? proto.dtype))
    }

    np.function("arange") { args in
        let a = try bindArgs("arange", args, ["start", "stop", "step", "dtype"], required: 1)
        return .object(try arange(start: a[0]!, stop: a[1], step: a[2], dtype: try optionalDType(a[3])))
    }
    np.function("linspace") { args in
        let a = try bindArgs("linspace", args, ["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], required: 2)
        let num = try a[2].map(indexInt) ?? 50
        let endpoint = try a[3].map(isTruthy) ?? true
        let (out, step) = try linspace(try floatArgument(a[0]!), try floatArgument(a[1]!), num: num,
                                       endpoint: endpoint, dtype: try optionalDType(a[5]))
        if let r = a[4], try isTruthy(r) { return .tuple([.object(out), .float(step)]) }
        return .object(out)
    }
    np.function("eye") { args in
        let a = try bindArgs("eye", args, ["N", "M", "k", "dtype", "order"], required: 1)
        let n = try indexInt(a[0]!)
        let m = try a[1].flatMap { $0.isNone ? nil : try indexInt($0) } ?? n
        let k = try a[2].map(indexInt) ?? 0
        return .object(try eye(n, m, k: k, dtype: try optionalDType(a[3]) ?? .float64))
    }
    np.function("identity") { args in
        let a = try bindArgs("identity", args, ["n", "dtype"], required: 1)
        let n = try indexInt(a[0]!)
        return .object(try eye(n, n, k: 0, dtype: try optionalDType(a[1]) ?? .float64))
    }
}

/// `np.full`: the dtype comes from the fill value when not given.
func filled(_ shape: [Int], _ value: Value, _ dtype: DType?) throws -> NDArray {
    if case .object(let o) = value, let src = o as? NDArray, src.ndim > 0 {
        let out = try NDArray(shape: shape, dtype: dtype ?? src.dtype)
        try out.assign(from: try src.broadcast(to: shape))
        return out
    }
    let fill = try asArray(value)
    let t = dtype ?? fill.dtype
    let out = try NDArray(shape: shape, dtype: t)
    if dtype != nil { try checkPythonInt(value, fits: t) }
    out.fill(fill.scalar(atOffset: 0))
    return out
}

/// `np.arange`, filling as numpy does: the first two values, then `start + i * delta`.
public func arange(start: Value, stop: Value?, step: Value?, dtype: DType?) throws -> NDArray {
    var (lo, hi) = (start, stop ?? .none)
    if stop == nil || stop!.isNone { (lo, hi) = (.int(0), start) }
    let stepValue = step.flatMap { $0.isNone ? nil : $0 } ?? .int(1)
    let operands = [lo, hi, stepValue]
    let allInts = operands.allSatisfy { v in
        switch v {
        case .int, .bool: return true
        case .object(let o): return (o as? NPScalar)?.dtype.isInteger ?? false
        default: return false
        }
    }
    let t = dtype ?? (allInts ? .int64 : .float64)
    if allInts && t.isInteger || (allInts && t == .bool) {
        let (a, b, s) = (try indexInt(lo), try indexInt(hi), try indexInt(stepValue))
        if s == 0 { throw PythonError.zeroDivision("division by zero") }
        let n = s > 0 ? (b > a ? (b - a + s - 1) / s : 0) : (a > b ? (a - b - s - 1) / (-s) : 0)
        let out = try NDArray(shape: [n], dtype: t, zeroed: false)
        let p = out.data
        if t == .int64 {
            for i in 0..<n { p.storeBytes(of: Int64(a + i * s), toByteOffset: i * 8, as: Int64.self) }
        } else {
            for i in 0..<n { t.store(.int(Int64(a + i * s)), p + i * t.itemsize) }
        }
        return out
    }
    let (a, b, s) = (try floatArgument(lo), try floatArgument(hi), try floatArgument(stepValue))
    if s == 0 { throw PythonError.zeroDivision("division by zero") }
    let len = ((b - a) / s).rounded(.up)
    if len.isNaN { throw PythonError.valueError("arange: cannot compute length") }
    if len > 1e15 { throw PythonError.valueError("Maximum allowed size exceeded") }
    let n = Swift.max(Int(len), 0)
    let out = try NDArray(shape: [n], dtype: t, zeroed: false)
    let delta = (a + s) - a
    for i in 0..<n {
        let v = i == 0 ? a : (i == 1 ? a + s : a + Double(i) * delta)
        t.store(.float(v), out.data + i * t.itemsize)
    }
    return out
}

/// `np.linspace`: `i * step + start`, with the end point written exactly.
public func linspace(_ start: Double, _ stop: Double, num: Int, endpoint: Bool, dtype: DType?) throws -> (NDArray, Double) {
    if num < 0 { throw PythonError.valueError("Number of samples, \(num), must be non-negative.") }
    let div = endpoint ? num - 1 : num
    let delta = stop - start
    let step = div > 0 ? delta / Double(div) : Double.nan
    let t = dtype ?? .float64
    // Computed in double, then stored (and floored for integer dtypes) in the result type.
    let out = try NDArray(shape: [num], dtype: t, zeroed: false)
    let compute = t == .float64 ? out : try NDArray(shape: [num], dtype: .float64, zeroed: false)
    let v = compute.data.assumingMemoryBound(to: Double.self)
    if div > 0 && step != 0 {
        for i in 0..<num { v[i] = Double(i) * step + start }
    } else {
        for i in 0..<num { v[i] = div > 0 ? (Double(i) / Double(div)) * delta + start : Double(i) * delta + start }
    }
    if endpoint && num > 1 { v[num - 1] = stop }
    if compute !== out {
        for i in 0..<num { t.store(.float(t.isInteger ? v[i].rounded(.down) : v[i]), out.data + i * t.itemsize) }
    }
    return (out, step)
}
public func eye(_ n: Int, _ m: Int, k: Int, dtype: DType) throws -> NDArray {
    let out = try NDArray(shape: [n, m], dtype: dtype)
    for i in 0..<n {
        let j = i + k
        if j >= 0 && j < m { dtype.store(.int(1), out.data + (i * m + j) * dtype.itemsize) }
    }
    return out
}
