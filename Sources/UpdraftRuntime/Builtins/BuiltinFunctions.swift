// The builtins namespace: the builtin classes and exceptions by name, the constants, and the
// builtin functions, installed by `Runtime.bootstrap()`. The functions live in the files
// beside this one, grouped as CPython's documentation groups them.

/// Adds a builtin function to the builtins namespace.
func defineBuiltin(_ name: String, _ body: @escaping (Args) throws -> Value) {
    Runtime.builtins.set(name, .object(PyBuiltinFunction(name, body)))
}

func installBuiltinFunctions() {
    installIteratorTypes()
    installTypeBuiltins()
    installRangeAndSlice()

    let types: [PyType] = [
        .int, .float, .complex, .str, .bytes, .bytearray, .bool, .list, .tuple, .dict, .set, .frozenset, .object,
        .type, .range, .slice, .enumerate, .zip, .map, .filter, .reversed, .property, .staticmethod,
        .classmethod,
    ]
    for type in types { Runtime.builtins.set(type.name, .object(type)) }
    Runtime.builtins.set("super", .object(PyType.superType))
    for type in PyType.allExceptionTypes { Runtime.builtins.set(type.name, .object(type)) }
    // CPython keeps these old names as aliases of OSError.
    Runtime.builtins.set("EnvironmentError", .object(PyType.osError))
    Runtime.builtins.set("IOError", .object(PyType.osError))

    Runtime.builtins.set("NotImplemented", .notImplemented)
    Runtime.builtins.set("Ellipsis", .object(PySingleton.ellipsis))
    Runtime.builtins.set("__debug__", .bool(true))

    installSequenceBuiltins()
    installNumericBuiltins()
    installObjectBuiltins()
    installIOBuiltins()
}
