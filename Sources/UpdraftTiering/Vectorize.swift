// `@vectorize`: numba's ufunc builder. With signatures (`@vectorize([int64(int64, int64), ...])`)
// the loops are built at decoration and numpy's ufunc type resolution picks one per call (the
// first loop every input converts to safely, in the order given). Without signatures the object
// is a dynamic ufunc (numba's DUFunc): a call whose input types match no loop adds a loop for
// exactly those types, its output dtype being what type inference gives for the kernel.
//
// Each loop runs a `UfuncKernel` over inputs already cast to the loop's types and broadcast to
// the output's shape. For now that is `ObjectModeUfuncKernel`, which calls the Python function
// once per element with numpy scalars; a compiled elementwise loop conforms to the same protocol
// and replaces it in `UfuncLoop.kernel` (the loop keeps its `TypedFunction` for the lowering).

import UpdraftArray
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime

/// The work of one ufunc loop: `inputs` have the loop's input dtypes and the output's shape
/// (broadcast views, any strides); every element of `output` (the loop's output dtype) is written.
public protocol UfuncKernel: AnyObject {
    func run(inputs: [NDArray], output: NDArray) throws
}

/// Calls the Python kernel once per element, with numpy scalars of the loop's input types (so
/// arithmetic follows numpy's rules, as numba's error_model='numpy' ufuncs do), and stores the
/// result converted to the output dtype.
final class ObjectModeUfuncKernel: UfuncKernel {
    let function: PyFunction
    init(function: PyFunction) { self.function = function }

    func run(inputs: [NDArray], output: NDArray) throws {
        let n = inputs.count
        let dtypes = inputs.map(\.dtype)
        let bases = inputs.map { UnsafeRawPointer($0.data) }
        let outType = output.dtype, outBase = output.data
        var args = [Value](repeating: .none, count: n)
        let name = function.name
        try walkOffsets(shape: output.shape, strides: inputs.map(\.strides) + [output.strides]) { offsets in
            for i in 0..<n {
                args[i] = .object(NPScalar(dtypes[i], dtypes[i].load(bases[i] + offsets[i])))
            }
            let r = try function.call(Args(args))
            guard let s = try scalarValue(r) else {
                throw PythonError.typeError("the kernel of ufunc '\(name)' returned \(r.typeName), not a number")
            }
            outType.store(s, outBase + offsets[n])
        }
    }
}

/// C-order walk of `shape` giving the byte offsets into several arrays at once.
func walkOffsets(shape: [Int], strides: [[Int]], _ body: ([Int]) throws -> Void) rethrows {
    let nd = shape.count, k = strides.count
    var offsets = [Int](repeating: 0, count: k)
    if nd == 0 { try body(offsets); return }
    if shape.contains(0) { return }
    var index = [Int](repeating: 0, count: nd)
    let inner = shape[nd - 1]
    while true {
        for j in 0..<inner {
            try body(offsets)
            if j + 1 < inner { for a in 0..<k { offsets[a] &+= strides[a][nd - 1] } }
        }
        for a in 0..<k { offsets[a] &-= strides[a][nd - 1] &* (inner - 1) }
        var axis = nd - 2
        while axis >= 0 {
            index[axis] += 1
            for a in 0..<k { offsets[a] &+= strides[a][axis] }
            if index[axis] < shape[axis] { break }
            for a in 0..<k { offsets[a] &-= strides[a][axis] &* shape[axis] }
            index[axis] = 0
            axis -= 1
        }
        if axis < 0 { return }
    }
}

/// One loop of a ufunc: its input and output dtypes, and the code that runs it.
final class UfuncLoop {
    let inputs: [DType]
    let output: DType
    var kernel: UfuncKernel
    /// The kernel typed for these input types (nil for an explicit signature whose typing was skipped).
    let typed: TypedFunction?
    init(inputs: [DType], output: DType, kernel: UfuncKernel, typed: TypedFunction?) {
        self.inputs = inputs
        self.output = output
        self.kernel = kernel
        self.typed = typed
    }
    /// numpy's `ufunc.types` entry: `'ll->l'`.
    var typeCode: String { inputs.map(\.charCode).joined() + "->" + output.charCode }
}

