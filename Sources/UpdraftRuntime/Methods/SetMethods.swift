// `set(...)`, `frozenset(...)` and their methods. The algebra follows Objects/setobject.c for
// errors and for which operand's element is kept; results list the receiver's items first, as
// the set operators do over Updraft's insertion-ordered tables.

func installSetMethods() {
    let set = PyType.set
    let frozen = PyType.frozenset

    set.constructor = { _, args in
        try expectPositional("set", args, min: 0, max: 1)
        guard args.count == 1 else { return .object(PySet()) }
        return .object(try setFrom(args[0], frozen: false))
    }
    frozen.constructor = { _, args in
        try expectPositional("frozenset", args, min: 0, max: 1)
        guard args.count == 1 else { return .object(PySet(frozen: true)) }
        if case .object(let o) = args[0], let s = o as? PySet, s.frozen { return args[0] }
        return .object(try setFrom(args[0], frozen: true))
    }

    // Methods of both types; `typeName` picks the name used in messages.
    for (type, typeName) in [(set, "set"), (frozen, "frozenset")] {
        func this(_ v: Value, _ method: String) throws -> PySet {
            guard case .object(let o) = v, let s = o as? PySet, s.frozen == (typeName == "frozenset") else {
                throw PythonError.typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(v.typeName)' object")
            }
            return s
        }

        type.def("copy") { selfValue, args in
            try args.expect("\(typeName).copy", min: 0, max: 0)
            let s = try this(selfValue, "copy")
            if s.frozen { return selfValue }
            return .object(PySet(s.table, frozen: false))
        }
        type.def("union") { selfValue, args in
            try args.expect("\(typeName).union", min: 0, max: Int.max)
            let s = try this(selfValue, "union")
            let result = PySet(s.table, frozen: s.frozen)
            for other in args.positional { try setUpdate(result, other) }
            return .object(result)
        }
        type.def("intersection") { selfValue, args in
            try args.expect("\(typeName).intersection", min: 0, max: Int.max)
            let s = try this(selfValue, "intersection")
            var result = PySet(s.table, frozen: s.frozen)
            for other in args.positional { result = try setIntersection(result, other) }
            return .object(result)
        }
        type.def("difference") { selfValue, args in
            try args.expect("\(typeName).difference", min: 0, max: Int.max)
            let s = try this(selfValue, "difference")
            guard let first = args.positional.first else { return .object(PySet(s.table, frozen: s.frozen)) }
            let result = try setDifference(s, first)
            for other in args.positional.dropFirst() { try setDifferenceUpdate(result, other) }
            return .object(result)
        }
        type.def("symmetric_difference") { selfValue, args in
            try args.expect("\(typeName).symmetric_difference", min: 1, max: 1)
            let s = try this(selfValue, "symmetric_difference")
            let result = PySet(s.table, frozen: s.frozen)
            try setSymmetricDifferenceUpdate(result, args[0])
            return .object(result)
        }
        type.def("issubset") { selfValue, args in
            try args.expect("\(typeName).issubset", min: 1, max: 1)
            return .bool(try setIsSubset(try this(selfValue, "issubset"), args[0]))
        }
        type.def("issuperset") { selfValue, args in
            try args.expect("\(typeName).issuperset", min: 1, max: 1)
            let s = try this(selfValue, "issuperset")
            if case .object(let o) = args[0], let other = o as? PySet { return .bool(try setIsSubset(other, .object(s))) }
            let it = try getIterator(args[0])
            while let item = try it.next() {
                if try !setContains(s, item) { return .bool(false) }
            }
            return .bool(true)
        }
        type.def("isdisjoint") { selfValue, args in
            try args.expect("\(typeName).isdisjoint", min: 1, max: 1)
            let s = try this(selfValue, "isdisjoint")
            if case .object(let o) = args[0], let other = o as? PySet {
                let (small, large) = s.table.count <= other.table.count ? (s, other) : (other, s)
                for e in small.table.liveEntries where try large.table.find(e.key, hash: e.hash) != nil {
                    return .bool(false)
                }
                return .bool(true)
            }
            let it = try getIterator(args[0])
            while let item = try it.next() {
                if try setContains(s, item) { return .bool(false) }
            }
            return .bool(true)
        }
        installSequenceDunders(type, typeName)
        // Membership looks an unhashable set up as a frozenset.
        type.def("__contains__") { selfValue, args in
            try args.expect("\(typeName).__contains__", min: 1, max: 1)
            return .bool(try setContains(try this(selfValue, "__contains__"), args[0]))
        }
    }

    func this(_ v: Value, _ method: String) throws -> PySet {
        guard case .object(let o) = v, let s = o as? PySet, !s.frozen else {
            throw PythonError.typeError("descriptor '\(method)' for 'set' objects doesn't apply to a '\(v.typeName)' object")
        }
        return s
    }

    set.def("add") { selfValue, args in
        try args.expect("set.add", min: 1, max: 1)
        try this(selfValue, "add").add(args[0])
        return .none
    }
    set.def("discard") { selfValue, args in
        try args.expect("set.discard", min: 1, max: 1)
        _ = try setRemove(try this(selfValue, "discard"), args[0])
        return .none
    }
    set.def("remove") { selfValue, args in
        try args.expect("set.remove", min: 1, max: 1)
        if try !setRemove(try this(selfValue, "remove"), args[0]) { throw PythonError.keyError(args[0]) }
        return .none
    }
    set.def("pop") { selfValue, args in
        try args.expect("set.pop", min: 0, max: 0)
        guard let item = setPopFirst(try this(selfValue, "pop")) else {
            throw PythonError.keyError(.str("pop from an empty set"))
        }
        return item
    }
    set.def("clear") { selfValue, args in
        try args.expect("set.clear", min: 0, max: 0)
        try this(selfValue, "clear").table.removeAll()
        return .none
    }
    set.def("update") { selfValue, args in
        try args.expect("set.update", min: 0, max: Int.max)
        let s = try this(selfValue, "update")
        for other in args.positional { try setUpdate(s, other) }
        return .none
    }
    set.def("intersection_update") { selfValue, args in
        try args.expect("set.intersection_update", min: 0, max: Int.max)
        let s = try this(selfValue, "intersection_update")
        var result = PySet(s.table)
        for other in args.positional { result = try setIntersection(result, other) }
        s.table = result.table
        return .none
    }
    set.def("difference_update") { selfValue, args in
        try args.expect("set.difference_update", min: 0, max: Int.max)
        let s = try this(selfValue, "difference_update")
        for other in args.positional { try setDifferenceUpdate(s, other) }
        return .none
    }
    set.def("symmetric_difference_update") { selfValue, args in
        try args.expect("set.symmetric_difference_update", min: 1, max: 1)
        try setSymmetricDifferenceUpdate(try this(selfValue, "symmetric_difference_update"), args[0])
        return .none
    }
}

