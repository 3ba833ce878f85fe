// `import numba` / `from numba import njit, jit, prange, float64, ...`: the decorators, the
// type objects used in explicit signatures, and numba's error classes.

import UpdraftArray
import UpdraftCompiler
import UpdraftRuntime

public enum NumbaModule {
    /// Makes `import numba` available. Called once by the CLI.
    public static func register() {
        Runtime.nativeModules["numba"] = { module }
        Runtime.nativeModules["numba.core"] = { core }
        Runtime.nativeModules["numba.core.errors"] = { errors }
        Runtime.nativeModules["dis"] = { DisModule.module }
    }

    static let typingError = PyType(name: "TypingError", bases: [PyType.exception], builtin: true,
                                    layout: .exception, module: "numba.core.errors")
    static let unsupportedError = PyType(name: "UnsupportedError", bases: [PyType.exception], builtin: true,
                                         layout: .exception, module: "numba.core.errors")
    static let numbaValueError = PyType(name: "NumbaValueError", bases: [typingError], builtin: true,
                                        layout: .exception, module: "numba.core.errors")

    static let errors: PyModule = {
        let m = PyModule(name: "numba.core.errors")
        m.globals.set("TypingError", .object(typingError))
        m.globals.set("UnsupportedError", .object(unsupportedError))
        m.globals.set("NumbaError", .object(typingError))
        m.globals.set("NumbaValueError", .object(numbaValueError))
        return m
    }()

    static let core: PyModule = {
        let m = PyModule(name: "numba.core")
        m.globals.set("errors", .object(errors))
        return m
    }()

    static let module: PyModule = {
        let m = PyModule(name: "numba")
        m.globals.set("__version__", .str("0.68.1"))
        m.globals.set("core", .object(core))
        m.globals.set("errors", .object(errors))
        m.function("jit") { args in try decorator(args, forceNopython: false) }
        m.function("njit") { args in try decorator(args, forceNopython: true) }
        m.function("prange") { args in try call(.object(PyType.range), args) }
        m.function("vectorize") { args in try Vectorize.decorator(args) }
        m.function("guvectorize") { args in try GUVectorize.decorator(args) }
        m.function("stencil") { args in try Stencil.decorator(args) }
        let named: [(String, NumbaType)] = [
            ("int8", .int8), ("int16", .int16), ("int32", .int32), ("int64", .int64), ("intp", .int64),
            ("uint8", .uint8), ("uint16", .uint16), ("uint32", .uint32), ("uint64", .uint64),
            ("float32", .float32), ("float64", .float64), ("double", .float64), ("float_", .float32),
            ("complex128", .complex128), ("boolean", .boolean), ("bool_", .boolean), ("void", .none),
        ]
        for (name, t) in named { m.globals.set(name, .object(SignatureType(t))) }
        return m
    }()

    /// `@jit`, `@jit(...)`, `@jit([signatures], ...)`, `@njit`, `@njit(...)`.
    static func decorator(_ args: Args, forceNopython: Bool) throws -> Value {
        var options = JitOptions(nopython: forceNopython)
        try options.read(args.keywords)
        var signatures: [Value] = []
        if args.count >= 1 {
            let first = args[0]
            if case .object(let o) = first, let f = o as? PyFunction {
                return try makeDispatcher(f, options, signatures: [])
            }
            if case .object(let o) = first, let list = o as? PyList { signatures = list.items }
            else if case .object(let o) = first, o is FunctionSignature { signatures = [first] }
            else if case .object(let o) = first, o is PyStr {
                throw PythonError.notImplementedError("signatures given as strings are not supported yet; use numba types, e.g. float64(float64)")
            }
        }
        let sigs = signatures
        return .object(PyBuiltinFunction(forceNopython ? "njit" : "jit") { inner in
            try inner.expect("jit decorator", min: 1, max: 1)
            guard case .object(let o) = inner[0], let f = o as? PyFunction else {
                throw PythonError.typeError("The decorated object is not a function (got type \(inner[0].typeName)).")
            }
            return try makeDispatcher(f, options, signatures: sigs)
        })
    }

