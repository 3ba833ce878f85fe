// The storage of set and frozenset: a port of CPython 3.11's Objects/setobject.c hash table,
// so that sets iterate (and print) in exactly CPython's slot order.
//
// The table starts with 8 slots. A lookup probes LINEAR_PROBES (9) neighbours after the home
// slot before jumping with the perturbed recurrence `i = (i * 5 + 1 + perturb) & mask`; a
// deleted key leaves a dummy; the table is rebuilt when fill*5 >= mask*3. `SetTable` holds the
// slots and does everything that never runs Python code; `PySet` does the probing, where
// equality may run `__eq__`, which may even mutate the set being probed: like CPython, it then
// starts over if the table was reallocated or the compared slot changed (`identity` stands for
// CPython's table pointer).

public struct SetTable {
    public enum State: UInt8 { case unused, dummy, active }

    public struct Slot {
        public var key: Value
        public var hash: Int
        public var state: State
        static let unused = Slot(key: .none, hash: 0, state: .unused)
        static let dummy = Slot(key: .none, hash: -1, state: .dummy)
    }

    public static let minimumSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    /// mask + 1 slots, a power of two.
    public private(set) var slots: [Slot]
    /// Active plus dummy slots.
    public private(set) var fill = 0
    /// Active slots: the number of elements.
    public private(set) var used = 0
    /// CPython's table pointer: 0 while the set uses its 8-slot "smalltable", else an id that
    /// every reallocation renews.
    public private(set) var identity: UInt64 = 0

    public var mask: Int { slots.count - 1 }
    public var count: Int { used }
    public var isEmpty: Bool { used == 0 }

    public init() {
        slots = [Slot](repeating: .unused, count: SetTable.minimumSize)
    }

    // MARK: - Mutation (never runs Python code)

    /// Stores `key` in the never-used slot `index` (where a probe ended), growing the table as
    /// `set_add_entry` does.
    public mutating func insert(_ key: Value, hash: Int, atUnused index: Int) {
        slots[index] = Slot(key: key, hash: hash, state: .active)
        fill += 1
        used += 1
        if fill * 5 >= mask * 3 { resize(minimumUsed: growthTarget) }
    }

    /// Stores `key` in the dummy slot `index` (the last one on its probe path).
    public mutating func insert(_ key: Value, hash: Int, atDummy index: Int) {
        slots[index] = Slot(key: key, hash: hash, state: .active)
        used += 1
    }

    /// `used > 50000 ? used * 2 : used * 4`, the size hint of a growing or purging resize.
    public var growthTarget: Int { used > 50000 ? used * 2 : used * 4 }

    /// Turns the active slot `index` into a dummy (`set_discard_entry`); never shrinks.
    public mutating func remove(at index: Int) {
        guard index >= 0, index < slots.count, slots[index].state == .active else { return }
        slots[index] = .dummy
        used -= 1
    }

    /// `set_table_resize`: rebuilds into the smallest power-of-two table (at least 8 slots)
    /// larger than `minimumUsed`, dropping dummies; active keys are reinserted in slot order.
    public mutating func resize(minimumUsed: Int) {
        var newSize = SetTable.minimumSize
        while newSize <= minimumUsed && newSize < Int.max / 4 { newSize <<= 1 }
        if newSize == SetTable.minimumSize && slots.count == SetTable.minimumSize && fill == used {
            return  // the small table without dummies: nothing to do
        }
        var newSlots = [Slot](repeating: .unused, count: newSize)
        let newMask = newSize - 1
        for slot in slots where slot.state == .active {
            SetTable.insertClean(&newSlots, newMask, slot.key, slot.hash)
        }
        slots = newSlots
        fill = used
        identity = newSize == SetTable.minimumSize ? 0 : SetTable.newIdentity()
    }

    /// `set_clear_internal`: back to 8 unused slots.
    public mutating func removeAll() {
        slots = [Slot](repeating: .unused, count: SetTable.minimumSize)
        fill = 0
        used = 0
        identity = 0
    }

    /// `set_pop`: removes the first active slot at or after `finger` (wrapping around).
    /// Returns the key and the finger for the next pop, or nil when the set is empty.
    public mutating func pop(finger: Int) -> (key: Value, finger: Int)? {
        guard used > 0 else { return nil }
        let mask = self.mask
        var j = finger & mask
        while slots[j].state != .active {
            j += 1
            if j > mask { j = 0 }
        }
        let key = slots[j].key
        slots[j] = .dummy
        used -= 1
        return (key, j + 1)
    }

