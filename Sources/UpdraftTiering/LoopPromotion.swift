// The compiled form of one loop, for on-stack replacement and loop lifting.
//
// A hot loop is compiled as a function of its live-ins (the locals it reads, with the kinds
// they have at the loop header right now) and of where the iteration stands, and returns its
// live-outs (every local the loop assigns) with their numpy bits:
//
//     for elemx in x:                 def HeavyFunction__loop7(ret, elemy, elemx, __seq, __start):
//         for elemy in y:                 <numpy bits of the live-ins>
//             ret.append(...)             for __k in range(__start, len(__seq)):
//                                             elemx = __seq[__k]
//                                             for elemy in y: ...
//                                         return (elemx, elemy, __npb_elemx, __npb_elemy)
//
// The same analysis as whole-function promotion decides what is safe (PromotionAnalyzer), with
// one more kind of effect allowed: appending numbers to a list. Lists are copied into native
// buffers and reflected back only when the compiled loop finished, so a failed guard leaves the
// interpreter's state exactly as it was at the loop header and the interpreter resumes there.

import UpdraftCompiler
import UpdraftRuntime
import UpdraftSyntax

/// A loop the tier can compile for one set of live-in kinds.
struct LoopPlan {
    let definition: FunctionDef
    /// Live-ins in parameter order (before the cursor parameters).
    let liveIns: [String]
    /// Live-outs in result order; the result tuple holds their values, then their numpy bits.
    let liveOuts: [String]
    /// Base kind of each live-out: 0 bool, 1 int, 2 float.
    let outBases: [Int]
    /// The loop contains `return`: the base kind of the value it returns. The result tuple
    /// then ends with (returned?, value, its numpy bit).
    let returnBase: Int?
    /// The numpy bit of the items each list live-in receives.
    let listBits: [String: Bool]
    /// The base kind of each list live-in's items (0 bool, 1 int, 2 float).
    let listElementBases: [String: Int]
    /// Array live-ins the loop stores into: snapshotted before each entry, restored if it fails.
    let storedArrays: Set<String>
}

/// How the loop continues from the header: the parameters that follow the live-ins.
enum LoopEntry {
    case range
    case sequence
    case whileLoop
}

extension PromotionAnalyzer {
    func appendToList(_ l: String, _ i: Info, _ s: Stmt) throws {
        if let e = listElements[l] {
            guard e.base == i.base else {
                throw reject("appends \(["bool", "int", "float"][i.base]) values to a list of \(["bool", "int", "float"][e.base])", s)
            }
        } else {
            listElements[l] = i
        }
        if !emitting { appendedBits[l, default: []].append(i.bit) }
    }

    func isArrayElement(_ target: Expr) -> Bool {
        guard case .subscript(let t, _) = target.kind, case .name(let a) = t.kind, case .array? = params[a] else { return false }
        return true
    }

    /// `a[i] = v`, `a[i, j] += v`: one element of an array live-in, a number stored into it.
    func storeElement(_ target: Expr, _ value: Info?, _ s: Stmt) throws {
        guard case .subscript(let t, let index) = target.kind, case .name(let a) = t.kind,
              case .array(.array(let d, let ndim, _, _))? = params[a] else { throw reject("stores into something other than an array element", s) }
        let indices: [Expr]
        if case .tuple(let items) = index.kind { indices = items } else { indices = [index] }
        guard indices.count == ndim else { throw reject("a store that does not select one element", s) }
        for ix in indices {
            if case .slice = ix.kind { throw reject("a store into a slice", s) }
            if let i = try eval(ix), i.base != 1 { throw reject("a non-integer index", s) }
        }
        if let v = value, v.base == 2, d != .float(bits: 64) {
            throw reject("stores a float into an integer array", s)
        }
        storedArrays.insert(a)
    }

    /// A value that is a numpy scalar on every path. Known only once every assignment has been
    /// seen: the passes before the emitting one give the benefit of the doubt, the emitting one decides.
    func surelyNumpy(_ bit: Bit) -> Bool {
        if bit.one { return true }
        return emitting ? constantBit(bit) == true : true
    }

