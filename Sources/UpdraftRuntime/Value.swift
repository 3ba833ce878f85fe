// The value every interpreter operation works on.
//
// Scalars live inline so integer and float arithmetic makes no heap allocation and no
// reference counting; everything else is a reference to a PyObject subclass.
// Documentation/ValueRepresentation.md records why.

import BigInt

public enum Value {
    /// An `int` that fits in 64 bits. Larger ints are `.object(PyInt)`; arithmetic that
    /// overflows moves there, and results that fit again come back (see `Value.integer`).
    case int(Int)
    case float(Double)
    case bool(Bool)
    case none
    case object(PyObject)

    /// A Python int from a BigInt, using the inline case when it fits.
    @inlinable
    public static func integer(_ big: BigInt) -> Value {
        if let small = Int(exactly: big) { return .int(small) }
        return .object(PyInt(big))
    }

    @inlinable
    public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }
    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }

    /// The object when this value is a reference, for identity tests and downcasts.
    @inlinable
    public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    @inlinable
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The Python type of this value.
    public var pyType: PyType {
        switch self {
        case .int: return PyType.int
        case .float: return PyType.float
        case .bool: return PyType.bool
        case .none: return PyType.noneType
        case .object(let o): return o.pyType
        }
    }

    public var typeName: String { pyType.name }

    /// `a is b`.
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        // Small ints and equal floats behave as cached objects would for scripts that compare
        // with `is`; CPython caches -5...256 but scripts rely only on that range.
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}

extension Value {
    /// The BigInt of an int or bool, nil for anything else.
    public var bigIntValue: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyInt)?.value
        default: return nil
        }
    }

    /// True for int, bool and big int values.
    public var isIntegral: Bool {
        switch self {
        case .int, .bool: return true
        case .object(let o): return o is PyInt
        default: return false
        }
    }

    /// The Swift string of a `str` value.
    @inlinable
    public var stringValue: String? {
        if case .object(let o) = self, let s = o as? PyStr { return s.value }
        return nil
    }
}
