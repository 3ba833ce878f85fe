// `typeof`: the numba type of a runtime value (arguments of a call, frozen globals), and the type
// of a global name the compiled function reads (modules, builtins, math/numpy functions, exception
// classes, other compiled functions).

import UpdraftArray
import UpdraftRuntime

/// Why a value has no numba type.
public struct TypeofError: Error, CustomStringConvertible {
    public let pythonType: String
    public var description: String { "Cannot determine Numba type of <class '\(pythonType)'>" }
}

/// The numba type of a runtime value: int → int64, float → float64, bool → bool, str →
/// unicode_type, None → none, numpy arrays → `array(dtype, Nd, C|F|A)` by contiguity, numpy
/// scalars → their dtype, lists → reflected list of the first element's type, tuples →
/// UniTuple/Tuple.
public func typeof(_ value: Value) throws -> NumbaType {
    switch value {
    case .int: return .int64
    case .float: return .float64
    case .bool: return .boolean
    case .none: return .none
    case .object(let o):
        if let a = o as? NDArray {
            let layout: ArrayLayout = a.isContiguous ? .C : a.isFortranContiguous ? .F : .A
            return .array(dtype: NumbaType(a.dtype), ndim: a.ndim, layout: layout, readonly: !a.writeable)
        }
        if let s = o as? NPScalar { return NumbaType(s.dtype) }
        if o is PyStr { return .unicode }
        if o is PyInt { throw TypeofError(pythonType: "int") }  // beyond 64 bits
        if let l = o as? PyList {
            guard let first = l.items.first else {
                throw TypingError(message: "Cannot type empty list", location: .unknown, filename: "")
            }
            return .list(try typeof(first), reflected: true)
        }
        if let t = o as? PyTuple { return .makeTuple(try t.items.map(typeof)) }
        if let c = o as? CompilableCallee { return .dispatcher(ObjectRef(c), name: c.calleeName) }
        throw TypeofError(pythonType: o.pyType.name)
    }
}

/// The builtins the compiler types, as they appear in `builtins`.
let typedBuiltins: Set<String> = [
    "range", "len", "abs", "min", "max", "round", "int", "float", "bool", "complex", "print", "enumerate",
    "zip", "sum", "isinstance", "str", "pow", "divmod", "tuple", "list",
]

/// The math functions the compiler types.
let typedMathFunctions: Set<String> = [
    "sqrt", "exp", "log", "log10", "log2", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan",
    "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "erf", "erfc", "gamma", "lgamma",
    "degrees", "radians", "floor", "ceil", "trunc", "atan2", "pow", "hypot", "copysign", "fmod",
    "isnan", "isinf", "isfinite", "gcd", "ldexp", "frexp", "modf", "isclose",
]

let mathConstants: Set<String> = ["pi", "e", "tau", "inf", "nan"]

/// How the compiler sees a global: by module and name for functions it knows.
func typeOfGlobal(_ name: String, _ value: Value, resolver: GlobalResolver) throws -> NumbaType {
    if case .object(let o) = value {
        if let c = o as? CompilableCallee { return .dispatcher(ObjectRef(c), name: c.calleeName) }
        if let m = o as? PyModule {
            switch m.name {
            case "math", "numpy", "numpy.random": return .module(m.name)
            default:
                throw TypingError(message: "Untyped global name '\(name)': module '\(m.name)' is not supported in nopython mode",
                                  location: .unknown, filename: "")
            }
        }
        if let f = o as? PyBuiltinFunction {
            if let key = identifyFunction(f, resolver: resolver) { return .function(key) }
            throw TypingError(message: "Untyped global name '\(name)': the function \(f.name)() is not supported in nopython mode",
                              location: .unknown, filename: "")
        }
        if let t = o as? PyType {
            if let dt = NumpyTypes.dtype(ofScalarType: t) { return .numberClass(NumbaType(dt)) }
            if t.isSubtype(of: PyType.baseException) { return .exceptionClass(t.name) }
            if t.isBuiltin, FunctionKey.builtinClasses.contains(t.name) { return .function(FunctionKey("builtins", t.name)) }
            if t.name == "prange" { return .function(FunctionKey("numba", "prange")) }
            throw TypingError(message: "Untyped global name '\(name)': the class \(t.name) is not supported in nopython mode",
                              location: .unknown, filename: "")
        }
        if o is PyFunction {
            throw TypingError(message: "Untyped global name '\(name)': cannot call the Python function '\(name)' from nopython mode; decorate it with @njit",
                              location: .unknown, filename: "")
        }
    }
    do {
        return try typeof(value)
    } catch let e as TypeofError {
        throw TypingError(message: "Untyped global name '\(name)': \(e)", location: .unknown, filename: "")
    }
}

/// The module and name of a native function: numpy and math functions by identity, then builtins by name.
func identifyFunction(_ f: PyBuiltinFunction, resolver: GlobalResolver) -> FunctionKey? {
    let np = Numpy.module
    if case .object(let o)? = np.globals.get(f.name), o === f { return FunctionKey("numpy", f.name) }
    if let math = Runtime.nativeModules["math"]?(), case .object(let o)? = math.globals.get(f.name), o === f {
        return FunctionKey("math", f.name)
    }
    if f.name == "prange" { return FunctionKey("numba", "prange") }
    if typedBuiltins.contains(f.name) { return FunctionKey("builtins", f.name) }
    return nil
}
