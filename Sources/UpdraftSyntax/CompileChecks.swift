// The checks CPython's compiler (compile.c) makes while generating code: statements and
// expressions that need an enclosing function or loop, repeated keyword arguments, and
// starred expressions outside the places that unpack them.

struct CompilePass {
    let source: SourceText
    var inFunction = false
    var loopDepth = 0

    init(source: SourceText) {
        self.source = source
    }

    private func error(_ message: String, _ location: SourceLocation) -> SyntaxError {
        compileError(message, location, source)
    }

    /// Code in a new function or class body: no enclosing loop, and `return` allowed only
    /// in functions.
    private mutating func inScope(function: Bool, _ body: (inout CompilePass) throws -> Void) rethrows {
        let saved = (inFunction, loopDepth)
        inFunction = function
        loopDepth = 0
        defer { (inFunction, loopDepth) = saved }
        try body(&self)
    }

    mutating func visit(_ body: [Stmt]) throws {
        for statement in body { try visit(statement) }
    }

    mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .functionDef(let f):
            for d in f.decorators { try load(d) }
            try visitDefaults(f.args)
            try inScope(function: true) { pass in try pass.visit(f.body) }
        case .classDef(let c):
            for d in c.decorators { try load(d) }
            try checkKeywords(c.keywords)
            for b in c.bases { try loadElement(b) }
            for k in c.keywords { try load(k.value) }
            try inScope(function: false) { pass in try pass.visit(c.body) }
        case .return(let value):
            if !inFunction { throw error("'return' outside function", s.location) }
            if let v = value { try load(v) }
        case .break:
            if loopDepth == 0 { throw error("'break' outside loop", s.location) }
        case .continue:
            if loopDepth == 0 { throw error("'continue' not properly in loop", s.location) }
        case .for(let target, let iter, let body, let orElse):
            try load(iter)
            try store(target)
            loopDepth += 1
            try visit(body)
            loopDepth -= 1
            try visit(orElse)
        case .while(let test, let body, let orElse):
            try load(test)
            loopDepth += 1
            try visit(body)
            loopDepth -= 1
            try visit(orElse)
        case .if(let test, let body, let orElse):
            try load(test)
            try visit(body)
            try visit(orElse)
        case .expr(let e):
            try load(e)
        case .assign(let targets, let value):
            try load(value)
            for t in targets { try store(t) }
        case .augAssign(let target, _, let value):
            try store(target)
            try load(value)
        case .annAssign(let target, let annotation, let value):
            if let v = value { try load(v) }
            try store(target)
            try load(annotation)
        case .try(let body, let handlers, let orElse, let finalBody):
            try visit(body)
            for h in handlers {
                if let t = h.type { try load(t) }
                try visit(h.body)
            }
            try visit(orElse)
            try visit(finalBody)
        case .raise(let exception, let cause):
            if let e = exception { try load(e) }
            if let c = cause { try load(c) }
        case .with(let items, let body):
            for item in items {
                try load(item.context)
                if let t = item.target { try store(t) }
            }
            try visit(body)
        case .assert(let test, let message):
            try load(test)
            if let m = message { try load(m) }
        case .delete(let targets):
            for t in targets { try store(t) }
        case .global, .nonlocal, .pass, .import, .importFrom:
            break
        }
    }

    private mutating func visitDefaults(_ args: Arguments) throws {
        for d in args.defaults { try load(d) }
        for case let d? in args.keywordDefaults { try load(d) }
    }

    /// CPython's validate_keywords: the second use of a name is the error.
    private func checkKeywords(_ keywords: [Keyword]) throws {
        var seen: Set<String> = []
        for k in keywords {
            guard let name = k.name else { continue }
            if !seen.insert(name).inserted {
                throw error("keyword argument repeated: \(name)", k.location)
            }
        }
    }

    /// An element of a display or call, where `*x` unpacks.
    private mutating func loadElement(_ e: Expr) throws {
        if case .starred(let value) = e.kind { try load(value) } else { try load(e) }
    }

    mutating func load(_ e: Expr) throws {
        switch e.kind {
        case .starred:
            throw error("can't use starred expression here", e.location)
        case .tuple(let elements), .list(let elements), .set(let elements):
            for x in elements { try loadElement(x) }
        case .call(let function, let args, let keywords):
            try load(function)
            try checkKeywords(keywords)
            for a in args { try loadElement(a) }
            for k in keywords { try load(k.value) }
        case .yield, .yieldFrom:
            if !inFunction { throw error("'yield' outside function", e.location) }
            try ExprWalker.children(of: e) { try load($0) }
        case .lambda(let args, let body):
            try visitDefaults(args)
            try inScope(function: true) { pass in try pass.load(body) }
        case .listComp(let element, let clauses), .setComp(let element, let clauses),
             .generatorExp(let element, let clauses):
            try comprehension(clauses) { pass in try pass.load(element) }
        case .dictComp(let key, let value, let clauses):
            try comprehension(clauses) { pass in
                try pass.load(key)
                try pass.load(value)
            }
        default:
            try ExprWalker.children(of: e) { try load($0) }
        }
    }

    /// The first iterable runs in the enclosing code; the rest in the comprehension's function.
    private mutating func comprehension(_ clauses: [Comprehension],
                                        element: (inout CompilePass) throws -> Void) throws {
        guard let first = clauses.first else { return }
        try load(first.iter)
        try inScope(function: true) { pass in
            for (i, clause) in clauses.enumerated() {
                if i > 0 { try pass.load(clause.iter) }
                try pass.store(clause.target)
                for condition in clause.ifs { try pass.load(condition) }
            }
            try element(&pass)
        }
    }

    mutating func store(_ e: Expr) throws {
        switch e.kind {
        case .starred:
            throw error("starred assignment target must be in a list or tuple", e.location)
        case .tuple(let elements), .list(let elements):
            var seenStar = false
            for (i, x) in elements.enumerated() {
                guard case .starred(let value) = x.kind else {
                    try store(x)
                    continue
                }
                if seenStar { throw error("multiple starred expressions in assignment", e.location) }
                if i >= 256 { throw error("too many expressions in star-unpacking assignment", e.location) }
                seenStar = true
                try store(value)
            }
        case .attribute(let value, _):
            try load(value)
        case .subscript(let value, let index):
            try load(value)
            try load(index)
        case .name:
            break
        default:
            try load(e)
        }
    }
}
