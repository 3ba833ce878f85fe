// Attribute access: instances (with properties, bound methods, classmethods, `__getattr__`),
// classes, modules, functions, builtin objects' native methods, and `super()`.

/// `super(cls, obj)`: attribute lookup that starts after `cls` in `obj`'s MRO.
public final class PySuper: PyObject {
    public let thisClass: PyType
    public let receiver: Value
    public init(thisClass: PyType, receiver: Value) {
        self.thisClass = thisClass
        self.receiver = receiver
    }
    override public var pyType: PyType { PyType.superType }

    func lookup(_ name: String) -> Value? {
        let startType: PyType
        if case .object(let o) = receiver, let t = o as? PyType, t.isSubtype(of: thisClass) {
            startType = t
        } else {
            startType = receiver.pyType
        }
        let mro = startType.mro
        guard let idx = mro.firstIndex(where: { $0 === thisClass }) else { return nil }
        for t in mro[(idx + 1)...] {
            if let v = t.dict[name] { return v }
        }
        return nil
    }
}

/// Binds a class attribute found for `receiver` (an instance), as the descriptor protocol does.
@inline(__always)
func bindClassAttribute(_ attr: Value, receiver: Value, ownerType: PyType) throws -> Value {
    guard case .object(let o) = attr else { return attr }
    switch o {
    case is PyFunction, is PyNativeMethod:
        return .object(PyBoundMethod(receiver: receiver, function: attr))
    case let p as PyProperty:
        if p.getter.isNone { throw PythonError.attributeError("property object has no getter") }
        return try call(p.getter, [receiver])
    case let s as PyStaticMethod: return s.function
    case let c as PyClassMethod: return .object(PyBoundMethod(receiver: .object(ownerType), function: c.function))
    default: return attr
    }
}

public func getAttribute(_ v: Value, _ name: String) throws -> Value {
    if let r = try lookupAttribute(v, name) { return r }
    throw attributeMissing(v, name)
}

func attributeMissing(_ v: Value, _ name: String) -> PythonError {
    if case .object(let o) = v {
        if let m = o as? PyModule { return .attributeError("module '\(m.name)' has no attribute '\(name)'") }
        if let t = o as? PyType { return .attributeError("type object '\(t.name)' has no attribute '\(name)'") }
    }
    return .attributeError("'\(v.typeName)' object has no attribute '\(name)'")
}

/// The attribute, or nil when it does not exist (other errors propagate).
public func lookupAttribute(_ v: Value, _ name: String) throws -> Value? {
    if case .object(let o) = v {
        switch o {
        case let inst as PyInstance:
            if !inst.cls.isBuiltin, let ga = inst.cls.lookup("__getattribute__"), case .object(let go) = ga, !(go is PyNativeMethod) {
                do {
                    return try callMethodValue(ga, receiver: v, Args([.str(name)]))
                } catch let e as PythonError where e.isInstance(of: .attributeError) {
                    if let getattr = inst.cls.lookup("__getattr__"), case .object(let g) = getattr, !(g is PyNativeMethod) {
                        return try callMethodValue(getattr, receiver: v, Args([.str(name)]))
                    }
                    throw e
                }
            }
            return try instanceAttribute(inst, v, name)
        case let t as PyType:
            return try typeAttribute(t, name)
        case let m as PyModule:
            if let r = m.globals.get(name) { return r }
            if name == "__dict__" { return .object(globalsDict(m.globals)) }
            return nil
        case let f as PyFunction:
            if let r = f.attributes[name] { return r }
            switch name {
            case "__name__": return .str(f.name)
            case "__qualname__": return .str(f.qualname)
            case "__module__": return .str(f.moduleName)
            case "__doc__": return Value.none
            case "__dict__":
                let d = PyDict()
                for (k, val) in f.attributes { d.set(k, val) }
                return .object(d)
            default: break
            }
            if let r = try f.pyGetAttr(name) { return r }
        case let s as PySuper:
            guard let attr = s.lookup(name) else { return nil }
            if case .object(let t) = s.receiver, t is PyType {
                return try typeBind(attr, t as! PyType)
            }
            return try bindClassAttribute(attr, receiver: s.receiver, ownerType: s.receiver.pyType)
        case let m as PyBoundMethod:
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            case "__name__": return try lookupAttribute(m.function, "__name__")
            default: return try lookupAttribute(m.function, name)
            }
        case let b as PyBuiltinFunction:
            if name == "__name__" || name == "__qualname__" { return .str(b.name) }
        case let p as PyProperty:
            switch name {
            case "fget": return p.getter
            case "fset": return p.setter
            case "__doc__": return p.doc
            case "setter", "getter", "deleter":
                return .object(PyBuiltinFunction(name) { args in
                    try args.expect(name, min: 1, max: 1)
                    let q = PyProperty(getter: p.getter, setter: p.setter, deleter: p.deleter, doc: p.doc)
                    if name == "setter" { q.setter = args[0] } else if name == "getter" { q.getter = args[0] } else { q.deleter = args[0] }
                    return .object(q)
                })
            default: break
            }
        case let s as PyStaticMethod where name == "__func__": return s.function
        case let c as PyClassMethod where name == "__func__": return c.function
        default:
            if let r = try o.pyGetAttr(name) { return r }
        }
    }
    if name == "__class__" { return .object(v.pyType) }
    let type = v.pyType
    if let attr = type.lookup(name) {
        return try bindClassAttribute(attr, receiver: v, ownerType: type)
    }
    if name == "__doc__" { return Value.none }
    return nil
}

