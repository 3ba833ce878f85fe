// `@stencil`: kernels written with relative indexing (`a[-1] + a[0] + a[1]`, `a[0, 1]`), applied
// at every point of the input where the whole neighbourhood lies inside the array. The
// neighbourhood comes from the constant indices of the kernel's syntax tree (or from
// `neighborhood=`); the output has the input's shape and the kernel's return type; border points
// get `cval` (default 0) — or, with `out=`, are left untouched unless `cval` is given.
//
// The interior runs through a `StencilKernel`. For now that is `ObjectModeStencilKernel`, which
// calls the Python kernel once per point with `RelativeIndexView`s of the relatively indexed
// arrays; a compiled loop nest conforms to the same protocol and replaces it in
// `StencilFunction.kernels` (keyed by argument types; the typed kernel is kept for the lowering).
// The function also conforms to `CompilableCallee`, so `@njit` code calling it types.

import Foundation
import UpdraftArray
import UpdraftLLVM
import UpdraftCompiler
import UpdraftRuntime
import UpdraftSyntax

/// Runs a stencil's kernel at every interior point: `interior[d]` is the range of indices on
/// axis `d`; `relative` lists the argument positions indexed relatively (arrays of at least the
/// first one's shape); `output` has the first argument's shape and the kernel's result dtype.
public protocol StencilKernel: AnyObject {
    func run(arguments: [Value], relative: [Int], output: NDArray, interior: [Range<Int>]) throws
}

/// What the kernel sees for a relatively indexed array: `a[i]` / `a[i, j]` is the element at
/// the current point plus that offset.
final class RelativeIndexView: PyObject {
    let array: NDArray
    var center: [Int]
    var centerOffset = 0

    init(_ array: NDArray) {
        self.array = array
        self.center = [Int](repeating: 0, count: array.ndim)
    }

    override var pyType: PyType { RelativeIndexView.type }
    static let type = PyType(name: "StencilView", bases: [PyType.object], builtin: true, layout: .builtin,
                             module: "numba.stencils.stencil")

    override func pyGetItem(_ key: Value) throws -> Value? {
        var offsets: [Value]
        if case .object(let o) = key, let t = o as? PyTuple { offsets = t.items } else { offsets = [key] }
        guard offsets.count == array.ndim else {
            throw PythonError.indexError("stencil index has \(offsets.count) dimensions, the array has \(array.ndim)")
        }
        var byte = centerOffset
        for (d, v) in offsets.enumerated() {
            let k = try indexInt(v)
            let i = center[d] &+ k
            guard i >= 0 && i < array.shape[d] else {
                throw PythonError.indexError("stencil index \(k) on axis \(d) leaves the array; give a larger 'neighborhood'")
            }
            byte &+= k &* array.strides[d]
        }
        return elementValue(array.dtype, array.scalar(atOffset: byte))
    }

    override func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "shape": return .tuple(array.shape.map { .int($0) })
        case "ndim": return .int(array.ndim)
        case "dtype": return try array.pyGetAttr("dtype")
        default: return nil
        }
    }
}

/// Calls the Python kernel at every interior point, in C order.
final class ObjectModeStencilKernel: StencilKernel {
    let function: PyFunction
    init(function: PyFunction) { self.function = function }

    func run(arguments: [Value], relative: [Int], output: NDArray, interior: [Range<Int>]) throws {
        if interior.contains(where: \.isEmpty) { return }
        var args = arguments
        var views: [RelativeIndexView] = []
        for r in relative {
            guard case .object(let o) = arguments[r], let a = o as? NDArray else { continue }
            let v = RelativeIndexView(a)
            views.append(v)
            args[r] = .object(v)
        }
        let nd = interior.count
        var index = interior.map(\.lowerBound)
        let outType = output.dtype, outBase = output.data
        let name = function.name
        while true {
            for v in views {
                v.center = index
                v.centerOffset = v.array.byteOffset(index)
            }
            let r = try function.call(Args(args))
            guard let s = try scalarValue(r) else {
                throw PythonError.typeError("the stencil kernel '\(name)' returned \(r.typeName), not a number")
            }
            outType.store(s, outBase + output.byteOffset(index))
            var axis = nd - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < interior[axis].upperBound { break }
                index[axis] = interior[axis].lowerBound
                axis -= 1
            }
            if axis < 0 { return }
        }
    }
}

