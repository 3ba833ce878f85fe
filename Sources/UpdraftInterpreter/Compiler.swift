// The closure compiler: turns the AST into a tree of Swift closures, once, so running a
// statement is calling a closure instead of re-inspecting syntax. Names were resolved to
// slots by the scope analysis; here each load and store becomes an array access.
//
// Expressions are in Compiler+Expressions.swift, statements in Compiler+Statements.swift,
// generators (resumable statements) in Compiler+Generators.swift.

import UpdraftRuntime
import UpdraftSyntax

func unboundLocal(_ name: String) -> PythonError {
    PythonError(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
}

/// A compile-time error that is not a parse error (e.g. an unsupported `yield` position).
struct CompileError: Error {
    let error: SyntaxError
}

final class Compiler {
    let filename: String
    let moduleName: String
    let globals: Globals
    let sourceLines: [Substring]
    private let scopes: [ScopeAnalyzer.ScopeKey: Scope]
    var scope: Scope
    var code: CodeInfo
    /// `Outer.method` style prefix for qualnames.
    var qualPrefix: String = ""
    /// Set displays that CPython compiles to frozenset constants (Compiler+SetConstants.swift).
    var setConstantSites: [SetConstantSiteKey: SetConstantSite] = [:]
    /// The loops around the statement being compiled, in the current function (LoopSites.swift).
    var loopStack: [LoopSite] = []

    init(filename: String, moduleName: String, globals: Globals, source: String,
         analyzer: ScopeAnalyzer, moduleScope: Scope) {
        self.filename = filename
        self.moduleName = moduleName
        self.globals = globals
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.scopes = analyzer.scopes
        self.scope = moduleScope
        self.code = CodeInfo(name: "<module>", qualname: "<module>", filename: filename, firstLine: 1)
    }

    /// Compiles a module body into code that runs with the module's globals.
    static func compileModule(_ module: Module, filename: String, moduleName: String,
                              globals: Globals, source: String) throws -> CodeInfo {
        let analyzer = ScopeAnalyzer()
        let moduleScope = try analyzer.analyzeModule(module.body)
        let compiler = Compiler(filename: filename, moduleName: moduleName, globals: globals,
                                source: source, analyzer: analyzer, moduleScope: moduleScope)
        compiler.setConstantSites = SetConstantPlanner(compiler).plan(module.body)
        let body = try compiler.compileBlock(module.body)
        compiler.code.body = body
        return compiler.code
    }

    func scope(for location: SourceLocation, tag: Int) throws -> Scope {
        guard let s = scopes[ScopeAnalyzer.key(location, tag)] else {
            throw CompileError(error: SyntaxError("internal error: no scope for node", line: location.line, column: location.column))
        }
        return s
    }

    func syntaxError(_ message: String, _ loc: SourceLocation) -> CompileError {
        let line = loc.line - 1 >= 0 && loc.line - 1 < sourceLines.count ? String(sourceLines[loc.line - 1]) : nil
        return CompileError(error: SyntaxError(message, line: loc.line, column: loc.column, sourceLine: line))
    }

    /// Runs `body` with `scope`/`code` switched to a nested scope.
    func nested<T>(_ s: Scope, _ c: CodeInfo, _ body: () throws -> T) rethrows -> T {
        let savedScope = scope, savedCode = code, savedLoops = loopStack
        scope = s
        code = c
        loopStack = []
        defer {
            scope = savedScope
            code = savedCode
            loopStack = savedLoops
        }
        return try body()
    }

    /// A CodeInfo for a function-like scope, with its slots, cells and closure layout.
    func makeCode(_ s: Scope, name: String, qualname: String, line: Int) -> CodeInfo {
        let c = CodeInfo(name: name, qualname: qualname, filename: filename, firstLine: line)
        c.slotCount = s.slotCount
        var names = [String](repeating: "", count: s.slotCount)
        for (n, i) in s.slots where i < names.count { names[i] = n }
        c.slotNames = names
        c.cellSlots = s.cellNames.compactMap { s.slots[$0] }.filter { !s.freeNames.contains(names[$0]) }.sorted()
        c.freeSlots = s.freeNames.compactMap { s.slots[$0] }
        c.isGenerator = s.isGenerator
        return c
    }

    /// The docstring of a body: a leading string-constant expression statement.
    func docstring(_ body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.string(let s)) = e.kind else { return nil }
        return s
    }

    // MARK: Names

    func compileLoad(_ name: String) -> Eval {
        switch scope.resolution(of: name) {
        case .local(let slot):
            return { f in
                if let v = f.slots[slot] { return v }
                throw unboundLocal(name)
            }
        case .cell(let slot):
            return { f in
                if case .object(let o)? = f.slots[slot], let cell = o as? PyCell, let v = cell.value { return v }
                throw PythonError.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
            }
        case .global:
            return globalLoad(name)
        case .classNamespace:
            let fallback = globalLoad(name)
            return { f in
                if let v = f.namespace?[name] { return v }
                return try fallback(f)
            }
        }
    }

    func globalLoad(_ name: String) -> Eval {
        let g = globals
        let slot = g.slot(for: name)
        let builtins = Runtime.builtins
        let bslot = builtins.slot(for: name)
        return { _ in
            if let v = g.values[slot] { return v }
            if let v = builtins.values[bslot] { return v }
            throw PythonError.nameError("name '\(name)' is not defined")
        }
    }

    func compileStore(_ name: String) -> (Frame, Value) throws -> Void {
        switch scope.resolution(of: name) {
        case .local(let slot):
            return { f, v in f.slots[slot] = v }
        case .cell(let slot):
            return { f, v in
                if case .object(let o)? = f.slots[slot], let cell = o as? PyCell { cell.value = v }
            }
        case .global:
            let g = globals
            let slot = g.slot(for: name)
            return { _, v in g.values[slot] = v }
        case .classNamespace:
            return { f, v in f.setNamespace(name, v) }
        }
    }

    func compileDelete(_ name: String) -> Exec {
        switch scope.resolution(of: name) {
        case .local(let slot):
            return { f in
                if f.slots[slot] == nil { throw unboundLocal(name) }
                f.slots[slot] = nil
                return .next
            }
        case .cell(let slot):
            return { f in
                if case .object(let o)? = f.slots[slot], let cell = o as? PyCell, cell.value != nil {
                    cell.value = nil
                    return .next
                }
                throw PythonError.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
            }
        case .global:
            let g = globals
            let slot = g.slot(for: name)
            return { _ in
                if g.values[slot] == nil { throw PythonError.nameError("name '\(name)' is not defined") }
                g.values[slot] = nil
                return .next
            }
        case .classNamespace:
            return { f in
                if f.namespace?.removeValue(forKey: name) == nil {
                    throw PythonError.nameError("name '\(name)' is not defined")
                }
                f.extra.namespaceOrder.removeAll { $0 == name }
                return .next
            }
        }
    }

    /// The cells a nested scope closes over, read from the current frame at definition time.
    func closureLoader(for child: Scope) -> (Frame) -> [PyCell] {
        let slots: [Int?] = child.freeNames.map { name in
            switch scope.resolution(of: name) {
            case .cell(let s): return s
            default: return scope.slots[name]
            }
        }
        if slots.isEmpty { return { _ in [] } }
        return { f in
            slots.map { s in
                if let s, case .object(let o)? = f.slots[s], let cell = o as? PyCell { return cell }
                return PyCell(nil)
            }
        }
    }
}
