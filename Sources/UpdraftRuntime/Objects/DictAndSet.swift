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

    /// Keys and items views act as sets in `|`, `&`, `-`, `^`.
    override public func pyBinary(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard kind != .values, [.bitOr, .bitAnd, .sub, .bitXor].contains(op) else { return nil }
        let mine = try makeSet(.object(self))
        let theirs = try makeSet(other)
        return reflected ? try setOperation(op, theirs, mine) : try setOperation(op, mine, theirs)
    }
}

public func makeSet(_ iterable: Value, frozen: Bool = false) throws -> PySet {
    let s = PySet(frozen: frozen)
    let it = try getIterator(iterable)
    while let v = try it.next() { try s.add(v) }
    return s
}

func setOperation(_ op: BinaryOp, _ a: PySet, _ b: PySet) throws -> Value? {
    let result = PySet(frozen: a.frozen)
    switch op {
    case .bitOr:
        result.table = a.table
        for e in b.table.liveEntries { try result.table.set(e.key, .none, hash: e.hash) }
    case .bitAnd:
        for e in a.table.liveEntries where try b.table.find(e.key, hash: e.hash) != nil {
            try result.table.set(e.key, .none, hash: e.hash)
        }
    case .sub:
        for e in a.table.liveEntries where try b.table.find(e.key, hash: e.hash) == nil {
            try result.table.set(e.key, .none, hash: e.hash)
        }
    case .bitXor:
        for e in a.table.liveEntries where try b.table.find(e.key, hash: e.hash) == nil {
            try result.table.set(e.key, .none, hash: e.hash)
        }
        for e in b.table.liveEntries where try a.table.find(e.key, hash: e.hash) == nil {
            try result.table.set(e.key, .none, hash: e.hash)
        }
    default: return nil
    }
    return .object(result)
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
