// The Python classes of the numpy module: ndarray, dtype, the scalar types (np.float64 is a
// subclass of float, as in numpy) and numpy's exception classes.

import UpdraftRuntime

public enum NumpyTypes {
    public static let ndarray = PyType(name: "ndarray", bases: [PyType.object], builtin: true,
                                       layout: .builtin, module: "numpy")
    public static let dtype = PyType(name: "dtype", bases: [PyType.object], builtin: true,
                                     layout: .builtin, module: "numpy")
    public static let axisError = PyType(name: "AxisError", bases: [PyType.valueError, PyType.indexError],
                                         builtin: true, layout: .exception, module: "numpy.exceptions")

    static let generic = PyType(name: "generic", bases: [PyType.object], builtin: true, layout: .builtin, module: "numpy")
    static let number = PyType(name: "number", bases: [generic], builtin: true, layout: .builtin, module: "numpy")
    static let integer = PyType(name: "integer", bases: [number], builtin: true, layout: .builtin, module: "numpy")
    static let signedinteger = PyType(name: "signedinteger", bases: [integer], builtin: true, layout: .builtin, module: "numpy")
    static let unsignedinteger = PyType(name: "unsignedinteger", bases: [integer], builtin: true, layout: .builtin, module: "numpy")
    static let inexact = PyType(name: "inexact", bases: [number], builtin: true, layout: .builtin, module: "numpy")
    static let floating = PyType(name: "floating", bases: [inexact], builtin: true, layout: .builtin, module: "numpy")
    static let complexfloating = PyType(name: "complexfloating", bases: [inexact], builtin: true, layout: .builtin, module: "numpy")

    /// One class per dtype, indexed by `DType.rawValue`.
    public static let scalarTypes: [PyType] = DType.allCases.map { t in
        let bases: [PyType]
        switch t.kind {
        case .bool: bases = [generic]
        case .signed: bases = [signedinteger]
        case .unsigned: bases = [unsignedinteger]
        case .float: bases = t == .float64 ? [floating, PyType.float] : [floating]
        case .complex: bases = [complexfloating, PyType.complex]
        }
        return PyType(name: t.name, bases: bases, builtin: true, layout: .builtin, module: "numpy")
    }

    public static func scalarType(_ t: DType) -> PyType { scalarTypes[t.rawValue] }

    /// The dtype a scalar class stands for (`np.float64` → float64).
    public static func dtype(ofScalarType type: PyType) -> DType? {
        scalarTypes.firstIndex { $0 === type }.flatMap { DType(rawValue: $0) }
    }
}

/// A `numpy.dtype` instance.
public final class PyDType: PyObject {
    public let dtype: DType
    private init(_ dtype: DType) { self.dtype = dtype }
    public static let all: [PyDType] = DType.allCases.map { PyDType($0) }
    public static func of(_ t: DType) -> PyDType { all[t.rawValue] }

    override public var pyType: PyType { NumpyTypes.dtype }
    override public func pyRepr() throws -> String? { "dtype('\(dtype.name)')" }
    override public func pyStr() throws -> String? { dtype.name }
    override public func pyHash() throws -> Int? { dtype.rawValue &* 1_000_003 &+ 17 }
    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        guard op == .eq || op == .notEq else { return nil }
        guard let t = try? dtypeArgument(other) else { return .bool(op == .notEq) }
        return .bool((t == dtype) == (op == .eq))
    }
}

/// A numpy scalar (`np.float64(2.5)`, `np.int64(5)`, `np.True_`).
public final class NPScalar: PyObject {
    public let dtype: DType
    public let value: Scalar

    public init(_ dtype: DType, _ value: Scalar) {
        self.dtype = dtype
        self.value = value.cast(to: dtype)
    }

    override public var pyType: PyType { NumpyTypes.scalarType(dtype) }

    /// The equivalent Python object (`item()`): bool, int, float or complex.
    public var pythonValue: Value { UpdraftArray.pythonValue(of: value) }

    override public func pyBool() throws -> Bool? { value.asBool }
    override public func pyFloat() throws -> Double? {
        if case .complex = value { return nil }
        return value.asDouble
    }
    override public func pyIndex() throws -> Value? {
        switch value {
        case .int(let i): return .int(Int(i))
        case .uint(let u): return u <= UInt64(Int.max) ? .int(Int(u)) : Value.integer(.init(u))
        case .bool where dtype == .bool: return nil
        default: return nil
        }
    }
    override public func pyHash() throws -> Int? { try hashValue(pythonValue) }
    override public func pyBinary(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        try scalarBinary(op, self, other, reflected: reflected)
    }
    override public func pyUnary(_ op: UnaryOp) throws -> Value? { try scalarUnary(op, self) }
    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        try scalarCompare(op, self, other)
    }
    override public func pyRepr() throws -> String? { scalarRepr(self) }
    override public func pyStr() throws -> String? { scalarStr(self) }
    override public func pyFormat(_ spec: String) throws -> String? {
        if spec.isEmpty { return scalarStr(self) }
        return try formatValue(pythonValue, spec)
    }
}

/// The Python object for an element: bool, int, float or complex.
public func pythonValue(of s: Scalar) -> Value {
    switch s {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int(i))
    case .uint(let u): return u <= UInt64(Int.max) ? .int(Int(u)) : Value.integer(.init(u))
    case .float(let d): return .float(d)
    case .complex(let re, let im): return makeComplex(re, im)
    }
}

/// A complex number as a Python object. Object mode has no builtin complex type yet, so the
/// numpy complex128 scalar stands in for it (it prints and computes as Python's would).
public func makeComplex(_ re: Double, _ im: Double) -> Value {
    .object(NPScalar(.complex128, .complex(re, im)))
}