    /// The table-copying fast paths of `set_merge`, for when this table is empty (fill == 0)
    /// after its up-front resize: a same-sized table without dummies is copied slot for slot,
    /// otherwise the other table's keys are reinserted in its slot order.
    mutating func mergeIntoEmpty(_ other: SetTable) {
        if mask == other.mask && other.fill == other.used {
            slots = other.slots
            fill = other.fill
            used = other.used
        } else {
            let newMask = mask
            for slot in other.slots where slot.state == .active {
                SetTable.insertClean(&slots, newMask, slot.key, slot.hash)
            }
            fill = other.used
            used = other.used
        }
    }

    /// `set_insert_clean`: places a key known to be absent in a table without dummies.
    static func insertClean(_ table: inout [Slot], _ mask: Int, _ key: Value, _ hash: Int) {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            if table[i].state == .unused {
                table[i] = Slot(key: key, hash: hash, state: .active)
                return
            }
            if i + linearProbes <= mask {
                for j in (i + 1)...(i + linearProbes) where table[j].state == .unused {
                    table[j] = Slot(key: key, hash: hash, state: .active)
                    return
                }
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    // MARK: - Reading

    /// The keys in slot order: the iteration order of the set.
    public var keys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(used)
        for slot in slots where slot.state == .active { out.append(slot.key) }
        return out
    }

    /// The active slots (key and stored hash) in slot order.
    public var activeSlots: [Slot] { slots.filter { $0.state == .active } }

    /// `set_next`: the first active slot at or after `position`, or nil.
    public func nextActive(from position: Int) -> Int? {
        var i = max(position, 0)
        while i < slots.count {
            if slots[i].state == .active { return i }
            i += 1
        }
        return nil
    }

    /// `frozenset_hash`: order-independent, from the elements' hashes.
    public var frozenSetHash: Int {
        pyHashFrozenSet(slots.compactMap { $0.state == .active ? $0.hash : nil })
    }

    nonisolated(unsafe) private static var identityCounter: UInt64 = 0

    private static func newIdentity() -> UInt64 {
        identityCounter &+= 1
        return identityCounter
    }
}

/// A set or frozenset. The primitive operations below follow setobject.c's `set_add_entry`,
/// `set_discard_entry`, `set_contains_entry`, `set_merge`, `set_update_internal` and
/// `set_pop`; the algebra built on them is in Methods/SetMethods.swift.
public final class PySet: PyObject {
    public var table: SetTable
    public let frozen: Bool
    /// Where the next `pop()` starts looking (CPython's `finger`); kept across clears and
    /// table swaps, as in CPython.
    var finger = 0

    public init(frozen: Bool = false) {
        self.table = SetTable()
        self.frozen = frozen
    }

    override public var pyType: PyType { frozen ? PyType.frozenset : PyType.set }

    public var count: Int { table.used }
    /// The elements in iteration (slot) order.
    public var elements: [Value] { table.keys }

    // MARK: Adding

    /// `set_add_key`.
    public func add(_ key: Value) throws {
        try addEntry(key, hash: try hashValue(key))
    }

