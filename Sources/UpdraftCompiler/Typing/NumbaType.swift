// numba's type lattice, with the names numba 0.68 prints (`int64`, `bool`, `array(float64, 1d, C)`,
// `list(float64)<iv=None>`, `UniTuple(int64 x 2)`, `range_state_int64`, `Literal[int](3)`, ...).
// `description` is numba's `str(type)`; `signatureText` is what numba shows for a type inside a
// call signature (`Array(float64, 1, 'C', False, aligned=True)` for arrays).

import UpdraftArray
import UpdraftRuntime

/// A Swift class instance used as a type parameter (a dispatcher, a closure): compared by identity.
public struct ObjectRef<T: AnyObject>: Hashable {
    public let object: T
    public init(_ object: T) { self.object = object }
    public static func == (a: Self, b: Self) -> Bool { a.object === b.object }
    public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(object)) }
}

/// A memory layout of an array type.
public enum ArrayLayout: String, Hashable, Sendable {
    case C, F, A
}

/// A function of a module the compiler knows: `builtins.len`, `math.sqrt`, `numpy.zeros`, `numba.prange`,
/// and the operators (`operator.add`) that error messages name.
public struct FunctionKey: Hashable, CustomStringConvertible {
    public let module: String
    public let name: String
    public init(_ module: String, _ name: String) { self.module = module; self.name = name }

    static let builtinClasses: Set<String> = ["range", "float", "int", "bool", "enumerate", "zip", "complex", "str", "tuple", "list"]

    /// numba's `Function(...)` payload: the repr of the Python object.
    public var description: String {
        switch module {
        case "builtins":
            return Self.builtinClasses.contains(name) ? "<class '\(name)'>" : "<built-in function \(name)>"
        case "operator": return "<built-in function \(name)>"
        case "numba": return "<class 'numba.misc.special.\(name)'>"
        case "math": return "<built-in function \(name)>"
        case "numpy":
            if NumpyTyping.ufuncs.contains(name) { return "<ufunc '\(name)'>" }
            if NumpyTyping.builtinFunctions.contains(name) { return "<built-in function \(name)>" }
            return "<function \(name)>"
        default: return "<function \(module).\(name)>"
        }
    }
}

/// A function defined inside the compiled one (closure or lambda), with the types of the
/// variables it captures.
public final class ClosureInfo {
    public let name: String
    public let code: FunctionIR
    public let capturedTypes: [String: NumbaType]
    init(name: String, code: FunctionIR, capturedTypes: [String: NumbaType]) {
        self.name = name
        self.code = code
        self.capturedTypes = capturedTypes
    }
}

