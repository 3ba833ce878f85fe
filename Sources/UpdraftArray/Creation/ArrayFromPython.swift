// `np.array` / `np.asarray`: arrays from nested lists and tuples, numpy scalars, Python
// scalars and other arrays, with numpy's shape and dtype discovery.

import UpdraftRuntime

/// `np.asarray(v, dtype)`: `v` itself when it is already an array of that dtype.
public func asArray(_ v: Value, dtype: DType? = nil) throws -> NDArray {
    if case .object(let o) = v, let a = o as? NDArray {
        if let dtype, dtype != a.dtype { return try a.copy(dtype: dtype) }
        return a
    }
    return try arrayFromPython(v, dtype: dtype)
}

/// `np.array(v, dtype)`: always a new array.
public func arrayFromPython(_ v: Value, dtype requested: DType? = nil) throws -> NDArray {
    if case .object(let o) = v, let a = o as? NDArray { return try a.copy(dtype: requested) }
    var shape: [Int] = []
    var leaves: [Value] = []
    try discover(v, depth: 0, shape: &shape, leaves: &leaves)
    let dtype = try requested ?? inferDType(leaves)
    let out = try NDArray(shape: shape, dtype: dtype, zeroed: false)
    let p = out.data
    var offset = 0
    for leaf in leaves {
        if case .object(let o) = leaf, let sub = o as? NDArray {
            // A whole array as one leaf only happens for 0-d arrays.
            dtype.store(sub.scalar(atOffset: 0), p + offset)
        } else {
            if requested != nil { try checkPythonInt(leaf, fits: dtype) }
            guard let s = try scalarValue(leaf) else {
                throw PythonError.typeError("float() argument must be a string or a real number, not '\(leaf.typeName)'")
            }
            dtype.store(s, p + offset)
        }
        offset += dtype.itemsize
    }
    return out
}

/// The sequence items of a list, tuple or array (nil for a scalar leaf).
private func sequenceItems(_ v: Value) throws -> [Value]? {
    guard case .object(let o) = v else { return nil }
    if let l = o as? PyList { return l.items }
    if let t = o as? PyTuple { return t.items }
    if let a = o as? NDArray, a.ndim > 0 { return try a.subarrays() }
    if o is PyStr { throw PythonError.valueError("could not convert string to float: \(try repr(v))") }
    if o is NPScalar || o is PyInt { return nil }
    if (o as? NDArray) != nil { return nil }
    if o.pyType === PyType.range || o.pyType === PyType.generator { return try iterateToArray(v) }
    return nil
}

private func discover(_ v: Value, depth: Int, shape: inout [Int], leaves: inout [Value]) throws {
    if depth > 32 { throw PythonError.valueError("maximum supported dimension for an ndarray is currently 64, found 33") }
    let items = try sequenceItems(v)
    if depth == shape.count && (depth == 0 || leaves.isEmpty) {
        // First visit at this depth fixes the length.
        if let items { shape.append(items.count) }
    }
    if let items {
        guard depth < shape.count, shape[depth] == items.count else { throw inhomogeneous(shape, depth) }
        for item in items { try discover(item, depth: depth + 1, shape: &shape, leaves: &leaves) }
        if items.isEmpty && depth + 1 < shape.count { throw inhomogeneous(shape, depth) }
    } else {
        if depth != shape.count { throw inhomogeneous(shape, depth) }
        leaves.append(v)
    }
}

private func inhomogeneous(_ shape: [Int], _ depth: Int) -> PythonError {
    let d = Swift.min(depth, shape.count)
    return PythonError.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after \(d) dimensions. The detected shape was \(shapeText(Array(shape.prefix(d)))) + inhomogeneous part.")
}

/// numpy's dtype discovery over the leaves: bool < int64 < float64 < complex128, with numpy
/// scalars and 0-d arrays contributing their own dtypes.
private func inferDType(_ leaves: [Value]) throws -> DType {
    if leaves.isEmpty { return .float64 }
    var result: DType?
    func merge(_ t: DType) { result = result.map { DType.promote($0, t) } ?? t }
    for leaf in leaves {
        switch leaf {
        case .bool: merge(.bool)
        case .int: merge(.int64)
        case .float: merge(.float64)
        case .object(let o):
            if let s = o as? NPScalar { merge(s.dtype) }
            else if let a = o as? NDArray { merge(a.dtype) }
            else if let big = o as? PyInt {
                if big.value >= 0 && UInt64(exactly: big.value) != nil { merge(.uint64) } else {
                    throw PythonError.overflowError("Python int too large to convert to C long")
                }
            } else {
                throw PythonError.typeError("float() argument must be a string or a real number, not '\(leaf.typeName)'")
            }
        case .none:
            throw PythonError.typeError("float() argument must be a string or a real number, not 'NoneType'")
        }
    }
    return result ?? .float64
}

extension NDArray {
    /// The sub-arrays along axis 0 (views), or the elements as numpy scalars for a 1-D array.
    public func subarrays() throws -> [Value] {
        guard ndim > 0 else { throw PythonError.typeError("iteration over a 0-d array") }
        var out: [Value] = []
        out.reserveCapacity(shape[0])
        if ndim == 1 {
            var off = 0
            for _ in 0..<shape[0] {
                out.append(elementValue(dtype, scalar(atOffset: off)))
                off += strides[0]
            }
            return out
        }
        let subShape = Array(shape.dropFirst()), subStrides = Array(strides.dropFirst())
        for i in 0..<shape[0] {
            out.append(.object(view(shape: subShape, strides: subStrides, offset: offset + i * strides[0])))
        }
        return out
    }
}
