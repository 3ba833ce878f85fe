// `numpy.ufunc` objects (np.add, np.sqrt, ...): type resolution, broadcasting, the `out=`
// argument, and the two execution paths — arrays (typed loops over broadcast views) and
// scalars only (the same loops run once over stack memory, so no array is allocated).

import UpdraftRuntime

/// Picks a ufunc's loop from the operands' common dtype: (loop input dtype, output dtype).
typealias LoopResolver = (DType) throws -> (DType, DType)

final class Ufunc: PyObject {
    enum Kernel {
        case unary(UnaryKind)
        case binary(BinaryKind)
    }

    let name: String
    let kernel: Kernel
    let resolve: LoopResolver

    init(_ name: String, _ kernel: Kernel, _ resolve: @escaping LoopResolver) {
        self.name = name
        self.kernel = kernel
        self.resolve = resolve
    }

    var nin: Int {
        if case .unary = kernel { return 1 }
        return 2
    }

    override var pyType: PyType { UfuncTypes.ufunc }
    override var pyIsCallable: Bool { true }
    override func pyRepr() throws -> String? { "<ufunc '\(name)'>" }
    override func pyStr() throws -> String? { "<ufunc '\(name)'>" }
    override func pyHash() throws -> Int? { ObjectIdentifier(self).hashValue }

    override func pyCall(_ args: Args) throws -> Value? {
        let names = nin == 1 ? ["x", "out", "where", "casting", "order", "dtype", "subok"]
                             : ["x1", "x2", "out", "where", "casting", "order", "dtype", "subok"]
        let given = args.positional.count
        if given < nin || given > nin + 1 {
            throw PythonError.typeError("\(name)() takes from \(nin) to \(nin + 1) positional arguments but \(given) \(given == 1 ? "was" : "were") given")
        }
        let b = try args.bind(name, names, required: nin, positionalMax: nin + 1)
        var out: NDArray?
        if let o = b[nin], !o.isNone {
            var v = o
            if case .object(let t) = o, let tup = t as? PyTuple, tup.items.count == 1 { v = tup.items[0] }
            guard case .object(let oo) = v, let arr = oo as? NDArray else {
                throw PythonError.typeError("return arrays must be of ArrayType")
            }
            out = arr
        }
        if let w = b[nin + 1], !w.isNone {
            if case .bool(true) = w {} else {
                throw PythonError.typeError("\(name): the where= argument is not supported")
            }
        }
        let inputs = Array(b[0..<nin]).map { $0! }
        return try call(inputs, out: out, warnName: name)
    }

    /// Applies the ufunc to Python values (arrays, lists, numpy or Python scalars).
    func call(_ inputs: [Value], out: NDArray?, warnName: String) throws -> Value {
        if out == nil {
            let scalars = inputs.compactMap(scalarOperand)
            if scalars.count == inputs.count { return try callScalar(scalars, warnName: warnName) }
        }
        let ops = try inputs.map { try requireOperand($0, name) }
        return try callArrays(ops, out: out, warnName: warnName)
    }

    /// The loop and output dtypes for `ops`, with comparisons widened for out-of-range ints.
    func resolveLoop(strong: [DType], weak: [(Value, DType.Kind)]) throws -> (DType, DType) {
        var common = commonDType(strong: strong, weak: weak.map(\.1))
        if case .binary(let k) = kernel, k.isComparison, common.isInteger {
            for (v, kind) in weak where kind == .signed && !weakIntFits(v, common) {
                common = common.itemsize < 8 && weakIntFits(v, .int64) ? .int64 : .float64
            }
        }
        return try resolve(common)
    }

    func callArrays(_ ops: [UOperand], out: NDArray?, warnName: String) throws -> Value {
        var strong: [DType] = [], weak: [(Value, DType.Kind)] = []
        for op in ops {
            switch op {
            case .array(let a): strong.append(a.dtype)
            case .weak(let v, let k): weak.append((v, k))
            }
        }
        let (loop, outType) = try resolveLoop(strong: strong, weak: weak)
        let shapes = ops.compactMap { op -> [Int]? in
            if case .array(let a) = op { return a.shape }
            return nil
        }
        let shape = try broadcastShapes(shapes)
        let arrays = try ops.map { try materialize($0, loop) }
        let kernel = self.kernel
        return try executeUfunc(name, arrays, shape: shape, outType: outType, out: out, warnName: warnName) { g in
            switch kernel {
            case .unary(let k):
                runUnaryKernel(k, loop, g)
                return KernelFlags()
            case .binary(let k):
                return runBinaryKernel(k, loop, g)
            }
        }
    }