    /// Whether a variable is a numpy scalar on every path (true), never (false), or it depends (nil).
    func constantBit(_ bit: Bit) -> Bool? {
        var visiting: Set<String> = []
        return resolve(bit, &visiting)
    }

    private func resolve(_ bit: Bit, _ visiting: inout Set<String>) -> Bool? {
        if bit.one { return true }
        var result = false
        for v in bit.vars.sorted() {
            guard let c = variableBit(v, &visiting) else { return nil }
            result = result || c
        }
        return result
    }

    private func variableBit(_ v: String, _ visiting: inout Set<String>) -> Bool? {
        // A cycle (`s = s + x`) adds nothing to the OR that the other assignments do not.
        if visiting.contains(v) { return false }
        visiting.insert(v)
        defer { visiting.remove(v) }
        var values: Set<Bool> = []
        if let k = params[v] { values.insert(k.isNumpy) }
        for b in assignedBits[v] ?? [] {
            guard let c = resolve(b, &visiting) else { return nil }
            values.insert(c)
        }
        return values.count == 1 ? values.first! : values.isEmpty ? false : nil
    }

    /// Plans `def.body == [loop]`: `outs` are the locals the loop assigns, in order.
    func loopPlan(entry: LoopEntry, liveIns: [String], outs: [String], arraySequence: Bool, returns: Bool) throws -> LoopPlan {
        let loop = def.body[0]
        let loc0 = loop.location
        // `return` in the loop (LoopReturns below): a flag set before leaving the loop.
        let flagInit = Stmt(.assign(targets: [Expr(.name(LoopReturns.flag), loc0)], value: Expr(.constant(.bool(false)), loc0)), loc0)
        let analysed = returns ? [flagInit, loop] : [loop]
        storesArrays = true
        for pass in 0..<8 {
            unknown = false
            assignedBits = [:]
            appendedBits = [:]
            let before = base
            _ = try emit(analysed)
            firstPass = false
            if pass > 0 && !unknown && base == before { break }
        }
        if unknown { throw Rejection(reason: "a local variable may be read before it is assigned", line: loop.location.line) }
        var listBits: [String: Bool] = [:]
        for (l, bits) in appendedBits {
            var seen: Set<Bool> = []
            if case .list(let e?)? = params[l] { seen.insert(e.isNumpy) }
            for b in bits {
                guard let c = constantBit(b) else {
                    throw Rejection(reason: "appends to '\(l)' values that are numpy scalars on some paths only", line: loop.location.line)
                }
                seen.insert(c)
            }
            guard seen.count == 1 else {
                throw Rejection(reason: "appends to '\(l)' both Python numbers and numpy scalars", line: loop.location.line)
            }
            listBits[l] = seen.first!
        }
        var outBases: [Int] = []
        for n in outs {
            guard let b = base[n] else { throw Rejection(reason: "the type of '\(n)' after the loop is not known", line: loop.location.line) }
            outBases.append(b)
        }
        emitting = true
        let loc = loop.location
        var body: [Stmt] = []
        for name in locals.sorted() where params[name] == nil { body.append(assignBit(name, .zero, loc)) }
        for p in def.args.args {
            if let k = params[p.name], k.base != nil { body.append(assignBit(p.name, k.isNumpy ? .set : .zero, loc)) }
        }
        var returnBase: Int? = nil
        if returns {
            guard let b = base[LoopReturns.value] else { throw Rejection(reason: "the type of the value returned in the loop is not known", line: loc.line) }
            returnBase = b
            let zero: Constant = b == 0 ? .bool(false) : b == 1 ? .int(0) : .float(0)
            body.append(Stmt(.assign(targets: [Expr(.name(LoopReturns.value), loc)], value: Expr(.constant(zero), loc)), loc))
        }
        let emitted = try emit(analysed)
        body += entry == .sequence ? emitted.map { resumed($0, overArray: arraySequence) } : emitted
        var values = outs.map { Expr(.name($0), loc) } + outs.map { Expr(.name("__npb_" + $0), loc) }
        if returns {
            values += [LoopReturns.flag, LoopReturns.value, "__npb_" + LoopReturns.value].map { Expr(.name($0), loc) }
        }
        let result = values.isEmpty ? Expr(.constant(.int(0)), loc) : Expr(.tuple(values), loc)
        body.append(Stmt(.return(result), loc))
        var d = def
        d.body = body
        d.decorators = []
        return LoopPlan(definition: d, liveIns: liveIns, liveOuts: outs, outBases: outBases, returnBase: returnBase, listBits: listBits,
                        listElementBases: listElements.mapValues(\.base),
                        storedArrays: storedArrays)
    }

