// The builtin value objects: big ints, strings, lists, tuples, ranges, slices, cells.
// Their methods live in Methods/; their operators in Operations/.

import BigInt

/// An int beyond 64 bits. Always normalised: values that fit in Int use `Value.int`.
public final class PyInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) { self.value = value }
    override public var pyType: PyType { PyType.int }
}

public final class PyStr: PyObject {
    public let value: String
    private var _scalars: [Unicode.Scalar]?

    public init(_ value: String) { self.value = value }

    override public var pyType: PyType { PyType.str }

    /// The code points, built on first indexed access (Python indexes by code point).
    public var scalars: [Unicode.Scalar] {
        if let s = _scalars { return s }
        let s = Array(value.unicodeScalars)
        _scalars = s
        return s
    }

    /// `len(s)`: the number of code points.
    public var count: Int {
        if let s = _scalars { return s.count }
        return value.unicodeScalars.count
    }
}

public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }
    override public var pyType: PyType { PyType.list }
}

public final class PyTuple: PyObject {
    public let items: [Value]
    public init(_ items: [Value]) { self.items = items }
    override public var pyType: PyType { PyType.tuple }
    public static let empty = PyTuple([])
}

public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    override public var pyType: PyType { PyType.range }

    public var count: Int {
        if step > 0 {
            return start < stop ? Int((UInt(bitPattern: stop &- start) &- 1) / UInt(step)) &+ 1 : 0
        }
        return start > stop ? Int((UInt(bitPattern: start &- stop) &- 1) / UInt(0 &- step)) &+ 1 : 0
    }

    public func element(_ i: Int) -> Int { start &+ i &* step }
}

public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    override public var pyType: PyType { PyType.slice }

    /// CPython's `PySlice_GetIndicesEx`: clamps the bounds for a sequence of `length`.
    public func indices(length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        var step = 1
        if !self.step.isNone {
            step = try sliceIndex(self.step)
            if step == 0 { throw PythonError.valueError("slice step cannot be zero") }
        }
        let negative = step < 0
        let lower = negative ? -1 : 0
        let upper = negative ? length - 1 : length
        func clamp(_ v: Value, _ def: Int) throws -> Int {
            if v.isNone { return def }
            var i = try sliceIndex(v)
            if i < 0 {
                i += length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start = try clamp(self.start, negative ? upper : lower)
        let stop = try clamp(self.stop, negative ? lower : upper)
        var count = 0
        if step > 0 {
            if start < stop { count = (stop - start - 1) / step + 1 }
        } else if start > stop {
            count = (start - stop - 1) / (-step) + 1
        }
        return (start, stop, step, count)
    }
}

/// An integer used as a slice bound: big values clamp, as CPython's `_PyEval_SliceIndex` does.
func sliceIndex(_ v: Value) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
        if let big = o as? PyInt { return big.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
        if let idx = try? indexValue(v) { return idx }
    default: break
    }
    throw PythonError.typeError("slice indices must be integers or None or have an __index__ method")
}

/// A closure variable shared between a function and the functions nested in it.
public final class PyCell: PyObject {
    public var value: Value?
    public init(_ value: Value? = nil) { self.value = value }
    override public var pyType: PyType { PyType.cell }
}