    /// Scalars only: one run of the loop over stack memory; the result is a numpy scalar.
    func callScalar(_ ops: [ScalarOperand], warnName: String) throws -> Value {
        var strong: [DType] = [], weak: [(Value, DType.Kind)] = []
        for op in ops {
            switch op {
            case .strong(let t, _): strong.append(t)
            case .weak(let v, let k): weak.append((v, k))
            }
        }
        let (loop, outType) = try resolveLoop(strong: strong, weak: weak)
        var values: [Scalar] = []
        for op in ops {
            switch op {
            case .strong(_, let s): values.append(s)
            case .weak(let v, _):
                try checkPythonInt(v, fits: loop)
                guard let s = try scalarValue(v) else { throw unsupportedTypesError(name) }
                values.append(s)
            }
        }
        let kernel = self.kernel
        return try withUnsafeTemporaryAllocation(byteCount: 48, alignment: 16) { buf -> Value in
            let p = buf.baseAddress!
            loop.store(values[0], p)
            if values.count > 1 { loop.store(values[1], p + 16) }
            FPStatus.clear()
            var flags = KernelFlags()
            switch kernel {
            case .unary(let k):
                runUnaryKernel(k, loop, LoopGeometry(scalars: p, p + 16, p + 32))
            case .binary(let k):
                var g = LoopGeometry(scalars: p, p + 16, p + 32)
                g.scalarOperator = warnName.hasPrefix("scalar ")
                flags = runBinaryKernel(k, loop, g)
            }
            if flags.negativePower { throw PythonError.valueError("Integers to negative integer powers are not allowed.") }
            FPStatus.check(warnName, divideByZero: flags.divideByZero)
            let resultPointer = kernel.isUnary ? p + 16 : p + 32
            return .object(NPScalar(outType, outType.load(UnsafeRawPointer(resultPointer))))
        }
    }
}

extension Ufunc.Kernel {
    var isUnary: Bool {
        if case .unary = self { return true }
        return false
    }
}

extension LoopGeometry {
    /// A single element per operand (0-d), at the given addresses.
    init(scalars p0: UnsafeMutableRawPointer, _ p1: UnsafeMutableRawPointer, _ p2: UnsafeMutableRawPointer) {
        self.p0 = p0; self.p1 = p1; self.p2 = p2; self.p3 = p2
    }
}

/// A scalar ufunc input: a numpy scalar (strong) or a Python number (weak).
enum ScalarOperand {
    case strong(DType, Scalar)
    case weak(Value, DType.Kind)
}

func scalarOperand(_ v: Value) -> ScalarOperand? {
    switch v {
    case .bool: return .weak(v, .bool)
    case .int: return .weak(v, .signed)
    case .float: return .weak(v, .float)
    case .none: return nil
    case .object(let o):
        if let s = o as? NPScalar { return .strong(s.dtype, s.value) }
        if o is PyInt { return .weak(v, .signed) }
        return nil
    }
}

/// The common dtype of strong dtypes and weak Python-scalar kinds (NEP 50).
func commonDType(strong: [DType], weak: [DType.Kind]) -> DType {
    let s = strong.dropFirst().reduce(strong.first) { acc, t in acc.map { DType.promote($0, t) } }
    let w = weak.max()
    guard let s else { return defaultDType(w ?? .float) }
    guard let w else { return s }
    return s.promoteWeak(w)
}

/// Runs a loop over `inputs` (of the loop dtype) into a new array or into `out`.
func executeUfunc(_ name: String, _ inputs: [NDArray], shape: [Int], outType: DType, out: NDArray?,
                  warnName: String, _ body: (LoopGeometry) -> KernelFlags) throws -> Value {
    func run(_ arrays: [NDArray], _ shape: [Int]) throws {
        FPStatus.clear()
        let flags = body(LoopGeometry(shape, arrays))
        if flags.negativePower { throw PythonError.valueError("Integers to negative integer powers are not allowed.") }
        FPStatus.check(warnName, divideByZero: flags.divideByZero)
    }
    guard let out else {
        let result = try NDArray(shape: shape, dtype: outType, zeroed: false)
        try run(try inputs.map { try $0.broadcast(to: shape) } + [result], shape)
        if result.ndim == 0 { return .object(NPScalar(outType, result.scalar(atOffset: 0))) }
        return .object(result)
    }
    // numpy broadcasts the output with the inputs, then requires the result to be its shape.
    let full = try broadcastShapes(inputs.map(\.shape) + [out.shape])
    guard full == out.shape else {
        throw PythonError.valueError("non-broadcastable output operand with shape \(compactShape(out.shape)) doesn't match the broadcast shape \(compactShape(full))")
    }
    guard canCastSameKind(outType, out.dtype) else { throw castingError(name, outType, out.dtype) }
    guard out.writeable else { throw PythonError.valueError("output array is read-only") }
    let ins = try inputs.map { a -> NDArray in
        // An input that overlaps the output without being the same view is read from a copy.
        let same = a.offset == out.offset && a.strides == out.strides && a.shape == out.shape
        let src = a.storage === out.storage && !same ? try a.copy() : a
        return try src.broadcast(to: out.shape)
    }
    let target = out.dtype == outType ? out : try NDArray(shape: out.shape, dtype: outType, zeroed: false)
    try run(ins + [target], out.shape)
    if target !== out { try out.assign(from: target) }
    return .object(out)
}
