// The object `@jit` returns. It keeps one compilation per argument-type signature: on first
// sight of a signature it runs the compiler's front half (IR, rewrites, type inference), so the
// dumps and typing errors appear when numba's would. Until the LLVM backend lands, the call
// itself runs the Python function in object mode, with the arguments and result converted to
// an explicit signature's types — the same results numba gives, only slower.

import UpdraftArray
import UpdraftCompiler
import UpdraftRuntime
import UpdraftSyntax

final class Dispatcher: PyObject, InlinableCallee, CompilableCallee {
    let function: PyFunction
    let options: JitOptions
    /// Compiled signatures, in the order they were compiled.
    private var overloads: [Overload] = []
    /// Signatures given to the decorator: only these are accepted.
    private var explicit = false

    struct Overload {
        let argTypes: [NumbaType]
        let typed: TypedFunction?
        /// The declared return type of an explicit signature.
        let declaredReturn: NumbaType?
        var returnType: NumbaType? { declaredReturn ?? typed?.returnType }
    }

    init(function: PyFunction, options: JitOptions) {
        self.function = function
        self.options = options
    }

    // MARK: Protocols the compiler sees

    var inlineAlways: Bool { options.inline == "always" }
    var inlineSource: FunctionSource? { function.source }
    var inlineQualname: String { function.qualname }
    var calleeName: String { function.name }

    /// A call from another compiled function: compile (or reuse) the overload for `args`.
    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType {
        if let o = overloads.first(where: { $0.argTypes == args }), let r = o.returnType { return r }
        let typed = try compileFrontHalf(args, throwTypingErrors: true)
        guard let r = typed?.returnType else {
            throw TypingError(message: "cannot type a call to \(function.name) with arguments (\(args.map(\.description).joined(separator: ", ")))",
                              location: .unknown, filename: "")
        }
        overloads.append(Overload(argTypes: args, typed: typed, declaredReturn: nil))
        return r
    }

