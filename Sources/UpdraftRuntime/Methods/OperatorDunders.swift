// The special methods of builtin types as Python sees them (`int.__add__`, `list.__len__`,
// `type.mro`). Operators themselves never go through these: the protocol functions have
// Swift fast paths. They exist for code that names them (`map(int.__add__, xs, ys)`).

func installOperatorDunders() {
    if PyType.object.constructor == nil {
        PyType.object.constructor = { type, args in
            if !args.positional.isEmpty || !args.keywords.isEmpty {
                throw PythonError.typeError("object() takes no arguments")
            }
            return .object(PyInstance(cls: type))
        }
    }
    PyType.object.def("__getattribute__") { v, args in
        try args.expect("__getattribute__", min: 1, max: 1)
        guard let name = args[0].stringValue else {
            throw PythonError.typeError("attribute name must be string, not '\(args[0].typeName)'")
        }
        return try genericGetAttribute(v, name)
    }
    PyType.type.def("mro") { v, _ in
        guard case .object(let o) = v, let t = o as? PyType else {
            throw PythonError.typeError("descriptor 'mro' requires a 'type' object")
        }
        return .list(t.mro.map { .object($0) })
    }

    let numeric: [PyType] = [.int, .float, .bool]
    let sequences: [PyType] = [.str, .list, .tuple]
    for type in numeric {
        for op in BinaryOp.allCases where op != .matMul {
            defBinary(type, op)
        }
        defUnary(type, "__neg__", .minus)
        defUnary(type, "__pos__", .plus)
        if type !== PyType.float { defUnary(type, "__invert__", .invert) }
        type.def("__abs__") { v, _ in try absValue(v) }
    }
    for type in sequences {
        defBinary(type, .add)
        defBinary(type, .mul)
        type.def("__len__") { v, _ in .int(try length(v)) }
        type.def("__getitem__") { v, args in
            try args.expect("__getitem__", min: 1, max: 1)
            return try getItem(v, args[0])
        }
        type.def("__contains__") { v, args in
            try args.expect("__contains__", min: 1, max: 1)
            return .bool(try contains(v, args[0]))
        }
    }
    defBinary(.str, .mod)
    for type in [PyType.dict, .set, .frozenset] {
        type.def("__len__") { v, _ in .int(try length(v)) }
        type.def("__contains__") { v, args in
            try args.expect("__contains__", min: 1, max: 1)
            return .bool(try contains(v, args[0]))
        }
    }
    PyType.dict.def("__getitem__") { v, args in
        try args.expect("__getitem__", min: 1, max: 1)
        return try getItem(v, args[0])
    }
    for type in [PyType.list, .dict] {
        type.def("__setitem__") { v, args in
            try args.expect("__setitem__", min: 2, max: 2)
            try setItem(v, args[0], args[1])
            return .none
        }
        type.def("__delitem__") { v, args in
            try args.expect("__delitem__", min: 1, max: 1)
            try deleteItem(v, args[0])
            return .none
        }
    }
    for type in numeric + sequences + [PyType.dict, .set, .frozenset] {
        for op in [CompareOp.lt, .ltE, .gt, .gtE] where type.dict[dunderName(op)] == nil {
            let name = dunderName(op)
            type.def(name) { v, args in
                try args.expect(name, min: 1, max: 1)
                return try compareOrNotImplemented(op, v, args[0])
            }
        }
    }
}

private func defBinary(_ type: PyType, _ op: BinaryOp) {
    let forward = op.forwardName, reflected = op.reflectedName
    if type.dict[forward] == nil {
        type.def(forward) { v, args in
            try args.expect(forward, min: 1, max: 1)
            return try operandOrNotImplemented { try binaryOp(op, v, args[0]) }
        }
    }
    if type.dict[reflected] == nil {
        type.def(reflected) { v, args in
            try args.expect(reflected, min: 1, max: 1)
            return try operandOrNotImplemented { try binaryOp(op, args[0], v) }
        }
    }
}

private func defUnary(_ type: PyType, _ name: String, _ op: UnaryOp) {
    if type.dict[name] == nil { type.def(name) { v, _ in try unaryOp(op, v) } }
}

/// A dunder called directly answers NotImplemented for operand types it does not handle.
private func operandOrNotImplemented(_ body: () throws -> Value) throws -> Value {
    do {
        return try body()
    } catch let e as PythonError where e.isInstance(of: .typeError) {
        return .notImplemented
    }
}

private func compareOrNotImplemented(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
    try operandOrNotImplemented { try compare(op, a, b) }
}
