// The object `@jit` returns: it remembers one compilation per argument-type signature and runs
// the compiler's front half on first sight of a signature (so its dumps and typing errors appear
// when numba's would). Until the LLVM backend lands, the call itself runs the Python function
// in object mode — results are the same, only slower.

import UpdraftArray
import UpdraftCompiler
import UpdraftRuntime

final class Dispatcher: PyObject, InlinableCallee {
    var inlineAlways: Bool { options.inline == "always" }
    var inlineSource: FunctionSource? { function.source }
    var inlineQualname: String { function.qualname }

    let function: PyFunction
    let options: JitOptions
    /// Signatures (as type-name tuples) whose front half has run.
    private var seen: Set<[String]> = []
    private(set) var signatures: [[String]] = []

    init(function: PyFunction, options: JitOptions) {
        self.function = function
        self.options = options
    }

    override var pyType: PyType { Dispatcher.type }
    static let type = PyType(name: "CPUDispatcher", bases: [PyType.object], builtin: true, layout: .builtin,
                             module: "numba.core.registry")

    override var pyIsCallable: Bool { true }

    override func pyRepr() throws -> String? { "CPUDispatcher(\(try repr(.object(function))))" }

    override func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "py_func": return .object(function)
        case "__name__": return .str(function.name)
        case "__qualname__": return .str(function.qualname)
        case "__module__": return .str(function.moduleName)
        case "__doc__": return function.attributes["__doc__"] ?? Value.none
        case "signatures": return .list(signatures.map { .tuple($0.map { Value.str($0) }) })
        case "nopython_signatures": return .list(signatures.map { .tuple($0.map { Value.str($0) }) })
        case "targetoptions":
            let d = PyDict()
            d.set("nopython", .bool(options.nopython))
            d.set("parallel", .bool(options.parallel))
            return .object(d)
        default: return nil
        }
    }

    override func pyCall(_ args: Args) throws -> Value? {
        if !options.forceObject {
            let key = args.positional.map(typeName)
            if !seen.contains(key) {
                seen.insert(key)
                try compileFrontHalf(key)
                signatures.append(key)
            }
        }
        return try function.call(args)
    }

    /// `@jit("float64(float64, float64)")` / `@jit([sig, ...])`: compiled at decoration.
    func compileEagerly(_ signature: Value) throws {
        guard case .object(let o) = signature, let sig = o as? FunctionSignature else { return }
        let key = sig.arguments.map(\.name)
        if seen.insert(key).inserted {
            try compileFrontHalf(key)
            signatures.append(key)
        }
    }

    /// Runs the compiler's front half with the dumps the user asked for. A failure in
    /// nopython mode (`@njit`) raises numba's error; plain `@jit` falls back to object mode.
    private func compileFrontHalf(_ key: [String]) throws {
        guard let source = function.source else { return }
        let state = CompilationState(source: source, qualname: function.qualname, parallel: options.parallel) { name in
            source.globals.get(name) ?? Runtime.builtins.get(name)
        }
        var dumps = TieringConfiguration.dumps
        let manager = PassManager(dumps: dumps)
        do {
            try manager.run(Pipeline.frontHalf, on: state)
        } catch let e as CompilerError {
            if options.nopython {
                throw PythonError(NumbaModule.typingError, e.description)
            }
            return
        }
        dumps = manager.dumps
        if dumps.cfg, let cfg = state.cfg { dumps.write(cfg.dump()) }
        if dumps.ir, let ir = state.ir { dumps.write(ir.dump() + "\n") }
        if dumps.parfor && options.parallel { dumps.write(state.parforReport()) }
    }

    /// numba's name for a runtime value's type (until `typeof` from the typing stage is wired in).
    private func typeName(_ v: Value) -> String {
        switch v {
        case .int: return "int64"
        case .float: return "float64"
        case .bool: return "bool"
        case .none: return "none"
        case .object(let o):
            if let a = o as? NDArray { return "array(\(a.dtype.name), \(a.ndim)d, \(a.isContiguous ? "C" : "A"))" }
            if let s = o as? NPScalar { return s.dtype.name }
            if o is PyStr { return "unicode_type" }
            if o is PyList { return "reflected list" }
            return v.typeName
        }
    }
}
