// The reductions as numpy module functions (`np.sum(a, axis=...)`) and ndarray methods
// (`a.sum(axis=...)`): argument binding, axis handling and result wrapping. The loops are in
// the other files of this folder.

import UpdraftRuntime

/// Which axes an `axis=` argument reduces (None: all). Tuples only where numpy allows them.
func reducedAxes(_ v: Value?, ndim: Int, allowTuple: Bool = true) throws -> [Bool] {
    guard let v, !v.isNone else { return [Bool](repeating: true, count: ndim) }
    let axes: [Int]
    if case .object(let o) = v, let t = o as? PyTuple {
        if !allowTuple { throw PythonError.typeError("'tuple' object cannot be interpreted as an integer") }
        axes = try t.items.map(indexInt)
    } else {
        axes = [try indexInt(v)]
    }
    var r = [Bool](repeating: false, count: ndim)
    for a in axes {
        let n = try normalizeAxis(a, ndim)
        if r[n] { throw PythonError.valueError("duplicate value in 'axis'") }
        r[n] = true
    }
    return r
}

/// A reduction's value: keepdims reshape, `out=`, and a numpy scalar for a 0-d result.
func reductionResult(_ r: NDArray, _ a: NDArray, _ reduced: [Bool], keepdims: Bool, out: Value? = nil) throws -> Value {
    var r = r
    if keepdims {
        r = try r.reshaped((0..<a.ndim).map { reduced[$0] ? 1 : a.shape[$0] })
    }
    if let out, !out.isNone {
        guard case .object(let o) = out, let dest = o as? NDArray else {
            throw PythonError.typeError("return arrays must be of ArrayType")
        }
        try dest.assign(from: try r.broadcast(to: dest.shape))
        return out
    }
    if r.ndim == 0 && !keepdims { return .object(NPScalar(r.dtype, r.scalar(atOffset: 0))) }
    return .object(r)
}

private func flag(_ v: Value?) throws -> Bool {
    guard let v, !v.isNone else { return false }
    return try isTruthy(v)
}

/// One reduction: its parameters after `a` and its body over the bound arguments.
private struct ReductionSpec {
    let name: String
    let params: [String]
    let method: Bool
    let body: (NDArray, [String: Value]) throws -> Value
}

