// Indexing with integers, slices, None/newaxis and Ellipsis: always a view of the same
// storage (or one element). Keys with arrays, lists or booleans go to AdvancedIndexing.swift.

import UpdraftRuntime

/// One entry of an index key, after classification.
enum IndexItem {
    case integer(Int)
    case slice(PySlice)
    case newAxis
    case ellipsis
}

/// The key's entries, or nil when it needs advanced indexing.
func basicItems(_ key: Value) throws -> [IndexItem]? {
    let raw: [Value]
    if case .object(let o) = key, let t = o as? PyTuple { raw = t.items } else { raw = [key] }
    var items: [IndexItem] = []
    items.reserveCapacity(raw.count)
    for v in raw {
        switch v {
        case .int(let i): items.append(.integer(i))
        case .none: items.append(.newAxis)
        case .bool: return nil
        case .float:
            throw PythonError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        case .object(let o):
            if let s = o as? PySlice { items.append(.slice(s)) }
            else if o === PySingleton.ellipsis { items.append(.ellipsis) }
            else if let s = o as? NPScalar {
                if s.dtype == .bool { return nil }
                guard s.dtype.isInteger else {
                    throw PythonError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
                }
                items.append(.integer(Int(s.value.asInt64)))
            }
            else if o is NDArray || o is PyList || o is PyTuple { return nil }
            else if let i = (try? o.pyIndex()) ?? nil, let n = try? indexInt(i) { items.append(.integer(n)) }
            else {
                throw PythonError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
            }
        }
    }
    return items
}

/// The view selected by basic index items; `isElement` when every axis got an integer.
func basicView(_ a: NDArray, _ items: [IndexItem]) throws -> (view: NDArray, isElement: Bool) {
    let consumed = items.reduce(0) { n, item in
        switch item {
        case .integer, .slice: return n + 1
        default: return n
        }
    }
    if consumed > a.ndim {
        throw PythonError.indexError("too many indices for array: array is \(a.ndim)-dimensional, but \(consumed) were indexed")
    }
    if items.filter({ if case .ellipsis = $0 { return true }; return false }).count > 1 {
        throw PythonError.indexError("an index can only have a single ellipsis ('...')")
    }
    var shape: [Int] = [], strides: [Int] = []
    var offset = a.offset
    var axis = 0
    var sawSliceLike = false
    for item in items {
        switch item {
        case .integer(let i):
            let n = a.shape[axis]
            let j = i < 0 ? i + n : i
            if j < 0 || j >= n {
                throw PythonError.indexError("index \(i) is out of bounds for axis \(axis) with size \(n)")
            }
            offset += j * a.strides[axis]
            axis += 1
        case .slice(let s):
            let (start, _, step, count) = try s.indices(length: a.shape[axis])
            shape.append(count)
            strides.append(a.strides[axis] * step)
            if count > 0 { offset += start * a.strides[axis] }
            axis += 1
            sawSliceLike = true
        case .newAxis:
            shape.append(1)
            strides.append(0)
            sawSliceLike = true
        case .ellipsis:
            let fill = a.ndim - consumed
            for k in 0..<fill {
                shape.append(a.shape[axis + k])
                strides.append(a.strides[axis + k])
            }
            axis += fill
            sawSliceLike = true
        }
    }
    while axis < a.ndim {
        shape.append(a.shape[axis])
        strides.append(a.strides[axis])
        axis += 1
    }
    let isElement = shape.isEmpty && !sawSliceLike
    return (a.view(shape: shape, strides: strides, offset: offset), isElement)
}

/// `a[key]`.
public func getItem(_ a: NDArray, _ key: Value) throws -> Value {
    // The hot case: one integer into a 1-D array.
    if case .int(let i) = key, a.ndim == 1 {
        let n = a.shape[0]
        let j = i < 0 ? i + n : i
        if j < 0 || j >= n { throw PythonError.indexError("index \(i) is out of bounds for axis 0 with size \(n)") }
        return elementValue(a.dtype, a.scalar(atOffset: j * a.strides[0]))
    }
    guard let items = try basicItems(key) else { return try advancedGetItem(a, key) }
    if a.ndim == 0 && items.isEmpty { return elementValue(a.dtype, a.scalar(atOffset: 0)) }
    let (view, isElement) = try basicView(a, items)
    if isElement { return elementValue(a.dtype, view.scalar(atOffset: 0)) }
    return .object(view)
}

/// `a[key] = value`.
public func setItem(_ a: NDArray, _ key: Value, _ value: Value) throws {
    guard a.writeable else { throw PythonError.valueError("assignment destination is read-only") }
    if case .int(let i) = key, a.ndim == 1, let s = try scalarValue(value) {
        let n = a.shape[0]
        let j = i < 0 ? i + n : i
        if j < 0 || j >= n { throw PythonError.indexError("index \(i) is out of bounds for axis 0 with size \(n)") }
        try checkPythonInt(value, fits: a.dtype)
        a.setScalar(s, atOffset: j * a.strides[0])
        return
    }
    guard let items = try basicItems(key) else { return try advancedSetItem(a, key, value) }
    let (view, _) = try basicView(a, items)
    try assignValue(value, to: view)
}

/// Writes `value` (a scalar, a nested sequence or an array) into every element of `target`,
/// broadcasting it to the target's shape.
public func assignValue(_ value: Value, to target: NDArray) throws {
    if let s = try scalarValue(value), !(value.asObject is NDArray) {
        try checkPythonInt(value, fits: target.dtype)
        target.fill(s)
        return
    }
    var source = try asArray(value)
    if source.storage === target.storage {
        source = try source.copy()  // overlapping views: read everything before writing
    }
    do {
        try target.assign(from: try source.broadcast(to: target.shape))
    } catch let e as PythonError where e.isInstance(of: PyType.valueError) {
        throw PythonError.valueError("could not broadcast input array from shape \(compactShapeText(source.shape)) into shape \(compactShapeText(target.shape))")
    }
}
