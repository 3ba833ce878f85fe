// A compact textual form of the tree, for tests and for comparing against CPython's `ast`
// module (Tests/UpdraftSyntaxTests compare shapes; the differential script compares all).

struct ASTDump {
    var locations: Bool

    func module(_ m: Module) -> String {
        "Module(" + m.body.map(stmt).joined(separator: ", ") + ")"
    }

    private func loc(_ l: SourceLocation) -> String {
        locations ? "@\(l.line):\(l.column)-\(l.endLine):\(l.endColumn)" : ""
    }

    private func list(_ stmts: [Stmt]) -> String { "[" + stmts.map(stmt).joined(separator: ", ") + "]" }
    private func list(_ exprs: [Expr]) -> String { "[" + exprs.map(expr).joined(separator: ", ") + "]" }
    private func opt(_ e: Expr?) -> String { e.map(expr) ?? "-" }

    func stmt(_ s: Stmt) -> String {
        let l = loc(s.location)
        switch s.kind {
        case .expr(let e): return "Expr\(l)(\(expr(e)))"
        case .assign(let targets, let value): return "Assign\(l)(\(list(targets)), \(expr(value)))"
        case .augAssign(let t, let op, let v): return "AugAssign\(l)(\(expr(t)) \(op.rawValue)= \(expr(v)))"
        case .annAssign(let t, let a, let v): return "AnnAssign\(l)(\(expr(t)), \(expr(a)), \(opt(v)))"
        case .if(let t, let b, let o): return "If\(l)(\(expr(t)), \(list(b)), \(list(o)))"
        case .while(let t, let b, let o): return "While\(l)(\(expr(t)), \(list(b)), \(list(o)))"
        case .for(let t, let i, let b, let o): return "For\(l)(\(expr(t)), \(expr(i)), \(list(b)), \(list(o)))"
        case .break: return "Break\(l)"
        case .continue: return "Continue\(l)"
        case .pass: return "Pass\(l)"
        case .functionDef(let f):
            return "FunctionDef\(l)(\(f.name), \(arguments(f.args)), \(list(f.body)), \(list(f.decorators)), \(opt(f.returns)))"
        case .classDef(let c):
            return "ClassDef\(l)(\(c.name), \(list(c.bases)), [\(c.keywords.map(keyword).joined(separator: ", "))], \(list(c.body)), \(list(c.decorators)))"
        case .return(let v): return "Return\(l)(\(opt(v)))"
        case .global(let names): return "Global\(l)(\(names.joined(separator: ", ")))"
        case .nonlocal(let names): return "Nonlocal\(l)(\(names.joined(separator: ", ")))"
        case .try(let b, let h, let o, let f):
            let handlers = h.map { "ExceptHandler\(loc($0.location))(\(opt($0.type)), \($0.name ?? "-"), \(list($0.body)))" }
            return "Try\(l)(\(list(b)), [\(handlers.joined(separator: ", "))], \(list(o)), \(list(f)))"
        case .raise(let e, let c): return "Raise\(l)(\(opt(e)), \(opt(c)))"
        case .with(let items, let body):
            let rendered = items.map { "withitem(\(expr($0.context)), \(opt($0.target)))" }
            return "With\(l)([\(rendered.joined(separator: ", "))], \(list(body)))"
        case .assert(let t, let m): return "Assert\(l)(\(expr(t)), \(opt(m)))"
        case .delete(let targets): return "Delete\(l)(\(list(targets)))"
        case .import(let names): return "Import\(l)(\(names.map(alias).joined(separator: ", ")))"
        case .importFrom(let module, let names, let level):
            return "ImportFrom\(l)(\(module ?? "-"), [\(names.map(alias).joined(separator: ", "))], \(level))"
        }
    }

    private func alias(_ a: ImportAlias) -> String { a.asName.map { "\(a.name) as \($0)" } ?? a.name }

    private func keyword(_ k: Keyword) -> String { "keyword\(loc(k.location))(\(k.name ?? "**"), \(expr(k.value)))" }

    private func parameter(_ p: Parameter) -> String { "arg\(loc(p.location))(\(p.name), \(opt(p.annotation)))" }

    func arguments(_ a: Arguments) -> String {
        let kwDefaults = a.keywordDefaults.map(opt).joined(separator: ", ")
        return "arguments([\(a.positionalOnly.map(parameter).joined(separator: ", "))], "
            + "[\(a.args.map(parameter).joined(separator: ", "))], \(a.vararg.map(parameter) ?? "-"), "
            + "[\(a.keywordOnly.map(parameter).joined(separator: ", "))], [\(kwDefaults)], "
            + "\(a.kwarg.map(parameter) ?? "-"), \(list(a.defaults)))"
    }

