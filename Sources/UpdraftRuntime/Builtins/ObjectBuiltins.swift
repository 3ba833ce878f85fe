// Builtins about objects and classes: isinstance, issubclass, the attribute functions, repr,
// ascii, format, callable, vars and dir.

func installObjectBuiltins() {
    defineBuiltin("isinstance") { args in
        try expectPositional("isinstance", args, min: 2, max: 2)
        return .bool(try isInstance(args[0], args[1]))
    }

    defineBuiltin("issubclass") { args in
        try expectPositional("issubclass", args, min: 2, max: 2)
        guard let cls = args[0].asObject as? PyType else {
            throw PythonError.typeError("issubclass() arg 1 must be a class")
        }
        return .bool(try isSubclass(cls, args[1]))
    }

    defineBuiltin("getattr") { args in
        try expectPositional("getattr", args, min: 2, max: 3)
        let name = try attributeName(args[1])
        guard args.count == 3 else { return try getAttribute(args[0], name) }
        do {
            return try lookupAttribute(args[0], name) ?? args[2]
        } catch let e as PythonError where e.isInstance(of: .attributeError) {
            return args[2]
        }
    }

    defineBuiltin("hasattr") { args in
        try expectPositional("hasattr", args, min: 2, max: 2)
        let name = try attributeName(args[1])
        do {
            return .bool(try lookupAttribute(args[0], name) != nil)
        } catch let e as PythonError where e.isInstance(of: .attributeError) {
            return .bool(false)
        }
    }

    defineBuiltin("setattr") { args in
        try expectPositional("setattr", args, min: 3, max: 3)
        try setAttribute(args[0], try attributeName(args[1]), args[2])
        return .none
    }

    defineBuiltin("delattr") { args in
        try expectPositional("delattr", args, min: 2, max: 2)
        try deleteAttribute(args[0], try attributeName(args[1]))
        return .none
    }

    defineBuiltin("repr") { args in
        try args.expect("repr", min: 1, max: 1)
        return .str(try repr(args[0]))
    }

    defineBuiltin("ascii") { args in
        try args.expect("ascii", min: 1, max: 1)
        return .str(asciiEscaped(try repr(args[0])))
    }

    defineBuiltin("format") { args in
        try expectPositional("format", args, min: 1, max: 2)
        var spec = ""
        if args.count == 2 {
            guard let s = args[1].stringValue else {
                throw PythonError.typeError("format() argument 2 must be str, not \(args[1].typeName)")
            }
            spec = s
        }
        return .str(try formatValue(args[0], spec))
    }

    defineBuiltin("callable") { args in
        try args.expect("callable", min: 1, max: 1)
        return .bool(isCallable(args[0]))
    }

    defineBuiltin("vars") { args in
        try expectPositional("vars", args, min: 0, max: 1)
        guard args.count == 1 else {
            // The interpreter replaces `vars` with a version that sees the caller's frame.
            throw PythonError.systemError("vars() without arguments needs the interpreter's frame")
        }
        return try varsOf(args[0])
    }

    defineBuiltin("dir") { args in
        try expectPositional("dir", args, min: 0, max: 1)
        guard args.count == 1 else {
            throw PythonError.systemError("dir() without arguments needs the interpreter's frame")
        }
        return .list(try directoryNames(args[0]).map { .str($0) })
    }
}

func attributeName(_ v: Value) throws -> String {
    guard let name = v.stringValue else {
        throw PythonError.typeError("attribute name must be string, not '\(v.typeName)'")
    }
    return name
}

/// `isinstance(v, classinfo)`: a class or a (nested) tuple of classes.
public func isInstance(_ v: Value, _ classInfo: Value) throws -> Bool {
    if case .object(let o) = classInfo {
        if let type = o as? PyType { return v.pyType.isSubtype(of: type) }
        if let tuple = o as? PyTuple {
            for item in tuple.items where try isInstance(v, item) { return true }
            return false
        }
    }
    throw PythonError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

/// `issubclass(cls, classinfo)`.
public func isSubclass(_ cls: PyType, _ classInfo: Value) throws -> Bool {
    if case .object(let o) = classInfo {
        if let type = o as? PyType { return cls.isSubtype(of: type) }
        if let tuple = o as? PyTuple {
            for item in tuple.items where try isSubclass(cls, item) { return true }
            return false
        }
    }
    throw PythonError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

/// `ascii()`: a repr with every non-ASCII character escaped as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
public func asciiEscaped(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
        let v = scalar.value
        if v < 0x80 {
            out.unicodeScalars.append(scalar)
        } else if v < 0x100 {
            out += "\\x" + String(v, radix: 16).leftPadded(to: 2, with: "0")
        } else if v < 0x10000 {
            out += "\\u" + String(v, radix: 16).leftPadded(to: 4, with: "0")
        } else {
            out += "\\U" + String(v, radix: 16).leftPadded(to: 8, with: "0")
        }
    }
    return out
}

/// `vars(obj)`: the object's attribute dictionary (a snapshot for instances and classes).
public func varsOf(_ v: Value) throws -> Value {
    if case .object(let o) = v {
        switch o {
        case let m as PyModule: return .object(globalsDict(m.globals))
        case is PyType, is PyInstance, is PyFunction:
            if let d = try lookupAttribute(v, "__dict__") { return d }
        default: break
        }
    }
    throw PythonError.typeError("vars() argument must have __dict__ attribute")
}

/// `dir(obj)`: the sorted attribute names of the object, its class and the class's bases.
public func directoryNames(_ v: Value) throws -> [String] {
    if userClass(v) != nil, let r = try callSpecial(v, "__dir__", []) {
        let names = try iterateToArray(r).map { try str($0) }
        return names.sorted { compareStrings($0, $1) < 0 }
    }
    var names = Set<String>()
    func addClass(_ t: PyType) {
        for c in t.mro { names.formUnion(c.dict.keys) }
    }
    if case .object(let o) = v {
        switch o {
        case let m as PyModule:
            names.formUnion(m.globals.items.map { $0.0 })
        case let t as PyType:
            addClass(t)
            names.formUnion(["__class__", "__doc__", "__module__", "__name__", "__qualname__"])
        case let inst as PyInstance:
            names.formUnion(inst.shape.names)
            addClass(inst.cls)
            names.formUnion(["__class__", "__dict__", "__doc__", "__module__"])
        case let f as PyFunction:
            names.formUnion(f.attributes.keys)
            addClass(PyType.function)
            names.formUnion(["__class__", "__dict__", "__doc__", "__module__", "__name__", "__qualname__"])
        default:
            addClass(v.pyType)
            names.formUnion(["__class__", "__doc__"])
        }
    } else {
        addClass(v.pyType)
        names.formUnion(["__class__", "__doc__"])
    }
    return names.sorted { compareStrings($0, $1) < 0 }
}
