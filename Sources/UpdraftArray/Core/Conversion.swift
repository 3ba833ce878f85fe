// Conversions between Python values and arrays: `dtype=` arguments, `np.asarray` of nested
// lists (shape and dtype discovery as numpy does it) and Python scalars as array elements.

import UpdraftRuntime

/// The dtype named by a `dtype=` argument: a dtype, a scalar class, a builtin type or a string.
public func dtypeArgument(_ v: Value) throws -> DType {
    switch v {
    case .object(let o):
        if let d = o as? PyDType { return d.dtype }
        if let t = o as? PyType {
            if let d = NumpyTypes.dtype(ofScalarType: t) { return d }
            if t === PyType.int { return .int64 }
            if t === PyType.float { return .float64 }
            if t === PyType.bool { return .bool }
            if t === PyType.complex { return .complex128 }
        }
        if let s = o as? PyStr {
            if let d = DType.named(s.value) { return d }
            throw PythonError.typeError("data type \(pyStringRepr(s.value)) not understood")
        }
        if let a = o as? NDArray { return a.dtype }
    case .none: return .float64
    default: break
    }
    throw PythonError.typeError("Cannot interpret '\(try repr(v))' as a data type")
}

/// An optional `dtype=` argument (None means "not given").
public func optionalDType(_ v: Value?) throws -> DType? {
    guard let v, !v.isNone else { return nil }
    return try dtypeArgument(v)
}

/// The element kind of a Python scalar (bool, int, float), or nil for anything else.
public func pythonScalarKind(_ v: Value) -> DType.Kind? {
    switch v {
    case .bool: return .bool
    case .int: return .signed
    case .float: return .float
    case .object(let o):
        if o is PyInt { return .signed }
        return nil
    case .none: return nil
    }
}

/// A Python or numpy scalar as an element value; nil when `v` is not a number.
public func scalarValue(_ v: Value) throws -> Scalar? {
    switch v {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int64(i))
    case .float(let d): return .float(d)
    case .object(let o):
        if let s = o as? NPScalar { return s.value }
        if let big = o as? PyInt {
            if let u = UInt64(exactly: big.value) { return .uint(u) }
            throw PythonError.overflowError("Python int too large to convert to C long")
        }
        if let a = o as? NDArray, a.ndim == 0 { return a.scalar(atOffset: 0) }
        return nil
    case .none: return nil
    }
}

/// An element read from an array, as the numpy scalar indexing returns.
@inline(__always)
public func elementValue(_ dtype: DType, _ s: Scalar) -> Value {
    .object(NPScalar(dtype, s))
}

/// numpy's check when a Python int is written to a fixed-width integer type.
func checkPythonInt(_ v: Value, fits dtype: DType) throws {
    guard dtype.isInteger else { return }
    let big: Int64
    switch v {
    case .int(let i): big = Int64(i)
    case .object(let o) where o is PyInt:
        if dtype == .uint64, let b = (o as? PyInt)?.value, UInt64(exactly: b) != nil { return }
        throw PythonError.overflowError("Python integer \(try str(v)) out of bounds for \(dtype.name)")
    default: return
    }
    let (lo, hi): (Int64, Int64)
    switch dtype {
    case .int8: (lo, hi) = (-128, 127)
    case .int16: (lo, hi) = (-32768, 32767)
    case .int32: (lo, hi) = (-2147483648, 2147483647)
    case .uint8: (lo, hi) = (0, 255)
    case .uint16: (lo, hi) = (0, 65535)
    case .uint32: (lo, hi) = (0, 4294967295)
    case .uint64: (lo, hi) = (0, Int64.max)
    default: return
    }
    if big < lo || big > hi {
        throw PythonError.overflowError("Python integer \(big) out of bounds for \(dtype.name)")
    }
}
