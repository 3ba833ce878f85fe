// The builtin classes as PyType objects. Their methods are installed by `Runtime.bootstrap()`
// from the files in Methods/, so each type's behaviour reads in one place.

extension PyType {
    static func builtinType(_ name: String, base: PyType? = nil) -> PyType {
        PyType(name: name, bases: base.map { [$0] } ?? [object], builtin: true, layout: .builtin)
    }

    public static let object = PyType(name: "object", bases: [], builtin: true, layout: .instance)
    public static let type = PyType(name: "type", bases: [object], builtin: true, layout: .builtin)
    public static let int = builtinType("int")
    public static let bool = builtinType("bool", base: int)
    public static let float = builtinType("float")
    public static let complex = builtinType("complex")
    public static let str = builtinType("str")
    public static let bytes = builtinType("bytes")
    public static let list = builtinType("list")
    public static let tuple = builtinType("tuple")
    public static let dict = builtinType("dict")
    public static let set = builtinType("set")
    public static let frozenset = builtinType("frozenset")
    public static let range = builtinType("range")
    public static let slice = builtinType("slice")
    public static let noneType = builtinType("NoneType")
    public static let notImplementedType = builtinType("NotImplementedType")
    public static let ellipsisType = builtinType("ellipsis")
    public static let function = builtinType("function")
    public static let builtinFunction = builtinType("builtin_function_or_method")
    public static let builtinMethod = builtinFunction
    public static let methodDescriptor = builtinType("method_descriptor")
    public static let method = builtinType("method")
    public static let property = builtinType("property")
    public static let staticmethod = builtinType("staticmethod")
    public static let classmethod = builtinType("classmethod")
    public static let module = builtinType("module")
    public static let cell = builtinType("cell")
    public static let generator = builtinType("generator")
    public static let iterator = builtinType("iterator")
    public static let superType = builtinType("super")
    public static let dictKeys = builtinType("dict_keys")
    public static let dictValues = builtinType("dict_values")
    public static let dictItems = builtinType("dict_items")
    public static let enumerate = builtinType("enumerate")
    public static let zip = builtinType("zip")
    public static let map = builtinType("map")
    public static let filter = builtinType("filter")
    public static let reversed = builtinType("reversed")

    /// Adds a native method to this builtin type.
    public func def(_ name: String, _ body: @escaping (Value, Args) throws -> Value) {
        dict[name] = .object(PyNativeMethod(name, owner: self, body))
    }

    /// Adds a static (unbound) native function, e.g. `dict.fromkeys`, `str.maketrans`.
    public func defStatic(_ name: String, _ body: @escaping (Args) throws -> Value) {
        dict[name] = .object(PyStaticMethod(.object(PyBuiltinFunction(name, body))))
    }

    /// Adds a read-only computed attribute (`int.real`, `range.start`).
    public func defGetter(_ name: String, _ body: @escaping (Value) throws -> Value) {
        let getter = PyBuiltinFunction(name) { args in try body(args[0]) }
        dict[name] = .object(PyProperty(getter: .object(getter)))
    }
}