public indirect enum NumbaType: Hashable, CustomStringConvertible {
    case boolean
    case integer(bits: Int, signed: Bool)
    case float(bits: Int)
    case complex(bits: Int)
    case none
    /// A type not known yet: the element type of `[]` or `{}` before anything is added.
    case undefined
    case optional(NumbaType)
    case array(dtype: NumbaType, ndim: Int, layout: ArrayLayout, readonly: Bool)
    case list(NumbaType, reflected: Bool)
    case uniTuple(NumbaType, Int)
    case tuple([NumbaType])
    case dict(NumbaType, NumbaType)
    case unicode
    case literalInt(Int)
    case literalBool(Bool)
    case literalString(String)
    case rangeState
    case rangeIter
    case arrayIter(NumbaType)
    case listIter(NumbaType)
    case tupleIter(NumbaType)
    case unicodeIter
    case dictKeyIter(NumbaType)
    case enumerate(NumbaType)
    case zip([NumbaType])
    case pair(NumbaType, NumbaType)
    case slice2
    case slice3
    case module(String)
    case function(FunctionKey)
    case boundFunction(receiver: NumbaType, method: String)
    case dispatcher(ObjectRef<AnyObject>, name: String)
    case closure(ObjectRef<ClosureInfo>)
    case numberClass(NumbaType)
    case dtype(NumbaType)
    case exceptionClass(String)
    case exceptionInstance(String)

    // MARK: Common types

    public static let int8 = NumbaType.integer(bits: 8, signed: true)
    public static let int16 = NumbaType.integer(bits: 16, signed: true)
    public static let int32 = NumbaType.integer(bits: 32, signed: true)
    public static let int64 = NumbaType.integer(bits: 64, signed: true)
    public static let uint8 = NumbaType.integer(bits: 8, signed: false)
    public static let uint16 = NumbaType.integer(bits: 16, signed: false)
    public static let uint32 = NumbaType.integer(bits: 32, signed: false)
    public static let uint64 = NumbaType.integer(bits: 64, signed: false)
    public static let float32 = NumbaType.float(bits: 32)
    public static let float64 = NumbaType.float(bits: 64)
    public static let complex128 = NumbaType.complex(bits: 128)

    /// `array(dtype, ndim d, layout)`, writable.
    public static func array(_ dtype: NumbaType, _ ndim: Int, _ layout: ArrayLayout = .C) -> NumbaType {
        .array(dtype: dtype, ndim: ndim, layout: layout, readonly: false)
    }

    /// A tuple type as numba builds it: `UniTuple` when every element has the same type.
    public static func makeTuple(_ items: [NumbaType]) -> NumbaType {
        if let first = items.first, items.allSatisfy({ $0 == first }) { return .uniTuple(first, items.count) }
        return .tuple(items)
    }

    // MARK: Names

    public var description: String {
        switch self {
        case .boolean: return "bool"
        case .integer(let bits, let signed): return (signed ? "int" : "uint") + String(bits)
        case .float(let bits): return "float\(bits)"
        case .complex(let bits): return "complex\(bits)"
        case .none: return "none"
        case .undefined: return "undefined"
        case .optional(let t): return "OptionalType(\(t))"
        case .array(let dt, let nd, let layout, let ro):
            return (ro ? "readonly " : "") + "array(\(dt), \(nd)d, \(layout.rawValue))"
        case .list(let t, let reflected): return (reflected ? "reflected " : "") + "list(\(t))<iv=None>"
        case .uniTuple(let t, let n): return "UniTuple(\(t) x \(n))"
        case .tuple(let ts): return "Tuple(\(ts.map(\.description).joined(separator: ", ")))"
        case .dict(let k, let v): return "DictType[\(k),\(v)]<iv=None>"
        case .unicode: return "unicode_type"
        case .literalInt(let i): return "Literal[int](\(i))"
        case .literalBool(let b): return "Literal[bool](\(b ? "True" : "False"))"
        case .literalString(let s): return "Literal[str](\(s))"
        case .rangeState: return "range_state_int64"
        case .rangeIter: return "range_iter_int64"
        case .arrayIter(let a), .listIter(let a), .tupleIter(let a): return "iter(\(a))"
        case .unicodeIter: return "iter(unicode_type)"
        case .dictKeyIter(let d): return "iter(\(d).keys())"
        case .enumerate(let it): return "enumerate(\(it))"
        case .zip(let its): return "zip(\(its.map(\.description).joined(separator: ", ")))"
        case .pair(let a, let b): return "pair<\(a), \(b)>"
        case .slice2: return "slice<a:b>"
        case .slice3: return "slice<a:b:c>"
        case .module(let name): return "Module(<module '\(name)'>)"
        case .function(let key): return "Function(\(key))"
        case .boundFunction(let recv, let method): return "BoundFunction(\(recv.methodPrefix).\(method) for \(recv))"
        case .dispatcher(_, let name): return "type(CPUDispatcher(<function \(name)>))"
        case .closure(let c): return "closure(\(c.object.code.qualname))"
        case .numberClass(let t): return "class(\(t))"
        case .dtype(let t): return "dtype(\(t))"
        case .exceptionClass(let n): return n
        case .exceptionInstance(let n): return "\(n)(...)"
        }
    }

    /// How numba shows the type inside a call signature (its `repr` for arrays, lists and tuples).
    public var signatureText: String {
        switch self {
        case .array(let dt, let nd, let layout, let ro):
            return "Array(\(dt), \(nd), '\(layout.rawValue)', \(ro ? "True" : "False"), aligned=True)"
        case .list(let t, let reflected): return "List(\(t.signatureText), \(reflected ? "True" : "False"))"
        case .uniTuple(let t, let n): return "UniTuple(\(t.signatureText), \(n))"
        case .tuple(let ts): return "Tuple(\(ts.map(\.signatureText).joined(separator: ", ")))"
        default: return description
        }
    }

    var methodPrefix: String {
        switch self {
        case .array: return "array"
        case .list: return "list"
        case .dict: return "dict"
        case .unicode, .literalString: return "unicode"
        case .complex: return "complex"
        case .integer, .boolean: return "int"
        case .float: return "float"
        default: return "object"
        }
    }

    // MARK: Classification

    /// The type without its literal value (`Literal[int](3)` → `int64`).
    public var unliteral: NumbaType {
        switch self {
        case .literalInt: return .int64
        case .literalBool: return .boolean
        case .literalString: return .unicode
        case .uniTuple(let t, let n): return .uniTuple(t.unliteral, n)
        case .tuple(let ts): return .makeTuple(ts.map(\.unliteral))
        default: return self
        }
    }

    public var isLiteral: Bool {
        switch self {
        case .literalInt, .literalBool, .literalString: return true
        default: return false
        }
    }

    /// bool, integers, floats and complex numbers (literals included).
    public var isNumber: Bool {
        switch unliteral {
        case .boolean, .integer, .float, .complex: return true
        default: return false
        }
    }

    public var isInteger: Bool {
        if case .integer = unliteral { return true }
        return false
    }

    /// An integer or a bool (numba accepts both where an index or count is expected).
    public var isIntegerLike: Bool {
        switch unliteral {
        case .integer, .boolean: return true
        default: return false
        }
    }

    public var isFloat: Bool {
        if case .float = unliteral { return true }
        return false
    }

    public var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    public var isString: Bool { unliteral == .unicode }

    public var isTuple: Bool {
        switch self {
        case .uniTuple, .tuple: return true
        default: return false
        }
    }

    /// The element types of a tuple type.
    public var tupleElements: [NumbaType]? {
        switch self {
        case .uniTuple(let t, let n): return Array(repeating: t, count: n)
        case .tuple(let ts): return ts
        default: return nil
        }
    }

    public var arrayDType: NumbaType? {
        if case .array(let dt, _, _, _) = self { return dt }
        return nil
    }

    public var arrayNDim: Int? {
        if case .array(_, let nd, _, _) = self { return nd }
        return nil
    }

    /// Whether the type still contains `undefined` (an empty container not refined yet).
    public var isPrecise: Bool {
        switch self {
        case .undefined: return false
        case .list(let t, _), .optional(let t), .uniTuple(let t, _): return t.isPrecise
        case .dict(let k, let v): return k.isPrecise && v.isPrecise
        case .tuple(let ts): return ts.allSatisfy(\.isPrecise)
        default: return true
        }
    }

    // MARK: numpy dtypes

    /// The numpy dtype of a scalar number type.
    public var dtype: DType? {
        switch unliteral {
        case .boolean: return .bool
        case .integer(8, true): return .int8
        case .integer(16, true): return .int16
        case .integer(32, true): return .int32
        case .integer(64, true): return .int64
        case .integer(8, false): return .uint8
        case .integer(16, false): return .uint16
        case .integer(32, false): return .uint32
        case .integer(64, false): return .uint64
        case .float(32): return .float32
        case .float(64): return .float64
        case .complex(128): return .complex128
        default: return nil
        }
    }

    /// The scalar type of a numpy dtype.
    public init(_ dtype: DType) {
        switch dtype {
        case .bool: self = .boolean
        case .int8: self = .int8
        case .int16: self = .int16
        case .int32: self = .int32
        case .int64: self = .int64
        case .uint8: self = .uint8
        case .uint16: self = .uint16
        case .uint32: self = .uint32
        case .uint64: self = .uint64
        case .float32: self = .float32
        case .float64: self = .float64
        case .complex128: self = .complex128
        }
    }
}