    private func comprehensions(_ cs: [Comprehension]) -> String {
        "[" + cs.map { "comprehension(\(expr($0.target)), \(expr($0.iter)), \(list($0.ifs)))" }.joined(separator: ", ") + "]"
    }

    func expr(_ e: Expr) -> String {
        let l = loc(e.location)
        switch e.kind {
        case .name(let n): return "Name\(l)(\(n))"
        case .constant(let c): return "Constant\(l)(\(constant(c)))"
        case .joinedString(let parts): return "JoinedStr\(l)(\(ASTDump(locations: false).parts(parts)))"
        case .binary(let a, let op, let b): return "BinOp\(l)(\(expr(a)) \(op.rawValue) \(expr(b)))"
        case .unary(let op, let a): return "UnaryOp\(l)(\(op.rawValue) \(expr(a)))"
        case .boolean(let op, let values): return "BoolOp\(l)(\(op.rawValue) \(list(values)))"
        case .compare(let left, let pairs):
            return "Compare\(l)(\(expr(left))" + pairs.map { " \($0.0.rawValue) \(expr($0.1))" }.joined() + ")"
        case .ifExp(let t, let b, let o): return "IfExp\(l)(\(expr(t)), \(expr(b)), \(expr(o)))"
        case .lambda(let a, let b): return "Lambda\(l)(\(arguments(a)), \(expr(b)))"
        case .call(let f, let args, let kws):
            return "Call\(l)(\(expr(f)), \(list(args)), [\(kws.map(keyword).joined(separator: ", "))])"
        case .attribute(let v, let n): return "Attribute\(l)(\(expr(v)), \(n))"
        case .subscript(let v, let i): return "Subscript\(l)(\(expr(v)), \(expr(i)))"
        case .slice(let a, let b, let c): return "Slice\(l)(\(opt(a)), \(opt(b)), \(opt(c)))"
        case .tuple(let xs): return "Tuple\(l)(\(list(xs)))"
        case .list(let xs): return "List\(l)(\(list(xs)))"
        case .set(let xs): return "Set\(l)(\(list(xs)))"
        case .dict(let entries):
            return "Dict\(l)([" + entries.map { "\(opt($0.key)): \(expr($0.value))" }.joined(separator: ", ") + "])"
        case .starred(let v): return "Starred\(l)(\(expr(v)))"
        case .listComp(let x, let cs): return "ListComp\(l)(\(expr(x)), \(comprehensions(cs)))"
        case .setComp(let x, let cs): return "SetComp\(l)(\(expr(x)), \(comprehensions(cs)))"
        case .generatorExp(let x, let cs): return "GeneratorExp\(l)(\(expr(x)), \(comprehensions(cs)))"
        case .dictComp(let k, let v, let cs): return "DictComp\(l)(\(expr(k)), \(expr(v)), \(comprehensions(cs)))"
        case .yield(let v): return "Yield\(l)(\(opt(v)))"
        case .yieldFrom(let v): return "YieldFrom\(l)(\(expr(v)))"
        case .namedExpr(let n, let v): return "NamedExpr\(l)(\(n), \(expr(v)))"
        }
    }

    func parts(_ parts: [FStringPart]) -> String {
        parts.map { part -> String in
            switch part {
            case .literal(let s): return "Constant(" + ASTDump.quote(s) + ")"
            case .field(let v, let c, let spec):
                let conversion = c.map { String($0) } ?? "-"
                let renderedSpec = spec.map { "JoinedStr(" + self.parts($0) + ")" } ?? "-"
                return "FormattedValue(\(expr(v)), \(conversion), \(renderedSpec))"
            }
        }.joined(separator: ", ")
    }

    private func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return "\(i)"
        case .bigInt: return "bigint"
        case .float(let d): return "float:\(String(d.bitPattern, radix: 16))"
        case .imaginary(let d): return "imag:\(String(d.bitPattern, radix: 16))"
        case .string(let s): return ASTDump.quote(s)
        case .bytes(let b): return "b:" + b.map { String($0, radix: 16) }.joined(separator: ".")
        case .ellipsis: return "Ellipsis"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\\" && scalar != "'" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out + "'"
    }
}