extension DType {
    /// numpy's one-character type code (`dtype.char`).
    var charCode: String {
        switch self {
        case .bool: return "?"
        case .int8: return "b"
        case .int16: return "h"
        case .int32: return "i"
        case .int64: return "l"
        case .uint8: return "B"
        case .uint16: return "H"
        case .uint32: return "I"
        case .uint64: return "L"
        case .float32: return "f"
        case .float64: return "d"
        case .complex128: return "D"
        }
    }

    /// `np.can_cast(self, to, casting='safe')`.
    func castsSafely(to t: DType) -> Bool {
        if self == t || self == .bool { return true }
        switch (kind, t.kind) {
        case (_, .bool): return false
        case (.complex, _): return false
        case (_, .complex): return true
        case (.float, .float): return t.itemsize > itemsize
        case (.float, _): return false
        case (.signed, .float), (.unsigned, .float): return t == .float64 || itemsize <= 2
        case (.signed, .signed), (.unsigned, .unsigned): return t.itemsize > itemsize
        case (.unsigned, .signed): return t.itemsize > itemsize
        default: return false  // signed → unsigned
        }
    }
}

/// The loops of a ufunc and the kernel they come from (shared by a DUFunc and its `.ufunc`).
final class UfuncLoops {
    let function: PyFunction
    var loops: [UfuncLoop] = []
    let dynamic: Bool
    let identity: Value
    init(function: PyFunction, dynamic: Bool, identity: Value) {
        self.function = function
        self.dynamic = dynamic
        self.identity = identity
    }
}

/// An operand of a ufunc call: an array (numpy scalars and Python scalars become 0-d arrays)
/// and, for Python scalars, the kind they have under NEP 50's weak-scalar rule.
private struct Operand {
    let array: NDArray
    var weak: DType.Kind?
    let pythonValue: Value?
}

/// The object `@vectorize` returns: numba's `DUFunc`, or a plain numpy ufunc for
/// `target='parallel'` (and as a DUFunc's `.ufunc`).
final class VectorizedUfunc: PyObject, CompilableCallee, NativeCallee {
    let table: UfuncLoops
    let isDUFunc: Bool
    let nin: Int

    init(table: UfuncLoops, isDUFunc: Bool) {
        self.table = table
        self.isDUFunc = isDUFunc
        let params = table.function.source.map { $0.definition.args.positionalOnly.count + $0.definition.args.args.count }
        self.nin = params ?? 1
    }

    var name: String { table.function.name }
    var calleeName: String { name }

    override var pyType: PyType { isDUFunc ? VectorizedUfunc.dufuncType : VectorizedUfunc.ufuncType }
    static let dufuncType = PyType(name: "DUFunc", bases: [PyType.object], builtin: true, layout: .builtin,
                                   module: "numba.np.ufunc.dufunc")
    static let ufuncType = PyType(name: "ufunc", bases: [PyType.object], builtin: true, layout: .builtin, module: "numpy")
    override var pyIsCallable: Bool { true }
    override func pyRepr() throws -> String? { isDUFunc ? "<numba._DUFunc '\(name)'>" : "<ufunc '\(name)'>" }
    override func pyStr() throws -> String? { try pyRepr() }

    override func pyGetAttr(_ attr: String) throws -> Value? {
        switch attr {
        case "__name__": return .str(name)
        case "__doc__": return table.function.attributes["__doc__"] ?? Value.none
        case "nin": return .int(nin)
        case "nout": return .int(1)
        case "nargs": return .int(nin + 1)
        case "ntypes": return .int(table.loops.count)
        case "types": return .list(table.loops.map { .str($0.typeCode) })
        case "identity": return table.identity
        case "signature": return Value.none
        case "ufunc": return .object(VectorizedUfunc(table: table, isDUFunc: false))
        case "py_func" where isDUFunc: return .object(table.function)
        case "reduce":
            return .object(PyBuiltinFunction("reduce") { [self] args in try self.reduce(args) })
        default: return nil
        }
    }

