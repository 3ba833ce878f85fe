// The compile step the tier's two paths share (whole functions in TierPolicy.swift, loops in
// LoopTiering.swift): the front half on a rewritten definition and a frozen snapshot of its
// globals, then lowering with the tier's guards (bounds checks, checked int64 arithmetic) on the
// quick or the O3 engine. Runs on the background worker; touches nothing of the interpreter's.

import Dispatch
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime

struct TierCompilation {
    let source: FunctionSource
    let qualname: String
    let argTypes: [NumbaType]
    let snapshot: GlobalSnapshot
    let quick: Bool
    /// `tier` for functions, `osr` for loops: the symbol's prefix.
    let symbolPrefix: String
    let dumps: NativeDumps

    enum Failure: Error {
        case unavailable(String)
        case typing(String)
        case codegen(String)
    }

    struct Result {
        let compiled: CompiledFunction
        let typed: TypedFunction
        let frontMs: Double
        let nativeMs: Double
    }

    /// Compiles; `check` may refuse the typed function (a return type the tier cannot box).
    func run(check: (TypedFunction) -> String? = { _ in nil }) -> Swift.Result<Result, Failure> {
        guard let engine = quick ? NativeEngine.quick : NativeEngine.shared else {
            return .failure(.unavailable("LLVM is unavailable: \(NativeEngine.unavailableReason ?? "")"))
        }
        let t0 = DispatchTime.now().uptimeNanoseconds
        let snapshot = self.snapshot
        let state = CompilationState(source: source, qualname: qualname, parallel: false) { snapshot.get($0) }
        state.argTypes = argTypes
        do {
            try PassManager(dumps: DumpOptions()).run(Pipeline.frontHalf, on: state)
        } catch {
            let first = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            return .failure(.typing("type inference failed: \(first)"))
        }
        let t1 = DispatchTime.now().uptimeNanoseconds
        guard let typed = state.typed else { return .failure(.typing("type inference gave no result")) }
        if let problem = check(typed) { return .failure(.typing(problem)) }
        var lowering = LoweringOptions()
        lowering.boundscheck = true
        lowering.checkedIntegers = true
        lowering.keepOptimizedIR = false
        lowering.wrapperOnly = true
        lowering.globalValue = { snapshot.get($0) }
        do {
            let compiled = try engine.compile(typed, symbol: engine.newSymbol("\(symbolPrefix).\(qualname)"), options: lowering,
                                              dumps: dumps, title: "\(qualname)\(typed.signature)")
            _ = try compiled.entry()
            let t2 = DispatchTime.now().uptimeNanoseconds
            return .success(Result(compiled: compiled, typed: typed, frontMs: Double(t1 - t0) / 1e6, nativeMs: Double(t2 - t1) / 1e6))
        } catch {
            return .failure(.codegen("code generation: \(error)"))
        }
    }
}

extension TierCompilation.Failure {
    var text: String {
        switch self {
        case .unavailable(let s), .typing(let s), .codegen(let s): return s
        }
    }
}

extension NativeDumps {
    /// Some LLVM-level dump was asked for.
    var any: Bool { llvm || optimized || assembly }
}
