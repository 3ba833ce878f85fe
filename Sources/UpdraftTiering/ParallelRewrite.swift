// `parallel=True`: each outermost prange loop found by the parfor pass is outlined into a chunk
// function by rewriting the function's source, and the loop's place becomes a call of a
// `ParforLauncher` (compiled to a driver that runs the chunks on threads; UpdraftLLVM's
// ParallelLaunch.swift). For
//
//     s = 0.0
//     for i in prange(a.shape[0]):
//         s += a[i] * a[i]
//
// the function compiled is
//
//     s = 0.0
//     __p0 = __np.zeros(NT, __np.float64)
//     __parfor0(0, a.shape[0], __p0, a)
//     for __t in range(NT):
//         s += __p0[__t]
//
// with `def __parfor_chunk0(__t, __start, __stop, __p0, a)` running iterations
// [start + t*per, min(start + (t+1)*per, stop)) with `s` starting at the reduction's identity and
// storing its partial in `__p0[__t]`. Live-ins are the loop body's names assigned before the loop
// (or parameters). A loop the rewrite cannot handle (a step, `break`/`return` in the body, an
// `else:`) stays serial. Bodies may allocate: the native runtime's keep-alive arena and error
// record are locked, and array storage comes from malloc or a locked mapping cache.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime
import UpdraftSyntax

/// `__parforN(...)`: typed as returning int64; compiled to the threaded driver of its chunk.
final class ParforLauncher: PyObject, CompilableCallee, NativeCallee {
    let chunk: FunctionSource
    let name: String
    /// The parallel function's fastmath (chunks vectorise reductions as it would) and
    /// boundscheck (checked indexing also lets a range-indexed loop drop the negative-index
    /// wraparound: the loop is versioned on one test, BoundsCheck.swift).
    let fastmath: Bool
    let boundscheck: Bool
    private var drivers: [[NumbaType]: String] = [:]

    init(name: String, chunk: FunctionSource, fastmath: Bool, boundscheck: Bool) {
        self.name = name
        self.chunk = chunk
        self.fastmath = fastmath
        self.boundscheck = boundscheck
    }

    var calleeName: String { name }
    override var pyType: PyType { ParforLauncher.type }
    static let type = PyType(name: "ParforLauncher", bases: [PyType.object], builtin: true, layout: .builtin, module: "numba.parfors")

    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType { .int64 }

    func nativeSymbol(for args: [NumbaType]) throws -> (symbol: String, returnType: NumbaType) {
        if let s = drivers[args] { return (s, .int64) }
        guard let engine = NativeEngine.shared else { throw LoweringUnsupported("LLVM is unavailable") }
        let compiled = try SourceCompiler.compile(chunk, qualname: name + ".chunk", argTypes: [.int64] + args, fastmath: fastmath,
                                                  boundscheck: boundscheck)
        engine.lock.lock()
        defer { engine.lock.unlock() }
        let wrapper = try engine.jit.lookup(compiled.symbol + ".wrapper")
        let symbol = engine.newSymbol(name + ".driver")
        try engine.compileParallelDriver(chunkWrapper: wrapper, argTypes: args, threads: ParallelRuntime.threadCount, symbol: symbol)
        drivers[args] = symbol
        return (symbol, .int64)
    }
}

/// True while a `parallel=True` function is being lowered (set by the Dispatcher): callees
/// compiled on its behalf, such as a stencil's loop nest, run their outer loop on threads too.
enum ParallelCompilation {
    nonisolated(unsafe) static var active = false
}

enum ParallelRewrite {
    struct Result {
        let source: FunctionSource
        let typed: TypedFunction
    }