    /// The loop continues at the iterator's position: over an array, `for v in __seq[__start:]`
    /// (a view: no index to check, so no bounds-check versioning of the loop, which tripled
    /// the compile time); over a list, `for __k in range(__start, len(__seq)): v = __seq[__k]`.
    private func resumed(_ s: Stmt, overArray: Bool) -> Stmt {
        guard case .for(let target, let iter, let body, let orElse) = s.kind else { return s }
        let loc = s.location
        func name(_ n: String) -> Expr { Expr(.name(n), loc) }
        if overArray {
            let rest = Expr(.subscript(iter, Expr(.slice(lower: name("__start"), upper: nil, step: nil), loc)), loc)
            var out = s
            out.kind = .for(target: target, iter: rest, body: body, orElse: orElse)
            return out
        }
        let len = Expr(.call(name("len"), args: [iter], keywords: []), loc)
        let range = Expr(.call(name("range"), args: [name("__start"), len], keywords: []), loc)
        let item = Stmt(.assign(targets: [target], value: Expr(.subscript(iter, name("__k")), loc)), loc)
        var out = s
        out.kind = .for(target: name("__k"), iter: range, body: [item] + body, orElse: orElse)
        return out
    }
}

/// The names a statement reads and assigns (locals of the loop's function are among them).
struct LoopNames {
    var used: [String] = []
    var assigned: [String] = []
    private var usedSet: Set<String> = []
    private var assignedSet: Set<String> = []

    init(_ s: Stmt) { visit(s) }

    private mutating func use(_ n: String) { if usedSet.insert(n).inserted { used.append(n) } }
    private mutating func assign(_ n: String) {
        use(n)
        if assignedSet.insert(n).inserted { assigned.append(n) }
    }

    private mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .assign(let targets, let value):
            for t in targets { target(t) }
            visit(value)
        case .augAssign(let t, _, let value):
            target(t)
            visit(value)
        case .for(let t, let iter, let body, let orElse):
            target(t)
            visit(iter)
            body.forEach { visit($0) }
            orElse.forEach { visit($0) }
        case .while(let test, let body, let orElse):
            visit(test)
            body.forEach { visit($0) }
            orElse.forEach { visit($0) }
        case .if(let test, let body, let orElse):
            visit(test)
            body.forEach { visit($0) }
            orElse.forEach { visit($0) }
        case .expr(let e): visit(e)
        case .return(let e): if let e { visit(e) }
        default: break
        }
    }

    private mutating func target(_ e: Expr) {
        switch e.kind {
        case .name(let n): assign(n)
        case .tuple(let items), .list(let items): items.forEach { target($0) }
        default: visit(e)
        }
    }

    private mutating func visit(_ e: Expr) {
        if case .name(let n) = e.kind { use(n); return }
        for child in Mirror(reflecting: e.kind).children { walk(child.value) }
    }

    private mutating func walk(_ value: Any) {
        if let e = value as? Expr { visit(e); return }
        if let es = value as? [Expr] { es.forEach { visit($0) }; return }
        if let o = value as? Expr? { if let e = o { visit(e) }; return }
        for child in Mirror(reflecting: value).children { walk(child.value) }
    }
}