// MARK: - Set algebra

/// A new set of the items of `iterable`.
func setFrom(_ iterable: Value, frozen: Bool) throws -> PySet {
    let s = PySet(frozen: frozen)
    try setUpdate(s, iterable)
    return s
}

/// `set_update_internal`: sets and dicts merge by stored hash, other iterables item by item.
func setUpdate(_ s: PySet, _ other: Value) throws {
    if case .object(let o) = other {
        if let t = o as? PySet {
            if t === s { return }
            for e in t.table.liveEntries { try s.table.set(e.key, .none, hash: e.hash) }
            return
        }
        if let d = o as? PyDict {
            for e in d.table.liveEntries { try s.table.set(e.key, .none, hash: e.hash) }
            return
        }
    }
    let it = try getIterator(other)
    while let item = try it.next() { try s.add(item) }
}

/// `set_intersection`. Updraft's tables keep insertion order, so the result follows the
/// receiver's order; which operand's element is kept (`{1}.intersection([1.0])` is `{1.0}`)
/// follows CPython, which keeps the element of the set it iterates.
func setIntersection(_ s: PySet, _ other: Value) throws -> PySet {
    let result = PySet(frozen: s.frozen)
    let table: HashTable
    let keepOther: Bool
    if case .object(let o) = other, let t = o as? PySet {
        table = t.table
        keepOther = !(t.table.count > s.table.count)
    } else {
        table = try setFrom(other, frozen: false).table
        keepOther = true
    }
    for e in s.table.liveEntries {
        guard let j = try table.find(e.key, hash: e.hash) else { continue }
        let key = keepOther ? (table.entries[j]?.key ?? e.key) : e.key
        try result.table.set(key, .none, hash: e.hash)
    }
    return result
}

