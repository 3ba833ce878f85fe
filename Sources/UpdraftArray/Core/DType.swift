// Element types of arrays (numpy's dtypes) and numpy's type-promotion rules.
//
// Arithmetic runs in one of five computation kinds (bool, signed, unsigned, float, complex);
// narrower integers and float32 are widened on load and narrowed on store, which gives the
// same results as numpy's per-type loops for the operators (wrap-around is modular either way).

import UpdraftRuntime

public enum DType: Int, CaseIterable, Sendable {
    case bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, complex128

    public enum Kind: Int, Comparable, Sendable {
        case bool, unsigned, signed, float, complex
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var name: String {
        switch self {
        case .bool: return "bool"
        case .int8: return "int8"
        case .int16: return "int16"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .uint16: return "uint16"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        case .float32: return "float32"
        case .float64: return "float64"
        case .complex128: return "complex128"
        }
    }

    public var itemsize: Int {
        switch self {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int64, .uint64, .float64: return 8
        case .complex128: return 16
        }
    }

    public var kind: Kind {
        switch self {
        case .bool: return .bool
        case .int8, .int16, .int32, .int64: return .signed
        case .uint8, .uint16, .uint32, .uint64: return .unsigned
        case .float32, .float64: return .float
        case .complex128: return .complex
        }
    }

    /// numpy's one-letter kind code (`dtype.kind`).
    public var kindCode: String {
        switch kind {
        case .bool: return "b"
        case .signed: return "i"
        case .unsigned: return "u"
        case .float: return "f"
        case .complex: return "c"
        }
    }

    public var isInteger: Bool { kind == .signed || kind == .unsigned }
    public var isInexact: Bool { kind == .float || kind == .complex }

    /// The dtypes numpy leaves out of an array's repr (`array([1, 2])` rather than `dtype=int64`).
    public var isReprDefault: Bool { self == .bool || self == .int64 || self == .float64 || self == .complex128 }

    public static func named(_ s: String) -> DType? {
        switch s {
        case "bool", "bool_", "?", "b1": return .bool
        case "int8", "i1", "byte": return .int8
        case "int16", "i2", "short": return .int16
        case "int32", "i4", "intc": return .int32
        case "int64", "i8", "int", "int_", "intp", "long", "l", "q", "longlong": return .int64
        case "uint8", "u1", "ubyte", "B": return .uint8
        case "uint16", "u2", "ushort": return .uint16
        case "uint32", "u4", "uintc": return .uint32
        case "uint64", "u8", "uint", "uintp", "ulong": return .uint64
        case "float32", "f4", "single", "f": return .float32
        case "float64", "f8", "float", "double", "d", "float_": return .float64
        case "complex128", "c16", "complex", "cdouble", "D": return .complex128
        default: return nil
        }
    }

    /// The smallest signed integer type that holds every value of an unsigned one.
    private var signedWidening: DType? {
        switch self {
        case .uint8: return .int16
        case .uint16: return .int32
        case .uint32: return .int64
        default: return nil
        }
    }

    /// `np.promote_types(a, b)`.
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        let (ka, kb) = (a.kind, b.kind)
        if ka == .bool { return b }
        if kb == .bool { return a }
        if ka == kb {
            return a.itemsize >= b.itemsize ? a : b
        }
        switch (ka, kb) {
        case (.signed, .unsigned), (.unsigned, .signed):
            let (s, u) = ka == .signed ? (a, b) : (b, a)
            guard let wide = u.signedWidening else { return .float64 } // uint64 with any signed
            return wide.itemsize >= s.itemsize ? wide : s
        case (.float, .signed), (.float, .unsigned), (.signed, .float), (.unsigned, .float):
            let (f, i) = ka == .float ? (a, b) : (b, a)
            if f == .float64 { return .float64 }
            return i.itemsize <= 2 ? .float32 : .float64
        default:
            return .complex128
        }
    }

    /// The result type of an array of dtype `self` combined with a Python scalar of kind
    /// `scalar` (NEP 50: Python scalars are "weak" and take the array's type when the kind fits).
    public func promoteWeak(_ scalar: Kind) -> DType {
        if scalar <= .signed && kind != .bool { return self }  // int with any numeric array
        if scalar == .bool { return self }
        if scalar == .signed { return .int64 }                 // bool array + int
        if scalar == .float { return kind == .float || kind == .complex ? self : .float64 }
        return .complex128
    }

    /// numpy's default float type for a true division or a transcendental function.
    public var floatResult: DType {
        switch kind {
        case .float, .complex: return self
        // numpy gives float16 for bool and 8-bit ints; without float16 those widen to float32.
        default: return itemsize <= 2 ? .float32 : .float64
        }
    }
}