private func reductionSpecs() -> [ReductionSpec] {
    var specs: [ReductionSpec] = []
    func add(_ name: String, _ params: [String], method: Bool = true, _ body: @escaping (NDArray, [String: Value]) throws -> Value) {
        specs.append(ReductionSpec(name: name, params: params, method: method, body: body))
    }
    let sumParams = ["axis", "dtype", "out", "keepdims"]
    for (name, mul) in [("sum", false), ("prod", true)] {
        add(name, sumParams) { a, k in
            let red = try reducedAxes(k["axis"], ndim: a.ndim)
            let t = try optionalDType(k["dtype"]) ?? addReduceType(a.dtype)
            return try reductionResult(try addReduce(a, red, dtype: t, mul: mul), a, red,
                                       keepdims: try flag(k["keepdims"]), out: k["out"])
        }
    }
    add("mean", sumParams) { a, k in
        let red = try reducedAxes(k["axis"], ndim: a.ndim)
        return try reductionResult(try meanReduce(a, red, dtype: try optionalDType(k["dtype"])), a, red,
                                   keepdims: try flag(k["keepdims"]), out: k["out"])
    }
    for (name, isStd) in [("var", false), ("std", true)] {
        add(name, ["axis", "dtype", "out", "ddof", "keepdims"]) { a, k in
            let red = try reducedAxes(k["axis"], ndim: a.ndim)
            let ddof = try k["ddof"].map(floatArgument) ?? 0
            return try reductionResult(try varReduce(a, red, dtype: try optionalDType(k["dtype"]), ddof: ddof, std: isStd),
                                       a, red, keepdims: try flag(k["keepdims"]), out: k["out"])
        }
    }
    let extrema: [(String, Extremum, Bool)] = [("max", .max, true), ("min", .min, true), ("amax", .max, false), ("amin", .min, false)]
    for (name, e, method) in extrema {
        add(name, ["axis", "out", "keepdims"], method: method) { a, k in
            let red = try reducedAxes(k["axis"], ndim: a.ndim)
            return try reductionResult(try extremumReduce(a, red, e), a, red, keepdims: try flag(k["keepdims"]), out: k["out"])
        }
    }
    for (name, isMax) in [("argmax", true), ("argmin", false)] {
        add(name, ["axis", "out", "keepdims"]) { a, k in
            let axis = try axisArgument(k["axis"])
            if let axis, a.ndim == 0 { _ = try normalizeAxis(axis, 0) }
            let r = try argExtremum(a, axis: axis, max: isMax)
            let keep = try flag(k["keepdims"])
            let red: [Bool] = axis.map { ax in (0..<a.ndim).map { $0 == ((ax % Swift.max(a.ndim, 1)) + a.ndim) % Swift.max(a.ndim, 1) } }
                ?? [Bool](repeating: true, count: a.ndim)
            return try reductionResult(r, a, red, keepdims: keep, out: k["out"])
        }
    }
    for (name, isAll) in [("any", false), ("all", true)] {
        add(name, ["axis", "out", "keepdims"]) { a, k in
            let red = try reducedAxes(k["axis"], ndim: a.ndim)
            return try reductionResult(try truthReduce(a, red, all: isAll), a, red, keepdims: try flag(k["keepdims"]), out: k["out"])
        }
    }
    for (name, mul) in [("cumsum", false), ("cumprod", true)] {
        add(name, ["axis", "dtype", "out"]) { a, k in
            let r = try accumulate(a, axis: try axisArgument(k["axis"]), dtype: try optionalDType(k["dtype"]), mul: mul)
            if let out = k["out"], !out.isNone { return try reductionResult(r, r, [], keepdims: false, out: out) }
            return .object(r)
        }
    }
    add("ptp", ["axis", "out", "keepdims"], method: false) { a, k in
        let red = try reducedAxes(k["axis"], ndim: a.ndim)
        return try reductionResult(try ptpReduce(a, red), a, red, keepdims: try flag(k["keepdims"]), out: k["out"])
    }
    add("nansum", sumParams, method: false) { a, k in
        let red = try reducedAxes(k["axis"], ndim: a.ndim)
        return try reductionResult(try nanSum(a, red, dtype: try optionalDType(k["dtype"])), a, red,
                                   keepdims: try flag(k["keepdims"]), out: k["out"])
    }
    add("nanmean", sumParams, method: false) { a, k in
        let red = try reducedAxes(k["axis"], ndim: a.ndim)
        return try reductionResult(try nanMean(a, red, dtype: try optionalDType(k["dtype"])), a, red,
                                   keepdims: try flag(k["keepdims"]), out: k["out"])
    }
    for (name, isMax) in [("nanmax", true), ("nanmin", false)] {
        add(name, ["axis", "out", "keepdims"], method: false) { a, k in
            let red = try reducedAxes(k["axis"], ndim: a.ndim)
            return try reductionResult(try nanExtremum(a, red, max: isMax), a, red, keepdims: try flag(k["keepdims"]), out: k["out"])
        }
    }
    add("count_nonzero", ["axis", "keepdims"], method: false) { a, k in
        let red = try reducedAxes(k["axis"], ndim: a.ndim)
        let keep = try flag(k["keepdims"])
        let r = try countNonzero(a, red)
        if r.ndim == 0 && !keep { return .int(Int(r.data.load(as: Int64.self))) }
        return try reductionResult(r, a, red, keepdims: keep)
    }
    return specs
}

func installReductions(_ np: PyModule) {
    for spec in reductionSpecs() {
        let names = spec.params
        np.function(spec.name) { args in
            let b = try bindArgs(spec.name, args, ["a"] + names, required: 1)
            var k: [String: Value] = [:]
            for (i, n) in names.enumerated() { if let v = b[i + 1] { k[n] = v } }
            return try spec.body(try asArray(b[0]!), k)
        }
        guard spec.method else { continue }
        NumpyTypes.ndarray.def(spec.name) { v, args in
            let a = try arrayReceiver(v, spec.name)
            let b = try bindArgs(spec.name, args, names)
            var k: [String: Value] = [:]
            for (i, n) in names.enumerated() { if let v = b[i] { k[n] = v } }
            return try spec.body(a, k)
        }
    }
}
