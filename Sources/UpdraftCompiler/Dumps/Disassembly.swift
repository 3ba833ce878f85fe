// `dis.dis(f)`: a listing of the function as Updraft lowers it, laid out like CPython's `dis`
// (source line, jump-target marker `>>`, offset, operation, arguments). Updraft has no
// bytecode: the listing is the IR the compiler starts from, one operation per line.

extension IRExpr {
    var operationName: String {
        switch self {
        case .arg: return "ARG"
        case .const: return "LOAD_CONST"
        case .global: return "LOAD_GLOBAL"
        case .freevar: return "LOAD_DEREF"
        case .binop: return "BINARY_OP"
        case .inplaceBinop: return "INPLACE_OP"
        case .unary: return "UNARY_OP"
        case .compare: return "COMPARE_OP"
        case .call: return "CALL"
        case .getattr: return "LOAD_ATTR"
        case .getitem: return "BINARY_SUBSCR"
        case .staticGetitem: return "STATIC_SUBSCR"
        case .buildTuple: return "BUILD_TUPLE"
        case .buildList: return "BUILD_LIST"
        case .buildSlice: return "BUILD_SLICE"
        case .buildMap: return "BUILD_MAP"
        case .getiter: return "GET_ITER"
        case .iternext: return "FOR_ITER"
        case .pairFirst: return "PAIR_FIRST"
        case .pairSecond: return "PAIR_SECOND"
        case .exhaustIter: return "UNPACK_SEQUENCE"
        case .cast: return "CAST"
        case .variable: return "COPY"
        case .makeFunction: return "MAKE_FUNCTION"
        case .arrayExpr: return "ARRAY_EXPR"
        }
    }
}

extension FunctionIR {
    public func disassembly() -> String {
        // Offsets: 2 per operation, in label order; a block's offset is its first operation's.
        var offsets: [Int: Int] = [:]
        var next = 0
        for label in labels {
            offsets[label] = next
            next += 2 * ((blocks[label]?.body.count ?? 0) + 1)
        }
        var targets = Set<Int>()
        for block in blocks.values {
            for s in block.terminator.successors { if let o = offsets[s] { targets.insert(o) } }
        }
        var out = ""
        var lastLine = -1
        var offset = 0
        func emit(_ line: Int, _ op: String, _ args: String) {
            var prefix = "    "
            if line != lastLine && line > 0 {
                if lastLine != -1 { out += "\n" }
                prefix = String(line).leftPadded(4)
                lastLine = line
            }
            let marker = targets.contains(offset) ? ">>" : "  "
            let text = prefix + "      " + marker + String(offset).leftPadded(5) + " " + op.padding(toLength: 20, withPad: " ", startingAt: 0) + " " + args
            out += text.trailingSpacesRemoved + "\n"
            offset += 2
        }
        for label in labels {
            guard let block = blocks[label] else { continue }
            for s in block.body {
                switch s {
                case .assign(let v, let e, let loc):
                    var text = e.text
                    if case .call(let f, let args, let kws) = e {
                        text = "\(f)(" + (args.map(\.name) + kws.map { "\($0.0)=\($0.1)" }).joined(separator: ", ") + ")"
                    }
                    emit(loc.line, e.operationName, "\(text) -> \(v)")
                case .setitem(_, _, _, let loc): emit(loc.line, "STORE_SUBSCR", s.text)
                case .staticSetitem(_, _, _, _, let loc): emit(loc.line, "STORE_SUBSCR", s.text)
                case .setattr(_, _, _, let loc): emit(loc.line, "STORE_ATTR", s.text)
                case .del(let v): emit(0, "DELETE", v.name)
                }
            }
            let t = block.terminator
            switch t {
            case .jump(let to, let loc): emit(loc.line, "JUMP", "to \(offsets[to] ?? 0)")
            case .branch(let c, let a, let b, let loc):
                emit(loc.line, "POP_JUMP_IF_FALSE", "\(c) (to \(offsets[b] ?? 0); else \(offsets[a] ?? 0))")
            case .ret(let v, let loc): emit(loc.line, "RETURN_VALUE", v.name)
            case .raise(let v, let loc): emit(loc.line, "RAISE", v?.name ?? "")
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    var trailingSpacesRemoved: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
