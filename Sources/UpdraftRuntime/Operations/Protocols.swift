// Python's object protocols: truth, equality, hashing, repr/str, length, calling.
// Each has fast paths for the builtin types and falls back to a user class's dunder method.

import BigInt

/// The class of a user-defined instance, when `v` is one: only those dispatch to dunders
/// found by lookup, builtin objects use the Swift implementations below.
@inline(__always)
public func userClass(_ v: Value) -> PyType? {
    if case .object(let o) = v, let inst = o as? PyInstance, !inst.cls.isBuiltin { return inst.cls }
    return nil
}

/// Calls special method `name` of a user instance; nil when its class does not define it
/// (methods inherited from builtin bases such as `object` count as not defined).
public func callSpecial(_ v: Value, _ name: String, _ args: [Value]) throws -> Value? {
    guard let cls = userClass(v), let method = cls.lookup(name) else { return nil }
    if case .object(let m) = method, m is PyNativeMethod { return nil }
    return try callMethodValue(method, receiver: v, Args(args))
}

/// Calls an attribute found on a class as a method of `receiver` (binding as the descriptor would).
public func callMethodValue(_ method: Value, receiver: Value, _ args: Args) throws -> Value {
    if case .object(let m) = method {
        if let f = m as? PyFunction {
            var a = args
            a.positional.insert(receiver, at: 0)
            return try f.call(a)
        }
        if let n = m as? PyNativeMethod { return try n.body(receiver, args) }
        if let s = m as? PyStaticMethod { return try call(s.function, args) }
        if let c = m as? PyClassMethod {
            var a = args
            a.positional.insert(.object(receiver.pyType), at: 0)
            return try call(c.function, a)
        }
    }
    return try call(method, args)
}

// MARK: - Truth

public func isTruthy(_ v: Value) throws -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .none: return false
    case .object(let o):
        switch o {
        case let s as PyStr: return !s.value.isEmpty
        case let l as PyList: return !l.items.isEmpty
        case let t as PyTuple: return !t.items.isEmpty
        case let d as PyDict: return d.table.count > 0
        case let s as PySet: return s.table.count > 0
        case is PyInt: return true
        case let r as PyRange: return r.count > 0
        default:
            if userClass(v) != nil {
                if let r = try callSpecial(v, "__bool__", []) {
                    guard case .bool(let b) = r else {
                        throw PythonError.typeError("__bool__ should return bool, returned \(r.typeName)")
                    }
                    return b
                }
                if let r = try callSpecial(v, "__len__", []) {
                    return try lengthResult(r) != 0
                }
            }
            if let r = try o.pyBool() { return r }
            if let n = try o.pyLen() { return n != 0 }
            return true
        }
    }
}

// MARK: - Length

func lengthResult(_ r: Value) throws -> Int {
    guard case .int(let n) = r else {
        if case .bool(let b) = r { return b ? 1 : 0 }
        throw PythonError.typeError("'\(r.typeName)' object cannot be interpreted as an integer")
    }
    if n < 0 { throw PythonError.valueError("__len__() should return >= 0") }
    return n
}

public func length(_ v: Value) throws -> Int {
    if case .object(let o) = v {
        switch o {
        case let l as PyList: return l.items.count
        case let s as PyStr: return s.count
        case let t as PyTuple: return t.items.count
        case let d as PyDict: return d.table.count
        case let s as PySet: return s.table.count
        case let r as PyRange: return r.count
        case let view as PyDictView: return view.dict.table.count
        default:
            if let r = try callSpecial(v, "__len__", []) { return try lengthResult(r) }
            if let n = try o.pyLen() { return n }
        }
    }
    throw PythonError.typeError("object of type '\(v.typeName)' has no len()")
}

// MARK: - Equality and hashing

/// `a == b` as a Bool (Python's `bool(a == b)`).
public func valuesEqual(_ a: Value, _ b: Value) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.int(let x), .float(let y)): return Double(x) == y && (y.magnitude < 9.2e18 ? Int(y) == x : false)
    case (.float(let x), .int(let y)): return x == Double(y) && (x.magnitude < 9.2e18 ? Int(x) == y : false)
    case (.bool, _), (_, .bool):
        if let x = numericOrNil(a), let y = numericOrNil(b) { return try valuesEqual(x, y) }
    case (.none, .none): return true
    case (.object(let x), .object(let y)):
        if let sx = x as? PyStr, let sy = y as? PyStr { return stringsEqual(sx.value, sy.value) }
    default: break
    }
    return try isTruthy(compare(.eq, a, b))
}

/// bool → int, for the numeric comparisons above.
func numericOrNil(_ v: Value) -> Value? {
    switch v {
    case .bool(let b): return .int(b ? 1 : 0)
    case .int, .float: return v
    default: return nil
    }
}

/// `hash(None)`. CPython 3.11 hashes None by its address (`_Py_HashPointer`), which changes
/// from run to run, but with the reference python3 (3.11.7) the low 16 bits of that hash were
/// 0x5bbe in every run: they decide where None lands in a set (up to 65536 slots, unless it
/// collides its way down a long probe chain), so using them puts None where CPython puts it.
let noneHash = 0x7f73d8c5bbe

