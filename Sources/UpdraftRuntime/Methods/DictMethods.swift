// `dict(...)` and the methods of dict: get, setdefault, pop, popitem, keys, values, items,
// update, clear, copy, fromkeys, plus the methods of the key and item views.

func installDictMethods() {
    let dict = PyType.dict
    func this(_ v: Value, _ method: String) throws -> PyDict {
        try methodReceiver(v, as: PyDict.self, method, "dict")
    }

    dict.constructor = { _, args in
        if args.positional.count > 1 {
            throw PythonError.typeError("dict expected at most 1 argument, got \(args.positional.count)")
        }
        let d = PyDict()
        try updateDict(d, args)
        return .object(d)
    }

    dict.def("get") { selfValue, args in
        try positionalArguments("dict.get", "get", args, min: 1, max: 2)
        let d = try this(selfValue, "get")
        return try d.table.get(args[0]) ?? (args.count == 2 ? args[1] : .none)
    }

    dict.def("setdefault") { selfValue, args in
        try positionalArguments("dict.setdefault", "setdefault", args, min: 1, max: 2)
        let d = try this(selfValue, "setdefault")
        let hash = try hashValue(args[0])
        if let existing = try d.table.get(args[0], hash: hash) { return existing }
        let value = args.count == 2 ? args[1] : .none
        try d.table.set(args[0], value, hash: hash)
        return value
    }

    dict.def("pop") { selfValue, args in
        try positionalArguments("dict.pop", "pop", args, min: 1, max: 2)
        let d = try this(selfValue, "pop")
        if let v = try d.table.remove(args[0]) { return v }
        if args.count == 2 { return args[1] }
        throw PythonError.keyError(args[0])
    }

    dict.def("popitem") { selfValue, args in
        try args.expect("dict.popitem", min: 0, max: 0)
        let d = try this(selfValue, "popitem")
        guard let entry = d.table.popLast() else {
            throw PythonError.keyError(.str("popitem(): dictionary is empty"))
        }
        return .tuple([entry.key, entry.value])
    }

    dict.def("keys") { selfValue, args in
        try args.expect("dict.keys", min: 0, max: 0)
        return .object(PyDictView.keys(try this(selfValue, "keys")))
    }
    dict.def("values") { selfValue, args in
        try args.expect("dict.values", min: 0, max: 0)
        return .object(PyDictView.values(try this(selfValue, "values")))
    }
    dict.def("items") { selfValue, args in
        try args.expect("dict.items", min: 0, max: 0)
        return .object(PyDictView.items(try this(selfValue, "items")))
    }

    dict.def("update") { selfValue, args in
        let d = try this(selfValue, "update")
        if args.positional.count > 1 {
            throw PythonError.typeError("update expected at most 1 argument, got \(args.positional.count)")
        }
        try updateDict(d, args)
        return .none
    }

    dict.def("clear") { selfValue, args in
        try args.expect("dict.clear", min: 0, max: 0)
        try this(selfValue, "clear").table.removeAll()
        return .none
    }

    dict.def("copy") { selfValue, args in
        try args.expect("dict.copy", min: 0, max: 0)
        return .object(PyDict(try this(selfValue, "copy").table))
    }

    dict.defStatic("fromkeys") { args in
        try positionalArguments("dict.fromkeys", "fromkeys", args, min: 1, max: 2)
        let value = args.count == 2 ? args[1] : .none
        let d = PyDict()
        let it = try getIterator(args[0])
        while let key = try it.next() { try d.table.set(key, value) }
        return .object(d)
    }

    installSequenceDunders(dict, "dict")
    dict.def("__setitem__") { selfValue, args in
        try positionalArguments("dict.__setitem__", "__setitem__", args, min: 2, max: 2)
        try this(selfValue, "__setitem__").table.set(args[0], args[1])
        return .none
    }
    dict.def("__delitem__") { selfValue, args in
        try args.expect("dict.__delitem__", min: 1, max: 1)
        try deleteItem(.object(try this(selfValue, "__delitem__")), args[0])
        return .none
    }
    dict.def("__reversed__") { selfValue, args in
        try args.expect("dict.__reversed__", min: 0, max: 0)
        return try reversedIterator(.object(try this(selfValue, "__reversed__")))
    }

    installDictViewMethods()
}

/// `dict(arg, **kw)` and `d.update(arg, **kw)`: the positional mapping or pairs, then keywords.
func updateDict(_ d: PyDict, _ args: Args) throws {
    if let source = args.positional.first { try dictUpdate(d, from: source) }
    for (k, v) in args.keywords { try d.table.set(.str(k), v) }
}

private func installDictViewMethods() {
    for type in [PyType.dictKeys, .dictValues, .dictItems] {
        type.def("__len__") { selfValue, _ in .int(try length(selfValue)) }
        type.def("__iter__") { selfValue, _ in .object(try getIterator(selfValue)) }
        type.def("__reversed__") { selfValue, _ in try reversedIterator(selfValue) }
    }
    for type in [PyType.dictKeys, .dictItems] {
        type.def("__contains__") { selfValue, args in
            try args.expect("\(type.name).__contains__", min: 1, max: 1)
            return .bool(try contains(selfValue, args[0]))
        }
        type.def("isdisjoint") { selfValue, args in
            try args.expect("\(type.name).isdisjoint", min: 1, max: 1)
            let it = try getIterator(args[0])
            while let item = try it.next() {
                if try contains(selfValue, item) { return .bool(false) }
            }
            return .bool(true)
        }
    }
}