/// `object.__getattribute__`: the normal lookup, without a class's own `__getattribute__`.
public func genericGetAttribute(_ v: Value, _ name: String) throws -> Value {
    if case .object(let o) = v, let inst = o as? PyInstance {
        if let r = try instanceAttribute(inst, v, name) { return r }
        throw attributeMissing(v, name)
    }
    return try getAttribute(v, name)
}

func instanceAttribute(_ inst: PyInstance, _ v: Value, _ name: String) throws -> Value? {
    let cls = inst.cls
    let classAttr = cls.lookup(name)
    if let attr = classAttr, case .object(let ao) = attr, ao is PyProperty {
        return try bindClassAttribute(attr, receiver: v, ownerType: cls)
    }
    if let r = inst.attribute(name) { return r }
    if let exc = inst as? PyExceptionObject, let r = exceptionAttribute(exc, name) { return r }
    if let attr = classAttr { return try bindClassAttribute(attr, receiver: v, ownerType: cls) }
    switch name {
    case "__class__": return .object(cls)
    case "__dict__":
        return .object(PyInstanceDict(inst))
    default: break
    }
    if !cls.isBuiltin, let getattr = cls.lookup("__getattr__"), case .object(let g) = getattr, !(g is PyNativeMethod) {
        // An AttributeError raised by __getattr__ propagates with its own message.
        return try callMethodValue(getattr, receiver: v, Args([.str(name)]))
    }
    return nil
}

func exceptionAttribute(_ e: PyExceptionObject, _ name: String) -> Value? {
    switch name {
    case "args": return .tuple(e.args)
    case "__cause__": return e.cause.map { .object($0) } ?? Value.none
    case "__context__": return e.context.map { .object($0) } ?? Value.none
    case "__traceback__": return Value.none
    case "__suppress_context__": return .bool(e.suppressContext)
    case "value" where e.cls.isSubtype(of: .stopIteration): return e.args.first ?? Value.none
    case "code" where e.cls.isSubtype(of: .systemExit): return e.args.first ?? Value.none
    case "errno" where e.cls.isSubtype(of: .osError): return e.args.count >= 2 ? e.args[0] : Value.none
    case "strerror" where e.cls.isSubtype(of: .osError): return e.args.count >= 2 ? e.args[1] : Value.none
    case "filename" where e.cls.isSubtype(of: .osError): return e.args.count >= 3 ? e.args[2] : Value.none
    case "encoding", "object", "start", "end", "reason": return unicodeErrorAttribute(e, name)
    default: return nil
    }
}

/// Class attribute access (`Vec.dims`, `Vec.method`, `Cls.classmethod`).
func typeAttribute(_ t: PyType, _ name: String) throws -> Value? {
    switch name {
    case "__name__": return .str(t.name)
    case "__qualname__": return .str(t.qualname)
    case "__module__": return .str(t.module)
    case "__mro__": return .tuple(t.mro.map { .object($0) })
    case "__bases__": return .tuple(t.bases.map { .object($0) })
    case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
    case "__dict__":
        let d = PyDict()
        for (k, v) in t.dict.sorted(by: { $0.key < $1.key }) { d.set(k, v) }
        return .object(d)
    case "__doc__": return t.dict["__doc__"] ?? Value.none
    default: break
    }
    if let attr = t.lookup(name) { return try typeBind(attr, t) }
    // Attributes of the metaclass `type` itself (e.g. `int.mro`).
    if let attr = PyType.type.lookup(name) { return try bindClassAttribute(attr, receiver: .object(t), ownerType: .type) }
    return nil
}

