// Scope analysis (CPython's symtable): decides, before any code runs, whether each name in
// each function is a local slot, a closure cell, a free variable of an enclosing function,
// or a global — so the evaluator never looks a local up by name.

import UpdraftSyntax

final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []

    /// Names assigned in this scope (parameters first, in order).
    var bound: [String] = []
    private var boundSet: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var parameters: [String] = []
    var isGenerator = false
    /// Uses `super` or `__class__`, so methods need the implicit `__class__` cell.
    var usesClassCell = false

    // Results of `resolve()`:
    /// Local names captured by nested functions: they live in cells.
    var cellNames: Set<String> = []
    /// Names taken from enclosing functions' cells.
    var freeNames: [String] = []
    /// Slot of each local, cell and free name (function and comprehension scopes).
    var slots: [String: Int] = [:]
    var slotCount = 0

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    func isBound(_ name: String) -> Bool { boundSet.contains(name) }

    /// True when `name` is a local variable of this function scope.
    func isLocal(_ name: String) -> Bool {
        isBound(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
    }

    /// How a name is reached from this scope.
    enum Resolution {
        case local(Int)
        case cell(Int)
        case global
        /// Class bodies: the class namespace, then globals.
        case classNamespace
    }

    func resolution(of name: String) -> Resolution {
        switch kind {
        case .module:
            return .global
        case .classBody:
            if let slot = slots[name], freeNames.contains(name) { return .cell(slot) }
            if declaredGlobal.contains(name) { return .global }
            return .classNamespace
        case .function, .comprehension:
            if declaredGlobal.contains(name) { return .global }
            guard let slot = slots[name] else { return .global }
            if cellNames.contains(name) || freeNames.contains(name) { return .cell(slot) }
            return .local(slot)
        }
    }

    /// Assigns slots after the whole tree is analysed (children first, so the cells they
    /// capture are known).
    func resolve() {
        for child in children { child.resolve() }
        if kind == .function || kind == .comprehension {
            var next = 0
            for p in parameters where slots[p] == nil { slots[p] = next; next += 1 }
            for n in bound where isLocal(n) && slots[n] == nil { slots[n] = next; next += 1 }
            for n in freeNames where slots[n] == nil { slots[n] = next; next += 1 }
            slotCount = next
        } else if kind == .classBody {
            var next = 0
            for n in freeNames where slots[n] == nil { slots[n] = next; next += 1 }
            if cellNames.contains("__class__") { slots["__class__"] = next; next += 1 }
            slotCount = next
        }
    }
}

/// Builds the scope tree for a module. Scopes are keyed by the location of the node that
/// opens them, so the compiler can find each one again.
final class ScopeAnalyzer {
    private(set) var scopes: [ScopeKey: Scope] = [:]
    private var current: Scope
    /// Owns the tree: scopes point to their parents weakly.
    let root: Scope

    struct ScopeKey: Hashable {
        let line: Int
        let column: Int
        let tag: Int
    }

    init(moduleName: String = "<module>") {
        root = Scope(kind: .module, name: moduleName, parent: nil)
        current = root
    }

    /// Analyses `body` as the module scope and returns it.
    func analyzeModule(_ body: [Stmt]) throws -> Scope {
        for s in body { try visit(s) }
        let module = root
        try link(module)
        module.resolve()
        return module
    }

    static func key(_ loc: SourceLocation, _ tag: Int) -> ScopeKey {
        ScopeKey(line: loc.line, column: loc.column, tag: tag)
    }

    private func push(_ kind: Scope.Kind, _ name: String, _ key: ScopeKey) -> Scope {
        let s = Scope(kind: kind, name: name, parent: current)
        current.children.append(s)
        scopes[key] = s
        current = s
        return s
    }

    private func pop() {
        if let p = current.parent { current = p }
    }

    // MARK: Statements

