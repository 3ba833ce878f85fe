// `NUMBA_DUMP_IR` / `--dump=ir`: numba's format — a centred title, then each block as
// `label N:` and its statements as `    %-40s %s` (the statement, then the sorted names of the
// variables it mentions).

import UpdraftSyntax

extension IRExpr {
    public var text: String {
        switch self {
        case .arg(let i, let name): return "arg(\(i), name=\(name))"
        case .const(let c):
            switch c {
            case .string: return "const(str, \(c))"
            case .int: return "const(int, \(c))"
            case .float: return "const(float, \(c))"
            case .bool: return "const(bool, \(c))"
            case .none: return "const(NoneType, None)"
            case .ellipsis: return "const(ellipsis, Ellipsis)"
            }
        case .global(let n): return "global(\(n): \(n))"
        case .freevar(let n): return "freevar(\(n): \(n))"
        case .binop(let op, let a, let b): return "\(a) \(op.rawValue) \(b)"
        case .inplaceBinop(let op, let a, let b): return "inplace_binop(fn=\(op.rawValue)=, lhs=\(a), rhs=\(b))"
        case .unary(let op, let a): return "unary(fn=\(op.rawValue), value=\(a))"
        case .compare(let op, let a, let b): return "\(a) \(op.rawValue) \(b)"
        case .call(let f, let args, let kws):
            let argText = args.map(\.name).joined(separator: ", ")
            let kwText = kws.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
            let all = [argText, kwText].filter { !$0.isEmpty }.joined(separator: ", ")
            return "call \(f)(\(all), func=\(f), args=[\(args.map { "Var(\($0))" }.joined(separator: ", "))], kws=(\(kws.map { "('\($0.0)', Var(\($0.1)))" }.joined(separator: ", "))), vararg=None, varkwarg=None, target=None)"
        case .getattr(let v, let attr): return "getattr(value=\(v), attr=\(attr))"
        case .getitem(let v, let i): return "getitem(value=\(v), index=\(i), fn=<built-in function getitem>)"
        case .staticGetitem(let v, let c, let iv): return "static_getitem(value=\(v), index=\(c), index_var=\(iv.map(\.name) ?? "None"), fn=<built-in function getitem>)"
        case .buildTuple(let vs): return "build_tuple(items=[\(vs.map { "Var(\($0))" }.joined(separator: ", "))])"
        case .buildList(let vs): return "build_list(items=[\(vs.map { "Var(\($0))" }.joined(separator: ", "))])"
        case .buildSlice(let vs): return "call $slice(\(vs.map(\.name).joined(separator: ", ")))"
        case .getiter(let v): return "getiter(value=\(v))"
        case .iternext(let v): return "iternext(value=\(v))"
        case .pairFirst(let v): return "pair_first(value=\(v))"
        case .pairSecond(let v): return "pair_second(value=\(v))"
        case .exhaustIter(let v, let n): return "exhaust_iter(value=\(v), count=\(n))"
        case .cast(let v): return "cast(value=\(v))"
        case .variable(let v): return v.name
        case .arrayExpr(let tree): return "arrayexpr(expr=\(tree), inputs=[\(tree.inputs.map(\.name).joined(separator: ", "))])"
        case .makeFunction(let name, _, let captured):
            return "make_function(name=\(name), closure=(\(captured.map(\.name).joined(separator: ", "))))"
        case .buildMap(let items):
            return "build_map(items=[\(items.map { "(Var(\($0.0)), Var(\($0.1)))" }.joined(separator: ", "))])"
        }
    }
}

extension IRStatement {
    public var text: String {
        switch self {
        case .assign(let v, let e, _): return "\(v) = \(e.text)"
        case .setitem(let t, let i, let v, _): return "\(t)[\(i)] = \(v)"
        case .staticSetitem(let t, let c, _, let v, _): return "\(t)[\(c)] = \(v)"
        case .setattr(let t, let a, let v, _): return "(\(t)).\(a) = \(v)"
        case .del(let v): return "del \(v)"
        }
    }

    var mentioned: [Variable] {
        var vs = uses
        if let d = definition { vs.append(d) }
        return vs
    }
}

extension IRTerminator {
    public var text: String {
        switch self {
        case .jump(let t, _): return "jump \(t)"
        case .branch(let c, let a, let b, _): return "branch \(c), \(a), \(b)"
        case .ret(let v, _): return "return \(v)"
        case .raise(let v, _): return v.map { "raise \($0)" } ?? "raise"
        }
    }
}

/// numba's `'-' * n + title + '-' * n` centring to 80 columns.
public func centredTitle(_ title: String, width: Int = 80) -> String {
    let pad = Swift.max(width - title.count, 0)
    let left = pad / 2
    return String(repeating: "-", count: left) + title + String(repeating: "-", count: pad - left)
}

extension FunctionIR {
    /// The statements of every block, numba-style (without the title).
    public func dumpBlocks() -> String {
        var out = ""
        func line(_ text: String, _ vars: [Variable]) {
            let names = Set(vars).sorted().map { "'\($0.name)'" }.joined(separator: ", ")
            let padded = text.count >= 40 ? text : text + String(repeating: " ", count: 40 - text.count)
            out += "    \(padded) [\(names)]\n"
        }
        for label in labels {
            guard let block = blocks[label] else { continue }
            out += "label \(label):\n"
            for s in block.body { line(s.text, s.mentioned) }
            line(block.terminator.text, block.terminator.uses)
        }
        return out
    }

    public func dump() -> String {
        centredTitle("IR DUMP: \(qualname)") + "\n" + dumpBlocks()
    }
}
