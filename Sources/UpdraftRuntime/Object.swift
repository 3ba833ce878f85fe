// The object model: PyObject (every heap value), PyType (classes, builtin and user-defined)
// and PyInstance (objects of user classes). Builtin types keep their methods in the same
// attribute dictionary user classes use, so lookup is one algorithm for both.

open class PyObject {
    public init() {}
    /// The Python class of this object. Subclasses override.
    open var pyType: PyType { PyType.object }

    // Protocol slots for objects implemented in Swift outside this module (arrays, numpy
    // scalars, generators). The defaults say "not supported"; the protocol functions in
    // Operations/ try these after their builtin fast paths.

    /// A new iterator over this object, or nil if it is not iterable.
    open func pyIter() throws -> PyIterator? { nil }
    open func pyLen() throws -> Int? { nil }
    open func pyBool() throws -> Bool? { nil }
    open func pyGetItem(_ key: Value) throws -> Value? { nil }
    /// Returns false when item assignment is not supported.
    open func pySetItem(_ key: Value, _ value: Value) throws -> Bool { false }
    open func pyDelItem(_ key: Value) throws -> Bool { false }
    open func pyRepr() throws -> String? { nil }
    open func pyStr() throws -> String? { nil }
    open func pyHash() throws -> Int? { nil }
    /// `self op other` (or `other op self` when `reflected`); nil means NotImplemented.
    open func pyBinary(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? { nil }
    open func pyUnary(_ op: UnaryOp) throws -> Value? { nil }
    /// A rich comparison; nil means NotImplemented.
    open func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? { nil }
    /// An attribute found on the object itself (before the class is searched).
    open func pyGetAttr(_ name: String) throws -> Value? { nil }
    open func pySetAttr(_ name: String, _ value: Value) throws -> Bool { false }
    open func pyCall(_ args: Args) throws -> Value? { nil }
    open var pyIsCallable: Bool { false }
    /// `__contains__`; nil means fall back to iteration.
    open func pyContains(_ item: Value) throws -> Bool? { nil }
    /// `__index__`: the object as an integer index, nil if it has none.
    open func pyIndex() throws -> Value? { nil }
    /// `float(x)`.
    open func pyFloat() throws -> Double? { nil }
    /// `format(x, spec)`; nil means the type has no formatting of its own.
    open func pyFormat(_ spec: String) throws -> String? { nil }
    /// `self op= other` updating self in place (numpy arrays); nil falls back to `self op other`.
    open func pyInplace(_ op: BinaryOp, _ other: Value) throws -> Value? { nil }
}

/// How instances of a class are laid out: decided by the builtin base a class derives from.
public enum InstanceLayout {
    /// A plain object with an attribute dictionary (`object` and user classes).
    case instance
    /// An exception: an instance plus `args` and traceback.
    case exception
    /// A builtin type whose instances are made by its constructor (int, str, list, ...).
    case builtin
}

public final class PyType: PyObject {
    public let name: String
    public var qualname: String
    public private(set) var bases: [PyType]
    public private(set) var mro: [PyType] = []
    public var dict: [String: Value]
    public let isBuiltin: Bool
    public let layout: InstanceLayout
    /// The module name shown in reprs (`<class '__main__.Vec'>`).
    public var module: String
    /// Builds an instance when the type is called (builtin types); nil for user classes,
    /// which go through `__new__`/`__init__`.
    public var constructor: ((PyType, Args) throws -> Value)?
    /// With `__slots__` in every user class of the MRO: the only attribute names instances
    /// may have; nil when instances take any attribute.
    public var allowedAttributes: Set<String>?
    /// Bumped whenever this class or a base changes, so callers may cache lookups.
    public private(set) var version: Int = 0
    private var lookupCache: [String: Value?] = [:]

    public init(name: String, bases: [PyType], dict: [String: Value] = [:], builtin: Bool,
                layout: InstanceLayout? = nil, module: String = "builtins") {
        self.name = name
        self.qualname = name
        self.bases = bases
        self.dict = dict
        self.isBuiltin = builtin
        self.layout = layout ?? bases.first?.layout ?? .instance
        self.module = module
        super.init()
        self.mro = PyType.linearize(self)
        for base in mro.dropFirst() where !base.isBuiltin { base.subclasses.append(self) }
    }

    override public var pyType: PyType { PyType.type }

    /// Subclasses, to invalidate their lookup caches when this class changes. Strong on
    /// purpose: a weak reference would give every base class a refcount side table, and
    /// every retain of it would take the slow path (measured: ~25% of a class-heavy run).
    var subclasses: [PyType] = []

