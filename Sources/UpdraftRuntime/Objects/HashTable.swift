// An insertion-ordered hash table keyed by Python values, the storage of dict (sets use
// `SetTable`, a port of CPython's set table, so that they iterate in CPython's order).
//
// Laid out like CPython's compact dict: an append-only entry array keeps insertion order,
// and a power-of-two index array maps hash slots to entries. Equality may run Python code
// (`__eq__`), so every operation can throw; Swift's Dictionary cannot express that.

public struct HashTable {
    public struct Entry {
        public var hash: Int
        public var key: Value
        public var value: Value
    }

    /// Entries in insertion order; removed ones are nil until the next compaction.
    public private(set) var entries: [Entry?] = []
    private var index: [Int32] = []
    public private(set) var count = 0
    private var mask = -1

    private static let empty: Int32 = -1
    private static let removed: Int32 = -2

    public init() {}

    public init(minimumCapacity: Int) {
        if minimumCapacity > 0 { rebuild(capacity: minimumCapacity) }
    }

    /// Position of `key` in `entries`, or nil.
    public func find(_ key: Value, hash: Int) throws -> Int? {
        if index.isEmpty { return nil }
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let e = index[slot]
            if e == HashTable.empty { return nil }
            if e >= 0, let entry = entries[Int(e)], entry.hash == hash {
                if try keysEqual(entry.key, key) { return Int(e) }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    public func get(_ key: Value, hash: Int) throws -> Value? {
        guard let i = try find(key, hash: hash) else { return nil }
        return entries[i]?.value
    }

    public func get(_ key: Value) throws -> Value? {
        try get(key, hash: try hashValue(key))
    }

    public mutating func set(_ key: Value, _ value: Value) throws {
        try set(key, value, hash: try hashValue(key))
    }

    /// Inserts or replaces. A replaced key keeps its original key object and position.
    public mutating func set(_ key: Value, _ value: Value, hash: Int) throws {
        if let i = try find(key, hash: hash) {
            entries[i]?.value = value
            return
        }
        if (entries.count + 1) * 3 >= index.count * 2 {
            rebuild(capacity: max(8, count * 3))
        }
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while index[slot] >= 0 {
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        index[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
    }

    /// Removes `key`; returns its value, or nil if absent.
    @discardableResult
    public mutating func remove(_ key: Value, hash: Int) throws -> Value? {
        guard !index.isEmpty else { return nil }
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let e = index[slot]
            if e == HashTable.empty { return nil }
            if e >= 0, let entry = entries[Int(e)], entry.hash == hash, try keysEqual(entry.key, key) {
                index[slot] = HashTable.removed
                entries[Int(e)] = nil
                count -= 1
                if count == 0 { removeAll() }
                return entry.value
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    @discardableResult
    public mutating func remove(_ key: Value) throws -> Value? {
        try remove(key, hash: try hashValue(key))
    }

    public mutating func removeAll() {
        entries = []
        index = []
        count = 0
        mask = -1
    }

    /// Removes and returns the most recently inserted entry (`dict.popitem`).
    public mutating func popLast() -> Entry? {
        while let last = entries.last {
            if let entry = last {
                _ = try? remove(entry.key, hash: entry.hash)
                return entry
            }
            entries.removeLast()
        }
        return nil
    }

    /// Live entries in insertion order.
    public var liveEntries: [Entry] { entries.compactMap { $0 } }
    public var keys: [Value] { entries.compactMap { $0?.key } }
    public var values: [Value] { entries.compactMap { $0?.value } }

    private mutating func rebuild(capacity: Int) {
        var size = 8
        while size * 2 < capacity * 3 { size <<= 1 }
        let live = entries.compactMap { $0 }
        entries = live.map { Optional($0) }
        index = [Int32](repeating: HashTable.empty, count: size)
        mask = size - 1
        for (i, entry) in live.enumerated() {
            var slot = entry.hash & mask
            var perturb = UInt(bitPattern: entry.hash)
            while index[slot] != HashTable.empty {
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
            index[slot] = Int32(i)
        }
    }
}

/// Key equality for dicts and sets: identity first (so `nan` keys are found), then `==`.
@inline(__always)
func keysEqual(_ a: Value, _ b: Value) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.object(let x), .object(let y)):
        if x === y { return true }
        if let sx = x as? PyStr, let sy = y as? PyStr { return stringsEqual(sx.value, sy.value) }
    default: break
    }
    return try valuesEqual(a, b)
}

/// Code-point equality (Swift's `==` on String uses canonical equivalence; Python does not).
@inline(__always)
public func stringsEqual(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
}

public final class PyDict: PyObject {
    public var table: HashTable
    public init(_ table: HashTable = HashTable()) { self.table = table }
    override public var pyType: PyType { PyType.dict }

    public func get(_ key: Value) throws -> Value? { try table.get(key) }
    public func set(_ key: Value, _ value: Value) throws { try table.set(key, value) }
    public func get(_ key: String) -> Value? { try? table.get(.str(key)) }
    public func set(_ key: String, _ value: Value) { try? table.set(.str(key), value) }
}
