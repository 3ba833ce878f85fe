// Ufunc operands and type resolution: Python scalars are "weak" (NEP 50) and take the array's
// type when their kind fits; arrays and numpy scalars are strong and promote with
// `DType.promote`. Also the same_kind casting rule, numpy's ufunc exception class and the
// floating-point-status warnings numpy prints after a loop.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UpdraftRuntime

public enum UfuncTypes {
    /// `numpy._core._exceptions.UFuncTypeError` (a TypeError).
    public static let ufuncTypeError = PyType(name: "UFuncTypeError", bases: [PyType.typeError], builtin: true,
                                       layout: .exception, module: "numpy._core._exceptions")
    /// `numpy.ufunc`.
    static let ufunc = PyType(name: "ufunc", bases: [PyType.object], builtin: true, layout: .builtin, module: "numpy")
}

/// One input of a ufunc: an array (numpy scalars become 0-d arrays) or a Python scalar.
enum UOperand {
    case array(NDArray)
    /// A Python bool, int or float, with its kind.
    case weak(Value, DType.Kind)

    var dtype: DType? {
        if case .array(let a) = self { return a.dtype }
        return nil
    }
    var shape: [Int] {
        if case .array(let a) = self { return a.shape }
        return []
    }
}

/// A 0-d array holding one element.
func zeroDimArray(_ dtype: DType, _ value: Scalar) -> NDArray {
    // A 0-d array needs only one element; the allocation cannot realistically fail.
    let a = (try? NDArray(shape: [], dtype: dtype, zeroed: false))!
    a.setScalar(value, atOffset: 0)
    return a
}

/// The ufunc operand a Python value stands for, or nil when it is not numeric.
func ufuncOperand(_ v: Value) throws -> UOperand? {
    switch v {
    case .bool: return .weak(v, .bool)
    case .int: return .weak(v, .signed)
    case .float: return .weak(v, .float)
    case .none: return nil
    case .object(let o):
        if let a = o as? NDArray { return .array(a) }
        if let s = o as? NPScalar { return .array(zeroDimArray(s.dtype, s.value)) }
        if o is PyInt { return .weak(v, .signed) }
        if o is PyList || o is PyTuple { return .array(try asArray(v)) }
        return nil
    }
}

/// A ufunc operand, raising numpy's TypeError for unsupported inputs.
func requireOperand(_ v: Value, _ ufunc: String) throws -> UOperand {
    if let op = try ufuncOperand(v) { return op }
    throw PythonError.typeError("ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
}

/// The dtype of a Python scalar on its own.
func defaultDType(_ kind: DType.Kind) -> DType {
    switch kind {
    case .bool: return .bool
    case .signed, .unsigned: return .int64
    case .float: return .float64
    case .complex: return .complex128
    }
}

/// The common dtype of ufunc operands (NEP 50).
func commonDType(_ ops: [UOperand]) -> DType {
    var strong: DType?
    var weak: DType.Kind?
    for op in ops {
        switch op {
        case .array(let a): strong = strong.map { DType.promote($0, a.dtype) } ?? a.dtype
        case .weak(_, let k): weak = Swift.max(weak ?? k, k)
        }
    }
    guard let s = strong else { return defaultDType(weak ?? .float) }
    guard let w = weak else { return s }
    return s.promoteWeak(w)
}

/// True when a weak Python int can be stored in `t` without numpy's OverflowError.
func weakIntFits(_ v: Value, _ t: DType) -> Bool {
    (try? checkPythonInt(v, fits: t)) != nil
}

/// The operand as an array of dtype `t` (weak scalars are range-checked as numpy does).
func materialize(_ op: UOperand, _ t: DType) throws -> NDArray {
    switch op {
    case .array(let a):
        return a.dtype == t ? a : try a.copy(dtype: t)
    case .weak(let v, _):
        try checkPythonInt(v, fits: t)
        guard let s = try scalarValue(v) else { throw PythonError.typeError("expected a number") }
        return zeroDimArray(t, s)
    }
}

/// numpy's same_kind rule: bool < unsigned < signed < float < complex, any size within a kind.
func canCastSameKind(_ from: DType, _ to: DType) -> Bool { from.kind <= to.kind }

func castingError(_ ufunc: String, _ from: DType, _ to: DType) -> PythonError {
    PythonError(UfuncTypes.ufuncTypeError,
                "Cannot cast ufunc '\(ufunc)' output from dtype('\(from.name)') to dtype('\(to.name)') with casting rule 'same_kind'")
}

func noLoopError(_ ufunc: String, _ t: DType) -> PythonError {
    let cls: String
    switch t.kind {
    case .bool: cls = "BoolDType"
    case .float: cls = t == .float32 ? "Float32DType" : "Float64DType"
    case .complex: cls = "Complex128DType"
    default: cls = (t.kind == .signed ? "Int" : "UInt") + String(t.itemsize * 8) + "DType"
    }
    return PythonError(UfuncTypes.ufuncTypeError,
                       "ufunc '\(ufunc)' did not contain a loop with signature matching types <class 'numpy.dtypes.\(cls)'> -> None")
}

func unsupportedTypesError(_ ufunc: String) -> PythonError {
    PythonError.typeError("ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
}

// MARK: - Floating-point status warnings

enum FPStatus {
    nonisolated(unsafe) static var printed = Set<String>()

    @inline(__always)
    static func clear() { feclearexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID | FE_UNDERFLOW | FE_INEXACT) }

    /// Prints numpy's RuntimeWarnings for the flags raised since `clear()` (plus `extra`).
    static func check(_ name: String, divideByZero: Bool = false) {
        let flags = fetestexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID)
        if flags == 0 && !divideByZero { return }
        if divideByZero || flags & FE_DIVBYZERO != 0 { warn("divide by zero encountered in \(name)") }
        if flags & FE_OVERFLOW != 0 { warn("overflow encountered in \(name)") }
        if flags & FE_INVALID != 0 { warn("invalid value encountered in \(name)") }
        clear()
    }

    /// Prints a RuntimeWarning once per message, as Python's default filter does per location.
    static func warn(_ message: String) {
        if printed.insert(message).inserted {
            OutputStream.stderr.write("RuntimeWarning: \(message)\n")
        }
    }
}

/// A shape as numpy's broadcasting and dot errors print it: `(2,3)`, `(3,)`.
func compactShape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
}
