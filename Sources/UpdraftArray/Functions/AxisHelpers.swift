// Shared helpers of the array functions: moving an axis to the end (so that per-row loops can
// run over contiguous copies) and back, and lists of arrays from Python sequences.

import UpdraftRuntime

extension NDArray {
    /// A view with axis `ax` moved to the end.
    func axisMovedLast(_ ax: Int) throws -> NDArray {
        var perm = Array(0..<ndim)
        perm.remove(at: ax)
        perm.append(ax)
        return try transposed(perm)
    }

    /// Undoes `axisMovedLast` on an array of the moved shape.
    func axisMovedBack(_ ax: Int) throws -> NDArray {
        var perm = Array(0..<(ndim - 1))
        perm.insert(ndim - 1, at: ax)
        return try transposed(perm)
    }

    /// A 1-D C-order copy (or view when already contiguous).
    func flattened() throws -> NDArray { try contiguous().reshaped([count]) }
}

/// The arrays of a Python sequence of array-likes (`np.concatenate([a, b])`).
func arrayList(_ v: Value) throws -> [NDArray] {
    if case .object(let o) = v {
        if let l = o as? PyList { return try l.items.map { try asArray($0) } }
        if let t = o as? PyTuple { return try t.items.map { try asArray($0) } }
        if let a = o as? NDArray {
            if a.ndim == 0 { throw PythonError.valueError("zero-dimensional arrays cannot be concatenated") }
            return try a.subarrays().map { try asArray($0) }
        }
    }
    return try iterateToArray(v).map { try asArray($0) }
}

/// The common dtype of several arrays (`np.result_type` of arrays).
func commonType(_ arrays: [NDArray]) -> DType {
    arrays.dropFirst().reduce(arrays[0].dtype) { DType.promote($0, $1.dtype) }
}

/// Integer or tuple-of-integers axes, normalised, rejecting repeats.
func axisList(_ v: Value, ndim: Int) throws -> [Int] {
    let raw: [Int]
    if case .object(let o) = v, let t = o as? PyTuple { raw = try t.items.map(indexInt) }
    else if case .object(let o) = v, let l = o as? PyList { raw = try l.items.map(indexInt) }
    else { raw = [try indexInt(v)] }
    var out: [Int] = []
    for a in raw {
        let n = try normalizeAxis(a, ndim)
        if out.contains(n) { throw PythonError.valueError("repeated axis") }
        out.append(n)
    }
    return out
}

/// numpy's `atleast_1d` / `atleast_2d` for one array.
func atLeast(_ a: NDArray, _ nd: Int) throws -> NDArray {
    if a.ndim >= nd { return a }
    if nd == 1 { return try a.reshaped([1]) }
    if a.ndim == 0 { return try a.reshaped([1, 1]) }
    return try a.reshaped([1] + a.shape)
}

/// Installs `name` as a module function binding `params` (the first `required` mandatory).
func npFunction(_ np: PyModule, _ name: String, _ params: [String], required: Int = 1,
                _ body: @escaping ([Value?]) throws -> Value) {
    np.function(name) { args in try body(try bindArgs(name, args, params, required: required)) }
}
