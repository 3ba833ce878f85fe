// The SyntaxErrors CPython raises after parsing, from its symbol table and its compiler:
// duplicate parameters, misplaced global/nonlocal, `return`/`yield`/`break`/`continue` in the
// wrong place, repeated keyword arguments and misplaced starred expressions.
// Runs in CPython's order: the whole symbol-table pass, its analysis, then the compiler pass.

struct Validator {
    let source: SourceText

    func check(_ module: Module) throws {
        var symbols = SymbolPass(source: source)
        try symbols.visitModule(module)
        try symbols.analyze()
        var compiler = CompilePass(source: source)
        try compiler.visit(module.body)
    }
}

func compileError(_ message: String, _ location: SourceLocation, _ source: SourceText) -> SyntaxError {
    let end = location.endLine == location.line ? location.endColumn : source.lineLength(location.line) - 1
    return SyntaxError(message, line: location.line, column: location.column, endColumn: end,
                       sourceLine: source.lineText(location.line))
}

// MARK: - Symbol table

/// One scope of CPython's symbol table, reduced to what the checks need.
final class Scope {
    enum Kind { case module, function, classBody, comprehension(String) }
    let kind: Kind
    let parent: Scope?
    var children: [Scope] = []
    var parameters: Set<String> = []
    var assigned: Set<String> = []
    var used: Set<String> = []
    var annotated: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: [(name: String, location: SourceLocation)] = []

    init(_ kind: Kind, parent: Scope?) {
        self.kind = kind
        self.parent = parent
        parent?.children.append(self)
    }

    var isFunctionLike: Bool {
        switch kind {
        case .function, .comprehension: return true
        default: return false
        }
    }
}

struct SymbolPass {
    let source: SourceText
    var root = Scope(.module, parent: nil)
    var scope: Scope

    init(source: SourceText) {
        self.source = source
        scope = root
    }

    mutating func visitModule(_ module: Module) throws {
        try visit(module.body)
    }

    mutating func visit(_ body: [Stmt]) throws {
        for statement in body { try visit(statement) }
    }

    private mutating func enter(_ kind: Scope.Kind, _ body: (inout SymbolPass) throws -> Void) rethrows {
        let saved = scope
        scope = Scope(kind, parent: saved)
        defer { scope = saved }
        try body(&self)
    }

    private mutating func bind(_ name: String) { scope.assigned.insert(name) }

    mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .functionDef(let f):
            bind(f.name)
            try visitDefaults(f.args)
            try visitAnnotations(f.args)
            if let r = f.returns { try visit(r) }
            for d in f.decorators { try visit(d) }
            try enter(.function) { pass in
                try pass.declareParameters(f.args)
                try pass.visit(f.body)
            }
        case .classDef(let c):
            bind(c.name)
            for b in c.bases { try visit(b) }
            for k in c.keywords { try visit(k.value) }
            for d in c.decorators { try visit(d) }
            try enter(.classBody) { pass in try pass.visit(c.body) }
        case .global(let names):
            for name in names {
                if let message = declarationConflict(name, "global") { throw compileError(message, s.location, source) }
                scope.globals.insert(name)
            }
        case .nonlocal(let names):
            for name in names {
                if let message = declarationConflict(name, "nonlocal") { throw compileError(message, s.location, source) }
                scope.nonlocals.append((name, s.location))
            }
        default:
            try visitChildren(of: s)
        }
    }

    private func declarationConflict(_ name: String, _ keyword: String) -> String? {
        if scope.parameters.contains(name) { return "name '\(name)' is parameter and \(keyword)" }
        if scope.used.contains(name) { return "name '\(name)' is used prior to \(keyword) declaration" }
        if scope.annotated.contains(name) { return "annotated name '\(name)' can't be \(keyword)" }
        if scope.assigned.contains(name) { return "name '\(name)' is assigned to before \(keyword) declaration" }
        return nil
    }

    private mutating func visitChildren(of s: Stmt) throws {
        switch s.kind {
        case .expr(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visitTarget(target)
            if case .name(let n) = target.kind { scope.used.insert(n) }
            try visit(value)
        case .annAssign(let target, let annotation, let value):
            if case .name(let n) = target.kind {
                scope.annotated.insert(n)
                bind(n)
            } else {
                try visitTarget(target)
            }
            try visit(annotation)
            if let v = value { try visit(v) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .for(let target, let iter, let body, let orElse):
            try visitTarget(target)
            try visit(iter)
            try visit(body)
            try visit(orElse)
        case .return(let value):
            if let v = value { try visit(v) }
        case .try(let body, let handlers, let orElse, let finalBody):
            try visit(body)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { bind(n) }
                try visit(h.body)
            }
            try visit(orElse)
            try visit(finalBody)
        case .raise(let exception, let cause):
            if let e = exception { try visit(e) }
            if let c = cause { try visit(c) }
        case .with(let items, let body):
            for item in items {
                try visit(item.context)
                if let t = item.target { try visitTarget(t) }
            }
            try visit(body)
        case .assert(let test, let message):
            try visit(test)
            if let m = message { try visit(m) }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .import(let aliases), .importFrom(_, let aliases, _):
            for alias in aliases where alias.name != "*" {
                bind(alias.asName ?? String(alias.name.split(separator: ".").first ?? Substring(alias.name)))
            }
        case .functionDef, .classDef, .global, .nonlocal, .break, .continue, .pass:
            break
        }
    }

    private mutating func declareParameters(_ args: Arguments) throws {
        var all = args.positionalOnly + args.args + args.keywordOnly
        if let v = args.vararg { all.append(v) }
        if let k = args.kwarg { all.append(k) }
        for p in all {
            if scope.parameters.contains(p.name) {
                throw compileError("duplicate argument '\(p.name)' in function definition", p.location, source)
            }
            scope.parameters.insert(p.name)
        }
    }

    private mutating func visitDefaults(_ args: Arguments) throws {
        for d in args.defaults { try visit(d) }
        for case let d? in args.keywordDefaults { try visit(d) }
    }

    private mutating func visitAnnotations(_ args: Arguments) throws {
        var all = args.positionalOnly + args.args
        if let v = args.vararg { all.append(v) }
        all += args.keywordOnly
        if let k = args.kwarg { all.append(k) }
        for p in all { if let a = p.annotation { try visit(a) } }
    }

    private mutating func visitTarget(_ e: Expr) throws {
        switch e.kind {
        case .name(let n): bind(n)
        case .tuple(let elements), .list(let elements): for x in elements { try visitTarget(x) }
        case .starred(let value): try visitTarget(value)
        default: try visit(e)
        }
    }

    mutating func visit(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            scope.used.insert(n)
        case .yield, .yieldFrom:
            if case .comprehension(let what) = scope.kind {
                throw compileError("'yield' inside \(what)", e.location, source)
            }
            try ExprWalker.children(of: e) { try visit($0) }
        case .namedExpr(let name, let value):
            try visit(value)
            var target: Scope? = scope
            while let t = target, case .comprehension = t.kind { target = t.parent }
            (target ?? scope).assigned.insert(name)
        case .lambda(let args, let body):
            try visitDefaults(args)
            try enter(.function) { pass in
                try pass.declareParameters(args)
                try pass.visit(body)
            }
        case .listComp(let element, let clauses):
            try visitComprehension("list comprehension", clauses) { try $0.visit(element) }
        case .setComp(let element, let clauses):
            try visitComprehension("set comprehension", clauses) { try $0.visit(element) }
        case .generatorExp(let element, let clauses):
            try visitComprehension("generator expression", clauses) { try $0.visit(element) }
        case .dictComp(let key, let value, let clauses):
            try visitComprehension("dict comprehension", clauses) { pass in
                try pass.visit(key)
                try pass.visit(value)
            }
        default:
            try ExprWalker.children(of: e) { try visit($0) }
        }
    }

    /// The first iterable is evaluated in the enclosing scope; the rest inside the comprehension.
    private mutating func visitComprehension(_ what: String, _ clauses: [Comprehension],
                                             element: (inout SymbolPass) throws -> Void) throws {
        guard let first = clauses.first else { return }
        try visit(first.iter)
        try enter(.comprehension(what)) { pass in
            for (i, clause) in clauses.enumerated() {
                if i > 0 { try pass.visit(clause.iter) }
                try pass.visitTarget(clause.target)
                for condition in clause.ifs { try pass.visit(condition) }
            }
            try element(&pass)
        }
    }

    /// CPython's analysis phase: every nonlocal needs a binding in an enclosing function.
    func analyze() throws {
        try analyze(root, bound: nil)
    }

    private func analyze(_ s: Scope, bound: Set<String>?) throws {
        for (name, location) in s.nonlocals {
            guard let names = bound else {
                throw compileError("nonlocal declaration not allowed at module level", location, source)
            }
            if s.globals.contains(name) {
                throw compileError("name '\(name)' is nonlocal and global", location, source)
            }
            if !names.contains(name) { throw compileError("no binding for nonlocal '\(name)' found", location, source) }
        }
        var childBound = bound ?? []
        if s.isFunctionLike {
            var names = bound ?? []
            let nonlocalNames = Set(s.nonlocals.map(\.name))
            for n in s.parameters.union(s.assigned) where !s.globals.contains(n) && !nonlocalNames.contains(n) {
                names.insert(n)
            }
            childBound = names
        }
        for child in s.children { try analyze(child, bound: childBound) }
    }
}
