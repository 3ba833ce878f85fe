// The object `@jit` returns. It keeps one compilation per argument-type signature: on first
// sight of a signature it runs the compiler's front half (IR, rewrites, type inference), so the
// dumps and typing errors appear when numba's would, then lowers the typed function to LLVM,
// optimises it and adds it to the JIT (UpdraftLLVM's NativeEngine). Calls then run the machine
// code through the signature's wrapper. A construct the lowering does not implement leaves that
// signature in object mode (the Python function runs in the interpreter: same results, slower);
// `UPDRAFT_LOG_FALLBACK=1` prints why on stderr.

import UpdraftArray
import Foundation
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime
import UpdraftSyntax

final class Dispatcher: PyObject, InlinableCallee, CompilableCallee, NativeCallee {
    let function: PyFunction
    let options: JitOptions
    /// Compiled signatures, in the order they were compiled.
    private var overloads: [Overload] = []
    /// Signatures given to the decorator: only these are accepted.
    private var explicit = false

    final class Overload {
        let argTypes: [NumbaType]
        let typed: TypedFunction?
        /// The declared return type of an explicit signature.
        let declaredReturn: NumbaType?
        var returnType: NumbaType? { declaredReturn ?? typed?.returnType }
        /// The LLVM symbol, reserved when native compilation starts (so recursion can call it).
        var symbol: String?
        /// The compiled code, nil while the signature runs in object mode.
        var native: NativeCaller?
        /// Native compilation was tried and failed (object mode for good).
        var objectMode = false

