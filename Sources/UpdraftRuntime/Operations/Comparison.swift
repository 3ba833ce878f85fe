// Rich comparisons and membership: exact int/float comparison, lexicographic sequences,
// set inclusion, user `__eq__`/`__lt__` with the reflected fallback, and CPython's TypeError.

import BigInt

/// `a op b` for the comparison operators (including `in`, `is`).
public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
    switch op {
    case .is: return .bool(a.isIdentical(to: b))
    case .isNot: return .bool(!a.isIdentical(to: b))
    case .in: return .bool(try contains(b, a))
    case .notIn: return .bool(!(try contains(b, a)))
    default: break
    }
    switch (a, b) {
    case (.int(let x), .int(let y)): return .bool(compareOrdered(op, x, y))
    case (.float(let x), .float(let y)): return .bool(compareOrdered(op, x, y))
    default: break
    }
    if let order = try builtinOrder(a, b) {
        guard let c = order else {
            // Unordered (nan): only != holds.
            return .bool(op == .notEq)
        }
        return .bool(orderSatisfies(op, c))
    }
    return try richCompare(op, a, b)
}

@inline(__always)
func compareOrdered<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
    switch op {
    case .eq: return x == y
    case .notEq: return x != y
    case .lt: return x < y
    case .ltE: return x <= y
    case .gt: return x > y
    case .gtE: return x >= y
    default: return false
    }
}

func orderSatisfies(_ op: CompareOp, _ c: Int) -> Bool {
    switch op {
    case .eq: return c == 0
    case .notEq: return c != 0
    case .lt: return c < 0
    case .ltE: return c <= 0
    case .gt: return c > 0
    case .gtE: return c >= 0
    default: return false
    }
}

/// -1/0/1 for numbers and strings; `.some(nil)` for unordered floats; nil when the
/// builtin rules do not apply (so sequences and user types go through `richCompare`).
func builtinOrder(_ a: Value, _ b: Value) throws -> Int?? {
    if let x = numericKey(a), let y = numericKey(b) { return .some(compareNumbers(x, y)) }
    if case .object(let oa) = a, case .object(let ob) = b, let sa = oa as? PyStr, let sb = ob as? PyStr {
        return .some(compareStrings(sa.value, sb.value))
    }
    return nil
}

enum NumericKey {
    case int(Int)
    case big(BigInt)
    case float(Double)
}

func numericKey(_ v: Value) -> NumericKey? {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(d)
    case .object(let o): return (o as? PyInt).map { .big($0.value) }
    case .none: return nil
    }
}

func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }

/// Exact comparison of ints and floats, as CPython does (no rounding of the int).
func compareNumbers(_ a: NumericKey, _ b: NumericKey) -> Int? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return sign(x, y)
    case (.float(let x), .float(let y)): return x.isNaN || y.isNaN ? nil : sign(x, y)
    case (.big(let x), .big(let y)): return sign(x, y)
    case (.int(let x), .big(let y)): return sign(BigInt(x), y)
    case (.big(let x), .int(let y)): return sign(x, BigInt(y))
    case (.float(let x), _):
        guard let r = compareNumbers(b, .float(x)) else { return nil }
        return -r
    case (.int(let x), .float(let y)): return compareIntFloat(BigInt(x), y)
    case (.big(let x), .float(let y)): return compareIntFloat(x, y)
    }
}

func compareIntFloat(_ x: BigInt, _ y: Double) -> Int? {
    if y.isNaN { return nil }
    if y.isInfinite { return y > 0 ? -1 : 1 }
    let floorY = y.rounded(.down)
    guard let whole = pyFloatToBigInt(floorY) else { return nil }
    if x < whole { return -1 }
    if x > whole { return 1 }
    return floorY == y ? 0 : -1
}

/// Code-point order (UTF-8 byte order is the same as code-point order).
public func compareStrings(_ a: String, _ b: String) -> Int {
    var ia = a.utf8.makeIterator()
    var ib = b.utf8.makeIterator()
    while true {
        switch (ia.next(), ib.next()) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let x?, let y?): if x != y { return x < y ? -1 : 1 }
        }
    }
}

func reflected(_ op: CompareOp) -> CompareOp {
    switch op {
    case .lt: return .gt
    case .gt: return .lt
    case .ltE: return .gtE
    case .gtE: return .ltE
    default: return op
    }
}

func dunderName(_ op: CompareOp) -> String {
    switch op {
    case .eq: return "__eq__"
    case .notEq: return "__ne__"
    case .lt: return "__lt__"
    case .ltE: return "__le__"
    case .gt: return "__gt__"
    default: return "__ge__"
    }
}

