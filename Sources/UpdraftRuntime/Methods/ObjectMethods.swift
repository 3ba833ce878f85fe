// Methods every object inherits from `object` (reached explicitly through `super()` or
// `object.__init__(self)`), BaseException's methods, and the `type` constructor: `type(x)`
// and the three-argument form that creates a class.
//
// The protocol functions (repr, hashValue, setAttribute...) skip these native methods when
// they look for a user class's dunders, so defining them here changes no default behaviour.

import BigInt

/// True when `name` on `type` is the native method `object` defines (not overridden).
private func isObjectNative(_ type: PyType, _ name: String) -> Bool {
    guard let found = type.lookup(name), case .object(let f) = found, let n = f as? PyNativeMethod else { return false }
    return n.owner === PyType.object
}

/// `object.__repr__`: `<__main__.Vec object at 0x...>` whatever the class overrides.
func defaultObjectRepr(_ v: Value) throws -> String {
    if case .object(let o) = v, let inst = o as? PyInstance {
        return "<\(inst.cls.module).\(inst.cls.qualname) object at \(address(o))>"
    }
    return try repr(v)
}

func installObjectMethods() {
    let t = PyType.object

    t.def("__init__") { v, args in
        if args.count > 0 || !args.keywords.isEmpty {
            let type = v.pyType
            if !isObjectNative(type, "__init__") {
                throw PythonError.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
            }
            if isObjectNative(type, "__new__") {
                throw PythonError.typeError("\(type.name)() takes no arguments")
            }
        }
        return .none
    }

    // A native method rather than a staticmethod so `instantiate` keeps allocating plain
    // instances directly; `object.__new__(cls)` and `super().__new__(cls)` still reach it.
    t.def("__new__") { first, args in
        guard case .object(let o) = first, let type = o as? PyType else {
            throw PythonError.typeError("object.__new__(X): X is not a type object (\(first.typeName))")
        }
        if type.isBuiltin && type.layout == .builtin {
            throw PythonError.typeError("object.__new__(\(type.name)) is not safe, use \(type.name).__new__()")
        }
        if args.count > 0 || !args.keywords.isEmpty {
            if !isObjectNative(type, "__new__") {
                throw PythonError.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
            }
            if isObjectNative(type, "__init__") {
                throw PythonError.typeError("\(type.name)() takes no arguments")
            }
        }
        return try allocateInstance(type, Args())
    }

    t.def("__repr__") { v, args in
        try MethodArgs.none(args, "object.__repr__")
        return .str(try defaultObjectRepr(v))
    }
    t.def("__str__") { v, args in
        try MethodArgs.none(args, "object.__str__")
        return .str(try repr(v))
    }
    t.def("__eq__") { v, args in
        let other = try MethodArgs.one(args, "object.__eq__")
        return v.isIdentical(to: other) ? .bool(true) : .notImplemented
    }
    t.def("__ne__") { v, args in
        let other = try MethodArgs.one(args, "object.__ne__")
        let eq: Value
        if userClass(v) != nil, let r = try callSpecial(v, "__eq__", [other]) {
            eq = r
        } else {
            eq = v.isIdentical(to: other) ? .bool(true) : .notImplemented
        }
        if eq.isNotImplemented { return eq }
        return .bool(!(try isTruthy(eq)))
    }
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        t.def(name) { _, args in
            _ = try MethodArgs.one(args, "object.\(name)")
            return .notImplemented
        }
    }
    t.def("__hash__") { v, args in
        try MethodArgs.none(args, "object.__hash__")
        if case .object(let o) = v, o is PyInstance { return .int(ObjectIdentifier(o).hashValue) }
        return .int(try hashValue(v))
    }
    t.def("__setattr__") { v, args in
        let a = try MethodArgs.positional(args, "__setattr__", qualified: "object.__setattr__", min: 2, max: 2)
        guard let name = a[0].stringValue else {
            throw PythonError.typeError("attribute name must be string, not '\(a[0].typeName)'")
        }
        try objectSetAttribute(v, name, a[1])
        return .none
    }
    t.def("__delattr__") { v, args in
        let nameValue = try MethodArgs.one(args, "object.__delattr__")
        guard let name = nameValue.stringValue else {
            throw PythonError.typeError("attribute name must be string, not '\(nameValue.typeName)'")
        }
        try genericDeleteAttribute(v, name)
        return .none
    }
    t.def("__format__") { v, args in
        let spec = try MethodArgs.one(args, "object.__format__")
        guard let s = spec.stringValue else {
            throw PythonError.typeError("__format__() argument must be str, not \(spec.typeName)")
        }
        if !s.isEmpty { throw PythonError.typeError("unsupported format string passed to \(v.typeName).__format__") }
        return .str(try str(v))
    }

    installExceptionMethods()
    installTypeConstructor()
}