func typeBind(_ attr: Value, _ t: PyType) throws -> Value {
    guard case .object(let o) = attr else { return attr }
    switch o {
    case let c as PyClassMethod: return .object(PyBoundMethod(receiver: .object(t), function: c.function))
    case let s as PyStaticMethod: return s.function
    default: return attr
    }
}

public func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
    if case .object(let o) = v {
        switch o {
        case let inst as PyInstance:
            let cls = inst.cls
            if !cls.isBuiltin {
                if let attr = cls.lookup(name), case .object(let ao) = attr, let p = ao as? PyProperty {
                    if p.setter.isNone {
                        throw PythonError.attributeError("property '\(name)' of '\(cls.name)' object has no setter")
                    }
                    _ = try call(p.setter, [v, value])
                    return
                }
                if let setattr = cls.lookup("__setattr__"), case .object(let s) = setattr, !(s is PyNativeMethod) {
                    _ = try callMethodValue(setattr, receiver: v, Args([.str(name), value]))
                    return
                }
            }
            if cls === PyType.object {
                throw PythonError.attributeError("'object' object has no attribute '\(name)'")
            }
            if let allowed = cls.allowedAttributes, !allowed.contains(name) {
                throw PythonError.attributeError("'\(cls.name)' object has no attribute '\(name)'")
            }
            if let exc = inst as? PyExceptionObject, name == "args" {
                exc.args = try iterateToArray(value)
                return
            }
            inst.setAttributeValue(name, value)
            return
        case let t as PyType:
            if t.isBuiltin {
                throw PythonError.typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'")
            }
            if name == "__name__" || name == "__qualname__" {
                t.qualname = value.stringValue ?? t.qualname
                return
            }
            t.setAttribute(name, value)
            return
        case let m as PyModule:
            m.globals.set(name, value)
            return
        case let f as PyFunction:
            if name == "__name__", let s = value.stringValue { f.name = s; return }
            if name == "__qualname__", let s = value.stringValue { f.qualname = s; return }
            f.attributes[name] = value
            return
        default:
            if try o.pySetAttr(name, value) { return }
        }
    }
    if v.pyType.lookup(name) != nil {
        throw PythonError.attributeError("'\(v.typeName)' object attribute '\(name)' is read-only")
    }
    throw PythonError.attributeError("'\(v.typeName)' object has no attribute '\(name)'")
}

public func deleteAttribute(_ v: Value, _ name: String) throws {
    if case .object(let o) = v, let inst = o as? PyInstance, !inst.cls.isBuiltin,
       let d = inst.cls.lookup("__delattr__"), case .object(let dobj) = d, !(dobj is PyNativeMethod) {
        _ = try callMethodValue(d, receiver: v, Args([.str(name)]))
        return
    }
    try genericDeleteAttribute(v, name)
}

/// `object.__delattr__`: deletion without the class's own `__delattr__` hook.
public func genericDeleteAttribute(_ v: Value, _ name: String) throws {
    if case .object(let o) = v {
        if let inst = o as? PyInstance {
            if let attr = inst.cls.lookup(name), case .object(let ao) = attr, let p = ao as? PyProperty {
                if p.deleter.isNone {
                    throw PythonError.attributeError("property '\(name)' of '\(inst.cls.name)' object has no deleter")
                }
                _ = try call(p.deleter, [v])
                return
            }
            if inst.removeAttributeValue(name) != nil { return }
        } else if let t = o as? PyType, !t.isBuiltin, t.dict[name] != nil {
            t.setAttribute(name, nil)
            return
        } else if let m = o as? PyModule, m.globals.get(name) != nil {
            m.globals.remove(name)
            return
        } else if let f = o as? PyFunction, f.attributes.removeValue(forKey: name) != nil {
            return
        }
    }
    throw attributeMissing(v, name)
}

/// A snapshot dict of a module's globals (`vars(module)`, `module.__dict__`).
public func globalsDict(_ g: Globals) -> PyDict {
    let d = PyDict()
    for (k, v) in g.items { d.set(k, v) }
    return d
}