func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
    if case .object(let oa) = a, case .object(let ob) = b {
        if let r = try sequenceCompare(op, oa, ob) { return r }
    }
    let aUser = userClass(a)
    let bUser = userClass(b)
    if let bc = bUser, let ac = aUser, bc !== ac, bc.isSubtype(of: ac),
       let r = try callSpecial(b, dunderName(reflected(op)), [a]), !r.isNotImplemented {
        return r
    }
    if aUser != nil, let r = try callSpecial(a, dunderName(op), [b]), !r.isNotImplemented { return r }
    if case .object(let o) = a, let r = try o.pyCompare(op, b) { return r }
    if bUser != nil, let r = try callSpecial(b, dunderName(reflected(op)), [a]), !r.isNotImplemented { return r }
    if case .object(let o) = b, let r = try o.pyCompare(reflected(op), a) { return r }
    if op == .notEq, aUser != nil, let r = try callSpecial(a, "__eq__", [b]), !r.isNotImplemented {
        return .bool(!(try isTruthy(r)))
    }
    switch op {
    case .eq: return .bool(a.isIdentical(to: b))
    case .notEq: return .bool(!a.isIdentical(to: b))
    default:
        throw PythonError.typeError("'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }
}

/// Lists and tuples compare lexicographically; dicts and sets by contents.
func sequenceCompare(_ op: CompareOp, _ a: PyObject, _ b: PyObject) throws -> Value? {
    var xs: [Value]
    var ys: [Value]
    switch (a, b) {
    case (let l as PyList, let m as PyList):
        xs = l.items
        ys = m.items
    case (let t as PyTuple, let u as PyTuple):
        xs = t.items
        ys = u.items
    case (let d as PyDict, let e as PyDict):
        guard op == .eq || op == .notEq else { return nil }
        let equal = try dictsEqual(d, e)
        return .bool(op == .eq ? equal : !equal)
    case (let s as PySet, let t as PySet):
        return .bool(try setCompare(op, s, t))
    case (let r as PyRange, let s as PyRange):
        guard op == .eq || op == .notEq else { return nil }
        let equal = r.count == s.count && (r.count == 0 || (r.start == s.start && (r.count == 1 || r.step == s.step)))
        return .bool(op == .eq ? equal : !equal)
    default:
        return nil
    }
    if (op == .eq || op == .notEq) && xs.count != ys.count { return .bool(op == .notEq) }
    var i = 0
    while i < xs.count && i < ys.count {
        if try !xs[i].isIdentical(to: ys[i]) && !valuesEqual(xs[i], ys[i]) { break }
        i += 1
    }
    if i >= xs.count || i >= ys.count {
        return .bool(orderSatisfies(op, sign(xs.count, ys.count)))
    }
    if op == .eq { return .bool(false) }
    if op == .notEq { return .bool(true) }
    return try compare(op, xs[i], ys[i])
}

func dictsEqual(_ d: PyDict, _ e: PyDict) throws -> Bool {
    if d.table.count != e.table.count { return false }
    for entry in d.table.liveEntries {
        guard let other = try e.table.get(entry.key, hash: entry.hash) else { return false }
        if try !entry.value.isIdentical(to: other) && !valuesEqual(entry.value, other) { return false }
    }
    return true
}

/// `item in container`.
public func contains(_ container: Value, _ item: Value) throws -> Bool {
    if case .object(let o) = container {
        switch o {
        case let s as PyStr:
            guard let sub = item.stringValue else {
                throw PythonError.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return sub.isEmpty || s.value.utf8.count >= sub.utf8.count && stringFind(s.value, sub) != nil
        case let l as PyList:
            for v in l.items where try v.isIdentical(to: item) || valuesEqual(v, item) { return true }
            return false
        case let t as PyTuple:
            for v in t.items where try v.isIdentical(to: item) || valuesEqual(v, item) { return true }
            return false
        case let d as PyDict: return try d.table.find(item, hash: try hashValue(item)) != nil
        case let s as PySet: return try s.contains(item)
        case let r as PyRange:
            guard case .int(let i) = item else { break }
            if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
            return (i - r.start) % r.step == 0
        case let view as PyDictView:
            return try view.contains(item)
        default:
            if userClass(container) != nil, let r = try callSpecial(container, "__contains__", [item]) {
                return try isTruthy(r)
            }
            if let r = try o.pyContains(item) { return r }
        }
    }
    guard let iterator = try? getIterator(container) else {
        throw PythonError.typeError("argument of type '\(container.typeName)' is not iterable")
    }
    while let v = try iterator.next() {
        if try v.isIdentical(to: item) || valuesEqual(v, item) { return true }
    }
    return false
}

/// Byte offset of `needle` in `haystack` (UTF-8), or nil.
public func stringFind(_ haystack: String, _ needle: String, from start: Int = 0) -> Int? {
    var h = haystack
    var n = needle
    return h.withUTF8 { hb in
        n.withUTF8 { nb in
            let hc = hb.count, nc = nb.count
            if nc == 0 { return start <= hc ? start : nil }
            if nc > hc - start { return nil }
            let first = nb[0]
            var i = start
            let last = hc - nc
            while i <= last {
                if hb[i] == first {
                    var j = 1
                    while j < nc && hb[i + j] == nb[j] { j += 1 }
                    if j == nc { return i }
                }
                i += 1
            }
            return nil
        }
    }
}