/// Local lists that a function only ever creates empty and appends to: nothing can observe their
/// items (no read, no call, no return, no alias), so a compiled loop need not copy its appends
/// back — numba never boxes such a list either. The first_sight notebook's `ret` is one.
func writeOnlyLists(_ def: FunctionDef) -> Set<String> {
    var uses: [String: Int] = [:]
    var benign: [String: Int] = [:]
    func visitExpr(_ e: Expr) {
        if case .name(let n) = e.kind { uses[n, default: 0] += 1; return }
        if case .call(let f, let args, let kw) = e.kind, case .attribute(let t, "append") = f.kind,
           case .name(let n) = t.kind, kw.isEmpty, args.count == 1 {
            benign[n, default: 0] += 1
        }
        for child in Mirror(reflecting: e.kind).children { walk(child.value) }
    }
    func visitStmt(_ s: Stmt) {
        if case .assign(let targets, let value) = s.kind, targets.count == 1, case .name(let n) = targets[0].kind,
           case .list(let items) = value.kind, items.isEmpty {
            benign[n, default: 0] += 1
        }
        for child in Mirror(reflecting: s.kind).children { walk(child.value) }
    }
    func walk(_ value: Any) {
        if let e = value as? Expr { visitExpr(e); return }
        if let s = value as? Stmt { visitStmt(s); return }
        if let n = value as? String, value is String { _ = n; return }
        for child in Mirror(reflecting: value).children { walk(child.value) }
    }
    def.body.forEach(visitStmt)
    let params = Set((def.args.positionalOnly + def.args.args + def.args.keywordOnly).map(\.name)
                     + [def.args.vararg?.name, def.args.kwarg?.name].compactMap { $0 })
    var out: Set<String> = []
    for (n, count) in benign where uses[n] == count && !params.contains(n) { out.insert(n) }
    return out
}

/// `return v` inside a compiled loop becomes `_updraft_ret = v; _updraft_returned = True; break`,
/// and every loop nested in it is followed by `if _updraft_returned: break`, so the compiled loop
/// ends and the tier makes the function return `v` (LoopTiering.swift).
enum LoopReturns {
    static let flag = "_updraft_returned"
    static let value = "_updraft_ret"

    /// The loop with its returns lowered, and whether it had any; nil for a bare `return`.
    static func lower(_ s: Stmt) -> (Stmt, Bool)? {
        var found = false
        var bare = false
        func block(_ stmts: [Stmt]) -> [Stmt] {
            var out: [Stmt] = []
            for st in stmts {
                let loc = st.location
                switch st.kind {
                case .return(let v):
                    guard let v else { bare = true; out.append(st); continue }
                    found = true
                    out.append(Stmt(.assign(targets: [Expr(.name(value), loc)], value: v), loc))
                    out.append(Stmt(.assign(targets: [Expr(.name(flag), loc)], value: Expr(.constant(.bool(true)), loc)), loc))
                    out.append(Stmt(.break, loc))
                case .if(let test, let body, let orElse):
                    var t = st
                    t.kind = .if(test: test, body: block(body), orElse: block(orElse))
                    out.append(t)
                case .for, .while:
                    let before = found
                    found = false
                    out.append(loop(st))
                    if found {
                        out.append(Stmt(.if(test: Expr(.name(flag), loc), body: [Stmt(.break, loc)], orElse: []), loc))
                    }
                    found = found || before
                default:
                    out.append(st)
                }
            }
            return out
        }
        func loop(_ st: Stmt) -> Stmt {
            var t = st
            switch st.kind {
            case .for(let target, let iter, let body, let orElse):
                t.kind = .for(target: target, iter: iter, body: block(body), orElse: orElse)
            case .while(let test, let body, let orElse):
                t.kind = .while(test: test, body: block(body), orElse: orElse)
            default: break
            }
            return t
        }
        let lowered = loop(s)
        return bare ? nil : (lowered, found)
    }
}
