// Compiled `@stencil`, as numba does it: the Python source of a loop nest is generated from the
// kernel's own text — each relative index `a[k]` becomes `a[__i0 + (k)]`, the final `return X`
// becomes `__out[__i0, ...] = X` — parsed, and compiled like any `@njit` function. Two functions
// come out of one kernel and argument types:
//
//     def __stencil_interior(a, ..., __out):   # object-mode calls: the caller allocated __out
//         for __i0 in range(lo0, a.shape[0] - hi0): ...
//     def __stencil_call(a, ...):              # calls from @njit code: allocates and returns __out
//
// A kernel whose text cannot be rewritten (a `return` before the end) keeps the object-mode kernel.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime
import UpdraftSyntax

/// A Python function made from generated source: only compiled, never interpreted.
final class GeneratedFunction: PyFunction {
    let generated: FunctionSource
    init(name: String, source: FunctionSource) {
        generated = source
        super.init(name: name, qualname: name, moduleName: "__main__")
    }
    override var source: FunctionSource? { generated }
    override func call(_ args: Args) throws -> Value {
        throw PythonError.systemError("generated function \(name) runs only as compiled code")
    }
}

/// Compiles a function from its source through the front half and the LLVM lowering.
enum SourceCompiler {
    struct Result {
        let symbol: String
        let caller: NativeCaller
        let typed: TypedFunction
    }

    static func compile(_ source: FunctionSource, qualname: String, argTypes: [NumbaType], parallel: Bool = false,
                        fastmath: Bool = false, boundscheck: Bool = false) throws -> Result {
        guard let engine = NativeEngine.shared else { throw LoweringUnsupported("LLVM is unavailable") }
        let state = CompilationState(source: source, qualname: qualname, parallel: parallel) { name in
            source.globals.get(name) ?? Runtime.builtins.get(name)
        }
        state.argTypes = argTypes
        try PassManager(dumps: DumpOptions()).run(Pipeline.frontHalf, on: state)
        guard var typed = state.typed else { throw LoweringUnsupported("cannot type \(qualname)") }
        var globals = source.globals
        // parallel: prange loops outlined into threaded chunks, as for @njit(parallel=True).
        if parallel, let r = ParallelRewrite.rewrite(GeneratedFunction(name: qualname, source: source), state: state, argTypes: argTypes,
                                                   fastmath: fastmath) {
            typed = r.typed
            globals = r.source.globals
        }
        var lowering = LoweringOptions()
        lowering.boundscheck = boundscheck
        lowering.fastmath = fastmath
        lowering.globalValue = { name in globals.get(name) ?? Runtime.builtins.get(name) }
        let symbol = engine.newSymbol(qualname)
        // --dump=llvm,opt,asm show generated code too (parfor chunks, stencil loop nests), as numba's do.
        let dumps = TieringConfiguration.dumps
        var native = NativeDumps()
        native.llvm = dumps.llvm
        native.optimized = dumps.optimized
        native.assembly = dumps.assembly
        native.write = dumps.write
        let compiled = try engine.compile(typed, symbol: symbol, options: lowering, dumps: native, title: qualname)
        _ = try compiled.entry()
        return Result(symbol: symbol, caller: NativeCaller(compiled), typed: typed)
    }
}

/// The generated source of a stencil for one set of argument types.
struct StencilSource {
    let text: String

