// `import numpy`: the module object. Each area of numpy installs its own functions from its
// own file; this file only lists them and the module-level constants.

import UpdraftRuntime

public enum Numpy {
    /// Makes `import numpy` available to scripts. Called once by the CLI at start-up.
    public static func register() {
        Runtime.nativeModules["numpy"] = { module }
        Runtime.nativeModules["numpy.random"] = { randomModule }
    }

    public static let module: PyModule = makeModule()
    public static let randomModule: PyModule = makeRandomModule()

    private static func makeModule() -> PyModule {
        let np = PyModule(name: "numpy")
        installArrayType()
        installScalarTypes()
        installCreation(np)
        installArrayMethods()
        installUfuncs(np)
        installReductions(np)
        installArrayFunctions(np)
        installAdvancedIndexing()
        installIndexingFunctions(np)

        let g = np.globals
        g.set("ndarray", .object(NumpyTypes.ndarray))
        g.set("dtype", .object(NumpyTypes.dtype))
        for t in DType.allCases { g.set(t.name, .object(NumpyTypes.scalarType(t))) }
        g.set("bool_", .object(NumpyTypes.scalarType(.bool)))
        g.set("int_", .object(NumpyTypes.scalarType(.int64)))
        g.set("intp", .object(NumpyTypes.scalarType(.int64)))
        g.set("uint", .object(NumpyTypes.scalarType(.uint64)))
        g.set("double", .object(NumpyTypes.scalarType(.float64)))
        g.set("single", .object(NumpyTypes.scalarType(.float32)))
        g.set("complex_", .object(NumpyTypes.scalarType(.complex128)))
        g.set("cdouble", .object(NumpyTypes.scalarType(.complex128)))
        g.set("generic", .object(NumpyTypes.generic))
        g.set("number", .object(NumpyTypes.number))
        g.set("integer", .object(NumpyTypes.integer))
        g.set("signedinteger", .object(NumpyTypes.signedinteger))
        g.set("unsignedinteger", .object(NumpyTypes.unsignedinteger))
        g.set("inexact", .object(NumpyTypes.inexact))
        g.set("floating", .object(NumpyTypes.floating))
        g.set("complexfloating", .object(NumpyTypes.complexfloating))
        g.set("True_", .object(NPScalar(.bool, .bool(true))))
        g.set("False_", .object(NPScalar(.bool, .bool(false))))
        g.set("pi", .float(Double.pi))
        g.set("e", .float(2.718281828459045))
        g.set("inf", .float(Double.infinity))
        g.set("nan", .float(Double.nan))
        g.set("newaxis", .none)
        g.set("__version__", .str("2.4.6"))
        g.set("random", .object(randomModule))
        let exceptions = PyModule(name: "numpy.exceptions")
        exceptions.globals.set("AxisError", .object(NumpyTypes.axisError))
        g.set("exceptions", .object(exceptions))
        g.set("AxisError", .object(NumpyTypes.axisError))
        return np
    }

    private static func makeRandomModule() -> PyModule {
        let m = PyModule(name: "numpy.random")
        installRandom(m)
        return m
    }
}

extension PyModule {
    /// Adds a function to a native module.
    public func function(_ name: String, _ body: @escaping (Args) throws -> Value) {
        globals.set(name, .object(PyBuiltinFunction(name, body)))
    }
}

/// Binds numpy-style arguments: `names` in order, the first `required` mandatory.
public func bindArgs(_ fn: String, _ args: Args, _ names: [String], required: Int = 0) throws -> [Value?] {
    try args.bind(fn, names, required: required)
}

/// An `int` or tuple-of-ints shape argument.
public func shapeArgument(_ v: Value) throws -> [Int] {
    if case .object(let o) = v {
        if let t = o as? PyTuple { return try t.items.map(dimension) }
        if let l = o as? PyList { return try l.items.map(dimension) }
        if let a = o as? NDArray, a.ndim == 1 { return try a.subarrays().map(dimension) }
    }
    return [try dimension(v)]
}

/// One dimension of a shape: numpy reports sizes beyond intp as a ValueError.
private func dimension(_ v: Value) throws -> Int {
    do {
        return try indexInt(v)
    } catch let e as PythonError where e.isInstance(of: PyType.overflowError) {
        throw PythonError.valueError("Maximum allowed dimension exceeded")
    }
}

/// An optional `axis=` argument (None means all axes).
public func axisArgument(_ v: Value?) throws -> Int? {
    guard let v, !v.isNone else { return nil }
    return try indexInt(v)
}

/// The array a value is: `self`.
@inline(__always)
public func arrayValue(_ a: NDArray) -> Value { .object(a) }
