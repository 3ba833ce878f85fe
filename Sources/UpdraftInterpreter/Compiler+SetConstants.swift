// Set displays as CPython 3.11 compiles them, which decides their iteration order.
//
// CPython turns some set displays into frozenset constants at compile time:
//   * `for x in {1, 2, 3}` and comprehension iterables `... for x in {1, 2, 3}` whose items
//     are all constants (after constant folding, so `-1` and `(1, 2)` count) become the
//     frozenset itself (Python/ast_opt.c fold_iter);
//   * so does the last operand of `in` / `not in` (fold_compare);
//   * a display of more than two constants becomes `BUILD_SET 0; LOAD_CONST frozenset;
//     SET_UPDATE`, i.e. the frozenset merged into a new set (compile.c starunpack_helper).
// Each such frozenset is built by adding the items left to right, and then, when the compiler
// registers it as a constant (merge_consts_recursive), rebuilt by adding its items in that
// first set's iteration order. Equal constants are shared by the whole module: a later
// frozenset constant with the same items (of the same types) is the one first registered, in
// whatever order its display listed them.
//
// `SetConstantPlanner` walks a module in CPython's code-generation order before compiling,
// builds those frozensets and records which one each site uses; `compile(.set)` looks its node
// up. Other displays add their items left to right (`BUILD_SET`), with `*iterable` items merged
// by `set.update` (`SET_UPDATE`).

import BigInt
import UpdraftRuntime
import UpdraftSyntax

struct SetConstantSite {
    enum Kind { case display, iterable, membership }
    let kind: Kind
    let frozenset: PySet
}

struct SetConstantSiteKey: Hashable {
    let line: Int
    let column: Int
    let endLine: Int
    let endColumn: Int
    let key: String

    init(_ location: SourceLocation, _ key: String) {
        line = location.line
        column = location.column
        endLine = location.endLine
        endColumn = location.endColumn
        self.key = key
    }
}

final class SetConstantPlanner {
    private let compiler: Compiler
    /// Registered frozenset constants by constant key (`_PyCode_ConstantKey`).
    private var registered: [String: PySet] = [:]
    private(set) var sites: [SetConstantSiteKey: SetConstantSite] = [:]

    init(_ compiler: Compiler) {
        self.compiler = compiler
    }

    func plan(_ body: [Stmt]) -> [SetConstantSiteKey: SetConstantSite] {
        visit(body)
        return sites
    }

    // MARK: Statements, in compile.c's order

    private func visit(_ body: [Stmt]) {
        for s in body { visit(s) }
    }