    private func visit(_ stmt: Stmt) throws {
        switch stmt.kind {
        case .expr(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            try visitTarget(target)
            if case .name(let n) = target.kind { current.used.insert(n) }
        case .annAssign(let target, let annotation, let value):
            if let value {
                try visit(value)
                try visitTarget(target)
            } else if case .name = target.kind {
                // `x: int` alone makes x local without binding it.
                if case .name(let n) = target.kind, current.kind != .module { current.bind(n) }
            }
            if current.kind != .function { try visit(annotation) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test)
            for s in body { try visit(s) }
            for s in orElse { try visit(s) }
        case .for(let target, let iter, let body, let orElse):
            try visit(iter)
            try visitTarget(target)
            for s in body { try visit(s) }
            for s in orElse { try visit(s) }
        case .break, .continue, .pass: break
        case .functionDef(let def):
            for d in def.decorators { try visit(d) }
            try visitDefaults(def.args)
            current.bind(def.name)
            let scope = push(.function, def.name, Self.key(stmt.location, 0))
            declareParameters(def.args, in: scope)
            for s in def.body { try visit(s) }
            pop()
        case .classDef(let cls):
            for d in cls.decorators { try visit(d) }
            for b in cls.bases { try visit(b) }
            for k in cls.keywords { try visit(k.value) }
            current.bind(cls.name)
            _ = push(.classBody, cls.name, Self.key(stmt.location, 0))
            for s in cls.body { try visit(s) }
            pop()
        case .return(let e): if let e { try visit(e) }
        case .global(let names):
            for n in names { current.declaredGlobal.insert(n) }
        case .nonlocal(let names):
            for n in names { current.declaredNonlocal.insert(n) }
        case .try(let body, let handlers, let orElse, let finalBody):
            for s in body { try visit(s) }
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { current.bind(n) }
                for s in h.body { try visit(s) }
            }
            for s in orElse { try visit(s) }
            for s in finalBody { try visit(s) }
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .with(let items, let body):
            for item in items {
                try visit(item.context)
                if let t = item.target { try visitTarget(t) }
            }
            for s in body { try visit(s) }
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .import(let aliases):
            for a in aliases {
                let name = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                current.bind(name)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { current.bind(a.asName ?? a.name) }
        }
    }

    private func visitDefaults(_ args: Arguments) throws {
        for d in args.defaults { try visit(d) }
        for case let d? in args.keywordDefaults { try visit(d) }
    }

    private func declareParameters(_ args: Arguments, in scope: Scope) {
        var names = (args.positionalOnly + args.args).map(\.name)
        if let v = args.vararg { names.append(v.name) }
        names += args.keywordOnly.map(\.name)
        if let k = args.kwarg { names.append(k.name) }
        scope.parameters = names
        for n in names { scope.bind(n) }
    }

    private func visitTarget(_ target: Expr) throws {
        switch target.kind {
        case .name(let n): current.bind(n)
        case .tuple(let items), .list(let items):
            for i in items { try visitTarget(i) }
        case .starred(let inner): try visitTarget(inner)
        default: try visit(target)
        }
    }

    // MARK: Expressions

    private func visit(_ expr: Expr) throws {
        switch expr.kind {
        case .name(let n):
            current.used.insert(n)
            if n == "super" { current.usesClassCell = true }
        case .constant: break
        case .joinedString(let parts): try visitParts(parts)
        case .binary(let a, _, let b):
            try visit(a)
            try visit(b)
        case .unary(_, let a): try visit(a)
        case .boolean(_, let xs): for x in xs { try visit(x) }
        case .compare(let first, let rest):
            try visit(first)
            for (_, e) in rest { try visit(e) }
        case .ifExp(let t, let b, let o):
            try visit(t)
            try visit(b)
            try visit(o)
        case .lambda(let args, let body):
            try visitDefaults(args)
            let scope = push(.function, "<lambda>", Self.key(expr.location, 1))
            declareParameters(args, in: scope)
            try visit(body)
            pop()
        case .call(let f, let args, let keywords):
            try visit(f)
            for a in args { try visit(a) }
            for k in keywords { try visit(k.value) }
        case .attribute(let v, _): try visit(v)
        case .subscript(let v, let i):
            try visit(v)
            try visit(i)
        case .slice(let a, let b, let c):
            if let a { try visit(a) }
            if let b { try visit(b) }
            if let c { try visit(c) }
        case .tuple(let xs), .list(let xs), .set(let xs): for x in xs { try visit(x) }
        case .dict(let entries):
            for (k, v) in entries {
                if let k { try visit(k) }
                try visit(v)
            }
        case .starred(let v): try visit(v)
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            try visitComprehension(expr, [elt], gens)
        case .dictComp(let k, let v, let gens):
            try visitComprehension(expr, [k, v], gens)
        case .yield(let v):
            markGenerator()
            if let v { try visit(v) }
        case .yieldFrom(let v):
            markGenerator()
            try visit(v)
        case .namedExpr(let name, let value):
            try visit(value)
            // The walrus binds in the nearest enclosing non-comprehension scope.
            var s: Scope? = current
            while let sc = s, sc.kind == .comprehension { s = sc.parent }
            s?.bind(name)
            if let target = s, target !== current { markNonlocalPath(name, to: target) }
        }
    }

    private func markNonlocalPath(_ name: String, to target: Scope) {
        var s: Scope? = current
        while let sc = s, sc !== target {
            if target.kind != .module { sc.declaredNonlocal.insert(name) } else { sc.declaredGlobal.insert(name) }
            sc.used.insert(name)
            s = sc.parent
        }
    }

    private func markGenerator() {
        current.isGenerator = true
    }

    private func visitParts(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .field(let v, _, let spec) = p {
                try visit(v)
                if let spec { try visitParts(spec) }
            }
        }
    }