        init(argTypes: [NumbaType], typed: TypedFunction?, declaredReturn: NumbaType?) {
            self.argTypes = argTypes
            self.typed = typed
            self.declaredReturn = declaredReturn
        }
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
            return .list(overloads.map { signatureKey($0) })
        case "inspect_types":
            return .object(PyBuiltinFunction("inspect_types") { [unowned self] _ in
                for o in self.overloads { if let t = o.typed { OutputStream.stdout.write(self.annotation(t)) } }
                return .none
            })
        case "inspect_cfg":
            return .object(PyBuiltinFunction("inspect_cfg") { [unowned self] _ in
                guard let state = self.lastState, let ir = state.ir, let cfg = state.cfg else {
                    throw PythonError.valueError("inspect_cfg() needs a compiled signature: call the function first")
                }
                return .object(InspectedCFG(dot: ir.cfgDot(cfg)))
            })
        case "inspect_llvm", "inspect_asm":
            let asm = name == "inspect_asm"
            return .object(PyBuiltinFunction(name) { [unowned self] args in
                func text(_ o: Overload) throws -> Value {
                    guard let c = o.native?.compiled else { return .str("") }
                    return .str(asm ? (try c.assembly()) : c.optimizedIR)
                }
                if args.count >= 1 {
                    let key = args[0]
                    for o in self.overloads where try valuesEqual(key, self.signatureKey(o)) { return try text(o) }
                    throw PythonError.keyError(key)
                }
                let d = PyDict()
                for o in self.overloads { try d.set(self.signatureKey(o), try text(o)) }
                return .object(d)
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

    /// The overload of the last scalar-only call (checked without computing numba types).
    private var lastScalar: Overload?

    override func pyCall(_ args: Args) throws -> Value? {
        if options.forceObject { return try function.call(args) }
        if let o = lastScalar, let native = o.native, args.keywords.isEmpty, native.matchesScalars(args.positional) {
            return try run(o, args)
        }
        var argTypes: [NumbaType] = []
        argTypes.reserveCapacity(args.positional.count)
        for a in args.positional {
            do {
                argTypes.append(try typeof(a).unliteral)
            } catch {
                if options.nopython {
                    throw PythonError(NumbaModule.typingError, "Failed in nopython mode pipeline (step: nopython frontend)\n\(error)")
                }
                fellBack("argument \(argTypes.count + 1) cannot be typed: \(error)")
                return try function.call(args)
            }
        }
        if explicit {
            guard let o = bestOverload(argTypes) else {
                throw PythonError.typeError("No matching definition for argument type(s) \(argTypes.map(\.description).joined(separator: ", "))")
            }
            var converted = args
            converted.positional = zip(args.positional, o.argTypes).map { convert($0, to: $1) }
            let result = try run(o, converted)
            return o.declaredReturn.map { convert(result, to: $0) } ?? result
        }
        let o: Overload
        if let found = overloads.first(where: { $0.argTypes == argTypes }) {
            o = found
        } else {
            let typed = try compileFrontHalf(argTypes, throwTypingErrors: options.nopython)
            o = Overload(argTypes: argTypes, typed: typed, declaredReturn: nil)
            overloads.append(o)
        }
        if o.native == nil && !o.objectMode && o.symbol == nil { compileNative(o) }
        if let native = o.native, native.matchesScalars(args.positional) { lastScalar = o }
        return try run(o, args)
    }

    /// Runs an overload: its machine code, or the Python function in object mode.
    private func run(_ o: Overload, _ args: Args) throws -> Value {
        if let native = o.native, args.keywords.isEmpty {
            do {
                return try native.call(args.positional)
            } catch let e as PythonError {
                throw e
            } catch {
                // The code could not be linked (a callee that failed to compile): object mode.
                logFallback("\(function.qualname): \(error)")
                o.native = nil
                o.objectMode = true
            }
        }
        return try function.call(args)
    }

    /// The key of an overload in `inspect_llvm()`: a tuple of numba types.
    private func signatureKey(_ o: Overload) -> Value {
        .tuple(o.argTypes.map { .object(SignatureType($0)) })
    }

    // MARK: Native code

    /// Lowers, optimises and JIT-compiles an overload; on an unsupported construct the overload
    /// stays in object mode.
    @discardableResult
    private func compileNative(_ o: Overload) -> Bool {
        if o.native != nil { return true }
        guard !o.objectMode, TieringConfiguration.mode != .off, let typed = o.typed else { o.objectMode = true; return false }
        guard let engine = NativeEngine.shared else {
            logFallback("LLVM is unavailable: \(NativeEngine.unavailableReason ?? "")")
            o.objectMode = true
            return false
        }
        guard o.argTypes.allSatisfy(NativeCaller.supports), NativeCaller.supports(typed.returnType) else {
            logFallback("\(function.qualname)\(typed.signature): arguments or result cannot cross the call boundary")
            o.objectMode = true
            return false
        }
        // cache=True (CacheSupport.swift): a fixed symbol and the on-disk object cache.
        let cached = options.cache && o.symbol == nil ? CacheSupport.entry(function, o.argTypes) : nil
        let symbol = o.symbol ?? cached?.symbol ?? engine.newSymbol(function.qualname)
        o.symbol = symbol
        var lowering = LoweringOptions()
        lowering.boundscheck = options.boundscheck ?? true
        lowering.fastmath = options.fastmath
        lowering.errorModelNumpy = options.errorModel == "numpy"
        lowering.parallel = options.parallel
        lowering.selfCallee = self
        if let source = parallelSource ?? function.source {
            lowering.globalValue = { name in source.freeVariables[name] ?? source.globals.get(name) ?? Runtime.builtins.get(name) }
        }
        let dumps = TieringConfiguration.dumps
        var native = NativeDumps()
        native.llvm = dumps.llvm
        native.optimized = dumps.optimized
        native.assembly = dumps.assembly
        native.write = dumps.write
        let start = DispatchTime.now().uptimeNanoseconds
        // Stencils called from a parallel=True function get threaded loop nests.
        let outerParallel = ParallelCompilation.active
        ParallelCompilation.active = options.parallel
        defer { ParallelCompilation.active = outerParallel }
        do {
            let title = "\(function.qualname)\(typed.signature)"
            let compiled = try cached.map { try engine.compileCached(typed, symbol: symbol, options: lowering, dumps: native, title: title, entry: $0.entry) }
                ?? engine.compile(typed, symbol: symbol, options: lowering, dumps: native, title: title)
            o.native = NativeCaller(compiled)
            if dumps.timings {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                dumps.write("    " + "native_lowering_optimize_jit".padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "%9.3f ms\n", ms))
            }
            return true
        } catch {
            logFallback("\(function.qualname)\(typed.signature): object mode: \(error)")
            o.objectMode = true
            return false
        }
    }

    /// A plain `@jit` function that type inference rejected runs in object mode, and its loops
    /// are lifted: each is offered to the tier from its first iteration (LoopTiering.swift), as
    /// numba ≤ 0.58 did.
    private var liftedLogged = false

    /// A typing error in one line: the reason and where ("Cannot unify int64 and unicode_type
    /// for '$phi38.13' (line 6)").
    static func summary(of text: String) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        let reason = lines.dropFirst().first { !$0.hasPrefix(" ") && !$0.isEmpty } ?? lines.first ?? text
        guard let file = lines.first(where: { $0.hasPrefix("File \"") }), let at = file.range(of: "line ") else { return reason }
        let line = file[at.upperBound...].prefix { $0.isNumber }
        return "\(reason) (line \(line))"
    }
    private func fellBack(_ reason: String) {
        guard !liftedLogged else { return }
        liftedLogged = true
        let loops = function.loopLines
        let place = function.source.map { "\(($0.filename as NSString).lastPathComponent):\($0.location.line)" } ?? function.qualname
        let lift = TieringConfiguration.mode == .off || loops.isEmpty ? "" :
            "; lifting its loop\(loops.count == 1 ? "" : "s") at line\(loops.count == 1 ? "" : "s") \(loops.map(String.init).joined(separator: ", "))"
        TierLog.event("fallback: \(function.qualname) [\(place)] runs in object mode: \(reason)\(lift)")
        if TieringConfiguration.mode != .off { function.liftLoops() }
    }

