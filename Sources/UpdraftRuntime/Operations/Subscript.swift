// Subscripting: `x[i]`, `x[a:b:c]`, assignment and deletion through them, for the builtin
// sequences and mappings, user `__getitem__`/`__setitem__`/`__delitem__`, and Swift objects.

import BigInt

/// `__index__`: ints and bools, user objects defining it, Swift objects (numpy integers).
public func indexValue(_ v: Value) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
        if o is PyInt {
            throw PythonError.indexError("cannot fit 'int' into an index-sized integer")
        }
        if userClass(v) != nil, let r = try callSpecial(v, "__index__", []) { return try indexValue(r) }
        if let r = try o.pyIndex() { return try indexValue(r) }
    default: break
    }
    throw PythonError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
}

/// A normalised index into a sequence of `count`, or IndexError with `what`'s message.
@inline(__always)
func sequenceIndex(_ key: Value, count: Int, what: String) throws -> Int {
    var i: Int
    if case .int(let k) = key { i = k } else {
        do {
            i = try indexValue(key)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("\(what) indices must be integers or slices, not \(key.typeName)")
        }
    }
    if i < 0 { i += count }
    guard i >= 0 && i < count else { throw PythonError.indexError("\(what) index out of range") }
    return i
}

func sliceItems<C: RandomAccessCollection>(_ items: C, _ slice: PySlice) throws -> [C.Element] where C.Index == Int {
    let (start, _, step, count) = try slice.indices(length: items.count)
    if step == 1 { return Array(items[(items.startIndex + start)..<(items.startIndex + start + count)]) }
    var out: [C.Element] = []
    out.reserveCapacity(count)
    var i = start
    for _ in 0..<count {
        out.append(items[items.startIndex + i])
        i += step
    }
    return out
}

public func getItem(_ container: Value, _ key: Value) throws -> Value {
    if case .object(let o) = container {
        switch o {
        case let l as PyList:
            if case .object(let k) = key, let s = k as? PySlice { return .list(try sliceItems(l.items, s)) }
            return l.items[try sequenceIndex(key, count: l.items.count, what: "list")]
        case let t as PyTuple:
            if case .object(let k) = key, let s = k as? PySlice { return .tuple(try sliceItems(t.items, s)) }
            return t.items[try sequenceIndex(key, count: t.items.count, what: "tuple")]
        case let d as PyDict:
            if let v = try d.table.get(key) { return v }
            throw PythonError.keyError(key)
        case let s as PyStr:
            let scalars = s.scalars
            if case .object(let k) = key, let sl = k as? PySlice {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: try sliceItems(scalars, sl))
                return .str(String(out))
            }
            return .str(String(scalars[try sequenceIndex(key, count: scalars.count, what: "string")]))
        case let r as PyRange:
            if case .object(let k) = key, let sl = k as? PySlice {
                let (start, _, step, count) = try sl.indices(length: r.count)
                let first = r.element(start)
                return .object(PyRange(start: first, stop: first &+ count &* r.step &* step, step: r.step &* step))
            }
            return .int(r.element(try sequenceIndex(key, count: r.count, what: "range object")))
        default:
            if let cls = userClass(container) {
                if let m = cls.lookup("__getitem__") { return try callMethodValue(m, receiver: container, Args([key])) }
            } else if let r = try o.pyGetItem(key) {
                return r
            }
            if let t = o as? PyType {
                // `list[int]` style annotations evaluate to the class itself here.
                return .object(t)
            }
        }
    }
    throw PythonError.typeError("'\(container.typeName)' object is not subscriptable")
}

public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
    if case .object(let o) = container {
        switch o {
        case let l as PyList:
            if case .object(let k) = key, let s = k as? PySlice {
                try assignSlice(l, s, value)
                return
            }
            l.items[try sequenceIndex(key, count: l.items.count, what: "list assignment")] = value
            return
        case let d as PyDict:
            try d.table.set(key, value)
            return
        default:
            if let cls = userClass(container), let m = cls.lookup("__setitem__") {
                _ = try callMethodValue(m, receiver: container, Args([key, value]))
                return
            }
            if try o.pySetItem(key, value) { return }
        }
    }
    throw PythonError.typeError("'\(container.typeName)' object does not support item assignment")
}

func assignSlice(_ list: PyList, _ slice: PySlice, _ value: Value) throws {
    let newItems: [Value]
    do {
        newItems = try iterateToArray(value)
    } catch let e as PythonError where e.isInstance(of: .typeError) {
        let (_, _, step, _) = try slice.indices(length: list.items.count)
        throw PythonError.typeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
    }
    let (start, stop, step, count) = try slice.indices(length: list.items.count)
    if step == 1 {
        let end = max(start, stop)
        list.items.replaceSubrange(start..<end, with: newItems)
        return
    }
    guard newItems.count == count else {
        throw PythonError.valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
    }
    var i = start
    for item in newItems {
        list.items[i] = item
        i += step
    }
}

public func deleteItem(_ container: Value, _ key: Value) throws {
    if case .object(let o) = container {
        switch o {
        case let l as PyList:
            if case .object(let k) = key, let s = k as? PySlice {
                let (start, _, step, count) = try s.indices(length: l.items.count)
                if count == 0 { return }
                if step == 1 {
                    l.items.removeSubrange(start..<(start + count))
                } else {
                    var drop = Set<Int>()
                    var i = start
                    for _ in 0..<count { drop.insert(i); i += step }
                    l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
                }
                return
            }
            l.items.remove(at: try sequenceIndex(key, count: l.items.count, what: "list assignment"))
            return
        case let d as PyDict:
            if try d.table.remove(key) == nil { throw PythonError.keyError(key) }
            return
        default:
            if let cls = userClass(container), let m = cls.lookup("__delitem__") {
                _ = try callMethodValue(m, receiver: container, Args([key]))
                return
            }
            if try o.pyDelItem(key) { return }
        }
    }
    throw PythonError.typeError("'\(container.typeName)' object doesn't support item deletion")
}
