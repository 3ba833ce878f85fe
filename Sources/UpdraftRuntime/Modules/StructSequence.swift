// Named tuples of native modules (`sys.version_info`, `sys.float_info`): indexable, iterable
// and comparable like a tuple, with fields readable as attributes.

public final class PyStructSequence: PyObject {
    let type: PyType
    /// The name shown in the repr, e.g. `sys.version_info`.
    let displayName: String
    public let fields: [String]
    public let values: [Value]

    init(type: PyType, displayName: String, fields: [String], values: [Value]) {
        self.type = type
        self.displayName = displayName
        self.fields = fields
        self.values = values
    }

    /// A struct sequence with a new type named after the last component of `displayName`.
    convenience init(_ displayName: String, _ pairs: [(String, Value)]) {
        let parts = displayName.split(separator: ".")
        let type = PyType.builtinType(String(parts.last ?? Substring(displayName)))
        if parts.count > 1 { type.module = parts.dropLast().joined(separator: ".") }
        self.init(type: type, displayName: displayName, fields: pairs.map { $0.0 }, values: pairs.map { $0.1 })
    }

    override public var pyType: PyType { type }

    var asTuple: Value { .tuple(values) }

    override public func pyRepr() throws -> String? {
        let parts = try zip(fields, values).map { "\($0.0)=\(try repr($0.1))" }
        return "\(displayName)(" + parts.joined(separator: ", ") + ")"
    }

    override public func pyGetAttr(_ name: String) throws -> Value? {
        guard let i = fields.firstIndex(of: name) else { return nil }
        return values[i]
    }

    override public func pyGetItem(_ key: Value) throws -> Value? { try getItem(asTuple, key) }
    override public func pyLen() throws -> Int? { values.count }
    override public func pyBool() throws -> Bool? { !values.isEmpty }
    override public func pyIter() throws -> PyIterator? { ArrayIterator(values) }
    override public func pyHash() throws -> Int? { try hashValue(asTuple) }
    override public func pyContains(_ item: Value) throws -> Bool? { try contains(asTuple, item) }

    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        var rhs = other
        if case .object(let o) = other {
            if let s = o as? PyStructSequence { rhs = s.asTuple } else if !(o is PyTuple) { return nil }
        } else {
            return nil
        }
        return try compare(op, asTuple, rhs)
    }
}
