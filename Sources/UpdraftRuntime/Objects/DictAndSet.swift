// Dict views and the set algebra shared by set, frozenset and dict views.

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
public final class PyDictView: PyObject {
    public let dict: PyDict
    let kind: DictIterator.Kind
    init(_ dict: PyDict, _ kind: DictIterator.Kind) {
        self.dict = dict
        self.kind = kind
    }
    public static func keys(_ d: PyDict) -> PyDictView { PyDictView(d, .keys) }
    public static func values(_ d: PyDict) -> PyDictView { PyDictView(d, .values) }
    public static func items(_ d: PyDict) -> PyDictView { PyDictView(d, .items) }

    override public var pyType: PyType {
        switch kind {
        case .keys: return PyType.dictKeys
        case .values: return PyType.dictValues
        case .items: return PyType.dictItems
        }
    }

    func contains(_ item: Value) throws -> Bool {
        switch kind {
        case .keys: return try dict.table.find(item, hash: try hashValue(item)) != nil
        case .values:
            for v in dict.table.values where try v.isIdentical(to: item) || valuesEqual(v, item) { return true }
            return false
        case .items:
            guard case .object(let o) = item, let t = o as? PyTuple, t.items.count == 2,
                  let v = try dict.table.get(t.items[0]) else { return false }
            return try valuesEqual(v, t.items[1])
        }
    }

    func repr() throws -> String {
        let items = try iterateToArray(.object(self))
        return "\(pyType.name)([" + (try items.map { try UpdraftRuntime.repr($0) }.joined(separator: ", ")) + "])"
    }

    /// Keys and items views act as sets in `|`, `&`, `-`, `^` (`dictviews_or`, `_sub`, `_xor`
    /// and `_PyDictView_Intersect`); the operands keep their sides when the view is on the right.
    override public func pyBinary(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard kind != .values, [.bitOr, .bitAnd, .sub, .bitXor].contains(op) else { return nil }
        let left: Value = reflected ? other : .object(self)
        let right: Value = reflected ? .object(self) : other
        switch op {
        case .bitOr:
            let result = try dictViewToSet(left)
            try result.update(from: right)
            return .object(result)
        case .sub:
            let result = try dictViewToSet(left)
            try setDifferenceUpdate(result, right)
            return .object(result)
        case .bitXor:
            if case .object(let l) = left, let lv = l as? PyDictView, lv.kind == .items,
               case .object(let r) = right, let rv = r as? PyDictView, rv.kind == .items {
                return .object(try dictItemsXor(lv.dict, rv.dict))
            }
            let result = try dictViewToSet(left)
            try setSymmetricDifferenceUpdate(result, right)
            return .object(result)
        default:
            return .object(try dictViewIntersect(left, right))
        }
    }
}

/// `dictviews_to_set`: a keys view becomes `set(dict)` (the dict fast path), anything else
/// `set(x)`.
private func dictViewToSet(_ v: Value) throws -> PySet {
    if case .object(let o) = v, let view = o as? PyDictView, view.kind == .keys {
        return try setFrom(.object(view.dict), frozen: false)
    }
    return try setFrom(v, frozen: false)
}

/// A keys or items view (`PyDictViewSet_Check`).
private func setLikeView(_ v: Value) -> PyDictView? {
    if case .object(let o) = v, let view = o as? PyDictView, view.kind != .values { return view }
    return nil
}

/// `_PyDictView_Intersect`: `set.intersection` when the other operand is a set at least as
/// large as the view, otherwise the items of the other operand (or of the smaller view) that
/// the larger one contains, added in iteration order.
private func dictViewIntersect(_ a: Value, _ b: Value) throws -> PySet {
    var selfValue = a
    var other = b
    if setLikeView(selfValue) == nil { swap(&selfValue, &other) }
    guard var view = setLikeView(selfValue) else { return PySet() }
    let lenSelf = view.dict.table.count
    if case .object(let o) = other, let s = o as? PySet, !s.frozen, lenSelf <= s.count {
        return try setIntersection(s, selfValue)
    }
    if let otherView = setLikeView(other), otherView.dict.table.count > lenSelf {
        other = selfValue
        view = otherView
    }
    let result = PySet()
    let it = try getIterator(other)
    while let key = try it.next() {
        if try view.contains(key) { try result.add(key) }
    }
    return result
}

/// `dictitems_xor`: pairs of the second dict not equal in the first (in its order), then the
/// pairs left over from the first.
private func dictItemsXor(_ d1: PyDict, _ d2: PyDict) throws -> PySet {
    let remaining = PyDict(d1.table)
    let result = PySet()
    for e in d2.table.liveEntries {
        var toDelete = false
        if let v1 = try remaining.table.get(e.key, hash: e.hash) {
            toDelete = try v1.isIdentical(to: e.value) || valuesEqual(v1, e.value)
        }
        if toDelete {
            try remaining.table.remove(e.key, hash: e.hash)
        } else {
            try result.add(.tuple([e.key, e.value]))
        }
    }
    for e in remaining.table.liveEntries { try result.add(.tuple([e.key, e.value])) }
    return result
}

/// `d.update(other)` / `d |= other`: a mapping, or an iterable of key/value pairs.
public func dictUpdate(_ d: PyDict, from other: Value) throws {
    if case .object(let o) = other {
        if let proxy = o as? PyInstanceDict {
            try dictUpdate(d, from: .object(proxy.snapshot))
            return
        }
        if let src = o as? PyDict {
            for e in src.table.liveEntries { try d.table.set(e.key, e.value, hash: e.hash) }
            return
        }
        if userClass(other) != nil, let keysMethod = try lookupAttribute(other, "keys") {
            for k in try iterateToArray(try call(keysMethod, [])) {
                try d.table.set(k, try getItem(other, k))
            }
            return
        }
    }
    let it = try getIterator(other)
    var index = 0
    while let pair = try it.next() {
        let kv: [Value]
        do { kv = try iterateToArray(pair) } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
        }
        guard kv.count == 2 else {
            throw PythonError.valueError("dictionary update sequence element #\(index) has length \(kv.count); 2 is required")
        }
        try d.table.set(kv[0], kv[1])
        index += 1
    }
}