    // MARK: Calls

    override func pyCall(_ args: Args) throws -> Value? {
        var outArg: Value?
        for (k, v) in args.keywords {
            guard k == "out" else {
                throw PythonError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
            outArg = v
        }
        var positional = args.positional
        if positional.count == nin + 1, outArg == nil { outArg = positional.removeLast() }
        guard positional.count == nin else {
            throw PythonError.typeError("\(name)() takes from \(nin) to \(nin + 1) positional arguments but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
        }
        var out: NDArray?
        if let o = outArg, !o.isNone {
            var v = o
            if case .object(let t) = o, let tuple = t as? PyTuple, tuple.items.count == 1 { v = tuple.items[0] }
            guard case .object(let a) = v, let arr = a as? NDArray else {
                throw PythonError.typeError("return arrays must be of ArrayType")
            }
            out = arr
        }
        var operands = try positional.map(operand)
        // NEP 50: Python scalars are weak only next to a typed operand.
        if operands.allSatisfy({ $0.weak != nil }) {
            for i in operands.indices where operands[i].weak != .bool { operands[i].weak = nil }
        }
        let loop = try resolve(operands)
        let inputs = try operands.enumerated().map { i, op in try cast(op, to: loop.inputs[i]) }
        let shape = try broadcastShapes(inputs.map(\.shape))
        if let out {
            let full = try broadcastShapes(inputs.map(\.shape) + [out.shape])
            if full != out.shape {
                throw PythonError.valueError("non-broadcastable output operand with shape \(shapeText(out.shape)) doesn't match the broadcast shape \(shapeText(full))")
            }
            guard out.writeable else { throw PythonError.valueError("output array is read-only") }
        }
        let target = out?.shape ?? shape
        let views = try inputs.map { try $0.broadcast(to: target) }
        if let out, out.dtype == loop.output {
            try loop.kernel.run(inputs: views, output: out)
            return .object(out)
        }
        let result = try NDArray(shape: target, dtype: loop.output, zeroed: false)
        try loop.kernel.run(inputs: views, output: result)
        if let out {
            try out.assign(from: result)
            return .object(out)
        }
        if result.ndim == 0 { return elementValue(result.dtype, result.scalar(atOffset: 0)) }
        return .object(result)
    }

    private func operand(_ v: Value) throws -> Operand {
        switch v {
        case .bool: return Operand(array: try asArray(v), weak: .bool, pythonValue: v)
        case .int: return Operand(array: try asArray(v), weak: .signed, pythonValue: v)
        case .float: return Operand(array: try asArray(v), weak: .float, pythonValue: v)
        case .object(let o):
            if let a = o as? NDArray { return Operand(array: a, weak: nil, pythonValue: nil) }
            if o is PyInt { return Operand(array: try asArray(v), weak: .signed, pythonValue: v) }
            if o is PyStr { throw noLoop() }
            return Operand(array: try asArray(v), weak: nil, pythonValue: nil)
        case .none:
            throw PythonError.typeError("ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        }
    }

    private func accepts(_ op: Operand, _ t: DType) -> Bool {
        switch op.weak {
        case .bool?, nil: return op.array.dtype.castsSafely(to: t)
        case .signed?, .unsigned?: return t.kind != .bool
        case .float?: return t.kind == .float || t.kind == .complex
        case .complex?: return t.kind == .complex
        }
    }

    /// numpy's linear search over the loops; a DUFunc adds a loop when none fits.
    private func resolve(_ operands: [Operand]) throws -> UfuncLoop {
        if let loop = table.loops.first(where: { l in zip(operands, l.inputs).allSatisfy { accepts($0, $1) } }) {
            return loop
        }
        if table.dynamic {
            return try addLoop(operands.map(\.array.dtype))
        }
        throw noLoop()
    }

    private func noLoop() -> PythonError {
        PythonError.typeError("ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
    }

    /// Compiles (types) the kernel for exactly these input dtypes.
    func addLoop(_ inputs: [DType]) throws -> UfuncLoop {
        if let existing = table.loops.first(where: { $0.inputs == inputs }) { return existing }
        let (ret, typed) = try typeKernel(table.function, inputs.map { NumbaType($0) })
        guard let outType = ret.dtype else {
            throw PythonError(NumbaModule.typingError, "the kernel of ufunc '\(name)' returns \(ret), not a scalar number")
        }
        let loop = UfuncLoop(inputs: inputs, output: outType, kernel: ObjectModeUfuncKernel(function: table.function), typed: typed)
        table.loops.append(loop)
        KernelCompiler.compile(loop, function: table.function)
        return loop
    }

    private func cast(_ op: Operand, to t: DType) throws -> NDArray {
        if op.array.dtype == t { return op.array }
        if let v = op.pythonValue, case .int(let i) = v, t.isInteger {
            if !fits(Int64(i), t) { throw PythonError.overflowError("Python integer \(i) out of bounds for \(t.name)") }
        } else if let v = op.pythonValue, case .object(let o) = v, o is PyInt, t != .uint64 || (try? scalarValue(v)) == nil {
            throw PythonError.overflowError("Python integer \(try str(v)) out of bounds for \(t.name)")
        }
        return try op.array.copy(dtype: t)
    }

    private func fits(_ i: Int64, _ t: DType) -> Bool {
        switch t {
        case .int8: return i >= -128 && i <= 127
        case .int16: return i >= -32768 && i <= 32767
        case .int32: return i >= -2147483648 && i <= 2147483647
        case .uint8: return i >= 0 && i <= 255
        case .uint16: return i >= 0 && i <= 65535
        case .uint32: return i >= 0 && i <= 4294967295
        case .uint64: return i >= 0
        default: return true
        }
    }

    // MARK: reduce

    /// `ufunc.reduce(array, axis=0)`: folds the binary kernel along an axis (or all axes for None).
    private func reduce(_ args: Args) throws -> Value {
        let bound = try args.bind("reduce", ["array", "axis", "dtype", "out", "keepdims"], required: 1)
        guard nin == 2 else { throw PythonError.valueError("reduce only supported for binary functions") }
        var a = try asArray(bound[0]!)
        var axis = 0
        if let ax = bound[1] {
            if ax.isNone {
                if a.ndim > 1 && table.identity.isNone {
                    throw PythonError.valueError("reduction operation '\(name)' is not reorderable, so at most one axis may be specified")
                }
                a = try a.contiguous().reshaped([a.count])
            } else {
                axis = try normalizeAxis(try indexInt(ax), a.ndim)
            }
        } else if a.ndim == 0 {
            throw PythonError(NumpyTypes.axisError, "axis 0 is out of bounds for array of dimension 0")
        }
        if let d = bound[2], !d.isNone { a = try a.copy(dtype: try dtypeArgument(d)) }
        guard let loop = table.loops.first(where: { $0.inputs.allSatisfy { a.dtype.castsSafely(to: $0) } }) else {
            throw noLoop()
        }
        var shape = a.shape, strides = a.strides
        let n = shape.remove(at: axis)
        let step = strides.remove(at: axis)
        let acc = try NDArray(shape: shape, dtype: loop.output, zeroed: false)
        if n == 0 {
            guard let id = try scalarValue(table.identity) else {
                throw PythonError.valueError("zero-size array to reduction operation \(name) which has no identity")
            }
            acc.fill(id)
        } else {
            try acc.assign(from: a.view(shape: shape, strides: strides, offset: a.offset))
            for k in 1..<Swift.max(n, 1) {
                let slice = a.view(shape: shape, strides: strides, offset: a.offset + k * step)
                let left = acc.dtype == loop.inputs[0] ? acc : try acc.copy(dtype: loop.inputs[0])
                let right = slice.dtype == loop.inputs[1] ? slice : try slice.copy(dtype: loop.inputs[1])
                try loop.kernel.run(inputs: [left, right], output: acc)
            }
        }
        var result = acc
        if let kd = bound[4], try isTruthy(kd) {
            var kept = acc.shape
            if case .none? = bound[1] { kept = [Int](repeating: 1, count: try asArray(bound[0]!).ndim) }
            else { kept.insert(1, at: axis) }
            result = try acc.reshaped(kept)
        }
        if let o = bound[3], !o.isNone, case .object(let obj) = o, let out = obj as? NDArray {
            try out.assign(from: result.broadcast(to: out.shape))
            return o
        }
        if result.ndim == 0 { return elementValue(result.dtype, result.scalar(atOffset: 0)) }
        return .object(result)
    }

    // MARK: Calls from compiled code

    /// A call from `@njit` code: the loop for those (strongly typed) operands; arrays give an
    /// array of the loop's output dtype with the broadcast number of dimensions.
    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType {
        guard args.count == nin else {
            throw TypingError(message: "ufunc '\(name)' takes \(nin) arguments, got \(args.count)", location: .unknown, filename: "")
        }
        var dtypes: [DType] = []
        var ndim = 0
        for a in args {
            if let dt = a.arrayDType?.dtype, let nd = a.arrayNDim { dtypes.append(dt); ndim = Swift.max(ndim, nd) }
            else if let dt = a.dtype { dtypes.append(dt) }
            else {
                throw TypingError(message: "ufunc '\(name)' cannot take an argument of type \(a)", location: .unknown, filename: "")
            }
        }
        let loop: UfuncLoop
        if let l = table.loops.first(where: { l in zip(dtypes, l.inputs).allSatisfy { $0.castsSafely(to: $1) } }) {
            loop = l
        } else if table.dynamic {
            do { loop = try addLoop(dtypes) } catch let e as PythonError {
                throw TypingError(message: (try? str(.object(e.exception))) ?? "cannot type \(name)", location: .unknown, filename: "")
            }
        } else {
            throw TypingError(message: "ufunc '\(name)' not supported for the input types (\(args.map(\.description).joined(separator: ", ")))",
                              location: .unknown, filename: "")
        }
        let t = NumbaType(loop.output)
        return ndim == 0 ? t : .array(t, ndim, .C)
    }
}

extension VectorizedUfunc {
    /// A call from `@njit` code with scalar arguments of a compiled loop's exact input types:
    /// the loop's scalar kernel, called directly (CompiledKernels.swift).
    func nativeSymbol(for args: [NumbaType]) throws -> (symbol: String, returnType: NumbaType) {
        let dtypes = args.compactMap { $0.unliteral.dtype }
        guard dtypes.count == args.count, args.allSatisfy({ $0.unliteral.isNumber || $0.unliteral == .boolean }),
              let loop = table.loops.first(where: { $0.inputs == dtypes }),
              let kernel = loop.kernel as? CompiledUfuncKernel, let typed = loop.typed,
              typed.returnType.unliteral == NumbaType(loop.output) else {
            throw LoweringUnsupported("ufunc '\(name)' called with \(args) from compiled code")
        }
        return (kernel.symbol, typed.returnType.unliteral)
    }
}

// MARK: Typing a kernel

/// Runs the compiler's front half on `function` for `argTypes` (as the Dispatcher does) and
/// returns the inferred return type; a failure is numba's TypingError.
func typeKernel(_ function: PyFunction, _ argTypes: [NumbaType]) throws -> (NumbaType, TypedFunction?) {
    guard let source = function.source else {
        throw PythonError.typeError("cannot compile \(function.name): it has no Python source")
    }
    let state = CompilationState(source: source, qualname: function.qualname) { name in
        source.globals.get(name) ?? Runtime.builtins.get(name)
    }
    state.argTypes = argTypes
    do {
        try PassManager(dumps: TieringConfiguration.dumps).run(Pipeline.frontHalf, on: state)
    } catch let e as CompilerError {
        throw PythonError(NumbaModule.typingError, e.description)
    }
    guard let typed = state.typed else {
        throw PythonError(NumbaModule.typingError, "cannot type \(function.name) for (\(argTypes.map(\.description).joined(separator: ", ")))")
    }
    return (typed.returnType.unliteral, typed)
}

// MARK: The decorator

enum Vectorize {
    /// `@vectorize`, `@vectorize([sig, ...], target=..., identity=...)`, `@vectorize('f8(f8)')`.
    static func decorator(_ args: Args) throws -> Value {
        var target = "cpu"
        var identity: Value = .none
        for (k, v) in args.keywords {
            switch k {
            case "target": target = (v.asObject as? PyStr)?.value ?? "cpu"
            case "identity": identity = v
            case "nopython", "cache", "fastmath", "forceobj", "boundscheck", "nogil", "writable_args", "locals":
                break
            default: throw PythonError.keyError(.str(k))
            }
        }
        guard ["cpu", "parallel"].contains(target) else {
            throw PythonError.valueError("Unsupported target: \(target)")
        }
        if args.count >= 1, case .object(let o) = args[0], let f = o as? PyFunction {
            return try make(f, signatures: [], target: target, identity: identity)
        }
        var signatures: [Value] = []
        if args.count >= 1 {
            if case .object(let o) = args[0], let list = o as? PyList { signatures = list.items }
            else if case .object(let o) = args[0], let tuple = o as? PyTuple { signatures = tuple.items }
            else { signatures = [args[0]] }
        }
        let sigs = try signatures.map(parseSignature)
        return .object(PyBuiltinFunction("vectorize") { inner in
            try inner.expect("vectorize decorator", min: 1, max: 1)
            guard case .object(let o) = inner[0], let f = o as? PyFunction else {
                throw PythonError.typeError("The decorated object is not a function (got type \(inner[0].typeName)).")
            }
            return try make(f, signatures: sigs, target: target, identity: identity)
        })
    }

    static func make(_ f: PyFunction, signatures: [FunctionSignature], target: String, identity: Value) throws -> Value {
        let table = UfuncLoops(function: f, dynamic: signatures.isEmpty, identity: identity)
        for sig in signatures {
            let inputs = try sig.arguments.map(scalarDType)
            let output = try scalarDType(sig.result)
            // numba compiles each signature at decoration: typing errors surface here.
            let (_, typed) = try typeKernel(f, sig.arguments)
            let loop = UfuncLoop(inputs: inputs, output: output, kernel: ObjectModeUfuncKernel(function: f), typed: typed)
            KernelCompiler.compile(loop, function: f, parallel: target == "parallel")
            table.loops.append(loop)
        }
        let isDUFunc = !(target == "parallel" && !signatures.isEmpty)
        return .object(VectorizedUfunc(table: table, isDUFunc: isDUFunc))
    }

    private static func scalarDType(_ t: NumbaType) throws -> DType {
        guard let d = t.dtype else { throw PythonError.typeError("vectorize signatures take scalar types, not \(t)") }
        return d
    }

    /// A signature object, or a string like `'float64(float64, int32)'` / `'f8(f8)'`.
    static func parseSignature(_ v: Value) throws -> FunctionSignature {
        if case .object(let o) = v, let s = o as? FunctionSignature { return s }
        guard let text = v.stringValue else {
            throw PythonError.typeError("invalid signature: \(try repr(v))")
        }
        let compact = text.filter { !$0.isWhitespace }
        guard let open = compact.firstIndex(of: "("), compact.hasSuffix(")") else {
            throw PythonError.typeError("invalid signature: \(pyStringRepr(text))")
        }
        let result = try typeNamed(String(compact[..<open]), text)
        let inner = compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]
        let arguments = try inner.isEmpty ? [] : inner.split(separator: ",").map { try typeNamed(String($0), text) }
        return FunctionSignature(result: result, arguments: arguments)
    }

    private static let aliases: [String: NumbaType] = [
        "b1": .boolean, "i1": .int8, "i2": .int16, "i4": .int32, "i8": .int64,
        "u1": .uint8, "u2": .uint16, "u4": .uint32, "u8": .uint64, "f4": .float32, "f8": .float64, "c16": .complex128,
    ]

    private static func typeNamed(_ name: String, _ text: String) throws -> NumbaType {
        if let t = aliases[name] { return t }
        if case .object(let o)? = NumbaModule.module.globals.get(name), let t = o as? SignatureType { return t.type }
        throw PythonError.typeError("invalid signature: \(pyStringRepr(text)) (unknown type \(name))")
    }
}