/// `set_difference`: items of `s` not in `other`.
func setDifference(_ s: PySet, _ other: Value) throws -> PySet {
    if case .object(let o) = other {
        let otherTable: HashTable?
        if let t = o as? PySet { otherTable = t.table } else if let d = o as? PyDict { otherTable = d.table } else { otherTable = nil }
        if let table = otherTable {
            let result = PySet(frozen: s.frozen)
            for e in s.table.liveEntries where try table.find(e.key, hash: e.hash) == nil {
                try result.table.set(e.key, .none, hash: e.hash)
            }
            return result
        }
    }
    let result = PySet(s.table, frozen: s.frozen)
    try setDifferenceUpdate(result, other)
    return result
}

/// `set_difference_update_internal`.
func setDifferenceUpdate(_ s: PySet, _ other: Value) throws {
    if case .object(let o) = other, o === s {
        s.table.removeAll()
        return
    }
    if case .object(let o) = other, let t = o as? PySet {
        for e in t.table.liveEntries { try s.table.remove(e.key, hash: e.hash) }
        return
    }
    let it = try getIterator(other)
    while let item = try it.next() { _ = try setRemove(s, item) }
}

/// `set_symmetric_difference_update`: toggles membership of each item of `other`.
func setSymmetricDifferenceUpdate(_ s: PySet, _ other: Value) throws {
    if case .object(let o) = other, o === s {
        s.table.removeAll()
        return
    }
    var entries: [HashTable.Entry]
    if case .object(let o) = other, let t = o as? PySet {
        entries = t.table.liveEntries
    } else if case .object(let o) = other, let d = o as? PyDict {
        entries = d.table.liveEntries
    } else {
        entries = try setFrom(other, frozen: false).table.liveEntries
    }
    for e in entries {
        if try s.table.remove(e.key, hash: e.hash) == nil {
            try s.table.set(e.key, .none, hash: e.hash)
        }
    }
    entries.removeAll()
}

/// `set.issubset(other)`: every item of `s` is in `other` (converted to a set if needed).
func setIsSubset(_ s: PySet, _ other: Value) throws -> Bool {
    let t: PySet
    if case .object(let o) = other, let os = o as? PySet { t = os } else { t = try setFrom(other, frozen: false) }
    if s.table.count > t.table.count { return false }
    for e in s.table.liveEntries where try t.table.find(e.key, hash: e.hash) == nil { return false }
    return true
}

/// The hash used to look up `key` in a set: an unhashable set is looked up as a frozenset.
private func setKeyHash(_ key: Value) throws -> (Value, Int) {
    do {
        return (key, try hashValue(key))
    } catch let e as PythonError where e.isInstance(of: .typeError) {
        guard case .object(let o) = key, let s = o as? PySet, !s.frozen else { throw e }
        let f: Value = .object(PySet(s.table, frozen: true))
        return (f, try hashValue(f))
    }
}

func setContains(_ s: PySet, _ key: Value) throws -> Bool {
    let (k, hash) = try setKeyHash(key)
    return try s.table.find(k, hash: hash) != nil
}

/// Removes `key`; false when it was absent.
func setRemove(_ s: PySet, _ key: Value) throws -> Bool {
    let (k, hash) = try setKeyHash(key)
    return try s.table.remove(k, hash: hash) != nil
}

/// Where the last `set.pop()` stopped, so a loop popping one set does not rescan the holes that
/// its earlier pops left at the front of the table (CPython keeps the same "finger").
nonisolated(unsafe) private var popFinger: (set: WeakSetReference, index: Int) = (WeakSetReference(), 0)

struct WeakSetReference { weak var set: PySet? }

/// `set.pop()`: the first item in iteration order.
func setPopFirst(_ s: PySet) -> Value? {
    let hint = popFinger.set.set === s ? popFinger.index : 0
    guard let (index, entry) = firstLiveEntry(s.table.entries, from: hint) else { return nil }
    _ = try? s.table.remove(entry.key, hash: entry.hash)
    popFinger = (WeakSetReference(set: s), index + 1)
    return entry.key
}

/// The first live entry at or after `hint`. The hint is trusted only while the entries before
/// it are holes: a rebuilt table has none, and then the search starts over at 0.
private func firstLiveEntry(_ entries: [HashTable.Entry?], from hint: Int) -> (Int, HashTable.Entry)? {
    var i = hint
    if i > entries.count || (i > 0 && entries[i - 1] != nil) { i = 0 }
    while i < entries.count {
        if let e = entries[i] { return (i, e) }
        i += 1
    }
    if hint > 0 { return firstLiveEntry(entries, from: 0) }
    return nil
}