    private func visit(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): visit(e)
        case .assign(let targets, let value):
            visit(value)
            for t in targets { visit(t) }
        case .augAssign(let target, _, let value):
            visit(target)
            visit(value)
        case .annAssign(let target, let annotation, let value):
            if let value { visit(value) }
            visit(target)
            visit(annotation)
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            visit(test)
            visit(body)
            visit(orElse)
        case .for(let target, let iter, let body, let orElse):
            visitIterable(iter)
            visit(target)
            visit(body)
            visit(orElse)
        case .functionDef(let def):
            for d in def.decorators { visit(d) }
            visitDefaults(def.args)
            let a = def.args
            for p in a.args + a.positionalOnly { if let ann = p.annotation { visit(ann) } }
            if let ann = a.vararg?.annotation { visit(ann) }
            for p in a.keywordOnly { if let ann = p.annotation { visit(ann) } }
            if let ann = a.kwarg?.annotation { visit(ann) }
            if let r = def.returns { visit(r) }
            visit(def.body)
        case .classDef(let cls):
            for d in cls.decorators { visit(d) }
            visit(cls.body)
            for b in cls.bases { visit(b) }
            for k in cls.keywords { visit(k.value) }
        case .return(let value):
            if let value { visit(value) }
        case .try(let body, let handlers, let orElse, let finalBody):
            visit(body)
            visit(orElse)
            for h in handlers {
                if let t = h.type { visit(t) }
                visit(h.body)
            }
            visit(finalBody)
        case .raise(let exception, let cause):
            if let exception { visit(exception) }
            if let cause { visit(cause) }
        case .with(let items, let body):
            for item in items {
                visit(item.context)
                if let t = item.target { visit(t) }
            }
            visit(body)
        case .assert(let test, let message):
            visit(test)
            if let message { visit(message) }
        case .delete(let targets):
            for t in targets { visit(t) }
        case .break, .continue, .pass, .global, .nonlocal, .import, .importFrom:
            break
        }
    }

    private func visitDefaults(_ args: Arguments) {
        for d in args.defaults { visit(d) }
        for case let d? in args.keywordDefaults { visit(d) }
    }

    // MARK: Expressions, in compile.c's order

    private func visit(_ e: Expr) {
        switch e.kind {
        case .name, .constant:
            break
        case .set(let items):
            if items.count > 2, register(e, items, .display) { return }
            for x in items { visit(x) }
        case .compare(let left, let pairs):
            visit(left)
            for (index, pair) in pairs.enumerated() {
                if index == pairs.count - 1, pair.0 == .in || pair.0 == .notIn,
                   case .set(let items) = pair.1.kind, register(pair.1, items, .membership) {
                    continue
                }
                visit(pair.1)
            }
        case .joinedString(let parts):
            visitParts(parts)
        case .binary(let left, _, let right):
            visit(left)
            visit(right)
        case .unary(_, let operand):
            visit(operand)
        case .boolean(_, let values):
            for v in values { visit(v) }
        case .ifExp(let test, let body, let orElse):
            visit(test)
            visit(body)
            visit(orElse)
        case .lambda(let args, let body):
            visitDefaults(args)
            visit(body)
        case .call(let function, let args, let keywords):
            visit(function)
            for a in args { visit(a) }
            for k in keywords { visit(k.value) }
        case .attribute(let value, _):
            visit(value)
        case .subscript(let value, let index):
            visit(value)
            visit(index)
        case .slice(let lower, let upper, let step):
            if let lower { visit(lower) }
            if let upper { visit(upper) }
            if let step { visit(step) }
        case .tuple(let elements), .list(let elements):
            for x in elements { visit(x) }
        case .dict(let entries):
            for entry in entries {
                if let k = entry.key { visit(k) }
                visit(entry.value)
            }
        case .starred(let value), .yieldFrom(let value), .namedExpr(_, let value):
            visit(value)
        case .yield(let value):
            if let value { visit(value) }
        case .listComp(let element, let gens), .setComp(let element, let gens), .generatorExp(let element, let gens):
            visitComprehension(gens, [element])
        case .dictComp(let key, let value, let gens):
            visitComprehension(gens, [key, value])
        }
    }

    /// The body (later clauses' iterables, targets, conditions, the element) is compiled
    /// before the outermost iterable, which is evaluated in the enclosing scope.
    private func visitComprehension(_ gens: [Comprehension], _ elements: [Expr]) {
        for (index, g) in gens.enumerated() {
            if index > 0 { visitIterable(g.iter) }
            visit(g.target)
            for cond in g.ifs { visit(cond) }
        }
        for e in elements { visit(e) }
        if let first = gens.first { visitIterable(first.iter) }
    }

    private func visitIterable(_ e: Expr) {
        if case .set(let items) = e.kind, register(e, items, .iterable) { return }
        visit(e)
    }

    private func visitParts(_ parts: [FStringPart]) {
        for part in parts {
            if case .field(let value, _, let spec) = part {
                visit(value)
                if let spec { visitParts(spec) }
            }
        }
    }

    // MARK: Registering constants

    /// Records a site whose items all fold to constants; false (nothing recorded) otherwise.
    private func register(_ e: Expr, _ items: [Expr], _ kind: SetConstantSite.Kind) -> Bool {
        guard let (key, built) = compiler.constantFrozenSet(items) else { return false }
        let frozenset: PySet
        if let existing = registered[key] {
            frozenset = existing
        } else {
            // merge_consts_recursive rebuilds the set from its own iteration order.
            let rebuilt = PySet(frozen: true)
            for v in built.elements { try? rebuilt.add(v) }
            registered[key] = rebuilt
            frozenset = rebuilt
        }
        sites[SetConstantSiteKey(e.location, key)] = SetConstantSite(kind: kind, frozenset: frozenset)
        return true
    }
}

extension Compiler {
    /// The constant set site of a set display node, if the planner recorded one.
    func setConstantSite(_ e: Expr, _ items: [Expr]) -> SetConstantSite? {
        if setConstantSites.isEmpty { return nil }
        guard let (key, _) = constantFrozenSet(items) else { return nil }
        return setConstantSites[SetConstantSiteKey(e.location, key)]
    }

    /// `frozenset(items)` built left to right when every item folds to a constant, with its
    /// constant key; nil otherwise.
    func constantFrozenSet(_ items: [Expr]) -> (String, PySet)? {
        var values: [Value] = []
        for item in items {
            guard let v = foldedConstant(item) else { return nil }
            values.append(v)
        }
        let built = PySet(frozen: true)
        do {
            for v in values { try built.add(v) }
        } catch {
            return nil
        }
        var keys: [String] = []
        for v in built.elements {
            guard let k = constantKey(v) else { return nil }
            keys.append(k)
        }
        keys.sort()
        return ("F\(keys.count){" + keys.joined(separator: "|") + "}", built)
    }

    /// The value CPython's AST optimizer folds `e` to (constants, unary and binary operators
    /// on constants within its size limits, tuples of constants, constant subscripts), or nil.
    func foldedConstant(_ e: Expr) -> Value? {
        switch e.kind {
        case .constant(let c):
            return try? constantValue(c, e.location)
        case .unary(let op, let operand):
            guard let v = foldedConstant(operand) else { return nil }
            if op == .not {
                guard let t = try? truthy(v) else { return nil }
                return .bool(!t)
            }
            return try? unaryOp(op, v)
        case .binary(let l, let op, let r):
            guard op != .matMul, let a = foldedConstant(l), let b = foldedConstant(r),
                  foldingIsSafe(op, a, b) else { return nil }
            return try? binaryOp(op, a, b)
        case .tuple(let elements):
            var values: [Value] = []
            for x in elements {
                guard let v = foldedConstant(x) else { return nil }
                values.append(v)
            }
            return .tuple(values)
        case .subscript(let value, let index):
            guard let a = foldedConstant(value), let b = foldedConstant(index) else { return nil }
            return try? getItem(a, b)
        default:
            return nil
        }
    }

