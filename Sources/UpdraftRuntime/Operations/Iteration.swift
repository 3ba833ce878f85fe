// The iterator protocol: `iter()` and `next()` for every builtin iterable, user classes with
// `__iter__`/`__next__` or `__getitem__`, and Swift objects that provide `pyIter`.

/// Base class of every iterator object (`iter(x)` returns one). Subclasses override `next`.
open class PyIterator: PyObject {
    override public init() {}
    override open var pyType: PyType { PyType.iterator }
    /// The next item, or nil when the iterator is exhausted.
    open func next() throws -> Value? { nil }
    /// How many items remain, when cheaply known (used to presize lists).
    open var lengthHint: Int? { nil }
    /// The value a finished generator returned (`StopIteration.value` from `next()`).
    open var stopValue: Value { .none }
}

/// Iterators that can say where they are, so that a loop over them can be continued in
/// compiled code (on-stack replacement): the array iterator of UpdraftArray.
public protocol PositionedIterator: AnyObject {
    var iterationSource: PyObject { get }
    var position: Int { get }
}

extension PyType {
    static let listIterator = builtinType("list_iterator")
    static let tupleIterator = builtinType("tuple_iterator")
    static let strIterator = builtinType("str_iterator")
    static let strASCIIIterator = builtinType("str_ascii_iterator")
    static let dictKeyIterator = builtinType("dict_keyiterator")
    static let dictValueIterator = builtinType("dict_valueiterator")
    static let dictItemIterator = builtinType("dict_itemiterator")
    static let setIterator = builtinType("set_iterator")
}

final class ListIterator: PyIterator {
    let list: PyList
    var index = 0
    init(_ list: PyList) { self.list = list }
    override var pyType: PyType { .listIterator }
    override func next() throws -> Value? {
        // The list may grow or shrink while iterated, as in CPython.
        guard index < list.items.count else { index = Int.max; return nil }
        defer { index += 1 }
        return list.items[index]
    }
    override var lengthHint: Int? { max(0, list.items.count - min(index, list.items.count)) }
}

final class ArrayIterator: PyIterator {
    let items: [Value]
    var index = 0
    init(_ items: [Value]) { self.items = items }
    override var pyType: PyType { .tupleIterator }
    override func next() throws -> Value? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
    override var lengthHint: Int? { items.count - index }
}

final class RangeIterator: PyIterator {
    var current: Int
    let step: Int
    var remaining: Int
    init(_ r: PyRange) {
        current = r.start
        step = r.step
        remaining = r.count
    }
    override var pyType: PyType { .rangeIterator }
    override func next() throws -> Value? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { current &+= step }
        return .int(current)
    }
    override var lengthHint: Int? { remaining }
}

final class StringIterator: PyIterator {
    var iterator: String.UnicodeScalarView.Iterator
    let ascii: Bool
    init(_ s: String) {
        iterator = s.unicodeScalars.makeIterator()
        ascii = s.utf8.allSatisfy { $0 < 0x80 }
    }
    override var pyType: PyType { ascii ? .strASCIIIterator : .strIterator }
    override func next() throws -> Value? {
        guard let c = iterator.next() else { return nil }
        return .str(String(c))
    }
}

/// Iterates a dict's keys, values or items, failing if the dict changes size meanwhile.
final class DictIterator: PyIterator {
    enum Kind { case keys, values, items }
    let table: () -> HashTable
    let kind: Kind
    var position = 0
    let initialCount: Int
    let changedMessage: String

    init(_ dict: PyDict, _ kind: Kind) {
        self.table = { dict.table }
        self.kind = kind
        self.initialCount = dict.table.count
        self.changedMessage = "dictionary changed size during iteration"
    }

    override var pyType: PyType {
        switch kind {
        case .keys: return .dictKeyIterator
        case .values: return .dictValueIterator
        case .items: return .dictItemIterator
        }
    }

    override func next() throws -> Value? {
        let t = table()
        if t.count != initialCount {
            throw PythonError.runtimeError(changedMessage)
        }
        while position < t.entries.count {
            defer { position += 1 }
            if let e = t.entries[position] {
                switch kind {
                case .keys: return e.key
                case .values: return e.value
                case .items: return .tuple([e.key, e.value])
                }
            }
        }
        return nil
    }
}

/// `setiterobject`: walks the live table in slot order; fails (for good) once the set's size
/// differs from its size when iteration began.
final class SetIterator: PyIterator {
    override var pyType: PyType { .setIterator }
    private var set: PySet?
    private var expectedCount: Int
    private var position = 0
    private var remaining: Int