/// The object `@stencil` returns (numba's StencilFunc).
final class StencilFunction: PyObject, CompilableCallee, NativeCallee {
    let kernel: PyFunction
    let neighborhood: [(Int, Int)]?
    let cval: Value?
    let standardIndexing: Set<String>
    /// Kernels for the interior, by argument types (object mode until a compiled one replaces it).
    var kernels: [[NumbaType]: StencilKernel] = [:]
    /// The kernel typed per argument types: its return type is the output's dtype.
    private var typedKernels: [[NumbaType]: (NumbaType, TypedFunction?)] = [:]

    init(kernel: PyFunction, neighborhood: [(Int, Int)]?, cval: Value?, standardIndexing: Set<String>) {
        self.kernel = kernel
        self.neighborhood = neighborhood
        self.cval = cval
        self.standardIndexing = standardIndexing
    }

    var calleeName: String { kernel.name }

    override var pyType: PyType { StencilFunction.type }
    static let type = PyType(name: "StencilFunc", bases: [PyType.object], builtin: true, layout: .builtin,
                             module: "numba.stencils.stencil")
    override var pyIsCallable: Bool { true }

    override func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "kernel_ir", "py_func": return .object(kernel)
        case "__name__": return .str(kernel.name)
        case "neighborhood":
            guard let neighborhood else { return Value.none }
            return .tuple(neighborhood.map { .tuple([.int($0.0), .int($0.1)]) })
        default: return nil
        }
    }

    private var parameterNames: [String] {
        guard let def = kernel.source?.definition else { return [] }
        return (def.args.positionalOnly + def.args.args).map(\.name)
    }

    // MARK: Neighbourhood

    /// The relatively indexed argument positions: arrays not named in `standard_indexing`.
    private func relativePositions(_ args: [Value]) -> [Int] {
        let names = parameterNames
        return args.indices.filter { i in
            guard case .object(let o) = args[i], o is NDArray else { return false }
            return i >= names.count || !standardIndexing.contains(names[i])
        }
    }

    /// The (min, max) offset per axis: given, or read off the kernel's constant indices.
    func kernelNeighborhood(ndim: Int, relativeNames: Set<String>) throws -> [(Int, Int)] {
        if let neighborhood {
            guard neighborhood.count == ndim else {
                throw PythonError(NumbaModule.numbaValueError,
                                  "\(neighborhood.count) dimensional neighborhood specified for \(ndim) dimensional input array")
            }
            return neighborhood
        }
        var result = [(Int, Int)](repeating: (0, 0), count: ndim)
        guard let body = kernel.source?.definition.body else { return result }
        var subscripts: [(String, Expr)] = []
        collectSubscripts(body, relativeNames, &subscripts)
        for (_, index) in subscripts {
            guard let offsets = constantOffsets(index) else {
                throw PythonError(NumbaModule.numbaValueError, "stencil kernel index is not constant, 'neighborhood' option required")
            }
            guard offsets.count == ndim else { continue }  // typing reports the mismatch
            for (d, k) in offsets.enumerated() {
                result[d] = (Swift.min(result[d].0, k), Swift.max(result[d].1, k))
            }
        }
        return result
    }

    /// Every `name[index]` in the kernel's body whose name is a relatively indexed parameter.
    private func collectSubscripts(_ node: Any, _ names: Set<String>, _ found: inout [(String, Expr)]) {
        if let e = node as? Expr, case .subscript(let base, let index) = e.kind, case .name(let n) = base.kind, names.contains(n) {
            found.append((n, index))
            collectSubscripts(index, names, &found)
            return
        }
        for child in Mirror(reflecting: node).children {
            collectSubscripts(child.value, names, &found)
        }
    }

    private func constantOffsets(_ index: Expr) -> [Int]? {
        func constant(_ e: Expr) -> Int? {
            switch e.kind {
            case .constant(.int(let i)): return i
            case .unary(.minus, let inner): return constant(inner).map { 0 &- $0 }
            case .unary(.plus, let inner): return constant(inner)
            default: return nil
            }
        }
        if case .tuple(let items) = index.kind {
            var out: [Int] = []
            for item in items {
                guard let k = constant(item) else { return nil }
                out.append(k)
            }
            return out
        }
        return constant(index).map { [$0] }
    }

    // MARK: Typing

    private func typedKernel(_ argTypes: [NumbaType]) throws -> NumbaType {
        if let hit = typedKernels[argTypes] { return hit.0 }
        let r = try typeKernel(kernel, argTypes)
        typedKernels[argTypes] = r
        return r.0
    }

    /// A call from `@njit` code: an array of the kernel's result type with the input's ndim.
    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType {
        guard let first = args.first, case .array(_, let ndim, _, _) = first else {
            throw TypingError(message: "the first argument of stencil '\(kernel.name)' must be an array, not \(args.first?.description ?? "nothing")",
                              location: .unknown, filename: "")
        }
        let ret: NumbaType
        do {
            ret = try typedKernel(args)
        } catch let e as PythonError {
            throw TypingError(message: (try? str(.object(e.exception))) ?? "cannot type stencil \(kernel.name)", location: .unknown, filename: "")
        }
        guard ret.dtype != nil else {
            throw TypingError(message: "stencil kernel '\(kernel.name)' returns \(ret), not a number", location: .unknown, filename: "")
        }
        return .array(ret, ndim, .C)
    }

    // MARK: Calls

    override func pyCall(_ args: Args) throws -> Value? {
        var out: NDArray?
        for (k, v) in args.keywords {
            guard k == "out" else { throw PythonError.typeError("\(kernel.name)() got an unexpected keyword argument '\(k)'") }
            if !v.isNone {
                guard case .object(let o) = v, let a = o as? NDArray else {
                    throw PythonError.typeError("the 'out' argument of a stencil must be an array")
                }
                out = a
            }
        }
        let arguments = args.positional
        guard let firstValue = arguments.first, case .object(let o) = firstValue, let first = o as? NDArray else {
            throw PythonError(NumbaModule.numbaValueError, "The first argument to a stencil kernel must be the primary input array.")
        }
        let relative = relativePositions(arguments)
        let names = parameterNames
        let relativeNames = Set(relative.compactMap { $0 < names.count ? names[$0] : nil })
        let hood = try kernelNeighborhood(ndim: first.ndim, relativeNames: relativeNames)
        for r in relative where r != 0 {
            guard case .object(let o) = arguments[r], let a = o as? NDArray else { continue }
            if a.ndim != first.ndim || zip(a.shape, first.shape).contains(where: { $0 < $1 }) {
                throw PythonError.valueError("Secondary stencil array has some dimension smaller the same dimension in the first stencil input.")
            }
        }
        let argTypes = try arguments.map { try typeof($0).unliteral }
        let ret = try typedKernel(argTypes)
        guard let dtype = ret.dtype else {
            throw PythonError(NumbaModule.typingError, "stencil kernel '\(kernel.name)' returns \(ret), not a number")
        }
        let output: NDArray
        if let out {
            guard out.shape == first.shape else {
                throw PythonError.valueError("the 'out' array of shape \(shapeText(out.shape)) does not match the input's shape \(shapeText(first.shape))")
            }
            output = out
            if let cval { output.fill(try cvalScalar(cval)) }
        } else if let cval {
            output = try NDArray(shape: first.shape, dtype: dtype, zeroed: false)
            output.fill(try cvalScalar(cval))
        } else {
            output = try NDArray(shape: first.shape, dtype: dtype, zeroed: true)
        }
        let interior = zip(first.shape, hood).map { n, h -> Range<Int> in
            let lo = -Swift.min(h.0, 0), hi = n - Swift.max(h.1, 0)
            return lo < hi ? lo..<hi : lo..<lo
        }
        if kernels[argTypes] == nil, let compiled = try? compiledStencil(argTypes, interior: true) {
            kernels[argTypes] = CompiledStencilKernel(caller: compiled.caller, fallback: ObjectModeStencilKernel(function: kernel))
        }
        let runner = kernels[argTypes] ?? ObjectModeStencilKernel(function: kernel)
        kernels[argTypes] = runner
        try runner.run(arguments: arguments, relative: relative, output: output, interior: interior)
        return .object(output)
    }

    // MARK: Compiled loop nests (StencilCodegen.swift)

    private var compiled: [String: SourceCompiler.Result] = [:]
    private var failed: Set<String> = []

    /// The generated loop nest for these argument types: `__stencil_interior` (object-mode
    /// calls, writing a given output) or `__stencil_call` (allocating; calls from @njit code).
    func compiledStencil(_ argTypes: [NumbaType], interior: Bool, parallel: Bool = false) throws -> SourceCompiler.Result {
        let key = "\(interior)|\(parallel)|" + argTypes.map(\.description).joined(separator: ",")
        if let hit = compiled[key] { return hit }
        if failed.contains(key) || TieringConfiguration.mode == .off { throw LoweringUnsupported("stencil \(kernel.name) runs in object mode") }
        do {
            guard let first = argTypes.first, case .array(_, let ndim, _, _) = first else {
                throw LoweringUnsupported("stencil without a primary array")
            }
            let names = parameterNames
            guard names.count == argTypes.count else { throw LoweringUnsupported("stencil arguments") }
            var relativeNames: Set<String> = []
            for (i, t) in argTypes.enumerated() {
                if case .array = t, !standardIndexing.contains(names[i]) { relativeNames.insert(names[i]) }
            }
            let hood = try kernelNeighborhood(ndim: ndim, relativeNames: relativeNames)
            let ret = try typedKernel(argTypes)
            guard let dtype = ret.dtype else { throw LoweringUnsupported("stencil result \(ret)") }
            var cvalNumber: Double?
            if let cval { cvalNumber = try floatArgument(cval) }
            guard let generated = StencilSource.make(kernel: kernel, parameters: names, relative: relativeNames, ndim: ndim,
                                                     hood: hood, outDType: dtype, cval: cvalNumber, parallel: parallel) else {
                throw LoweringUnsupported("stencil kernel \(kernel.name) cannot be rewritten into a loop nest")
            }
            let (interiorSource, callSource) = try generated.functions(kernel: kernel)
            let result: SourceCompiler.Result
            if interior {
                var types = argTypes
                types.append(.array(dtype: NumbaType(dtype), ndim: ndim, layout: .C, readonly: false))
                result = try SourceCompiler.compile(interiorSource, qualname: kernel.qualname + ".stencil", argTypes: types)
            } else {
                result = try SourceCompiler.compile(callSource, qualname: kernel.qualname + ".stencil", argTypes: argTypes,
                                                    parallel: parallel)
            }
            compiled[key] = result
            return result
        } catch {
            failed.insert(key)
            if ProcessInfo.processInfo.environment["UPDRAFT_LOG_FALLBACK"] != nil {
                FileHandle.standardError.write(Data("updraft: stencil \(kernel.qualname): object mode: \(error)\n".utf8))
            }
            throw error
        }
    }

    /// A call from @njit code: the allocating loop nest (its outer loop a prange under parallel=True).
    func nativeSymbol(for args: [NumbaType]) throws -> (symbol: String, returnType: NumbaType) {
        let r = try compiledStencil(args, interior: false, parallel: ParallelCompilation.active)
        return (r.symbol, r.typed.returnType)
    }

    private func cvalScalar(_ v: Value) throws -> Scalar {
        guard let s = try scalarValue(v) else {
            throw PythonError(NumbaModule.numbaValueError, "cval type does not match stencil return type.")
        }
        return s
    }
}