    /// `set_add_entry`.
    public func addEntry(_ key: Value, hash: Int) throws {
        restart: while true {
            var mask = table.mask
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            var freeSlot: Int?
            while true {
                var probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
                var j = i
                while true {
                    let slot = table.slots[j]
                    switch slot.state {
                    case .unused:
                        if let free = freeSlot {
                            table.insert(key, hash: hash, atDummy: free)
                        } else {
                            table.insert(key, hash: hash, atUnused: j)
                        }
                        return
                    case .active:
                        if slot.hash == hash {
                            let identity = table.identity
                            if try keysEqual(slot.key, key) { return }
                            if tableChanged(since: identity, at: j, holding: slot.key) { continue restart }
                            mask = table.mask
                        }
                    case .dummy:
                        freeSlot = j
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= UInt(SetTable.perturbShift)
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// `set_lookkey`: the slot holding a key equal to `key`, or nil.
    func lookup(_ key: Value, hash: Int) throws -> Int? {
        restart: while true {
            var mask = table.mask
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                var probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
                var j = i
                while true {
                    let slot = table.slots[j]
                    switch slot.state {
                    case .unused:
                        return nil
                    case .active:
                        if slot.hash == hash {
                            let identity = table.identity
                            let equal = try keysEqual(slot.key, key)
                            if tableChanged(since: identity, at: j, holding: slot.key) { continue restart }
                            if equal { return j }
                            mask = table.mask
                        }
                    case .dummy:
                        break
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= UInt(SetTable.perturbShift)
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// CPython's `table != so->table || entry->key != startkey` after a comparison (which may
    /// have run Python code that changed the set).
    private func tableChanged(since identity: UInt64, at index: Int, holding key: Value) -> Bool {
        if table.identity != identity || index >= table.slots.count { return true }
        let slot = table.slots[index]
        return slot.state != .active || !sameObject(slot.key, key)
    }

    // MARK: Looking up and removing

    /// `set_contains_entry`.
    public func containsEntry(_ key: Value, hash: Int) throws -> Bool {
        try lookup(key, hash: hash) != nil
    }

    /// `set_contains` (`key in s`): an unhashable set is looked up by its frozenset hash.
    public func contains(_ key: Value) throws -> Bool {
        try containsEntry(key, hash: try setLookupHash(key))
    }

    /// `set_discard_entry`: true when the key was there.
    @discardableResult
    public func discardEntry(_ key: Value, hash: Int) throws -> Bool {
        guard let index = try lookup(key, hash: hash) else { return false }
        table.remove(at: index)
        return true
    }

    /// `set.discard` / `set.remove`: an unhashable set is looked up by its frozenset hash.
    @discardableResult
    public func discard(_ key: Value) throws -> Bool {
        try discardEntry(key, hash: try setLookupHash(key))
    }

    /// `set_pop`: removes and returns the first element at or after the finger.
    public func pop() -> Value? {
        guard let (key, next) = table.pop(finger: finger) else { return nil }
        finger = next
        return key
    }

    /// `set_clear_internal`.
    public func removeAll() {
        table.removeAll()
    }

    // MARK: Bulk insertion

    /// `set_merge`: adds the elements of another set, copying its table outright when this one
    /// is empty, so that the copy keeps the other set's slot order.
    public func merge(_ other: PySet) throws {
        if other === self { return }
        let source = other.table
        if source.used == 0 { return }
        if (table.fill + source.used) * 5 >= table.mask * 3 {
            table.resize(minimumUsed: (table.used + source.used) * 2)
        }
        if table.fill == 0 {
            table.mergeIntoEmpty(source)
            return
        }
        for slot in source.slots where slot.state == .active {
            try addEntry(slot.key, hash: slot.hash)
        }
    }

    /// `set_update_internal`: sets merge, dicts add their keys with the stored hashes after one
    /// up-front resize, other iterables add item by item.
    public func update(from other: Value) throws {
        if case .object(let o) = other {
            if let s = o as? PySet {
                try merge(s)
                return
            }
            if let d = o as? PyDict {
                let entries = d.table.liveEntries
                if (table.fill + entries.count) * 5 >= table.mask * 3 {
                    table.resize(minimumUsed: (table.used + entries.count) * 2)
                }
                for e in entries { try addEntry(e.key, hash: e.hash) }
                return
            }
        }
        let it = try getIterator(other)
        while let item = try it.next() { try add(item) }
    }

    /// `set_copy` (`make_new_set_basetype(type(s), s)`): a new set of the same kind, built by
    /// `set_merge`.
    public func copy() throws -> PySet {
        let result = PySet(frozen: frozen)
        try result.merge(self)
        return result
    }
}

/// Whether two values are the same object (CPython's pointer comparison); unboxed numbers
/// count as the same object when they are the same value of the same type.
func sameObject(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.bool(let x), .bool(let y)): return x == y
    case (.none, .none): return true
    case (.object(let x), .object(let y)): return x === y
    default: return false
    }
}

/// The hash `set.__contains__`, `remove` and `discard` use: an unhashable set is looked up as
/// the equivalent frozenset (`frozenset_hash` of its table).
func setLookupHash(_ key: Value) throws -> Int {
    do {
        return try hashValue(key)
    } catch let e as PythonError where e.isInstance(of: .typeError) {
        guard case .object(let o) = key, let s = o as? PySet, !s.frozen else { throw e }
        return s.table.frozenSetHash
    }
}