/// `object.__setattr__(self, name, value)`: stores without calling a user `__setattr__`
/// (which typically delegates here), but still honours properties.
private func objectSetAttribute(_ v: Value, _ name: String, _ value: Value) throws {
    guard case .object(let o) = v, let inst = o as? PyInstance else {
        try setAttribute(v, name, value)
        return
    }
    if let attr = inst.cls.lookup(name), case .object(let ao) = attr, let p = ao as? PyProperty {
        if p.setter.isNone {
            throw PythonError.attributeError("property '\(name)' of '\(inst.cls.name)' object has no setter")
        }
        _ = try call(p.setter, [v, value])
        return
    }
    if let exc = inst as? PyExceptionObject, name == "args" {
        exc.args = try iterateToArray(value)
        return
    }
    inst.setAttributeValue(name, value)
}

// MARK: - BaseException

private func exceptionReceiver(_ v: Value, _ method: String) throws -> PyExceptionObject {
    if case .object(let o) = v, let e = o as? PyExceptionObject { return e }
    throw MethodArgs.descriptorError(method, "BaseException", v)
}

private func installExceptionMethods() {
    // Builtin exception classes are called like functions: `ValueError("bad", 2)`.
    for type in PyType.allExceptionTypes {
        type.constructor = { type, args in
            if !args.keywords.isEmpty { throw PythonError.typeError("\(type.name)() takes no keyword arguments") }
            return .object(PyExceptionObject(cls: type, args: args.positional))
        }
    }
    let t = PyType.baseException
    t.def("__init__") { v, args in
        let e = try exceptionReceiver(v, "__init__")
        if let (k, _) = args.keywords.first {
            throw PythonError.typeError("\(e.cls.name)() takes no keyword arguments" + (k.isEmpty ? "" : ""))
        }
        e.args = args.positional
        return .none
    }
    t.def("__str__") { v, args in
        let e = try exceptionReceiver(v, "__str__")
        try MethodArgs.none(args, "BaseException.__str__")
        return .str(try exceptionStr(e))
    }
    t.def("__repr__") { v, args in
        let e = try exceptionReceiver(v, "__repr__")
        try MethodArgs.none(args, "BaseException.__repr__")
        return .str(try exceptionRepr(e))
    }
    t.def("with_traceback") { v, args in
        _ = try exceptionReceiver(v, "with_traceback")
        _ = try MethodArgs.one(args, "BaseException.with_traceback")
        return v
    }
}

// MARK: - type

private func installTypeConstructor() {
    PyType.type.constructor = { _, args in
        if args.count == 1 && args.keywords.isEmpty { return .object(args[0].pyType) }
        guard args.count == 3 else {
            throw PythonError.typeError("type() takes 1 or 3 arguments")
        }
        return try makeClass(args[0], args[1], args[2])
    }
}

/// `type(name, bases, dict)`.
public func makeClass(_ nameValue: Value, _ basesValue: Value, _ dictValue: Value) throws -> Value {
    guard let name = nameValue.stringValue else {
        throw PythonError.typeError("type.__new__() argument 1 must be str, not \(nameValue.typeName)")
    }
    guard case .object(let bo) = basesValue, let basesTuple = bo as? PyTuple else {
        throw PythonError.typeError("type.__new__() argument 2 must be tuple, not \(basesValue.typeName)")
    }
    guard case .object(let dobj) = dictValue, let namespace = dobj as? PyDict else {
        throw PythonError.typeError("type.__new__() argument 3 must be dict, not \(dictValue.typeName)")
    }
    var bases: [PyType] = []
    for b in basesTuple.items {
        guard case .object(let o) = b, let base = o as? PyType else {
            throw PythonError.typeError("type.__new__() argument 2 must be tuple of types, not \(b.typeName)")
        }
        if base === PyType.bool || base === PyType.type || base === PyType.noneType || base === PyType.function
            || base === PyType.range || base === PyType.slice {
            throw PythonError.typeError("type '\(base.name)' is not an acceptable base type")
        }
        bases.append(base)
    }
    for (i, b) in bases.enumerated() where bases[(i + 1)...].contains(where: { $0 === b }) {
        throw PythonError.typeError("duplicate base class \(b.name)")
    }
    if bases.isEmpty { bases = [PyType.object] }
    if !PyType.basesAreConsistent(bases) {
        throw PythonError.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
            + bases.map { $0.name }.joined(separator: ", "))
    }
    var dict: [String: Value] = [:]
    for e in namespace.table.liveEntries {
        guard let key = e.key.stringValue else { continue }
        dict[key] = e.value
    }
    // Implicit conversions CPython's type_new makes.
    if let new = dict["__new__"], case .object(let f) = new, f is PyFunction {
        dict["__new__"] = .object(PyStaticMethod(new))
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let m = dict[special], case .object(let f) = m, f is PyFunction {
            dict[special] = .object(PyClassMethod(m))
        }
    }
    if dict["__eq__"] != nil && dict["__hash__"] == nil { dict["__hash__"] = Value.none }
    let module = dict["__module__"]?.stringValue ?? "__main__"
    dict["__module__"] = .str(module)
    let cls = PyType(name: name, bases: bases, dict: dict, builtin: false, module: module)
    if let q = dict["__qualname__"]?.stringValue { cls.qualname = q }
    return .object(cls)
}
