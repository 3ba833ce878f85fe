// Builtins that consume iterables: len, sorted, min, max, sum, any, all, iter, next.

func installSequenceBuiltins() {
    defineBuiltin("len") { args in
        try args.expect("len", min: 1, max: 1)
        return .int(try length(args[0]))
    }

    defineBuiltin("sorted") { args in
        guard args.positional.count == 1 else {
            throw PythonError.typeError("sorted expected 1 argument, got \(args.positional.count)")
        }
        let list = PyList(try iterateToArray(args[0]))
        let options = try clinicArguments("sort", Args([], keywords: args.keywords), ["key", "reverse"],
                                          minPositional: 0, maxPositional: 0)
        try sortList(list, key: options[0], reverse: try intFlag(options[1]))
        return .object(list)
    }

    defineBuiltin("min") { args in try minMax(args, isMin: true) }
    defineBuiltin("max") { args in try minMax(args, isMin: false) }

    defineBuiltin("sum") { args in
        let bound = try clinicArguments("sum", args, ["iterable", "start"], positionalOnly: 1,
                                        minPositional: 1, maxPositional: 2)
        let start = bound[1] ?? .int(0)
        if case .object(let o) = start {
            if o is PyStr { throw PythonError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            if o.pyType === PyType.bytes {
                throw PythonError.typeError("sum() can't sum bytes [use b''.join(seq) instead]")
            }
        }
        return try sumValues(bound[0] ?? .none, start: start)
    }

    defineBuiltin("any") { args in
        try args.expect("any", min: 1, max: 1)
        let it = try getIterator(args[0])
        while let item = try it.next() {
            if try isTruthy(item) { return .bool(true) }
        }
        return .bool(false)
    }

    defineBuiltin("all") { args in
        try args.expect("all", min: 1, max: 1)
        let it = try getIterator(args[0])
        while let item = try it.next() {
            if try !isTruthy(item) { return .bool(false) }
        }
        return .bool(true)
    }

    defineBuiltin("iter") { args in
        try expectPositional("iter", args, min: 1, max: 2)
        if args.count == 1 { return .object(try getIterator(args[0])) }
        guard isCallable(args[0]) else { throw PythonError.typeError("iter(v, w): v must be callable") }
        return .object(CallableIterator(args[0], args[1]))
    }

    defineBuiltin("next") { args in
        try expectPositional("next", args, min: 1, max: 2)
        if let v = try nextValue(args[0]) { return v }
        if args.count == 2 { return args[1] }
        if case .object(let o) = args[0], let it = o as? PyIterator { throw PythonError.stopIteration(it.stopValue) }
        throw PythonError.stopIteration()
    }
}

/// `sum(iterable, start)`: left-to-right `+`, with a fast path for machine ints and floats.
public func sumValues(_ iterable: Value, start: Value) throws -> Value {
    var result = start
    let it = try getIterator(iterable)
    while let item = try it.next() {
        switch (result, item) {
        case (.int(let a), .int(let b)):
            let (r, overflow) = a.addingReportingOverflow(b)
            result = overflow ? try binaryOp(.add, result, item) : .int(r)
        case (.float(let a), .float(let b)):
            result = .float(a + b)
        default:
            result = try binaryOp(.add, result, item)
        }
    }
    return result
}

/// `min(...)` / `max(...)`: one iterable or several arguments, `key=`, `default=`.
func minMax(_ args: Args, isMin: Bool) throws -> Value {
    let name = isMin ? "min" : "max"
    if args.positional.isEmpty {
        throw PythonError.typeError("\(name) expected at least 1 argument, got 0")
    }
    if args.keywords.count > 2 {
        throw PythonError.typeError("\(name)() takes at most 2 keyword arguments (\(args.keywords.count) given)")
    }
    var key: Value?
    var defaultValue: Value?
    for (k, v) in args.keywords {
        switch k {
        case "key": key = v.isNone ? nil : v
        case "default": defaultValue = v
        default: throw PythonError.typeError("'\(k)' is an invalid keyword argument for \(name)()")
        }
    }
    let multiple = args.positional.count > 1
    if multiple && defaultValue != nil {
        throw PythonError.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
    }
    let it: PyIterator = multiple ? ArrayIterator(args.positional) : try getIterator(args[0])
    let op: CompareOp = isMin ? .lt : .gt
    var best: (item: Value, key: Value)?
    while let item = try it.next() {
        let k = try key.map { try call($0, [item]) } ?? item
        guard let current = best else {
            best = (item, k)
            continue
        }
        if try better(k, than: current.key, op) { best = (item, k) }
    }
    if let best { return best.item }
    if let defaultValue { return defaultValue }
    throw PythonError.valueError("\(name)() arg is an empty sequence")
}

@inline(__always)
private func better(_ a: Value, than b: Value, _ op: CompareOp) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return op == .lt ? x < y : x > y
    case (.float(let x), .float(let y)): return op == .lt ? x < y : x > y
    default:
        let r = try compare(op, a, b)
        if case .bool(let flag) = r { return flag }
        return try isTruthy(r)
    }
}