    /// The rewritten function typed for `argTypes`, or nil when there is nothing to outline.
    static func rewrite(_ function: PyFunction, state: CompilationState, argTypes: [NumbaType], fastmath: Bool = false,
                        boundscheck: Bool = false) -> Result? {
        guard TieringConfiguration.mode != .off, let source = function.source, let typed = state.typed else { return nil }
        let loops = state.parfors.filter { $0.kind == .prangeLoop }
        guard !loops.isEmpty else { return nil }
        let lines = source.lines.map { Array(String($0)) }
        let def = source.definition
        let params = Set((def.args.positionalOnly + def.args.args).map(\.name))
        // Outermost prange `for` statements, by line.
        var fors: [(Stmt, Parfor)] = []
        func find(_ stmts: [Stmt]) {
            for s in stmts {
                if case .for = s.kind, let p = loops.first(where: { $0.line == s.location.line }) {
                    fors.append((s, p))
                    continue
                }
                for child in Mirror(reflecting: s.kind).children {
                    if let body = child.value as? [Stmt] { find(body) }
                    else {
                        for grand in Mirror(reflecting: child.value).children {
                            if let body = grand.value as? [Stmt] { find(body) }
                        }
                    }
                }
            }
        }
        find(def.body)
        guard !fors.isEmpty else { return nil }
        let threads = ParallelRuntime.threadCount
        let globals = Globals()
        for (i, name) in source.globals.names.enumerated() {
            if let v = source.globals.values[i] { globals.set(name, v) }
        }
        for (k, v) in source.freeVariables { globals.set(k, v) }
        globals.set("__np", .object(Numpy.module))

        // Assigned names per line (to find live-ins defined before a loop).
        var assigned: [(String, Int)] = []
        collectAssigned(def.body, &assigned)

        var edits: [(first: Int, last: Int, text: [String])] = []
        for (k, (stmt, parfor)) in fors.enumerated() {
            guard case .for(let target, let iter, let body, let orElse) = stmt.kind, orElse.isEmpty,
                  case .name(let index) = target.kind, case .call(_, let rangeArgs, let kws) = iter.kind, kws.isEmpty,
                  rangeArgs.count == 1 || rangeArgs.count == 2, let firstBody = body.first,
                  !containsEscape(body) else { continue }
            func text(_ e: Expr) -> String? {
                let loc = e.location
                guard loc.line == loc.endLine, loc.line >= 1, loc.line <= lines.count, loc.endColumn <= lines[loc.line - 1].count else { return nil }
                return String(lines[loc.line - 1][loc.column..<loc.endColumn])
            }
            guard let stop = text(rangeArgs.last!) else { continue }
            let start = rangeArgs.count == 2 ? text(rangeArgs[0]) : "0"
            guard let start else { continue }
            // Reductions and their types.
            var reductions: [(name: String, op: String, type: NumbaType)] = []
            var ok = true
            for r in parfor.reductions {
                guard let t = typed.typemap.first(where: { $0.key.name == r.variable && !$0.key.isTemporary })?.value.unliteral,
                      t.dtype != nil, t.isNumber else { ok = false; break }
                reductions.append((r.variable, r.op, t))
            }
            guard ok else { continue }
            let reductionNames = Set(reductions.map(\.name))
            var loaded = Set<String>()
            collectLoads(body, &loaded)
            let before = Set(assigned.filter { $0.1 < stmt.location.line }.map(\.0))
            let locals = Set(typed.typemap.keys.filter { !$0.isTemporary }.map(\.name))
            let liveIns = loaded.filter {
                $0 != index && locals.contains($0) && (params.contains($0) || before.contains($0)) && !reductionNames.contains($0)
            }.sorted()
            // The chunk's text.
            let bodyFirst = firstBody.location.line, bodyLast = stmt.location.endLine
            guard bodyFirst >= 1, bodyLast <= lines.count, bodyFirst > stmt.location.line else { continue }
            let base = firstBody.location.column
            let bodyText = (bodyFirst...bodyLast).map { l -> String in
                let s = String(lines[l - 1])
                if s.trimmingCharacters(in: .whitespaces).isEmpty { return "" }
                let lead = s.prefix { $0 == " " }.count
                return "        " + String(s.dropFirst(Swift.min(lead, base)))
            }
            let partials = reductions.indices.map { "__p\(k)_\($0)" }
            let chunkParams = (["__t", "__start", "__stop"] + partials + liveIns).joined(separator: ", ")
            var chunk = "def __parfor_chunk\(k)(\(chunkParams)):\n"
            chunk += "    __n = __stop - __start\n"
            chunk += "    __per = (__n + \(threads - 1)) // \(threads)\n"
            chunk += "    __lo = __start + __t * __per\n"
            chunk += "    __hi = min(__lo + __per, __stop)\n"
            for r in reductions { chunk += "    \(r.name) = \(identity(r.op, r.type))\n" }
            chunk += "    for \(index) in range(__lo, __hi):\n"
            chunk += bodyText.joined(separator: "\n") + "\n"
            for (j, r) in reductions.enumerated() { chunk += "    \(partials[j])[__t] = \(r.name)\n" }
            chunk += "    return 0\n"
            guard let chunkSource = parse(chunk, globals: globals, name: function.name) else { continue }
            let launcherName = "__parfor\(k)"
            globals.set(launcherName, .object(ParforLauncher(name: "\(function.qualname).parfor\(k)", chunk: chunkSource, fastmath: fastmath, boundscheck: boundscheck)))
            // The loop's replacement.
            let indent = String(repeating: " ", count: stmt.location.column)
            var replacement: [String] = []
            for (j, r) in reductions.enumerated() {
                replacement.append(indent + "\(partials[j]) = __np.zeros(\(threads), __np.\(r.type.dtype!.name))")
            }
            replacement.append(indent + "\(launcherName)(\(([start, stop] + partials + liveIns).joined(separator: ", ")))")
            if !reductions.isEmpty {
                replacement.append(indent + "for __t\(k) in range(\(threads)):")
                for (j, r) in reductions.enumerated() {
                    let p = "\(partials[j])[__t\(k)]"
                    switch r.op {
                    case "+=", "-=": replacement.append(indent + "    \(r.name) += \(p)")
                    case "*=", "/=": replacement.append(indent + "    \(r.name) *= \(p)")
                    default: replacement.append(indent + "    \(r.name) = \(r.op)(\(r.name), \(p))")
                    }
                }
            }
            edits.append((stmt.location.line, stmt.location.endLine, replacement))
        }
        guard !edits.isEmpty else { return nil }
        // The function's text from its `def` line, with the loops replaced.
        var defLine = source.location.line
        while defLine <= lines.count, !String(lines[defLine - 1]).trimmingCharacters(in: .whitespaces).hasPrefix("def ") { defLine += 1 }
        let lastLine = Swift.max(def.body.last?.location.endLine ?? defLine, defLine)
        guard defLine <= lastLine, lastLine <= lines.count else { return nil }
        var out: [String] = []
        var l = defLine
        let defIndent = lines[defLine - 1].prefix { $0 == " " }.count
        while l <= lastLine {
            if let e = edits.first(where: { $0.first == l }) {
                out += e.text
                l = e.last + 1
            } else {
                out.append(String(lines[l - 1]))
                l += 1
            }
        }
        let text = out.map { s -> String in
            let lead = s.prefix { $0 == " " }.count
            return String(s.dropFirst(Swift.min(lead, defIndent)))
        }.joined(separator: "\n") + "\n"
        guard let outer = parse(text, globals: globals, name: function.name) else { return nil }
        let rewritten = FunctionSource(definition: outer.definition, location: outer.location, filename: outer.filename,
                                       globals: globals, freeVariables: [:], lines: outer.lines)
        let s = CompilationState(source: rewritten, qualname: function.qualname, parallel: false) { name in
            globals.get(name) ?? Runtime.builtins.get(name)
        }
        s.argTypes = argTypes
        s.callee = state.callee
        do {
            try PassManager(dumps: DumpOptions()).run(Pipeline.frontHalf, on: s)
        } catch {
            logFallback("\(function.qualname): parallel rewrite does not type: \(error)\n\(text)")
            return nil
        }
        guard let t = s.typed else { return nil }
        return Result(source: rewritten, typed: t)
    }

