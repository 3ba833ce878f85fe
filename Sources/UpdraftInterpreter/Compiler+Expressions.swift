// Expressions → closures. Hot operators (int/float arithmetic and comparison, list
// indexing, attribute and method calls) get inline fast paths before the generic protocol.

import BigInt
import UpdraftRuntime
import UpdraftSyntax

extension Compiler {
    func compile(_ e: Expr) throws -> Eval {
        switch e.kind {
        case .name(let n):
            return compileLoad(n)
        case .constant(let c):
            let v = try constantValue(c, e.location)
            return { _ in v }
        case .joinedString(let parts):
            return try compileFString(parts)
        case .binary(let l, let op, let r):
            if let fast = try compileLocalConstantBinary(l, op, r) { return fast }
            return try compileBinary(op, try compile(l), try compile(r))
        case .unary(let op, let operand):
            let a = try compile(operand)
            if op == .not { return { f in .bool(!(try truthy(try a(f)))) } }
            return { f in try unaryOp(op, try a(f)) }
        case .boolean(let op, let operands):
            let parts = try compileEach(operands)
            if op == .and {
                return { f in
                    var v: Value = .none
                    for p in parts {
                        v = try p.run(f)
                        if !(try truthy(v)) { return v }
                    }
                    return v
                }
            }
            return { f in
                var v: Value = .none
                for p in parts {
                    v = try p.run(f)
                    if try truthy(v) { return v }
                }
                return v
            }
        case .compare(let first, let rest):
            return try compileCompare(first, rest)
        case .ifExp(let test, let body, let orElse):
            let t = try compile(test), b = try compile(body), o = try compile(orElse)
            return { f in try truthy(try t(f)) ? try b(f) : try o(f) }
        case .lambda(let args, let body):
            let ret = Stmt(.return(body), body.location)
            let def = FunctionDef(name: "<lambda>", args: args, body: [ret], decorators: [], returns: nil)
            let make = try compileFunctionMaker(def, location: e.location, scopeTag: 1)
            return { f in .object(try make(f)) }
        case .call(let fn, let args, let keywords):
            return try compileCall(fn, args, keywords, e.location)
        case .attribute(let obj, let name):
            let o = try compile(obj)
            let cache = LoadAttributeCache()
            return { f in
                let v = try o(f)
                if case .object(let ob) = v, let inst = ob as? PyInstance {
                    if let hit = cache.load(inst) { return hit }
                    let r = try getAttribute(v, name)
                    cache.fill(inst, name)
                    return r
                }
                return try getAttribute(v, name)
            }
        case .subscript(let obj, let index):
            let o = try compile(obj), i = try compile(index)
            return { f in
                let container = try o(f)
                let key = try i(f)
                if case .object(let ob) = container, let list = ob as? PyList, case .int(var k) = key {
                    if k < 0 { k += list.items.count }
                    if k >= 0 && k < list.items.count { return list.items[k] }
                }
                return try getItem(container, key)
            }
        case .slice(let lower, let upper, let step):
            let l = try lower.map(compile), u = try upper.map(compile), s = try step.map(compile)
            return { f in
                .object(PySlice(start: try l?(f) ?? .none, stop: try u?(f) ?? .none, step: try s?(f) ?? .none))
            }
        case .tuple(let items):
            if items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                let build = try compileStarredList(items)
                return { f in .tuple(try build(f)) }
            }
            let parts = try compileEach(items)
            return { f in .tuple(try parts.map { try $0.run(f) }) }
        case .list(let items):
            let build = try compileStarredList(items)
            return { f in .list(try build(f)) }
        case .set(let items):
            return try compileSetDisplay(e, items)
        case .dict(let entries):
            let parts: [(Eval?, Eval)] = try entries.map { (try $0.key.map(compile), try compile($0.value)) }
            return { f in
                let d = PyDict()
                for (k, v) in parts {
                    if let k {
                        let key = try k(f)
                        try d.table.set(key, try v(f))
                    } else {
                        let m = try v(f)
                        guard case .object(let mo) = m, mo is PyDict || userClass(m) != nil else {
                            throw PythonError.typeError("'\(m.typeName)' object is not a mapping")
                        }
                        try dictUpdate(d, from: m)
                    }
                }
                return .object(d)
            }
        case .starred:
            throw syntaxError("can't use starred expression here", e.location)
        case .listComp, .setComp, .dictComp, .generatorExp:
            return try compileComprehension(e)
        case .yield, .yieldFrom:
            throw syntaxError("'yield' inside an expression is not supported by Updraft; assign it first (x = yield v)", e.location)
        case .namedExpr(let name, let value):
            let v = try compile(value)
            let store = compileStore(name)
            return { f in
                let x = try v(f)
                try store(f, x)
                return x
            }
        }
    }

    func constantValue(_ c: Constant, _ loc: SourceLocation) throws -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let text):
            var digits = Substring(text)
            var radix = 10
            let lower = text.lowercased()
            if lower.hasPrefix("0x") { radix = 16; digits = digits.dropFirst(2) }
            else if lower.hasPrefix("0o") { radix = 8; digits = digits.dropFirst(2) }
            else if lower.hasPrefix("0b") { radix = 2; digits = digits.dropFirst(2) }
            guard let big = BigInt(String(digits), radix: radix) else {
                throw syntaxError("invalid integer literal", loc)
            }
            return .integer(big)
        case .float(let d): return .float(d)
        case .imaginary:
            throw syntaxError("complex numbers are not supported by Updraft", loc)
        case .string(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        case .ellipsis: return .object(PySingleton.ellipsis)
        }
    }

    // MARK: Operators

    func compileBinary(_ op: BinaryOp, _ a: @escaping Eval, _ b: @escaping Eval) throws -> Eval {
        switch op {
        case .add:
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.addingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p + q)
                }
                return try binaryOp(.add, x, y)
            }
        case .sub:
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.subtractingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p - q)
                }
                return try binaryOp(.sub, x, y)
            }
        case .mul:
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.multipliedReportingOverflow(by: j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p * q)
                }
                return try binaryOp(.mul, x, y)
            }
        default:
            return { f in try binaryOp(op, try a(f), try b(f)) }
        }
    }

    /// `local op int-constant` (`n - 1`, `i + 1`, `n < 2`): reads the slot directly.
    func localAndConstant(_ l: Expr, _ r: Expr) -> (Int, Int)? {
        guard case .name(let n) = l.kind, case .local(let slot) = scope.resolution(of: n),
              case .constant(.int(let c)) = r.kind else { return nil }
        return (slot, c)
    }

    func compileLocalConstantBinary(_ l: Expr, _ op: BinaryOp, _ r: Expr) throws -> Eval? {
        guard let (slot, c) = localAndConstant(l, r) else { return nil }
        let slow = try compileBinary(op, try compile(l), try compile(r))
        switch op {
        case .add:
            return { f in
                if case .int(let i)? = f.slots[slot] {
                    let (x, o) = i.addingReportingOverflow(c)
                    if !o { return .int(x) }
                }
                return try slow(f)
            }
        case .sub:
            return { f in
                if case .int(let i)? = f.slots[slot] {
                    let (x, o) = i.subtractingReportingOverflow(c)
                    if !o { return .int(x) }
                }
                return try slow(f)
            }
        default:
            return nil
        }
    }

    func compileCompare(_ first: Expr, _ rest: [(CompareOperator, Expr)]) throws -> Eval {
        if rest.count == 1, let (slot, c) = localAndConstant(first, rest[0].1) {
            let op = rest[0].0
            let slow = try compileGeneralCompare(first, rest)
            switch op {
            case .lt: return { f in if case .int(let i)? = f.slots[slot] { return .bool(i < c) }; return try slow(f) }
            case .ltE: return { f in if case .int(let i)? = f.slots[slot] { return .bool(i <= c) }; return try slow(f) }
            case .gt: return { f in if case .int(let i)? = f.slots[slot] { return .bool(i > c) }; return try slow(f) }
            case .gtE: return { f in if case .int(let i)? = f.slots[slot] { return .bool(i >= c) }; return try slow(f) }
            case .eq: return { f in if case .int(let i)? = f.slots[slot] { return .bool(i == c) }; return try slow(f) }
            case .notEq: return { f in if case .int(let i)? = f.slots[slot] { return .bool(i != c) }; return try slow(f) }
            default: return slow
            }
        }
        return try compileGeneralCompare(first, rest)
    }

    func compileGeneralCompare(_ first: Expr, _ rest: [(CompareOperator, Expr)]) throws -> Eval {
        let left = try compile(first)
        if rest.count == 1 {
            let (op, rhs) = rest[0]
            let right = try compile(rhs)
            return { f in
                let x = try left(f), y = try right(f)
                if case .int(let i) = x, case .int(let j) = y {
                    switch op {
                    case .lt: return .bool(i < j)
                    case .ltE: return .bool(i <= j)
                    case .gt: return .bool(i > j)
                    case .gtE: return .bool(i >= j)
                    case .eq: return .bool(i == j)
                    case .notEq: return .bool(i != j)
                    default: break
                    }
                }
                return try compare(op, x, y)
            }
        }
        let ops = rest.map { $0.0 }
        let rights = try compileEach(rest.map { $0.1 })
        return { f in
            var x = try left(f)
            var result: Value = .bool(true)
            for i in 0..<ops.count {
                let y = try rights[i].run(f)
                result = try compare(ops[i], x, y)
                if !(try truthy(result)) { return result }
                x = y
            }
            return result
        }
    }

    /// Builds a list from display items, expanding `*iterable` entries.
    func compileStarredList(_ items: [Expr]) throws -> (Frame) throws -> [Value] {
        let parts: [(Bool, Eval)] = try items.map { item in
            if case .starred(let inner) = item.kind { return (true, try compile(inner)) }
            return (false, try compile(item))
        }
        return { f in
            var out: [Value] = []
            out.reserveCapacity(parts.count)
            for (star, p) in parts {
                if star { out.append(contentsOf: try iterateToArray(try p(f))) } else { out.append(try p(f)) }
            }
            return out
        }
    }

    // MARK: f-strings

    func compileFString(_ parts: [FStringPart]) throws -> Eval {
        let pieces: [(Frame) throws -> String] = try parts.map { part in
            switch part {
            case .literal(let s):
                return { _ in s }
            case .field(let value, let conversion, let spec):
                let v = try compile(value)
                let specEval = try spec.map { try compileFString($0) }
                return { f in
                    var x = try v(f)
                    switch conversion {
                    case "r": x = .str(try repr(x))
                    case "s": x = .str(try str(x))
                    case "a": x = .str(asciiEscaped(try repr(x)))
                    default: break
                    }
                    let specText = try specEval.map { try str(try $0(f)) } ?? ""
                    if specText.isEmpty, let s = x.stringValue { return s }
                    return try formatValue(x, specText)
                }
            }
        }
        return { f in
            var out = ""
            for p in pieces { out += try p(f) }
            return .str(out)
        }
    }
}

/// `truthy` with the common cases inline.
@inline(__always)
func truthy(_ v: Value) throws -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .none: return false
    default: return try isTruthy(v)
    }
}

/// `ascii()`: non-ASCII characters of a repr escaped.
func asciiEscaped(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        if u.value < 128 { out.unicodeScalars.append(u) }
        else if u.value < 0x100 { out += "\\x" + String(u.value, radix: 16).leftPad(2) }
        else if u.value < 0x10000 { out += "\\u" + String(u.value, radix: 16).leftPad(4) }
        else { out += "\\U" + String(u.value, radix: 16).leftPad(8) }
    }
    return out
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