enum Stencil {
    /// `@stencil`, `@stencil(neighborhood=..., cval=..., standard_indexing=...)`, `@stencil('constant', ...)`.
    static func decorator(_ args: Args) throws -> Value {
        var neighborhood: [(Int, Int)]?
        var cval: Value?
        var standard: Set<String> = []
        for (k, v) in args.keywords {
            switch k {
            case "neighborhood":
                guard let axes = sequenceItems(v) else { throw PythonError.typeError("neighborhood must be a tuple of (low, high) pairs") }
                neighborhood = try axes.map { axis in
                    guard let pair = sequenceItems(axis), pair.count == 2 else {
                        throw PythonError.typeError("neighborhood must be a tuple of (low, high) pairs")
                    }
                    return (try indexInt(pair[0]), try indexInt(pair[1]))
                }
            case "cval": cval = v
            case "standard_indexing":
                if let s = v.stringValue { standard = [s] }
                else if let items = sequenceItems(v) { standard = Set(items.compactMap(\.stringValue)) }
            default:
                throw PythonError(NumbaModule.numbaValueError, "Unknown stencil option \(k)")
            }
        }
        let options = (neighborhood, cval, standard)
        if args.count >= 1, case .object(let o) = args[0], let f = o as? PyFunction {
            return .object(StencilFunction(kernel: f, neighborhood: options.0, cval: options.1, standardIndexing: options.2))
        }
        if args.count >= 1 {
            let mode = args[0].stringValue ?? ""
            if mode != "constant" { throw PythonError(NumbaModule.numbaValueError, "Unsupported mode style \(mode)") }
        }
        return .object(PyBuiltinFunction("stencil") { inner in
            try inner.expect("stencil decorator", min: 1, max: 1)
            guard case .object(let o) = inner[0], let f = o as? PyFunction else {
                throw PythonError.typeError("The decorated object is not a function (got type \(inner[0].typeName)).")
            }
            return .object(StencilFunction(kernel: f, neighborhood: options.0, cval: options.1, standardIndexing: options.2))
        })
    }

    private static func sequenceItems(_ v: Value) -> [Value]? {
        if case .object(let o) = v {
            if let t = o as? PyTuple { return t.items }
            if let l = o as? PyList { return l.items }
        }
        return nil
    }
}
