// Constructors of the builtin classes that are not containers or numbers: type (only when
// ObjectMethods has not installed one), property, staticmethod, classmethod, super, range and
// slice, with the methods and attributes of range and slice.

import BigInt

func installTypeBuiltins() {
    if PyType.type.constructor == nil {
        PyType.type.constructor = { _, args in
            if args.positional.count == 1 && args.keywords.isEmpty { return .object(args[0].pyType) }
            if args.positional.count == 3 { return try makeClassFromTypeCall(args[0], args[1], args[2]) }
            throw PythonError.typeError("type() takes 1 or 3 arguments")
        }
    }

    // Builtin exception classes, unless the object/exception engineer installed constructors.
    for type in PyType.allExceptionTypes where type.constructor == nil {
        type.constructor = { type, args in
            if !args.keywords.isEmpty { throw PythonError.typeError("\(type.name)() takes no keyword arguments") }
            return try allocateInstance(type, args)
        }
    }

    PyType.property.constructor = { _, args in
        let bound = try clinicArguments("property", args, ["fget", "fset", "fdel", "doc"], minPositional: 0)
        let getter = bound[0] ?? .none
        var doc = bound[3] ?? .none
        if doc.isNone && !getter.isNone {
            doc = (try? lookupAttribute(getter, "__doc__")).flatMap { $0 } ?? .none
        }
        return .object(PyProperty(getter: getter, setter: bound[1] ?? .none, deleter: bound[2] ?? .none, doc: doc))
    }

    PyType.staticmethod.constructor = { _, args in
        try expectPositional("staticmethod", args, min: 1, max: 1)
        return .object(PyStaticMethod(args[0]))
    }

    PyType.classmethod.constructor = { _, args in
        try expectPositional("classmethod", args, min: 1, max: 1)
        return .object(PyClassMethod(args[0]))
    }

    PyType.superType.constructor = { _, args in
        if !args.keywords.isEmpty { throw PythonError.typeError("super() takes no keyword arguments") }
        if args.positional.isEmpty { throw PythonError.runtimeError("super(): no arguments") }
        if args.positional.count > 2 {
            throw PythonError.typeError("super() takes at most 2 arguments (\(args.positional.count) given)")
        }
        guard let cls = args[0].asObject as? PyType else {
            throw PythonError.typeError("super() argument 1 must be a type, not \(args[0].typeName)")
        }
        guard args.positional.count == 2 else {
            return .object(PySuper(thisClass: cls, receiver: .none))
        }
        let receiver = args[1]
        if let t = receiver.asObject as? PyType, t.isSubtype(of: cls) {
            return .object(PySuper(thisClass: cls, receiver: receiver))
        }
        guard receiver.pyType.isSubtype(of: cls) else {
            throw PythonError.typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(thisClass: cls, receiver: receiver))
    }
}