    static func makeDispatcher(_ f: PyFunction, _ options: JitOptions, signatures: [Value]) throws -> Value {
        if TieringConfiguration.mode == .off { return .object(f) }
        let d = Dispatcher(function: f, options: options)
        for s in signatures { try d.compileEagerly(s) }
        return .object(d)
    }
}

/// The options of `@jit(...)`.
struct JitOptions {
    var nopython: Bool
    var forceObject = false
    var parallel = false
    var cache = false
    var fastmath = false
    var boundscheck: Bool? = nil
    var nogil = false
    var inline = "never"
    var errorModel = "python"

    init(nopython: Bool) { self.nopython = nopython }

    mutating func read(_ keywords: [(name: String, value: Value)]) throws {
        for (k, v) in keywords {
            switch k {
            case "nopython": nopython = try isTruthy(v)
            case "forceobj": forceObject = try isTruthy(v)
            case "parallel": parallel = try isTruthy(v)
            case "cache": cache = try isTruthy(v)
            case "fastmath": fastmath = try isTruthy(v)
            case "boundscheck": boundscheck = v.isNone ? nil : try isTruthy(v)
            case "nogil": nogil = try isTruthy(v)
            case "inline": inline = (v.asObject as? PyStr)?.value ?? "never"
            case "error_model": errorModel = (v.asObject as? PyStr)?.value ?? "python"
            case "looplift", "debug", "no_cpython_wrapper", "no_cfunc_wrapper", "locals", "target", "_nrt", "signature":
                break
            default:
                throw PythonError.keyError(.str(k))
            }
        }
    }
}

/// A numba type object (`float64`, `int32`, `float64[:]`, `float64[:, ::1]`); calling one with
/// argument types makes a signature (`float64(float64, float64)`).
final class SignatureType: PyObject {
    let type: NumbaType
    init(_ type: NumbaType) { self.type = type }
    override var pyType: PyType { SignatureType.pyClass }
    static let pyClass = PyType(name: "Type", bases: [PyType.object], builtin: true, layout: .builtin, module: "numba.core.types")
    override func pyRepr() throws -> String? { type.description }
    override func pyStr() throws -> String? { type.description }
    override func pyHash() throws -> Int? { type.description.hashValue }
    override func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        guard op == .eq || op == .notEq, let o = other.asObject as? SignatureType else { return nil }
        return .bool((o.type == type) == (op == .eq))
    }
    override var pyIsCallable: Bool { true }
    override func pyCall(_ args: Args) throws -> Value? {
        var argTypes: [NumbaType] = []
        for a in args.positional {
            guard let t = a.asObject as? SignatureType else {
                throw PythonError.typeError("signature arguments must be numba types, not \(a.typeName)")
            }
            argTypes.append(t.type)
        }
        return .object(FunctionSignature(result: type, arguments: argTypes))
    }
    /// `float64[:]` is a 1-d array of any layout, `float64[::1]` a C-contiguous one.
    override func pyGetItem(_ key: Value) throws -> Value? {
        let parts: [Value]
        if case .object(let o) = key, let t = o as? PyTuple { parts = t.items } else { parts = [key] }
        var layout: ArrayLayout = .A
        if let last = parts.last?.asObject as? PySlice, case .int(1) = last.step { layout = .C }
        if parts.count > 1, let first = parts.first?.asObject as? PySlice, case .int(1) = first.step { layout = .F }
        return .object(SignatureType(.array(dtype: type, ndim: parts.count, layout: layout, readonly: false)))
    }
}

/// `float64(float64, float64)`.
final class FunctionSignature: PyObject {
    let result: NumbaType
    let arguments: [NumbaType]
    init(result: NumbaType, arguments: [NumbaType]) {
        self.result = result
        self.arguments = arguments
    }
    override func pyRepr() throws -> String? { "(\(arguments.map(\.description).joined(separator: ", "))) -> \(result)" }
    override func pyStr() throws -> String? { try pyRepr() }
}
