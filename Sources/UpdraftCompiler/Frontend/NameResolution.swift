// Which names of a function are its locals: parameters and every name it binds (assignment,
// augmented assignment, for targets, with/except names, nested def and class names, imports),
// minus those declared `global` or `nonlocal`. Everything else is a global or a free variable.

import UpdraftSyntax

struct FunctionScope {
    var locals: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []

    init(_ function: FunctionDef) {
        let a = function.args
        for p in a.positionalOnly + a.args + a.keywordOnly { locals.insert(p.name) }
        if let v = a.vararg { locals.insert(v.name) }
        if let k = a.kwarg { locals.insert(k.name) }
        collect(function.body)
        locals.subtract(declaredGlobal)
        locals.subtract(declaredNonlocal)
    }

    init(lambda args: Arguments) {
        for p in args.positionalOnly + args.args + args.keywordOnly { locals.insert(p.name) }
    }

    private mutating func bind(_ target: Expr) {
        switch target.kind {
        case .name(let n): locals.insert(n)
        case .tuple(let items), .list(let items): items.forEach { bind($0) }
        case .starred(let e): bind(e)
        default: break
        }
    }

    private mutating func collect(_ body: [Stmt]) {
        for s in body {
            switch s.kind {
            case .assign(let targets, let value):
                targets.forEach { bind($0) }
                collectWalrus(value)
            case .augAssign(let t, _, _): bind(t)
            case .annAssign(let t, _, let v):
                if v != nil { bind(t) }
            case .for(let t, _, let b, let o):
                bind(t); collect(b); collect(o)
            case .while(_, let b, let o): collect(b); collect(o)
            case .if(let test, let b, let o):
                collectWalrus(test); collect(b); collect(o)
            case .functionDef(let f): locals.insert(f.name)
            case .classDef(let c): locals.insert(c.name)
            case .try(let b, let hs, let o, let f):
                collect(b)
                for h in hs {
                    if let n = h.name { locals.insert(n) }
                    collect(h.body)
                }
                collect(o); collect(f)
            case .with(let items, let b):
                for i in items { if let t = i.target { bind(t) } }
                collect(b)
            case .global(let names): declaredGlobal.formUnion(names)
            case .nonlocal(let names): declaredNonlocal.formUnion(names)
            case .import(let names):
                for n in names { locals.insert(n.asName ?? String(n.name.split(separator: ".").first ?? "")) }
            case .importFrom(_, let names, _):
                for n in names where n.name != "*" { locals.insert(n.asName ?? n.name) }
            case .delete(let targets): targets.forEach { bind($0) }
            default: break
            }
        }
    }

    private mutating func collectWalrus(_ e: Expr) {
        if case .namedExpr(let n, _) = e.kind { locals.insert(n) }
    }
}