    /// `kernel`'s body rewritten into the two loop nests; nil when the text cannot be rewritten.
    static func make(kernel: PyFunction, parameters: [String], relative: Set<String>, ndim: Int,
                     hood: [(Int, Int)], outDType: DType, cval: Double?, parallel: Bool = false) -> StencilSource? {
        guard let source = kernel.source, let first = source.definition.body.first,
              let last = source.definition.body.last,
              case .return(let value?) = last.kind else { return nil }
        // No other return anywhere (the loop nest has nowhere to go).
        var returns = 0
        countReturns(source.definition.body, &returns)
        guard returns == 1 else { return nil }
        let lines = source.lines.map(String.init)
        let startLine = first.location.line, endLine = Swift.max(last.location.endLine, value.location.endLine)
        guard startLine >= 1, endLine <= lines.count else { return nil }
        // Edits on (line, column) spans, applied back to front.
        var edits: [(SourceLocation, String)] = []
        var subscripts: [Expr] = []
        collectSubscripts(source.definition.body, relative, &subscripts)
        func text(_ loc: SourceLocation) -> String? {
            guard loc.line >= 1, loc.endLine <= lines.count else { return nil }
            if loc.line == loc.endLine {
                let l = Array(lines[loc.line - 1])
                guard loc.column <= loc.endColumn, loc.endColumn <= l.count else { return nil }
                return String(l[loc.column..<loc.endColumn])
            }
            var parts = [String(Array(lines[loc.line - 1]).dropFirst(loc.column))]
            if loc.endLine - loc.line > 1 { parts += lines[loc.line..<(loc.endLine - 1)] }
            parts.append(String(Array(lines[loc.endLine - 1]).prefix(loc.endColumn)))
            return parts.joined(separator: "\n")
        }
        for index in subscripts {
            if case .tuple(let items) = index.kind, items.count == ndim {
                for (d, item) in items.enumerated() {
                    guard let t = text(item.location) else { return nil }
                    edits.append((item.location, "__i\(d) + (\(t))"))
                }
            } else {
                guard ndim == 1, let t = text(index.location) else { return nil }
                edits.append((index.location, "__i0 + (\(t))"))
            }
        }
        let target = "__out[" + (0..<ndim).map { "__i\($0)" }.joined(separator: ", ") + "] = "
        edits.append((SourceLocation(line: last.location.line, column: last.location.column,
                                     endLine: value.location.line, endColumn: value.location.column), target))
        // The region's text as characters per line, edited.
        var region = lines[(startLine - 1)..<endLine].map { Array($0) }
        region[0] = Array(repeating: " ", count: first.location.column) + region[0].dropFirst(first.location.column)
        edits.sort { ($0.0.line, $0.0.column) > ($1.0.line, $1.0.column) }
        for (loc, replacement) in edits {
            let a = loc.line - startLine, z = loc.endLine - startLine
            guard a >= 0, z < region.count, loc.column <= region[a].count, loc.endColumn <= region[z].count else { return nil }
            let head = Array(region[a][..<loc.column]), tail = Array(region[z][loc.endColumn...])
            region.replaceSubrange(a...z, with: [head + Array(replacement) + tail])
        }
        // Re-indent: the body's indentation becomes the loop nest's.
        let base = first.location.column
        func body(_ depth: Int) -> String {
            let pad = String(repeating: " ", count: 4 * depth)
            return region.map { l -> String in
                let s = String(l)
                let lead = s.prefix { $0 == " " }.count
                if s.trimmingCharacters(in: .whitespaces).isEmpty { return "" }
                return pad + String(s.dropFirst(Swift.min(lead, base)))
            }.joined(separator: "\n") + "\n"
        }
        let primary = parameters[0]
        func loops(_ indent: Int, outerPrange: Bool = false) -> String {
            var s = ""
            for d in 0..<ndim {
                let lo = -Swift.min(hood[d].0, 0), hi = Swift.max(hood[d].1, 0)
                s += String(repeating: " ", count: 4 * (indent + d))
                s += "for __i\(d) in \(outerPrange && d == 0 ? "__prange" : "range")(\(lo), \(primary).shape[\(d)] - \(hi)):\n"
            }
            return s + body(indent + ndim)
        }
        let params = parameters.joined(separator: ", ")
        var out = "def __stencil_interior(\(params), __out):\n" + loops(1) + "    return 0\n\n"
        out += "def __stencil_call(\(params)):\n"
        out += "    __out = __np.zeros(\(primary).shape, __np.\(outDType.name))\n"
        if let cval, cval != 0 {
            for d in 0..<ndim {
                out += String(repeating: " ", count: 4 * (1 + d)) + "for __i\(d) in range(\(primary).shape[\(d)]):\n"
            }
            out += String(repeating: " ", count: 4 * (1 + ndim)) + target + "\(cval)\n"
        }
        out += loops(1, outerPrange: parallel) + "    return __out\n"
        return StencilSource(text: out)
    }

    private static func countReturns(_ node: Any, _ n: inout Int) {
        if let s = node as? Stmt {
            if case .return = s.kind { n += 1 }
            if case .functionDef = s.kind { n += 100 }  // nested functions: not rewritten
        }
        for child in Mirror(reflecting: node).children { countReturns(child.value, &n) }
    }

    private static func collectSubscripts(_ node: Any, _ names: Set<String>, _ found: inout [Expr]) {
        if let e = node as? Expr, case .subscript(let base, let index) = e.kind, case .name(let n) = base.kind, names.contains(n) {
            found.append(index)
            collectSubscripts(index, names, &found)
            return
        }
        for child in Mirror(reflecting: node).children { collectSubscripts(child.value, names, &found) }
    }

    /// Parses the text into the two functions, resolving names in the kernel's globals.
    func functions(kernel: PyFunction) throws -> (interior: FunctionSource, call: FunctionSource) {
        guard let kernelSource = kernel.source else { throw LoweringUnsupported("stencil kernel without source") }
        let module = try Parser.parseModule(text, filename: "<stencil \(kernel.name)>")
        let globals = Globals()
        for (i, name) in kernelSource.globals.names.enumerated() {
            if let v = kernelSource.globals.values[i] { globals.set(name, v) }
        }
        for (k, v) in kernelSource.freeVariables { globals.set(k, v) }
        globals.set("__np", .object(Numpy.module))
        if let prange = NumbaModule.module.globals.get("prange") { globals.set("__prange", prange) }
        var defs: [FunctionSource] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for stmt in module.body {
            if case .functionDef(let def) = stmt.kind {
                defs.append(FunctionSource(definition: def, location: stmt.location, filename: "<stencil \(kernel.name)>",
                                           globals: globals, freeVariables: [:], lines: lines))
            }
        }
        guard defs.count == 2 else { throw LoweringUnsupported("generated stencil source") }
        return (defs[0], defs[1])
    }
}

/// Runs the interior through the compiled `__stencil_interior`.
final class CompiledStencilKernel: StencilKernel {
    let caller: NativeCaller
    let fallback: StencilKernel
    init(caller: NativeCaller, fallback: StencilKernel) {
        self.caller = caller
        self.fallback = fallback
    }
    func run(arguments: [Value], relative: [Int], output: NDArray, interior: [Range<Int>]) throws {
        // An `out=` array of another dtype or layout than the compiled one: object mode.
        guard let expected = caller.compiled.argTypes.last, case .array(let dt, _, _, _) = expected,
              dt.dtype == output.dtype, output.isContiguous else {
            return try fallback.run(arguments: arguments, relative: relative, output: output, interior: interior)
        }
        _ = try caller.call(arguments + [.object(output)])
    }
}
