import UpdraftSyntax

// Call arguments and the callable objects: builtin functions, native methods, bound methods,
// Python functions (subclassed by the interpreter), and the descriptors `property`,
// `staticmethod` and `classmethod`.

/// Arguments of one call: positional values, then keyword pairs in call order.
public struct Args {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]

    @inlinable
    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    @inlinable public var count: Int { positional.count }
    @inlinable public subscript(_ i: Int) -> Value { positional[i] }

    public func keyword(_ name: String) -> Value? {
        for (k, v) in keywords where k == name { return v }
        return nil
    }

    /// Binds to parameters `names`, of which the first `required` are mandatory and the first
    /// `positionalMax` (default: all) may be positional. Raises CPython-style TypeErrors.
    public func bind(_ function: String, _ names: [String], required: Int,
                     positionalMax: Int? = nil) throws -> [Value?] {
        let maxPos = positionalMax ?? names.count
        if positional.count > maxPos {
            if maxPos == 0 {
                throw PythonError.typeError("\(function)() takes no positional arguments")
            }
            let expect = required == maxPos ? "\(maxPos)" : "at most \(maxPos)"
            throw PythonError.typeError("\(function) expected \(expect) argument\(maxPos == 1 ? "" : "s"), got \(positional.count)")
        }
        var out = [Value?](repeating: nil, count: names.count)
        for (i, v) in positional.enumerated() { out[i] = v }
        for (k, v) in keywords {
            guard let idx = names.firstIndex(of: k) else {
                throw PythonError.typeError("\(function)() got an unexpected keyword argument '\(k)'")
            }
            if out[idx] != nil {
                throw PythonError.typeError("argument for \(function)() given by name ('\(k)') and position (\(idx + 1))")
            }
            out[idx] = v
        }
        for i in 0..<required where out[i] == nil {
            if keywords.isEmpty && positional.count < required {
                let expect = required == names.count || positionalMax == required ? "\(required)" : "at least \(required)"
                throw PythonError.typeError("\(function) expected \(expect) argument\(required == 1 ? "" : "s"), got \(positional.count)")
            }
            throw PythonError.typeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// Raises unless there are no keywords and the positional count is in range.
    public func expect(_ function: String, min: Int, max: Int) throws {
        if let (k, _) = keywords.first {
            throw PythonError.typeError("\(function)() takes no keyword arguments" + (k.isEmpty ? "" : ""))
        }
        if positional.count < min || positional.count > max {
            if min == max {
                if min == 0 {
                    throw PythonError.typeError("\(function)() takes no arguments (\(positional.count) given)")
                }
                if min == 1 {
                    throw PythonError.typeError("\(function)() takes exactly one argument (\(positional.count) given)")
                }
                throw PythonError.typeError("\(function) expected \(min) arguments, got \(positional.count)")
            }
            if positional.count < min {
                throw PythonError.typeError("\(function) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(positional.count)")
            }
            throw PythonError.typeError("\(function) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(positional.count)")
        }
    }
}

/// A function implemented in Swift: `len`, `math.sqrt`, ...
public final class PyBuiltinFunction: PyObject {
    public let name: String
    public let body: (Args) throws -> Value
    public init(_ name: String, _ body: @escaping (Args) throws -> Value) {
        self.name = name
        self.body = body
    }
    override public var pyType: PyType { PyType.builtinFunction }
}

/// A method of a builtin type implemented in Swift (`list.append`); binds like a function.
public final class PyNativeMethod: PyObject {
    public let name: String
    public unowned(unsafe) var owner: PyType
    public let body: (Value, Args) throws -> Value
    public init(_ name: String, owner: PyType, _ body: @escaping (Value, Args) throws -> Value) {
        self.name = name
        self.owner = owner
        self.body = body
    }
    override public var pyType: PyType { PyType.methodDescriptor }
}

/// A function or native method bound to the object it was looked up on.
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value
    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
    override public var pyType: PyType {
        if case .object(let f) = function, f is PyNativeMethod { return PyType.builtinMethod }
        return PyType.method
    }
}

/// A function defined in Python. The interpreter subclasses it with the compiled body.
open class PyFunction: PyObject {
    public var name: String
    public var qualname: String
    public var moduleName: String
    /// Function attributes set by scripts (`f.calls = 0`) and `__doc__`.
    public var attributes: [String: Value] = [:]

    public init(name: String, qualname: String, moduleName: String) {
        self.name = name
        self.qualname = qualname
        self.moduleName = moduleName
    }

    override open var pyType: PyType { PyType.function }

    /// Calls the function. The interpreter overrides this.
    open func call(_ args: Args) throws -> Value {
        throw PythonError.systemError("function \(name) has no body")
    }

    /// The function's definition, for the compiler (nil for functions without Python source).
    open var source: FunctionSource? { nil }
}

/// What the compiler needs to compile a Python function: its syntax tree, where it is, the
/// module globals its names resolve in, the values of its free variables, and its file's lines
/// (for error carets).
public struct FunctionSource {
    public let definition: FunctionDef
    public let location: SourceLocation
    public let filename: String
    public let globals: Globals
    public let freeVariables: [String: Value]
    public let lines: [Substring]
    public init(definition: FunctionDef, location: SourceLocation, filename: String, globals: Globals,
                freeVariables: [String: Value], lines: [Substring]) {
        self.definition = definition
        self.location = location
        self.filename = filename
        self.globals = globals
        self.freeVariables = freeVariables
        self.lines = lines
    }
}

public final class PyProperty: PyObject {
    public var getter: Value
    public var setter: Value
    public var deleter: Value
    public var doc: Value
    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
    }
    override public var pyType: PyType { PyType.property }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
    override public var pyType: PyType { PyType.staticmethod }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
    override public var pyType: PyType { PyType.classmethod }
}

/// A module: a name and its global variables.
public final class PyModule: PyObject {
    public let name: String
    public let globals: Globals
    public var file: String?
    public init(name: String, globals: Globals? = nil) {
        self.name = name
        self.globals = globals ?? Globals()
        super.init()
        self.globals.set("__name__", .str(name))
    }
    override public var pyType: PyType { PyType.module }
}

/// A module's global variables: names resolve to fixed slots once, so compiled code reads a
/// global with an array index instead of a hash lookup.
public final class Globals {
    public private(set) var names: [String] = []
    public private(set) var index: [String: Int] = [:]
    /// nil marks a slot whose name is not (or no longer) bound.
    public var values: [Value?] = []

    public init() {}

    /// The slot for `name`, created unbound if new.
    public func slot(for name: String) -> Int {
        if let i = index[name] { return i }
        let i = names.count
        names.append(name)
        index[name] = i
        values.append(nil)
        return i
    }

    public func get(_ name: String) -> Value? {
        guard let i = index[name] else { return nil }
        return values[i]
    }

    public func set(_ name: String, _ value: Value) {
        // Compute the slot first: it may grow `values`, which must not happen mid-assignment.
        let i = slot(for: name)
        values[i] = value
    }

    public func remove(_ name: String) {
        if let i = index[name] { values[i] = nil }
    }

    /// Bound names in definition order.
    public var items: [(String, Value)] {
        var out: [(String, Value)] = []
        for (i, n) in names.enumerated() { if let v = values[i] { out.append((n, v)) } }
        return out
    }
}