/// `type(name, bases, dict)`: a new class whose attributes are copied from `dict`.
func makeClassFromTypeCall(_ nameValue: Value, _ basesValue: Value, _ dictValue: Value) throws -> Value {
    guard let name = nameValue.stringValue else {
        throw PythonError.typeError("type.__new__() argument 1 must be str, not \(nameValue.typeName)")
    }
    guard let basesTuple = basesValue.asObject as? PyTuple else {
        throw PythonError.typeError("type.__new__() argument 2 must be tuple, not \(basesValue.typeName)")
    }
    guard let dict = dictValue.asObject as? PyDict else {
        throw PythonError.typeError("type.__new__() argument 3 must be dict, not \(dictValue.typeName)")
    }
    var bases: [PyType] = []
    for b in basesTuple.items {
        guard let t = b.asObject as? PyType else {
            throw PythonError.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        bases.append(t)
    }
    if bases.isEmpty { bases = [.object] }
    guard PyType.basesAreConsistent(bases) else {
        throw PythonError.typeError("Cannot create a consistent method resolution order (MRO) for bases "
            + bases.map(\.name).joined(separator: ", "))
    }
    var attributes: [String: Value] = [:]
    for entry in dict.table.liveEntries {
        guard let key = entry.key.stringValue else { continue }
        attributes[key] = entry.value
    }
    let module = attributes["__module__"]?.stringValue ?? "__main__"
    attributes["__module__"] = nil
    return .object(PyType(name: name, bases: bases, dict: attributes, builtin: false, module: module))
}

// MARK: - range and slice

func installRangeAndSlice() {
    PyType.range.constructor = { _, args in
        try expectPositional("range", args, min: 1, max: 3)
        let values = try args.positional.map(indexBigInt)
        let start = values.count == 1 ? BigInt(0) : values[0]
        let stop = values.count == 1 ? values[0] : values[1]
        let step = values.count == 3 ? values[2] : BigInt(1)
        if step.isZero { throw PythonError.valueError("range() arg 3 must not be zero") }
        return makeRange(start: start, stop: stop, step: step)
    }

    let range = PyType.range
    range.defGetter("start") { v in .int((v.asObject as? PyRange)?.start ?? 0) }
    range.defGetter("stop") { v in .int((v.asObject as? PyRange)?.stop ?? 0) }
    range.defGetter("step") { v in .int((v.asObject as? PyRange)?.step ?? 1) }

    range.def("index") { selfValue, args in
        try args.expect("range.index", min: 1, max: 1)
        guard let r = rangeBounds(selfValue) else { return .none }
        if args[0].isIntegral, let v = args[0].bigIntValue {
            if let i = rangePosition(r, v) { return .integer(i) }
        } else {
            var i = BigInt(0)
            let it = try getIterator(selfValue)
            while let x = try it.next() {
                if try valuesEqual(x, args[0]) { return .integer(i) }
                i += 1
            }
        }
        throw PythonError.valueError("\(try repr(args[0])) is not in range")
    }

    range.def("count") { selfValue, args in
        try args.expect("range.count", min: 1, max: 1)
        guard let r = rangeBounds(selfValue) else { return .int(0) }
        if args[0].isIntegral, let v = args[0].bigIntValue { return .int(rangePosition(r, v) == nil ? 0 : 1) }
        var n = 0
        let it = try getIterator(selfValue)
        while let x = try it.next() {
            if try valuesEqual(x, args[0]) { n += 1 }
        }
        return .int(n)
    }

    PyType.slice.constructor = { _, args in
        try expectPositional("slice", args, min: 1, max: 3)
        switch args.count {
        case 1: return .object(PySlice(start: .none, stop: args[0], step: .none))
        case 2: return .object(PySlice(start: args[0], stop: args[1], step: .none))
        default: return .object(PySlice(start: args[0], stop: args[1], step: args[2]))
        }
    }

    let slice = PyType.slice
    slice.defGetter("start") { v in (v.asObject as? PySlice)?.start ?? .none }
    slice.defGetter("stop") { v in (v.asObject as? PySlice)?.stop ?? .none }
    slice.defGetter("step") { v in (v.asObject as? PySlice)?.step ?? .none }
    slice.def("indices") { selfValue, args in
        try args.expect("slice.indices", min: 1, max: 1)
        guard let s = selfValue.asObject as? PySlice else { return .none }
        let n = try indexInt(args[0])
        if n < 0 { throw PythonError.valueError("length should not be negative") }
        let (start, stop, step, _) = try s.indices(length: n)
        return .tuple([.int(start), .int(stop), .int(step)])
    }
}

/// The position of an int in a range, or nil.
func rangePosition(_ r: (start: BigInt, stop: BigInt, step: BigInt, length: BigInt), _ v: BigInt) -> BigInt? {
    let offset = v - r.start
    guard (offset % r.step).isZero else { return nil }
    let i = offset / r.step
    return i.sign != .minus && i < r.length ? i : nil
}