public func hashValue(_ v: Value) throws -> Int {
    switch v {
    case .int(let i): return pyHashInt(i)
    case .bool(let b): return b ? 1 : 0
    case .float(let d): return pyHashFloat(d)
    case .none: return noneHash
    case .object(let o):
        switch o {
        case let s as PyStr: return s.value.hashValue
        case let i as PyInt: return pyHashBigInt(i.value)
        case let t as PyTuple: return pyHashTuple(try t.items.map(hashValue))
        case let s as PySet where s.frozen: return s.table.frozenSetHash
        case is PyList, is PyDict, is PySet:
            throw PythonError.typeError("unhashable type: '\(v.typeName)'")
        default:
            if let cls = userClass(v) {
                // `object.__hash__` (a native method) does not count as the class defining one.
                if let h = cls.lookup("__hash__"), !(h.asObject is PyNativeMethod) {
                    if h.isNone { throw PythonError.typeError("unhashable type: '\(v.typeName)'") }
                    if let r = try callSpecial(v, "__hash__", []) {
                        guard let big = r.bigIntValue else {
                            throw PythonError.typeError("__hash__ method should return an integer")
                        }
                        // As CPython: an out-of-range result is hashed as an int; -1 is reserved.
                        let h = Int(exactly: big) ?? pyHashBigInt(big)
                        return h == -1 ? -2 : h
                    }
                } else if definesOwn(cls, "__eq__") {
                    throw PythonError.typeError("unhashable type: '\(v.typeName)'")
                }
            }
            if let h = try o.pyHash() { return h }
            return ObjectIdentifier(o).hashValue
        }
    }
}

/// True when a user class (not a builtin base) defines `name`; a class that defines `__eq__`
/// without `__hash__` is unhashable, as in CPython.
func definesOwn(_ cls: PyType, _ name: String) -> Bool {
    for t in cls.mro where !t.isBuiltin {
        if t.dict[name] != nil { return true }
    }
    return false
}

// MARK: - Calling

public func call(_ callee: Value, _ args: Args) throws -> Value {
    guard case .object(let o) = callee else {
        throw PythonError.typeError("'\(callee.typeName)' object is not callable")
    }
    if let f = o as? PyFunction { return try f.call(args) }
    if let b = o as? PyBuiltinFunction { return try b.body(args) }
    // Objects implemented in Swift that are callable themselves (jit dispatchers, ufuncs): one
    // virtual check instead of the failed class casts below.
    if o.pyIsCallable, let r = try o.pyCall(args) { return r }
    switch o {
    case let m as PyBoundMethod: return try callMethodValue(m.function, receiver: m.receiver, args)
    case let t as PyType: return try instantiate(t, args)
    case let n as PyNativeMethod:
        guard let first = args.positional.first else {
            throw PythonError.typeError("unbound method \(n.owner.name).\(n.name)() needs an argument")
        }
        return try n.body(first, Args(Array(args.positional.dropFirst()), keywords: args.keywords))
    case let s as PyStaticMethod: return try call(s.function, args)
    default:
        if let cls = userClass(callee), let m = cls.lookup("__call__") {
            return try callMethodValue(m, receiver: callee, args)
        }
        if let r = try o.pyCall(args) { return r }
        throw PythonError.typeError("'\(callee.typeName)' object is not callable")
    }
}

public func call(_ callee: Value, _ positional: [Value]) throws -> Value {
    try call(callee, Args(positional))
}

public func isCallable(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    switch o {
    case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType, is PyNativeMethod: return true
    default:
        if let cls = userClass(v) { return cls.lookup("__call__") != nil }
        return o.pyIsCallable
    }
}

/// `type(...)(args)`: builtin constructors, or `__new__` + `__init__` for user classes.
public func instantiate(_ type: PyType, _ args: Args) throws -> Value {
    if type.isBuiltin {
        guard let ctor = type.constructor else {
            throw PythonError.typeError("cannot create '\(type.name)' instances")
        }
        return try ctor(type, args)
    }
    let instance: Value
    if let new = type.lookup("__new__"), case .object(let n) = new, !(n is PyNativeMethod) {
        var a = args
        a.positional.insert(.object(type), at: 0)
        let fn: Value
        if let s = n as? PyStaticMethod { fn = s.function } else { fn = new }
        instance = try call(fn, a)
        guard instance.pyType.isSubtype(of: type) else { return instance }
    } else {
        instance = try allocateInstance(type, args)
    }
    if let initializer = type.lookup("__init__") {
        if case .object(let i) = initializer, let native = i as? PyNativeMethod {
            _ = try native.body(instance, args)
        } else {
            let r = try callMethodValue(initializer, receiver: instance, args)
            if !r.isNone {
                throw PythonError.typeError("__init__() should return None, not '\(r.typeName)'")
            }
        }
    }
    return instance
}

/// A fresh, uninitialised instance of a user class, laid out for its builtin base.
public func allocateInstance(_ type: PyType, _ args: Args) throws -> Value {
    switch type.layout {
    case .exception: return .object(PyExceptionObject(cls: type, args: args.positional))
    case .instance: return .object(PyInstance(cls: type))
    case .builtin:
        throw PythonError.typeError("subclassing builtin type '\(type.builtinBase.name)' is not supported by Updraft")
    }
}