    // MARK: Python object

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
        case "signatures", "nopython_signatures":
            return .list(overloads.map { .object(FunctionSignature(result: $0.returnType ?? .none, arguments: $0.argTypes)) })
        case "inspect_types":
            return .object(PyBuiltinFunction("inspect_types") { [unowned self] _ in
                for o in self.overloads { if let t = o.typed { OutputStream.stdout.write(self.annotation(t)) } }
                return .none
            })
        case "parallel_diagnostics":
            return .object(PyBuiltinFunction("parallel_diagnostics") { [unowned self] _ in
                for o in self.overloads { if let t = o.typed { _ = t } }
                if let last = self.lastState { OutputStream.stdout.write(last.parforReport()) }
                return .none
            })
        default: return nil
        }
    }

    override func pyCall(_ args: Args) throws -> Value? {
        if options.forceObject { return try function.call(args) }
        var argTypes: [NumbaType] = []
        for a in args.positional {
            do {
                argTypes.append(try typeof(a).unliteral)
            } catch {
                if options.nopython {
                    throw PythonError(NumbaModule.typingError, "Failed in nopython mode pipeline (step: nopython frontend)\n\(error)")
                }
                return try function.call(args)
            }
        }
        if explicit {
            guard let o = overloads.first(where: { accepts($0.argTypes, argTypes) }) else {
                throw PythonError.typeError("No matching definition for argument type(s) \(argTypes.map(\.description).joined(separator: ", "))")
            }
            var converted = args
            converted.positional = zip(args.positional, o.argTypes).map { convert($0, to: $1) }
            let result = try function.call(converted)
            return o.declaredReturn.map { convert(result, to: $0) } ?? result
        }
        if !overloads.contains(where: { $0.argTypes == argTypes }) {
            let typed = try compileFrontHalf(argTypes, throwTypingErrors: options.nopython)
            overloads.append(Overload(argTypes: argTypes, typed: typed, declaredReturn: nil))
        }
        return try function.call(args)
    }

    /// `@jit([float64(float64, float64)])`: compiled at decoration, the only accepted types.
    func compileEagerly(_ signature: Value) throws {
        guard case .object(let o) = signature, let sig = o as? FunctionSignature else {
            throw PythonError.typeError("invalid signature: \(try repr(signature))")
        }
        explicit = true
        let typed = try compileFrontHalf(sig.arguments, throwTypingErrors: true)
        overloads.append(Overload(argTypes: sig.arguments, typed: typed, declaredReturn: sig.result))
    }

    // MARK: Compiling

    private var lastState: CompilationState?

    /// Runs the front half for `argTypes` with the dumps the user asked for. A typing failure
    /// raises numba's TypingError in nopython mode; otherwise the function stays in object mode.
    private func compileFrontHalf(_ argTypes: [NumbaType], throwTypingErrors: Bool) throws -> TypedFunction? {
        guard let source = function.source else { return nil }
        let state = CompilationState(source: source, qualname: function.qualname, parallel: options.parallel) { name in
            source.globals.get(name) ?? Runtime.builtins.get(name)
        }
        state.argTypes = argTypes
        state.callee = self
        let dumps = TieringConfiguration.dumps
        do {
            try PassManager(dumps: dumps).run(Pipeline.frontHalf, on: state)
        } catch let e as CompilerError {
            if throwTypingErrors { throw PythonError(NumbaModule.typingError, e.description) }
            return nil
        }
        lastState = state
        if dumps.cfg, let cfg = state.cfg { dumps.write(cfg.dump()) }
        if dumps.ir, let ir = state.ir { dumps.write(ir.dump() + "\n") }
        if dumps.types, let typed = state.typed { dumps.write(typed.typesDump() + annotation(typed)) }
        if dumps.parfor && options.parallel { dumps.write(state.parforReport()) }
        return state.typed
    }

    private func annotation(_ typed: TypedFunction) -> String {
        guard let source = function.source else { return "" }
        let first = source.location.line
        let last = Swift.max(source.definition.body.last.map { lastLine(of: $0) } ?? first, first)
        return typed.annotationDump(lines: source.lines.map(String.init), firstLine: first, lastLine: last)
    }

    private func lastLine(of stmt: UpdraftSyntax.Stmt) -> Int { stmt.location.endLine }

    // MARK: Explicit signatures

    /// numba accepts an argument when it converts safely to the declared type.
    private func accepts(_ declared: [NumbaType], _ actual: [NumbaType]) -> Bool {
        guard declared.count == actual.count else { return false }
        return zip(declared, actual).allSatisfy { d, a in
            if d == a { return true }
            switch (d, a) {
            case (.float, .integer), (.float, .boolean), (.float(64), .float(32)), (.integer, .boolean): return true
            case (.integer(let db, _), .integer(let ab, _)): return db >= ab || ab == 64
            case (.array(let dd, let dn, let dl, _), .array(let ad, let an, let al, _)):
                return dd == ad && dn == an && (dl == .A || dl == al)
            default: return false
            }
        }
    }

    /// A Python value converted to a scalar type of a signature (`add(1, 2)` with float64 → 3.0).
    private func convert(_ v: Value, to t: NumbaType) -> Value {
        switch (t, v) {
        case (.float, .int(let i)): return .float(Double(i))
        case (.float, .bool(let b)): return .float(b ? 1 : 0)
        case (.float, .object(let o)):
            if let s = o as? NPScalar { return .float(s.value.asDouble) }
            return v
        case (.integer(let bits, let signed), .int(let i)):
            if bits == 64 { return v }
            let shift = 64 - bits
            let wrapped = signed ? (i &<< shift) &>> shift
                                 : Int(UInt64(truncatingIfNeeded: i) & ((1 &<< UInt64(bits)) &- 1))
            return .int(wrapped)
        case (.integer, .float(let d)):
            return d.isFinite && Swift.abs(d) < 9.2e18 ? .int(Int(d)) : v
        case (.integer, .bool(let b)): return .int(b ? 1 : 0)
        default: return v
        }
    }
}