    private func logFallback(_ text: String) {
        if ProcessInfo.processInfo.environment["UPDRAFT_LOG_FALLBACK"] != nil {
            OutputStream.stderr.write("updraft: \(text)\n")
        }
    }

    /// A call from another compiled function: the symbol of the overload for `args`.
    func nativeSymbol(for args: [NumbaType]) throws -> (symbol: String, returnType: NumbaType) {
        let o: Overload
        if let found = overloads.first(where: { $0.argTypes == args }) {
            o = found
        } else {
            let typed = try compileFrontHalf(args, throwTypingErrors: true)
            o = Overload(argTypes: args, typed: typed, declaredReturn: nil)
            overloads.append(o)
        }
        guard let typed = o.typed else { throw LoweringUnsupported("call to \(function.name) that has no typed overload") }
        if o.declaredReturn != nil && o.declaredReturn != typed.returnType {
            throw LoweringUnsupported("call to \(function.name) whose declared return type differs from the inferred one")
        }
        if let sym = o.symbol, !o.objectMode { return (sym, typed.returnType) }
        guard compileNative(o), let sym = o.symbol else {
            throw LoweringUnsupported("call to \(function.name)\(typed.signature), which runs in object mode")
        }
        return (sym, typed.returnType)
    }

    /// `@jit([float64(float64, float64)])`: compiled at decoration, the only accepted types.
    func compileEagerly(_ signature: Value) throws {
        guard case .object(let o) = signature, let sig = o as? FunctionSignature else {
            throw PythonError.typeError("invalid signature: \(try repr(signature))")
        }
        explicit = true
        let typed = try compileFrontHalf(sig.arguments, throwTypingErrors: true)
        let overload = Overload(argTypes: sig.arguments, typed: typed, declaredReturn: sig.result)
        overloads.append(overload)
        // Eager compilation includes code generation, as numba's does at decoration.
        if compileNative(overload) { _ = try? overload.native?.compiled.entry() }
    }

    // MARK: Compiling

    private var lastState: CompilationState?
    /// The source compiled under parallel=True (ParallelRewrite), for the lowering's globals.
    private var parallelSource: FunctionSource?

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
            fellBack(Dispatcher.summary(of: e.description))
            return nil
        }
        lastState = state
        CompilationDumps.writeCFG(state, dumps)
        if dumps.ir, let ir = state.ir { dumps.write(ir.dump() + "\n") }
        if dumps.types, let typed = state.typed { dumps.write(typed.typesDump() + annotation(typed)) }
        if dumps.parfor && options.parallel { dumps.write(state.parforReport()) }
        // parallel=True (ParallelRewrite.swift): prange loops outlined into threaded chunks.
        if options.parallel, let r = ParallelRewrite.rewrite(function, state: state, argTypes: argTypes, fastmath: options.fastmath,
                                                                      boundscheck: options.boundscheck ?? true) {
            parallelSource = r.source
            return r.typed
        }
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

    /// numba's overload choice: the accepted signature with the fewest unsafe conversions, then
    /// safe ones, then promotions (so int64 arguments pick float64(float64) over int32(int32)).
    private func bestOverload(_ actual: [NumbaType]) -> Overload? {
        func kind(_ d: NumbaType, _ a: NumbaType) -> Int {
            if d == a { return 0 }
            switch (d, a) {
            case (.integer(let db, let ds), .integer(let ab, let asg)):
                return db > ab && ds == asg ? 1 : (db >= ab ? 2 : 3)
            case (.float(64), .float(32)): return 1
            case (.float(32), .float(64)): return 3
            case (.float, .integer(let ab, _)): return ab <= 32 ? 2 : 2
            case (.float, .boolean), (.integer, .boolean): return 2
            default: return 2
            }
        }
        var best: (Overload, [Int])? = nil
        for o in overloads where accepts(o.argTypes, actual) {
            var counts = [0, 0, 0]  // unsafe, safe, promote
            for (d, a) in zip(o.argTypes, actual) {
                switch kind(d, a) {
                case 3: counts[0] += 1
                case 2: counts[1] += 1
                case 1: counts[2] += 1
                default: break
                }
            }
            if best == nil || counts.lexicographicallyPrecedes(best!.1) { best = (o, counts) }
        }
        return best?.0
    }

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