    private func visitComprehension(_ expr: Expr, _ elements: [Expr], _ gens: [Comprehension]) throws {
        guard let first = gens.first else { return }
        // The first iterable is evaluated in the enclosing scope.
        try visit(first.iter)
        let scope = push(.comprehension, "<comprehension>", Self.key(expr.location, 2))
        scope.parameters = [".0"]
        scope.bind(".0")
        if case .generatorExp = expr.kind { scope.isGenerator = true }
        for (i, g) in gens.enumerated() {
            if i > 0 { try visit(g.iter) }
            try visitTarget(g.target)
            for c in g.ifs { try visit(c) }
        }
        for e in elements { try visit(e) }
        pop()
    }

    // MARK: Linking free variables

    /// Decides cells and free variables: a name used in a function but bound only in an
    /// enclosing function becomes a cell there and free here (and in every scope between).
    private func link(_ scope: Scope) throws {
        for child in scope.children { try link(child) }
        if scope.kind == .module { return }
        var wanted = scope.used.union(scope.declaredNonlocal)
        if scope.usesClassCell && scope.kind == .function { wanted.insert("__class__") }
        for name in wanted {
            if scope.kind != .classBody && scope.isLocal(name) { continue }
            if scope.declaredGlobal.contains(name) { continue }
            if scope.kind == .classBody && scope.isBound(name) && name != "__class__" { continue }
            if let owner = findOwner(name, from: scope.parent) {
                owner.cellNames.insert(name)
                var s: Scope? = scope
                while let sc = s, sc !== owner {
                    if !sc.freeNames.contains(name) { sc.freeNames.append(name) }
                    s = sc.parent
                }
            } else if scope.declaredNonlocal.contains(name) {
                throw SyntaxError("no binding for nonlocal '\(name)' found", line: 0, column: 0)
            }
        }
    }

    /// The nearest enclosing function (or, for `__class__`, class) scope that binds `name`.
    private func findOwner(_ name: String, from start: Scope?) -> Scope? {
        var s = start
        while let sc = s {
            switch sc.kind {
            case .module: return nil
            case .classBody:
                if name == "__class__" { return sc }
            case .function, .comprehension:
                if sc.isLocal(name) { return sc }
            }
            s = sc.parent
        }
        return nil
    }
}