    /// ast_opt.c's safe_multiply / safe_power / safe_lshift / safe_mod limits: results that
    /// would be too large are left to run time.
    private func foldingIsSafe(_ op: BinaryOp, _ a: Value, _ b: Value) -> Bool {
        let maxIntBits = 128, maxCollection = 256, maxString = 4096
        func bits(_ v: Value) -> Int? { v.bigIntValue.map { $0.magnitude.bitWidth } }
        func length(_ v: Value) -> (Int, isString: Bool)? {
            guard case .object(let o) = v else { return nil }
            if let t = o as? PyTuple { return (t.items.count, false) }
            if let s = o as? PyStr { return (s.value.unicodeScalars.count, true) }
            return nil
        }
        switch op {
        case .mul:
            if let x = a.bigIntValue, let y = b.bigIntValue {
                if x != 0 && y != 0, let bx = bits(a), let by = bits(b), bx + by > maxIntBits { return false }
                return true
            }
            let (count, seq) = a.bigIntValue != nil ? (a, b) : (b, a)
            guard let n = count.bigIntValue, let (size, isString) = length(seq), size > 0 else { return true }
            let limit = isString ? maxString : maxCollection
            return n >= 0 && n <= BigInt(limit / size)
        case .pow:
            guard let x = a.bigIntValue, let y = b.bigIntValue, x != 0, y > 0 else { return true }
            guard let bx = bits(a), let w = Int(exactly: y) else { return false }
            return bx <= maxIntBits / w
        case .lShift:
            guard let x = a.bigIntValue, let y = b.bigIntValue, x != 0, y != 0 else { return true }
            guard y > 0, let w = Int(exactly: y), let bx = bits(a) else { return false }
            return w <= maxIntBits && bx <= maxIntBits - w
        case .mod:
            if case .object(let o) = a, o is PyStr { return false }
            return true
        default:
            return true
        }
    }
}

/// `_PyCode_ConstantKey` as a string: equal for constants CPython would merge (same value and
/// type; 0.0 and -0.0 differ, a NaN equals nothing).
private func constantKey(_ v: Value) -> String? {
    switch v {
    case .int(let i): return "i\(i)"
    case .bool(let b): return b ? "b1" : "b0"
    case .float(let d):
        return d.isNaN ? "fnan" : "f\(d.bitPattern)"
    case .none: return "N"
    case .object(let o):
        if let i = o as? PyInt { return "i\(i.value)" }
        if let s = o as? PyStr { return "s\(s.value.utf8.count):\(s.value)" }
        if let t = o as? PyTuple {
            var parts: [String] = []
            for item in t.items {
                guard let k = constantKey(item) else { return nil }
                parts.append(k)
            }
            return "t\(parts.count)(" + parts.joined(separator: "|") + ")"
        }
        if o === PySingleton.ellipsis { return "E" }
        return nil
    }
}

extension Compiler {
    /// A set display: a frozenset constant (merged into a new set, or used as is where CPython
    /// folds it), else `BUILD_SET` / `SET_ADD` / `SET_UPDATE` as compile.c's
    /// starunpack_helper emits them.
    func compileSetDisplay(_ e: Expr, _ items: [Expr]) throws -> Eval {
        if let site = setConstantSite(e, items) {
            let frozenset = site.frozenset
            switch site.kind {
            case .display:
                return { _ in
                    let s = PySet()
                    try s.merge(frozenset)
                    return .object(s)
                }
            case .iterable, .membership:
                return { _ in .object(frozenset) }
            }
        }
        let parts: [(star: Bool, eval: Eval)] = try items.map { item in
            if case .starred(let inner) = item.kind { return (true, try compile(inner)) }
            return (false, try compile(item))
        }
        let hasStar = parts.contains { $0.star }
        // More than 30 items are added one by one as they are evaluated (STACK_USE_GUIDELINE).
        let big = items.count > 30
        if !hasStar && !big {
            let evals = parts.map(\.eval)
            return { f in
                let values = try evals.map { try $0(f) }
                let s = PySet()
                for v in values { try s.add(v) }
                return .object(s)
            }
        }
        return { f in
            let s = PySet()
            var built = big
            var pending: [Value] = []
            for part in parts {
                if part.star {
                    if !built {
                        for v in pending { try s.add(v) }
                        pending.removeAll()
                        built = true
                    }
                    try s.update(from: try part.eval(f))
                } else {
                    let v = try part.eval(f)
                    if built { try s.add(v) } else { pending.append(v) }
                }
            }
            for v in pending { try s.add(v) }
            return .object(s)
        }
    }
}
