// `set(...)`, `frozenset(...)` and their methods, ported from CPython 3.11's
// Objects/setobject.c: each operation builds its result the way CPython does (which set is
// copied, which one is iterated, which table is probed), so that results iterate in CPython's
// order and keep the same operand's element (`{1}.intersection([1.0])` is `{1.0}`).

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
            return .object(try s.copy())
        }
        type.def("union") { selfValue, args in
            try args.expect("\(typeName).union", min: 0, max: Int.max)
            return .object(try setUnion(try this(selfValue, "union"), args.positional))
        }
        type.def("intersection") { selfValue, args in
            try args.expect("\(typeName).intersection", min: 0, max: Int.max)
            return .object(try setIntersectionMulti(try this(selfValue, "intersection"), args.positional))
        }
        type.def("difference") { selfValue, args in
            try args.expect("\(typeName).difference", min: 0, max: Int.max)
            return .object(try setDifferenceMulti(try this(selfValue, "difference"), args.positional))
        }
        type.def("symmetric_difference") { selfValue, args in
            try args.expect("\(typeName).symmetric_difference", min: 1, max: 1)
            return .object(try setSymmetricDifference(try this(selfValue, "symmetric_difference"), args[0]))
        }
        type.def("issubset") { selfValue, args in
            try args.expect("\(typeName).issubset", min: 1, max: 1)
            return .bool(try setIsSubset(try this(selfValue, "issubset"), args[0]))
        }
        type.def("issuperset") { selfValue, args in
            try args.expect("\(typeName).issuperset", min: 1, max: 1)
            return .bool(try setIsSuperset(try this(selfValue, "issuperset"), args[0]))
        }
        type.def("isdisjoint") { selfValue, args in
            try args.expect("\(typeName).isdisjoint", min: 1, max: 1)
            return .bool(try setIsDisjoint(try this(selfValue, "isdisjoint"), args[0]))
        }
        installSequenceDunders(type, typeName)
        // Membership looks an unhashable set up as a frozenset.
        type.def("__contains__") { selfValue, args in
            try args.expect("\(typeName).__contains__", min: 1, max: 1)
            return .bool(try this(selfValue, "__contains__").contains(args[0]))
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
        try this(selfValue, "discard").discard(args[0])
        return .none
    }
    set.def("remove") { selfValue, args in
        try args.expect("set.remove", min: 1, max: 1)
        if try !this(selfValue, "remove").discard(args[0]) { throw PythonError.keyError(args[0]) }
        return .none
    }
    set.def("pop") { selfValue, args in
        try args.expect("set.pop", min: 0, max: 0)
        guard let item = try this(selfValue, "pop").pop() else {
            throw PythonError.keyError(.str("pop from an empty set"))
        }
        return item
    }
    set.def("clear") { selfValue, args in
        try args.expect("set.clear", min: 0, max: 0)
        try this(selfValue, "clear").removeAll()
        return .none
    }
    set.def("update") { selfValue, args in
        try args.expect("set.update", min: 0, max: Int.max)
        let s = try this(selfValue, "update")
        for other in args.positional { try s.update(from: other) }
        return .none
    }
    set.def("intersection_update") { selfValue, args in
        try args.expect("set.intersection_update", min: 0, max: Int.max)
        let s = try this(selfValue, "intersection_update")
        s.table = try setIntersectionMulti(s, args.positional).table
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

/// `make_new_set`: a new set of the items of `iterable` (`set_update_internal`).
func setFrom(_ iterable: Value, frozen: Bool) throws -> PySet {
    let s = PySet(frozen: frozen)
    try s.update(from: iterable)
    return s
}

/// `set_union`: a copy of `s` updated with each argument in turn (`s` itself is skipped).
func setUnion(_ s: PySet, _ others: [Value]) throws -> PySet {
    let result = try s.copy()
    for other in others {
        if case .object(let o) = other, o === s { continue }
        try result.update(from: other)
    }
    return result
}

/// `set_or` (`a | b`, both sets).
func setOr(_ a: PySet, _ b: PySet) throws -> PySet {
    let result = try a.copy()
    if a === b { return result }
    try result.update(from: .object(b))
    return result
}

/// `set_intersection`. With a set argument the smaller set is iterated (the argument when the
/// sizes tie) and its elements are kept; with another iterable its items are kept, stopping
/// once as many were found as `s` has.
func setIntersection(_ s: PySet, _ other: Value) throws -> PySet {
    if case .object(let o) = other, o === s { return try s.copy() }
    let result = PySet(frozen: s.frozen)
    if case .object(let o) = other, let t = o as? PySet {
        let (probed, iterated) = t.count > s.count ? (t, s) : (s, t)
        let snapshot = iterated.table
        for slot in snapshot.slots where slot.state == .active {
            if try probed.containsEntry(slot.key, hash: slot.hash) {
                try result.addEntry(slot.key, hash: slot.hash)
            }
        }
        return result
    }
    let it = try getIterator(other)
    while let key = try it.next() {
        let hash = try hashValue(key)
        if try s.containsEntry(key, hash: hash) {
            try result.addEntry(key, hash: hash)
            if result.count >= s.count { break }
        }
    }
    return result
}

/// `set_intersection_multi`: a copy without arguments, else intersected with each in turn.
func setIntersectionMulti(_ s: PySet, _ others: [Value]) throws -> PySet {
    guard !others.isEmpty else { return try s.copy() }
    var result = s
    for other in others { result = try setIntersection(result, other) }
    return result
}

/// `set_difference_update_internal`: discards the items of `other`, then rebuilds the table
/// if more than a quarter of it is dummies.
func setDifferenceUpdate(_ s: PySet, _ other: Value) throws {
    if case .object(let o) = other, o === s {
        s.removeAll()
        return
    }
    if case .object(let o) = other, let t = o as? PySet {
        // When the other set is more than 8 times larger, only the common elements matter.
        let source = (t.count >> 3) > s.count ? try setIntersection(s, other) : t
        let snapshot = source.table
        for slot in snapshot.slots where slot.state == .active {
            try s.discardEntry(slot.key, hash: slot.hash)
        }
    } else {
        let it = try getIterator(other)
        while let key = try it.next() { try s.discardEntry(key, hash: try hashValue(key)) }
    }
    if s.table.fill - s.table.used <= s.table.mask / 4 { return }
    s.table.resize(minimumUsed: s.table.growthTarget)
}

/// `set_copy_and_difference`.
private func setCopyAndDifference(_ s: PySet, _ other: Value) throws -> PySet {
    let result = try s.copy()
    try setDifferenceUpdate(result, other)
    return result
}

/// `set_difference`: for a set or dict argument not much smaller than `s`, a new set of the
/// elements of `s` (in its slot order) missing from `other`; otherwise a copy of `s` with the
/// items of `other` discarded.
func setDifference(_ s: PySet, _ other: Value) throws -> PySet {
    var otherSet: PySet?
    var otherDict: PyDict?
    if case .object(let o) = other {
        otherSet = o as? PySet
        otherDict = o as? PyDict
    }
    let otherSize: Int
    if let t = otherSet { otherSize = t.count } else if let d = otherDict { otherSize = d.table.count } else {
        return try setCopyAndDifference(s, other)
    }
    if (s.count >> 2) > otherSize { return try setCopyAndDifference(s, other) }
    let result = PySet(frozen: s.frozen)
    let snapshot = s.table
    for slot in snapshot.slots where slot.state == .active {
        let found: Bool
        if let t = otherSet {
            found = try t.containsEntry(slot.key, hash: slot.hash)
        } else if let d = otherDict {
            let dictTable = d.table
            found = try dictTable.find(slot.key, hash: slot.hash) != nil
        } else {
            found = false
        }
        if !found { try result.addEntry(slot.key, hash: slot.hash) }
    }
    return result
}

/// `set_difference_multi`.
func setDifferenceMulti(_ s: PySet, _ others: [Value]) throws -> PySet {
    guard let first = others.first else { return try s.copy() }
    let result = try setDifference(s, first)
    for other in others.dropFirst() { try setDifferenceUpdate(result, other) }
    return result
}

/// Removes `key` if present, else adds it: one step of a symmetric difference.
private func setToggle(_ s: PySet, _ key: Value, _ hash: Int) throws {
    if try !s.discardEntry(key, hash: hash) { try s.addEntry(key, hash: hash) }
}

/// `set_symmetric_difference_update`: toggles each key of a dict (in insertion order), of a
/// set, or of a set built from another iterable (in that set's slot order).
func setSymmetricDifferenceUpdate(_ s: PySet, _ other: Value) throws {
    if case .object(let o) = other {
        if o === s {
            s.removeAll()
            return
        }
        if let d = o as? PyDict {
            for e in d.table.liveEntries { try setToggle(s, e.key, e.hash) }
            return
        }
    }
    let otherSet: PySet
    if case .object(let o) = other, let t = o as? PySet { otherSet = t } else {
        otherSet = try setFrom(other, frozen: s.frozen)
    }
    let snapshot = otherSet.table
    for slot in snapshot.slots where slot.state == .active { try setToggle(s, slot.key, slot.hash) }
}

/// `set_symmetric_difference`: a set (of the receiver's kind) built from `other`, then
/// toggled with the elements of `s`.
func setSymmetricDifference(_ s: PySet, _ other: Value) throws -> PySet {
    let result = try setFrom(other, frozen: s.frozen)
    try setSymmetricDifferenceUpdate(result, .object(s))
    return result
}

/// `set_issubset`: every element of `s` is in `other` (made a set first if it is not one).
func setIsSubset(_ s: PySet, _ other: Value) throws -> Bool {
    let t: PySet
    if case .object(let o) = other, let os = o as? PySet { t = os } else { t = try setFrom(other, frozen: false) }
    if s.count > t.count { return false }
    let snapshot = s.table
    for slot in snapshot.slots where slot.state == .active {
        if try !t.containsEntry(slot.key, hash: slot.hash) { return false }
    }
    return true
}

/// `set_issuperset`.
func setIsSuperset(_ s: PySet, _ other: Value) throws -> Bool {
    let t: PySet
    if case .object(let o) = other, let os = o as? PySet { t = os } else { t = try setFrom(other, frozen: false) }
    return try setIsSubset(t, .object(s))
}

/// `set_isdisjoint`.
func setIsDisjoint(_ s: PySet, _ other: Value) throws -> Bool {
    if case .object(let o) = other, o === s { return s.count == 0 }
    if case .object(let o) = other, let t = o as? PySet {
        let (probed, iterated) = t.count > s.count ? (t, s) : (s, t)
        let snapshot = iterated.table
        for slot in snapshot.slots where slot.state == .active {
            if try probed.containsEntry(slot.key, hash: slot.hash) { return false }
        }
        return true
    }
    let it = try getIterator(other)
    while let item = try it.next() {
        if try s.containsEntry(item, hash: try hashValue(item)) { return false }
    }
    return true
}

/// `set_richcompare` for two sets.
func setCompare(_ op: CompareOp, _ s: PySet, _ t: PySet) throws -> Bool {
    switch op {
    case .eq: return try s.count == t.count && setIsSubset(s, .object(t))
    case .notEq: return try !(s.count == t.count && setIsSubset(s, .object(t)))
    case .ltE: return try setIsSubset(s, .object(t))
    case .gtE: return try setIsSubset(t, .object(s))
    case .lt: return try s.count < t.count && setIsSubset(s, .object(t))
    case .gt: return try s.count > t.count && setIsSubset(t, .object(s))
    default: return false
    }
}

/// `a op b` for two sets (`set_or`, `set_and`, `set_sub`, `set_xor`); the result has the
/// kind of `a`.
func setOperation(_ op: BinaryOp, _ a: PySet, _ b: PySet) throws -> Value? {
    switch op {
    case .bitOr: return .object(try setOr(a, b))
    case .bitAnd: return .object(try setIntersection(a, .object(b)))
    case .sub: return .object(try setDifference(a, .object(b)))
    case .bitXor: return .object(try setSymmetricDifference(a, .object(b)))
    default: return nil
    }
}

/// `a op= b` for a set `a` and a set `b` (`set_ior`, `set_iand`, `set_isub`, `set_ixor`):
/// updates `a` in place. False for other operators.
func setInPlaceOperation(_ op: BinaryOp, _ a: PySet, _ b: PySet) throws -> Bool {
    switch op {
    case .bitOr: try a.merge(b)
    case .bitAnd: a.table = try setIntersection(a, .object(b)).table
    case .sub: try setDifferenceUpdate(a, .object(b))
    case .bitXor: try setSymmetricDifferenceUpdate(a, .object(b))
    default: return false
    }
    return true
}