    init(_ set: PySet) {
        self.set = set
        self.expectedCount = set.count
        self.remaining = set.count
    }

    override var lengthHint: Int? {
        guard let s = set, s.count == expectedCount else { return 0 }
        return remaining
    }

    override func next() throws -> Value? {
        guard let s = set else { return nil }
        if s.count != expectedCount {
            expectedCount = -1
            throw PythonError.runtimeError("Set changed size during iteration")
        }
        let table = s.table
        guard let i = table.nextActive(from: position) else {
            position = table.slots.count + 1
            set = nil
            return nil
        }
        position = i + 1
        remaining -= 1
        return table.slots[i].key
    }
}

/// An iterator object of a user class: calls its `__next__`, StopIteration ends it.
final class UserIterator: PyIterator {
    let object: Value
    let nextMethod: Value
    init(_ object: Value, _ next: Value) {
        self.object = object
        self.nextMethod = next
    }
    override var pyType: PyType { object.pyType }
    override func next() throws -> Value? {
        do {
            return try callMethodValue(nextMethod, receiver: object, Args())
        } catch let e as PythonError where e.isInstance(of: .stopIteration) {
            return nil
        }
    }
}

/// The old sequence protocol: `__getitem__(0)`, `__getitem__(1)`, ... until IndexError.
final class SequenceIterator: PyIterator {
    let object: Value
    var index = 0
    init(_ object: Value) { self.object = object }
    override func next() throws -> Value? {
        do {
            defer { index += 1 }
            return try getItem(object, .int(index))
        } catch let e as PythonError where e.isInstance(of: .indexError) || e.isInstance(of: .stopIteration) {
            return nil
        }
    }
}

/// `iter(x)`.
public func getIterator(_ v: Value) throws -> PyIterator {
    if case .object(let o) = v {
        switch o {
        case let it as PyIterator:
            if userClass(v) == nil { return it }
        case let l as PyList: return ListIterator(l)
        case let t as PyTuple: return ArrayIterator(t.items)
        case let r as PyRange: return RangeIterator(r)
        case let s as PyStr: return StringIterator(s.value)
        case let d as PyDict: return DictIterator(d, .keys)
        case let s as PySet: return SetIterator(s)
        case let view as PyDictView: return DictIterator(view.dict, view.kind)
        default: break
        }
        if let cls = userClass(v) {
            if let iterMethod = cls.lookup("__iter__") {
                let it = try callMethodValue(iterMethod, receiver: v, Args())
                if case .object(let io) = it, let native = io as? PyIterator, userClass(it) == nil { return native }
                guard let nextMethod = userClass(it)?.lookup("__next__") else {
                    throw PythonError.typeError("iter() returned non-iterator of type '\(it.typeName)'")
                }
                return UserIterator(it, nextMethod)
            }
            if cls.lookup("__getitem__") != nil { return SequenceIterator(v) }
        }
        if let it = try o.pyIter() { return it }
    }
    throw PythonError.typeError("'\(v.typeName)' object is not iterable")
}

/// `next(it)` on any value: PyIterators directly, user iterators through `__next__`.
public func nextValue(_ v: Value) throws -> Value? {
    if case .object(let o) = v {
        if let it = o as? PyIterator, userClass(v) == nil { return try it.next() }
        if let cls = userClass(v), let m = cls.lookup("__next__") {
            do {
                return try callMethodValue(m, receiver: v, Args())
            } catch let e as PythonError where e.isInstance(of: .stopIteration) {
                return nil
            }
        }
    }
    throw PythonError.typeError("'\(v.typeName)' object is not an iterator")
}

/// All items of an iterable, with fast paths for the builtin sequences.
public func iterateToArray(_ v: Value) throws -> [Value] {
    if case .object(let o) = v {
        switch o {
        case let l as PyList: return l.items
        case let t as PyTuple: return t.items
        case let r as PyRange:
            var out: [Value] = []
            out.reserveCapacity(r.count)
            for i in 0..<r.count { out.append(.int(r.element(i))) }
            return out
        default: break
        }
    }
    let it = try getIterator(v)
    var out: [Value] = []
    if let hint = it.lengthHint { out.reserveCapacity(hint) }
    while let x = try it.next() { out.append(x) }
    return out
}

/// Calls `body` for each item of `v`; `body` returns false to stop early.
public func forEach(_ v: Value, _ body: (Value) throws -> Bool) throws {
    let it = try getIterator(v)
    while let x = try it.next() {
        if !(try body(x)) { return }
    }
}
