// One element's value, in its computation kind, and the loads and stores between that form
// and an element's bytes. Used wherever speed does not matter (indexing one element, printing,
// conversion from Python objects); the typed loops in Ufuncs/ and Reductions/ bypass it.

import UpdraftRuntime

public enum Scalar: Equatable {
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    case complex(Double, Double)

    public var kind: DType.Kind {
        switch self {
        case .bool: return .bool
        case .int: return .signed
        case .uint: return .unsigned
        case .float: return .float
        case .complex: return .complex
        }
    }

    public var asDouble: Double {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        case .float(let d): return d
        case .complex(let re, _): return re
        }
    }

    /// C-style conversion to int64 (floats truncate; NaN and out-of-range give INT64_MIN, as on x86).
    public var asInt64: Int64 {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        case .uint(let u): return Int64(bitPattern: u)
        case .float(let d): return doubleToInt64(d)
        case .complex(let re, _): return doubleToInt64(re)
        }
    }

    public var asUInt64: UInt64 {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return UInt64(bitPattern: i)
        case .uint(let u): return u
        case .float(let d): return d >= 0 && d < 18446744073709551616.0 ? UInt64(d) : UInt64(bitPattern: doubleToInt64(d))
        case .complex(let re, _): return Scalar.float(re).asUInt64
        }
    }

    public var asBool: Bool {
        switch self {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .uint(let u): return u != 0
        case .float(let d): return d != 0
        case .complex(let re, let im): return re != 0 || im != 0
        }
    }

    /// The value converted to `dtype`'s computation kind, with C casting rules.
    public func cast(to dtype: DType) -> Scalar {
        switch dtype {
        case .bool: return .bool(asBool)
        case .int8: return .int(Int64(Int8(truncatingIfNeeded: asInt64)))
        case .int16: return .int(Int64(Int16(truncatingIfNeeded: asInt64)))
        case .int32: return .int(Int64(Int32(truncatingIfNeeded: asInt64)))
        case .int64: return .int(asInt64)
        case .uint8: return .uint(UInt64(UInt8(truncatingIfNeeded: asUInt64)))
        case .uint16: return .uint(UInt64(UInt16(truncatingIfNeeded: asUInt64)))
        case .uint32: return .uint(UInt64(UInt32(truncatingIfNeeded: asUInt64)))
        case .uint64: return .uint(asUInt64)
        case .float32: return .float(Double(Float(asDouble)))
        case .float64: return .float(asDouble)
        case .complex128:
            if case .complex = self { return self }
            return .complex(asDouble, 0)
        }
    }
}

/// x86's cvttsd2si: truncation toward zero, with NaN and out-of-range values giving Int64.min.
@inline(__always)
public func doubleToInt64(_ d: Double) -> Int64 {
    if d.isNaN || d >= 9223372036854775808.0 || d < -9223372036854775808.0 { return Int64.min }
    return Int64(d)
}

extension DType {
    /// Reads the element at `p`.
    @inline(__always)
    public func load(_ p: UnsafeRawPointer) -> Scalar {
        switch self {
        case .bool: return .bool(p.load(as: UInt8.self) != 0)
        case .int8: return .int(Int64(p.load(as: Int8.self)))
        case .int16: return .int(Int64(p.loadUnaligned(as: Int16.self)))
        case .int32: return .int(Int64(p.loadUnaligned(as: Int32.self)))
        case .int64: return .int(p.loadUnaligned(as: Int64.self))
        case .uint8: return .uint(UInt64(p.load(as: UInt8.self)))
        case .uint16: return .uint(UInt64(p.loadUnaligned(as: UInt16.self)))
        case .uint32: return .uint(UInt64(p.loadUnaligned(as: UInt32.self)))
        case .uint64: return .uint(p.loadUnaligned(as: UInt64.self))
        case .float32: return .float(Double(p.loadUnaligned(as: Float.self)))
        case .float64: return .float(p.loadUnaligned(as: Double.self))
        case .complex128: return .complex(p.loadUnaligned(as: Double.self), p.loadUnaligned(fromByteOffset: 8, as: Double.self))
        }
    }

    /// Writes `s` at `p`, converting with C casting rules.
    @inline(__always)
    public func store(_ s: Scalar, _ p: UnsafeMutableRawPointer) {
        switch self {
        case .bool: p.storeBytes(of: s.asBool ? 1 : 0, as: UInt8.self)
        case .int8: p.storeBytes(of: Int8(truncatingIfNeeded: s.asInt64), as: Int8.self)
        case .int16: p.storeBytes(of: Int16(truncatingIfNeeded: s.asInt64), as: Int16.self)
        case .int32: p.storeBytes(of: Int32(truncatingIfNeeded: s.asInt64), as: Int32.self)
        case .int64: p.storeBytes(of: s.asInt64, as: Int64.self)
        case .uint8: p.storeBytes(of: UInt8(truncatingIfNeeded: s.asUInt64), as: UInt8.self)
        case .uint16: p.storeBytes(of: UInt16(truncatingIfNeeded: s.asUInt64), as: UInt16.self)
        case .uint32: p.storeBytes(of: UInt32(truncatingIfNeeded: s.asUInt64), as: UInt32.self)
        case .uint64: p.storeBytes(of: s.asUInt64, as: UInt64.self)
        case .float32: p.storeBytes(of: Float(s.asDouble), as: Float.self)
        case .float64: p.storeBytes(of: s.asDouble, as: Double.self)
        case .complex128:
            if case .complex(let re, let im) = s {
                p.storeBytes(of: re, as: Double.self)
                p.storeBytes(of: im, toByteOffset: 8, as: Double.self)
            } else {
                p.storeBytes(of: s.asDouble, as: Double.self)
                p.storeBytes(of: 0.0, toByteOffset: 8, as: Double.self)
            }
        }
    }
}
