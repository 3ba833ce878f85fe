// `repr()` and `str()` for every value, with CPython's exact text, recursion markers for
// self-containing containers (`[[...]]`), and user `__repr__`/`__str__`.

import BigInt

/// Objects whose repr is being built, to print `[...]` for cycles instead of recursing forever.
nonisolated(unsafe) private var reprInProgress = Set<ObjectIdentifier>()

private func guarded(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) rethrows -> String {
    let id = ObjectIdentifier(o)
    if reprInProgress.contains(id) { return placeholder }
    reprInProgress.insert(id)
    defer { reprInProgress.remove(id) }
    return try body()
}

public func repr(_ v: Value) throws -> String {
    switch v {
    case .int(let i): return String(i)
    case .float(let d): return pyFloatRepr(d)
    case .bool(let b): return b ? "True" : "False"
    case .none: return "None"
    case .object(let o):
        switch o {
        case let s as PyStr: return pyStringRepr(s.value)
        case let i as PyInt: return i.value.description
        case let l as PyList:
            return try guarded(o, "[...]") { "[" + (try l.items.map(repr).joined(separator: ", ")) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return try guarded(o, "(...)") { "(" + (try repr(t.items[0])) + ",)" } }
            return try guarded(o, "(...)") { "(" + (try t.items.map(repr).joined(separator: ", ")) + ")" }
        case let d as PyDict:
            return try guarded(o, "{...}") {
                "{" + (try d.table.liveEntries.map { try repr($0.key) + ": " + repr($0.value) }.joined(separator: ", ")) + "}"
            }
        case let s as PySet:
            let name = s.frozen ? "frozenset" : "set"
            if s.table.count == 0 { return "\(name)()" }
            return try guarded(o, "\(name)(...)") {
                let inner = "{" + (try s.elements.map(repr).joined(separator: ", ")) + "}"
                return s.frozen ? "frozenset(\(inner))" : inner
            }
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let t as PyType:
            if t.isBuiltin { return "<class '\(t.name)'>" }
            return "<class '\(t.module).\(t.qualname)'>"
        case let f as PyFunction:
            if let r = try f.pyRepr() { return r }
            return "<function \(f.qualname) at \(address(o))>"
        case let b as PyBuiltinFunction: return "<built-in function \(b.name)>"
        case let n as PyNativeMethod: return "<method '\(n.name)' of '\(n.owner.name)' objects>"
        case let m as PyBoundMethod:
            if case .object(let f) = m.function, let n = f as? PyNativeMethod {
                return "<built-in method \(n.name) of \(m.receiver.typeName) object at \(address(o))>"
            }
            let fname = (try? lookupAttribute(m.function, "__qualname__"))??.stringValue ?? "?"
            return "<bound method \(fname) of \(try repr(m.receiver))>"
        case let m as PyModule:
            if m.file == nil { return "<module '\(m.name)' (built-in)>" }
            return "<module '\(m.name)' from '\(m.file ?? "")'>"
        case let s as PySingleton: return s.name
        case let view as PyDictView: return try view.repr()
        case let e as PyExceptionObject where e.cls.isBuiltin || userClass(v).map({ definesOwn($0, "__repr__") }) == false:
            return try exceptionRepr(e)
        default:
            if userClass(v) != nil, let r = try callSpecial(v, "__repr__", []) {
                guard let s = r.stringValue else {
                    throw PythonError.typeError("__repr__ returned non-string (type \(r.typeName))")
                }
                return s
            }
            if let r = try o.pyRepr() { return r }
            if let inst = o as? PyInstance {
                return "<\(inst.cls.module).\(inst.cls.qualname) object at \(address(o))>"
            }
            return "<\(v.typeName) object at \(address(o))>"
        }
    }
}

func exceptionRepr(_ e: PyExceptionObject) throws -> String {
    if e.args.count == 1 { return "\(e.cls.name)(\(try repr(e.args[0])))" }
    return "\(e.cls.name)(\(try e.args.map(repr).joined(separator: ", ")))"
}

/// A stable fake address for default reprs (CPython prints the object's memory address).
func address(_ o: PyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16).leftPadded(to: 12, with: "0")
}

extension String {
    func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

public func str(_ v: Value) throws -> String {
    switch v {
    case .object(let o):
        switch o {
        case let s as PyStr: return s.value
        case let e as PyExceptionObject:
            if userClass(v).map({ definesOwn($0, "__str__") }) == true, let r = try callSpecial(v, "__str__", []) {
                guard let s = r.stringValue else { throw PythonError.typeError("__str__ returned non-string (type \(r.typeName))") }
                return s
            }
            return try exceptionStr(e)
        default:
            if let cls = userClass(v) {
                if definesOwn(cls, "__str__"), let r = try callSpecial(v, "__str__", []) {
                    guard let s = r.stringValue else {
                        throw PythonError.typeError("__str__ returned non-string (type \(r.typeName))")
                    }
                    return s
                }
                return try repr(v)
            }
            if let s = try o.pyStr() { return s }
            return try repr(v)
        }
    default:
        return try repr(v)
    }
}

/// `str(exception)`: the single argument, the args tuple, or "" — KeyError shows its key's repr.
public func exceptionStr(_ e: PyExceptionObject) throws -> String {
    if e.cls.isSubtype(of: .osError), e.args.count >= 2, e.args.count <= 3 {
        return "[Errno \(try str(e.args[0]))] \(try str(e.args[1]))" + (e.args.count == 3 ? ": \(try repr(e.args[2]))" : "")
    }
    if let s = unicodeErrorStr(e) { return s }
    switch e.args.count {
    case 0: return ""
    case 1:
        if e.cls.isSubtype(of: .keyError) { return try repr(e.args[0]) }
        return try str(e.args[0])
    default: return try repr(.tuple(e.args))
    }
}
