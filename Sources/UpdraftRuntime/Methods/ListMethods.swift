// `list(...)` and the methods of list: append, extend, insert, pop, remove, index, count,
// sort, reverse, copy, clear, and the dunder methods scripts call by name.

func installListMethods() {
    let list = PyType.list
    func this(_ v: Value, _ method: String) throws -> PyList {
        try methodReceiver(v, as: PyList.self, method, "list")
    }

    list.constructor = { _, args in
        try expectPositional("list", args, min: 0, max: 1)
        guard args.count == 1 else { return .object(PyList()) }
        return .object(PyList(try iterateToArray(args[0])))
    }

    list.def("append") { selfValue, args in
        try args.expect("list.append", min: 1, max: 1)
        try this(selfValue, "append").items.append(args[0])
        return .none
    }

    list.def("extend") { selfValue, args in
        try args.expect("list.extend", min: 1, max: 1)
        let l = try this(selfValue, "extend")
        let items = try iterateToArray(args[0])
        l.items.append(contentsOf: items)
        return .none
    }

    list.def("insert") { selfValue, args in
        try positionalArguments("list.insert", "insert", args, min: 2, max: 2)
        let l = try this(selfValue, "insert")
        var i = try indexInt(args[0])
        let n = l.items.count
        if i < 0 {
            i += n
            if i < 0 { i = 0 }
        }
        if i > n { i = n }
        l.items.insert(args[1], at: i)
        return .none
    }

    list.def("pop") { selfValue, args in
        try positionalArguments("list.pop", "pop", args, min: 0, max: 1)
        let l = try this(selfValue, "pop")
        var i = args.count == 1 ? try indexInt(args[0]) : -1
        if l.items.isEmpty { throw PythonError.indexError("pop from empty list") }
        if i < 0 { i += l.items.count }
        guard i >= 0 && i < l.items.count else { throw PythonError.indexError("pop index out of range") }
        return i == l.items.count - 1 ? l.items.removeLast() : l.items.remove(at: i)
    }

    list.def("remove") { selfValue, args in
        try args.expect("list.remove", min: 1, max: 1)
        let l = try this(selfValue, "remove")
        var i = 0
        while i < l.items.count {
            if try sameOrEqual(l.items[i], args[0]) {
                if i < l.items.count { l.items.remove(at: i) }
                return .none
            }
            i += 1
        }
        throw PythonError.valueError("list.remove(x): x not in list")
    }

    list.def("index") { selfValue, args in
        try positionalArguments("list.index", "index", args, min: 1, max: 3)
        let l = try this(selfValue, "index")
        let range = try searchRange(args, count: l.items.count)
        var i = range.lowerBound
        while i < range.upperBound && i < l.items.count {
            if try sameOrEqual(l.items[i], args[0]) { return .int(i) }
            i += 1
        }
        throw PythonError.valueError("\(try repr(args[0])) is not in list")
    }

    list.def("count") { selfValue, args in
        try args.expect("list.count", min: 1, max: 1)
        let l = try this(selfValue, "count")
        var n = 0
        var i = 0
        while i < l.items.count {
            if try sameOrEqual(l.items[i], args[0]) { n += 1 }
            i += 1
        }
        return .int(n)
    }

    list.def("sort") { selfValue, args in
        let l = try this(selfValue, "sort")
        let options = try clinicArguments("sort", args, ["key", "reverse"], minPositional: 0, maxPositional: 0)
        try sortList(l, key: options[0], reverse: try intFlag(options[1]))
        return .none
    }

    list.def("reverse") { selfValue, args in
        try args.expect("list.reverse", min: 0, max: 0)
        try this(selfValue, "reverse").items.reverse()
        return .none
    }

    list.def("copy") { selfValue, args in
        try args.expect("list.copy", min: 0, max: 0)
        return .list(try this(selfValue, "copy").items)
    }

    list.def("clear") { selfValue, args in
        try args.expect("list.clear", min: 0, max: 0)
        try this(selfValue, "clear").items.removeAll()
        return .none
    }

    installSequenceDunders(list, "list")
    list.def("__setitem__") { selfValue, args in
        try positionalArguments("list.__setitem__", "__setitem__", args, min: 2, max: 2)
        try setItem(.object(try this(selfValue, "__setitem__")), args[0], args[1])
        return .none
    }
    list.def("__delitem__") { selfValue, args in
        try args.expect("list.__delitem__", min: 1, max: 1)
        try deleteItem(.object(try this(selfValue, "__delitem__")), args[0])
        return .none
    }
    list.def("__reversed__") { selfValue, args in
        try args.expect("list.__reversed__", min: 0, max: 0)
        return try reversedIterator(.object(try this(selfValue, "__reversed__")))
    }
}

/// `__len__`, `__getitem__`, `__contains__`, `__iter__` for a builtin container type, so
/// code that calls them by name (or passes `list.__len__` around) works.
func installSequenceDunders(_ type: PyType, _ typeName: String) {
    func check(_ v: Value, _ method: String) throws -> Value {
        guard v.pyType.isSubtype(of: type) else {
            throw PythonError.typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(v.typeName)' object")
        }
        return v
    }
    type.def("__len__") { selfValue, args in
        try args.expect("\(typeName).__len__", min: 0, max: 0)
        return .int(try length(try check(selfValue, "__len__")))
    }
    type.def("__getitem__") { selfValue, args in
        try args.expect("\(typeName).__getitem__", min: 1, max: 1)
        return try getItem(try check(selfValue, "__getitem__"), args[0])
    }
    type.def("__contains__") { selfValue, args in
        try args.expect("\(typeName).__contains__", min: 1, max: 1)
        return .bool(try contains(try check(selfValue, "__contains__"), args[0]))
    }
    type.def("__iter__") { selfValue, args in
        try args.expect("\(typeName).__iter__", min: 0, max: 0)
        return .object(try getIterator(try check(selfValue, "__iter__")))
    }
}