    /// C3 linearization; falls back to depth-first order when the hierarchy is inconsistent
    /// (the class statement reports that case before creating the type).
    static func linearize(_ type: PyType) -> [PyType] {
        var sequences = type.bases.map { $0.mro } + [type.bases]
        var result: [PyType] = [type]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType?
            for seq in sequences {
                let head = seq[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                for seq in sequences { for t in seq where !result.contains(where: { $0 === t }) { result.append(t) } }
                return result
            }
            result.append(next)
            sequences = sequences.map { seq in seq.first === next ? Array(seq.dropFirst()) : seq }
        }
    }

    /// True when C3 linearization of these bases succeeds (used to raise CPython's TypeError).
    public static func basesAreConsistent(_ bases: [PyType]) -> Bool {
        var sequences = bases.map { $0.mro } + [bases]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return true }
            guard let next = sequences.lazy.map({ $0[0] }).first(where: { head in
                !sequences.contains(where: { $0.dropFirst().contains { $0 === head } })
            }) else { return false }
            sequences = sequences.map { seq in seq.first === next ? Array(seq.dropFirst()) : seq }
        }
    }

    /// Finds an attribute along the MRO (no descriptor binding).
    @inline(__always)
    public func lookup(_ name: String) -> Value? {
        if let cached = lookupCache[name] { return cached }
        var found: Value?
        for t in mro {
            if let v = t.dict[name] { found = v; break }
        }
        lookupCache[name] = found
        return found
    }

    /// Sets a class attribute, invalidating caches of this class and its subclasses.
    public func setAttribute(_ name: String, _ value: Value?) {
        if let value { dict[name] = value } else { dict[name] = nil }
        invalidate()
    }

    func invalidate() {
        lookupCache.removeAll(keepingCapacity: true)
        version &+= 1
        for sub in subclasses { sub.invalidate() }
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    /// The nearest builtin class in the MRO (`object` for plain user classes).
    public var builtinBase: PyType {
        mro.first { $0.isBuiltin } ?? PyType.object
    }
}

/// An object of a user-defined class. Its attributes are an array of values laid out by a
/// shared `Shape` (the attribute names in insertion order), so instances built the same way
/// share one shape and the interpreter's attribute sites can cache shape → slot.
public class PyInstance: PyObject {
    public let cls: PyType
    /// Shapes are never freed (the transition tree from `Shape.root` owns them).
    public private(set) unowned(unsafe) var shape: Shape = .root
    public var slotValues: [Value] = []

    public init(cls: PyType) {
        self.cls = cls
    }

    override public var pyType: PyType { cls }

    @inline(__always)
    public func attribute(_ name: String) -> Value? {
        guard let i = shape.slot(of: name) else { return nil }
        return slotValues[i]
    }

    public func setAttributeValue(_ name: String, _ value: Value) {
        if let i = shape.slot(of: name) {
            slotValues[i] = value
        } else {
            shape = shape.adding(name)
            slotValues.append(value)
        }
    }

    /// Appends an attribute whose transition the caller already knows (`shape.adding(name)`).
    @inline(__always)
    public func appendAttribute(_ value: Value, shape newShape: Shape) {
        shape = newShape
        slotValues.append(value)
    }

    @discardableResult
    public func removeAttributeValue(_ name: String) -> Value? {
        guard let i = shape.slot(of: name) else { return nil }
        let removed = slotValues[i]
        var rebuilt = Shape.root
        var values: [Value] = []
        for (j, n) in shape.names.enumerated() where j != i {
            rebuilt = rebuilt.adding(n)
            values.append(slotValues[j])
        }
        shape = rebuilt
        slotValues = values
        return removed
    }

    /// Attributes in insertion order (`__dict__`, `vars()`).
    public var attributeItems: [(String, Value)] {
        Array(zip(shape.names, slotValues))
    }
}

/// The attribute layout of instances: names in insertion order. Shapes form a tree of
/// transitions from `root`, so objects that gain the same attributes in the same order share one.
public final class Shape {
    public let names: [String]
    private let index: [String: Int]
    private var transitions: [String: Shape] = [:]

    public static let root = Shape([])

    private init(_ names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() { index[n] = i }
        self.index = index
    }

    @inline(__always)
    public func slot(of name: String) -> Int? { names.isEmpty ? nil : index[name] }

    public func adding(_ name: String) -> Shape {
        if let next = transitions[name] { return next }
        let next = Shape(names + [name])
        transitions[name] = next
        return next
    }
}

/// `None`'s friends: `NotImplemented` and `Ellipsis` are singletons of their own types.
public final class PySingleton: PyObject {
    public let name: String
    let type: PyType
    init(name: String, type: PyType) {
        self.name = name
        self.type = type
    }
    override public var pyType: PyType { type }

    public static let notImplemented = PySingleton(name: "NotImplemented", type: PyType.notImplementedType)
    public static let ellipsis = PySingleton(name: "Ellipsis", type: PyType.ellipsisType)
}

extension Value {
    public static var notImplemented: Value { .object(PySingleton.notImplemented) }
    public var isNotImplemented: Bool { asObject === PySingleton.notImplemented }
}
