// `tuple(...)` and the methods of tuple: count and index.

func installTupleMethods() {
    let tuple = PyType.tuple
    func this(_ v: Value, _ method: String) throws -> PyTuple {
        try methodReceiver(v, as: PyTuple.self, method, "tuple")
    }

    tuple.constructor = { _, args in
        try expectPositional("tuple", args, min: 0, max: 1)
        guard args.count == 1 else { return .object(PyTuple.empty) }
        if case .object(let o) = args[0], o is PyTuple { return args[0] }
        let items = try iterateToArray(args[0])
        return items.isEmpty ? .object(PyTuple.empty) : .tuple(items)
    }

    tuple.def("count") { selfValue, args in
        try args.expect("tuple.count", min: 1, max: 1)
        let t = try this(selfValue, "count")
        var n = 0
        for item in t.items where try sameOrEqual(item, args[0]) { n += 1 }
        return .int(n)
    }

    tuple.def("index") { selfValue, args in
        try positionalArguments("tuple.index", "index", args, min: 1, max: 3)
        let t = try this(selfValue, "index")
        for i in try searchRange(args, count: t.items.count) where try sameOrEqual(t.items[i], args[0]) {
            return .int(i)
        }
        throw PythonError.valueError("tuple.index(x): x not in tuple")
    }

    installSequenceDunders(tuple, "tuple")
}
