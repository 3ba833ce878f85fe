// `obj.__dict__` for instances: a live view of the instance's attributes. Reads and writes go
// to the instance itself (`obj.__dict__["z"] = 3` makes `obj.z`), and it prints and iterates
// like the dict CPython returns, in insertion order.

public final class PyInstanceDict: PyObject {
    public let instance: PyInstance
    public init(_ instance: PyInstance) { self.instance = instance }

    /// Reports itself as `dict` for `type()`, reprs and messages.
    override public var pyType: PyType { PyType.dict }

    /// A real dict with the same items (for functions that need a PyDict).
    public var snapshot: PyDict {
        let d = PyDict()
        for (k, v) in instance.attributeItems { d.set(k, v) }
        return d
    }

    private func key(_ k: Value) throws -> String {
        guard let s = k.stringValue else { throw PythonError.keyError(k) }
        return s
    }

    override public func pyLen() throws -> Int? { instance.shape.names.count }
    override public func pyBool() throws -> Bool? { !instance.shape.names.isEmpty }

    override public func pyGetItem(_ k: Value) throws -> Value? {
        guard let name = k.stringValue, let v = instance.attribute(name) else { throw PythonError.keyError(k) }
        return v
    }

    override public func pySetItem(_ k: Value, _ value: Value) throws -> Bool {
        guard let name = k.stringValue else {
            throw PythonError.typeError("attribute name must be string, not '\(k.typeName)'")
        }
        instance.setAttributeValue(name, value)
        return true
    }

    override public func pyDelItem(_ k: Value) throws -> Bool {
        if instance.removeAttributeValue(try key(k)) == nil { throw PythonError.keyError(k) }
        return true
    }

    override public func pyContains(_ item: Value) throws -> Bool? {
        guard let name = item.stringValue else { return false }
        return instance.shape.slot(of: name) != nil
    }

    override public func pyIter() throws -> PyIterator? {
        try getIterator(.list(instance.shape.names.map { .str($0) }))
    }

    override public func pyRepr() throws -> String? { try repr(.object(snapshot)) }

    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        try compare(op, .object(snapshot), other)
    }

    override public func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "keys", "values", "items", "get", "copy", "__len__":
            // Read-only methods act on a snapshot; it has the same items.
            return try lookupAttribute(.object(snapshot), name)
        case "update":
            return .object(PyBuiltinFunction("update") { [instance] args in
                let d = PyDict()
                for v in args.positional { try dictUpdate(d, from: v) }
                for (k, v) in args.keywords { d.set(k, v) }
                for e in d.table.liveEntries {
                    guard let k = e.key.stringValue else { continue }
                    instance.setAttributeValue(k, e.value)
                }
                return .none
            })
        case "pop":
            return .object(PyBuiltinFunction("pop") { [instance] args in
                try args.expect("pop", min: 1, max: 2)
                guard let k = args[0].stringValue, let v = instance.removeAttributeValue(k) else {
                    if args.count == 2 { return args[1] }
                    throw PythonError.keyError(args[0])
                }
                return v
            })
        case "setdefault":
            return .object(PyBuiltinFunction("setdefault") { [instance] args in
                try args.expect("setdefault", min: 1, max: 2)
                guard let k = args[0].stringValue else { throw PythonError.typeError("attribute name must be string") }
                if let v = instance.attribute(k) { return v }
                let v = args.count == 2 ? args[1] : .none
                instance.setAttributeValue(k, v)
                return v
            })
        case "clear":
            return .object(PyBuiltinFunction("clear") { [instance] _ in
                for n in instance.shape.names { instance.removeAttributeValue(n) }
                return .none
            })
        default:
            return nil
        }
    }
}