    private static func logFallback(_ text: String) {
        if ProcessInfo.processInfo.environment["UPDRAFT_LOG_FALLBACK"] != nil {
            FileHandle.standardError.write(Data("updraft: \(text)\n".utf8))
        }
    }

    private static func identity(_ op: String, _ t: NumbaType) -> String {
        let float = t.dtype?.kind == .float
        switch op {
        case "+=", "-=": return float ? "0.0" : "0"
        case "*=", "/=": return float ? "1.0" : "1"
        case "min": return float ? "__np.inf" : "9223372036854775807"
        default: return float ? "-__np.inf" : "(-9223372036854775807 - 1)"
        }
    }

    private static func parse(_ text: String, globals: Globals, name: String) -> FunctionSource? {
        guard let module = try? Parser.parseModule(text, filename: "<parfor \(name)>"),
              let stmt = module.body.first, case .functionDef(let def) = stmt.kind else {
            logFallback("parallel rewrite of \(name) does not parse:\n\(text)")
            return nil
        }
        return FunctionSource(definition: def, location: stmt.location, filename: "<parfor \(name)>", globals: globals,
                              freeVariables: [:], lines: text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    private static func containsEscape(_ node: Any) -> Bool {
        if let s = node as? Stmt {
            switch s.kind {
            case .return, .break, .functionDef, .classDef, .try, .with, .global, .nonlocal: return true
            case .for, .while:
                // `break` inside an inner loop is fine; `return` is not.
                return Mirror(reflecting: s.kind).children.contains { containsReturn($0.value) }
            default: break
            }
        }
        return Mirror(reflecting: node).children.contains { containsEscape($0.value) }
    }

    private static func containsReturn(_ node: Any) -> Bool {
        if let s = node as? Stmt, case .return = s.kind { return true }
        return Mirror(reflecting: node).children.contains { containsReturn($0.value) }
    }

    private static func collectLoads(_ node: Any, _ out: inout Set<String>) {
        if let e = node as? Expr, case .name(let n) = e.kind { out.insert(n); return }
        for child in Mirror(reflecting: node).children { collectLoads(child.value, &out) }
    }

    /// Names bound by assignments, augmented assignments and for targets, with their lines.
    private static func collectAssigned(_ node: Any, _ out: inout [(String, Int)]) {
        if let s = node as? Stmt {
            var targets: [Expr] = []
            for child in Mirror(reflecting: s.kind).children {
                if let e = child.value as? Expr { targets.append(e) }
                if let es = child.value as? [Expr] { targets += es }
                for grand in Mirror(reflecting: child.value).children {
                    if let e = grand.value as? Expr { targets.append(e) }
                    if let es = grand.value as? [Expr] { targets += es }
                }
            }
            for t in targets { names(t, s.location.line, &out) }
        }
        for child in Mirror(reflecting: node).children { collectAssigned(child.value, &out) }
    }

    /// Every name in `e` counts as possibly assigned at `line` (an over-approximation that only
    /// makes a live-in of something read before the loop).
    private static func names(_ e: Expr, _ line: Int, _ out: inout [(String, Int)]) {
        var found = Set<String>()
        collectLoads(e, &found)
        for n in found { out.append((n, line)) }
    }
}
