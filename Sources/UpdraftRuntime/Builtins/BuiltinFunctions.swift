// The builtins namespace (temporary minimal version).
func installBuiltinFunctions() {
    Runtime.builtins.set("print", .object(PyBuiltinFunction("print") { args in
        OutputStream.stdout.write(try args.positional.map { try str($0) }.joined(separator: " ") + "\n")
        return .none
    }))
    Runtime.builtins.set("list", .object(PyBuiltinFunction("list") { args in .list(try iterateToArray(args[0])) }))
    Runtime.builtins.set("sum", .object(PyBuiltinFunction("sum") { args in
        var acc: Value = .int(0)
        try forEach(args[0]) { acc = try binaryOp(.add, acc, $0); return true }
        return acc
    }))
    Runtime.builtins.set("range", .object(PyBuiltinFunction("range") { args in
        if args.count == 1 { return .object(PyRange(start: 0, stop: try indexValue(args[0]), step: 1)) }
        return .object(PyRange(start: try indexValue(args[0]), stop: try indexValue(args[1]), step: args.count > 2 ? try indexValue(args[2]) : 1))
    }))
    for t in PyType.allExceptionTypes { Runtime.builtins.set(t.name, .object(t)) }
    Runtime.builtins.set("len", .object(PyBuiltinFunction("len") { args in .int(try length(args[0])) }))
}
