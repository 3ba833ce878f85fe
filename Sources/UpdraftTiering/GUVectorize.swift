// `@guvectorize`: numba's generalized ufuncs. A layout such as `"(m,n),(n)->(m)"` names each
// operand's core dimensions; the kernel sees one core block per call (arrays of the core
// dimensions, or scalars for `()` inputs) and writes its outputs, which are the trailing
// arguments. A call broadcasts the loop dimensions (the leading ones) of every operand as numpy's
// gufunc machinery does, allocates the outputs that were not passed and returns them.
//
// Each loop (one per signature, or per new input types for a dynamic gufunc) is compiled with its
// kernel inlined into numpy's inner-loop shape (UpdraftLLVM's GUFuncLoops.swift); the Swift side
// here walks the loop dimensions but the innermost, and with `target='parallel'` splits the
// loop over threads. A kernel the lowering rejects (or `--jit=off`) runs in object mode, called
// once per loop index with views of the core blocks.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime

/// A parsed layout: each operand's core dimensions as indices into `symbols`.
struct GULayout {
    let text: String
    let inputs: [[Int]]
    let outputs: [[Int]]
    let symbols: [String]
    var operands: [[Int]] { inputs + outputs }

    /// numba's parse (names between parentheses), then numpy's stricter one.
    init(_ text: String) throws {
        self.text = text
        let compact = text.filter { !$0.isWhitespace }
        let arrow = compact.range(of: "->")
        let ins = try GULayout.groups(arrow.map { String(compact[..<$0.lowerBound]) } ?? compact)
        let outs = try GULayout.groups(arrow.map { String(compact[$0.upperBound...]) } ?? "")
        let defined = Set(ins.flatMap { $0 })
        let undefined = Set(outs.flatMap { $0 }).subtracting(defined).sorted()
        if !undefined.isEmpty {
            throw PythonError(PyType.nameError, "undefined output symbols: \(undefined.joined(separator: ","))")
        }
        try GULayout.checkNumpySyntax(text, nin: ins.count, nargs: ins.count + outs.count)
        var symbols: [String] = []
        for name in ins.flatMap({ $0 }) where !symbols.contains(name) { symbols.append(name) }
        self.symbols = symbols
        inputs = ins.map { $0.map { symbols.firstIndex(of: $0)! } }
        outputs = outs.map { $0.map { symbols.firstIndex(of: $0)! } }
    }

    /// `(a,b),()` → [[a, b], []]: numba's sigparse over Python's tokens, which rejects anything
    /// but names inside the parentheses and skips a stray token after a group.
    private static func groups(_ s: String) throws -> [[String]] {
        // Tokens as Python's tokenizer gives them here: names, numbers, single characters, then
        // NEWLINE ("") and ENDMARKER (nil).
        var tokens: [String?] = []
        var chars = Array(s)[...]
        while let c = chars.first {
            if c == "-" && chars.dropFirst().first == ">" {
                tokens.append("->")
                chars = chars.dropFirst(2)
            } else if c.isLetter || c == "_" || c.isNumber {
                let word = chars.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                tokens.append(String(word))
                chars = chars.dropFirst(word.count)
            } else {
                tokens.append(String(c))
                chars = chars.dropFirst()
            }
        }
        if !s.isEmpty { tokens.append("") }
        tokens.append(nil)
        var position = 0
        func next() -> String? {
            defer { position = Swift.min(position + 1, tokens.count - 1) }
            return tokens[position]
        }
        var result: [[String]] = []
        while true {
            guard let tok = next() else { break }
            guard tok == "(" else { throw PythonError.valueError("bad token in signature \"\(tok)\"") }
            var names: [String] = []
            while true {
                guard let t = next() else { throw PythonError.valueError("bad token in signature \"\"") }
                if t == ")" { break }
                if t == "," { continue }
                guard let first = t.first, first.isLetter || first == "_" else {
                    throw PythonError.valueError("bad token in signature \"\(t)\"")
                }
                names.append(t)
            }
            result.append(names)
            let after = next()
            if after == nil { break }
            if after == "," { continue }
            // Anything else is dropped: the loop reads the next token.
        }
        return result
    }

    /// numpy's `_parse_signature` checks, with its messages and positions.
    private static func checkNumpySyntax(_ sig: String, nin: Int, nargs: Int) throws {
        let s = Array(sig.utf8)
        func at(_ i: Int) -> UInt8 { i < s.count ? s[i] : 0 }
        func skip(_ i: Int) -> Int {
            var j = i
            while j < s.count, s[j] == 32 || s[j] == 9 || s[j] == 10 { j += 1 }
            return j
        }
        func fail(_ why: String, _ i: Int) -> PythonError {
            PythonError.valueError("\(why) at position \(i) in \"\(sig)\"")
        }
        var i = skip(0), arg = 0
        while at(i) != 0 {
            if arg == nin {
                guard at(i) == UInt8(ascii: "-"), at(i + 1) == UInt8(ascii: ">") else { throw fail("expect '->'", i) }
                i = skip(i + 2)
            }
            guard at(i) == UInt8(ascii: "(") else { throw fail("expect '('", i) }
            i = skip(i + 1)
            while at(i) != UInt8(ascii: ")") {
                if at(i) == 0 { throw fail("unexpected end of signature string", i) }
                var end = i
                while end < s.count, s[end] == UInt8(ascii: "_") || s[end] == UInt8(ascii: "?")
                        || (s[end] >= 48 && s[end] <= 57) || (s[end] | 0x20 >= 97 && s[end] | 0x20 <= 122) { end += 1 }
                if end == i { throw fail("expect dimension name or non-zero frozen size", i) }
                i = skip(end)
                if at(i) != UInt8(ascii: ",") && at(i) != UInt8(ascii: ")") { throw fail("expect ',' or ')'", i) }
                if at(i) == UInt8(ascii: ",") {
                    i = skip(i + 1)
                    if at(i) == UInt8(ascii: ")") { throw fail("',' must not be followed by ')'", i) }
                }
            }
            arg += 1
            i = skip(i + 1)
            if arg != nin && arg != nargs {
                guard at(i) == UInt8(ascii: ",") else { throw fail("expect ','", i) }
                i = skip(i + 1)
            }
        }
        if arg != nargs { throw fail("incomplete signature: not all arguments found", i) }
    }
}

/// One loop of a generalized ufunc: the kernel's argument types (arrays for core blocks,
/// scalars for `()` inputs), the operands' dtypes, and the compiled loop when there is one.
final class GULoop {
    let argTypes: [NumbaType]
    let dtypes: [DType]
    let nin: Int
    var compiled: GUFuncLoopEntry?
    init(argTypes: [NumbaType], dtypes: [DType], nin: Int) {
        self.argTypes = argTypes
        self.dtypes = dtypes
        self.nin = nin
    }
    var inputs: ArraySlice<DType> { dtypes[..<nin] }
    var outputs: ArraySlice<DType> { dtypes[nin...] }
    var typeCode: String { inputs.map(\.charCode).joined() + "->" + outputs.map(\.charCode).joined() }
}

/// The object `@guvectorize` returns: numba's `GUFunc`, or a numpy ufunc for `target='parallel'`.
final class GUFunc: PyObject {
    let function: PyFunction
    let layout: GULayout
    let dynamic: Bool
    let parallel: Bool
    let identity: Value
    var loops: [GULoop] = []
    /// Drivers for calls from compiled code, per argument types (built under the engine's lock).
    var nativeDrivers: [[NumbaType]: String] = [:]

    init(function: PyFunction, layout: GULayout, dynamic: Bool, parallel: Bool, identity: Value) {
        self.function = function
        self.layout = layout
        self.dynamic = dynamic
        self.parallel = parallel
        self.identity = identity
    }

    var name: String { function.name }
    var nin: Int { layout.inputs.count }
    var nout: Int { layout.outputs.count }

    // target='parallel' gives a numpy ufunc: the same type object as @vectorize's ufuncs.
    override var pyType: PyType { parallel ? VectorizedUfunc.ufuncType : GUFunc.gufuncType }
    static let gufuncType = PyType(name: "GUFunc", bases: [PyType.object], builtin: true, layout: .builtin,
                                   module: "numba.np.ufunc.gufunc")
    override var pyIsCallable: Bool { true }
    override func pyRepr() throws -> String? { parallel ? "<ufunc '\(name)'>" : "<numba._GUFunc '\(name)'>" }
    override func pyStr() throws -> String? { try pyRepr() }

    override func pyGetAttr(_ attr: String) throws -> Value? {
        switch attr {
        case "__name__": return .str(name)
        case "__doc__": return function.attributes["__doc__"] ?? Value.none
        case "nin": return .int(nin)
        case "nout": return .int(nout)
        case "nargs": return .int(nin + nout)
        case "ntypes": return .int(loops.count)
        case "types": return .list(loops.map { .str($0.typeCode) })
        case "identity": return identity
        case "signature": return .str(layout.text)
        case "is_dynamic" where !parallel: return .bool(dynamic)
        case "py_func" where !parallel: return .object(function)
        case "ufunc" where !parallel:
            return .object(GUFunc(function: function, layout: layout, dynamic: false, parallel: true, identity: identity).sharing(loops))
        default: return nil
        }
    }

    private func sharing(_ loops: [GULoop]) -> GUFunc {
        self.loops = loops
        return self
    }

    // MARK: Loops

    /// Types and compiles the kernel for `argTypes`; numba's checks and messages at decoration.
    func addLoop(_ argTypes: [NumbaType]) throws {
        let params = function.source.map { $0.definition.args.positionalOnly.count + $0.definition.args.args.count } ?? argTypes.count
        if argTypes.count != params {
            throw PythonError.typeError("Signature mismatch: \(argTypes.count) argument types given, but function takes \(params) arguments")
        }
        let (ret, typed) = try typeKernel(function, argTypes)
        if ret != .none { throw PythonError.typeError("gufunc kernel must have void return type") }
        let operands = layout.operands
        if operands.count > argTypes.count { throw PythonError.indexError("list index out of range") }
        if operands.count < argTypes.count {
            throw PythonError.typeError("invalid number of args: expected \(argTypes.count), got \(operands.count)")
        }
        var dtypes: [DType] = []
        for (k, (t, core)) in zip(argTypes, operands).enumerated() {
            switch t {
            case .array(let dt, let nd, _, _):
                if core.count != nd && !(core.isEmpty && nd == 1) {
                    throw PythonError.typeError("type and shape signature mismatch for arg #\(k + 1)")
                }
                guard let d = dt.dtype else { throw PythonError.typeError("gufunc arrays of \(dt) are not supported") }
                dtypes.append(d)
            default:
                if !core.isEmpty { throw PythonError.typeError("scalar type \(t) given for non scalar argument #\(k + 1)") }
                guard let d = t.dtype else { throw PythonError.typeError("gufunc arguments of type \(t) are not supported") }
                dtypes.append(d)
            }
        }
        let loop = GULoop(argTypes: argTypes, dtypes: dtypes, nin: nin)
        compile(loop, typed)
        loops.append(loop)
    }

    private func compile(_ loop: GULoop, _ typed: TypedFunction?) {
        guard TieringConfiguration.mode != .off, let typed, let engine = NativeEngine.shared else { return }
        do {
            let operands = zip(loop.argTypes, layout.operands).map { GUFuncOperand(type: $0, coreSymbols: $1) }
            let symbol = engine.newSymbol(function.qualname + ".gufunc")
            loop.compiled = try engine.compileGUFuncLoop(typed, operands: operands, symbol: symbol,
                                                         options: KernelCompiler.loweringOptions(function))
        } catch {
            if ProcessInfo.processInfo.environment["UPDRAFT_LOG_FALLBACK"] != nil {
                FileHandle.standardError.write(Data("updraft: gufunc \(function.qualname): object mode: \(error)\n".utf8))
            }
        }
    }

    /// A dynamic gufunc's kernel types for these operand dtypes (numba's `_get_function_type`).
    private func kernelTypes(_ dtypes: [DType]) -> [NumbaType] {
        zip(dtypes, layout.operands).enumerated().map { k, pair in
            let (d, core) = pair
            if k < nin && core.isEmpty { return NumbaType(d) }
            return .array(dtype: NumbaType(d), ndim: Swift.max(core.count, k < nin ? 0 : 1), layout: .A, readonly: false)
        }
    }

    // MARK: Calls

    override func pyCall(_ args: Args) throws -> Value? {
        var positional = args.positional
        var outKeyword: Value?
        for (k, v) in args.keywords {
            guard k == "out" else { throw PythonError.typeError("\(name)() got an unexpected keyword argument '\(k)'") }
            outKeyword = v
        }
        if dynamic && !parallel {
            if let o = outKeyword { positional.append(o); outKeyword = nil }
            if positional.count != nin + nout {
                throw PythonError.typeError("Too few arguments for function '\(name)'. Note that the pattern `out = gufunc(Arg1, Arg2, ..., ArgN)` is not allowed. Use `gufunc(Arg1, Arg2, ..., ArgN, out) instead.")
            }
            let ewise = try positional.map(elementDType)
            if !loops.contains(where: { matches($0, ewise) }), !loops.contains(where: { $0.dtypes == ewise }) {
                try addLoop(kernelTypes(ewise))
            }
        }
        guard positional.count >= nin, positional.count <= nin + nout else {
            throw PythonError.typeError("\(name)() takes from \(nin) to \(nin + nout) positional arguments but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
        }
        var outs = [NDArray?](repeating: nil, count: nout)
        var explicit = false
        for (j, v) in positional.dropFirst(nin).enumerated() {
            outs[j] = try outputArray(v)
            explicit = true
        }
        if let o = outKeyword, !o.isNone {
            if explicit { throw PythonError.typeError("cannot specify 'out' as both a positional and keyword argument") }
            if case .object(let t) = o, let tuple = t as? PyTuple {
                guard tuple.items.count == nout else {
                    throw PythonError.valueError("The 'out' tuple must have exactly one entry per ufunc output")
                }
                for (j, v) in tuple.items.enumerated() { outs[j] = try outputArray(v) }
            } else if nout == 1 {
                outs[0] = try outputArray(o)
            } else {
                throw PythonError.typeError("'out' must be a tuple of arrays")
            }
        }
        let inputs = try positional.prefix(nin).map(operand)
        return try run(inputs, outs)
    }

    private func outputArray(_ v: Value) throws -> NDArray? {
        if v.isNone { return nil }
        guard case .object(let o) = v, let a = o as? NDArray else { throw PythonError.typeError("return arrays must be of ArrayType") }
        return a
    }

    /// numba's `_get_ewise_dtypes`: the dtype of an array, or numba's type of a scalar.
    private func elementDType(_ v: Value) throws -> DType {
        if case .object(let o) = v, let a = o as? NDArray { return a.dtype }
        guard let d = (try? typeof(v))?.unliteral.dtype else { throw noLoop() }
        return d
    }

    /// numba's `ufunc_find_matching_loop`: inputs cast safely (any integer to a float when the
    /// inputs mix kinds), outputs back with same_kind.
    private func matches(_ loop: GULoop, _ ewise: [DType]) -> Bool {
        let ins = ewise.prefix(nin)
        let mixed = ins.contains { $0.isInteger } && ins.contains { $0.kind == .float || $0.kind == .complex }
        for (from, to) in zip(ins, loop.inputs) {
            if mixed && from.isInteger && (to.kind == .float || to.kind == .complex) { continue }
            if !from.castsSafely(to: to) { return false }
        }
        for (outer, inner) in zip(ewise.dropFirst(nin), loop.outputs) where !(inner.kind <= outer.kind) { return false }
        return true
    }

    private struct Operand {
        let array: NDArray
        /// NEP 50: the kind of a Python scalar, which adapts to the loop's type.
        var weak: DType.Kind?
        let pythonValue: Value?
    }

    private func operand(_ v: Value) throws -> Operand {
        switch v {
        case .bool: return Operand(array: try asArray(v), weak: .bool, pythonValue: v)
        case .int: return Operand(array: try asArray(v), weak: .signed, pythonValue: v)
        case .float: return Operand(array: try asArray(v), weak: .float, pythonValue: v)
        case .none: throw noLoop()
        case .object(let o):
            if let a = o as? NDArray { return Operand(array: a, weak: nil, pythonValue: nil) }
            if o is PyInt {
                // Too big for int64: it can still feed a float loop (integer loops reject it in `cast`).
                let array = try (try? asArray(v)) ?? zeroDim(.float64, .float(toDoubleIfNumeric(v) ?? 0))
                return Operand(array: array, weak: .signed, pythonValue: v)
            }
            if o is PyStr { throw noLoop() }
            return Operand(array: try asArray(v), weak: nil, pythonValue: nil)
        }
    }

    private func zeroDim(_ dtype: DType, _ value: Scalar) throws -> NDArray {
        let a = try NDArray(shape: [], dtype: dtype, zeroed: true)
        a.fill(value)
        return a
    }

    /// numpy 2's loop choice: operands that are all typed (arrays, numpy scalars) and match a
    /// loop's input dtypes exactly pick that loop; otherwise the first loop every input casts to
    /// safely, a Python int or float next to typed operands fitting any loop of its kind (NEP 50).
    private func resolve(_ given: [Operand]) throws -> GULoop {
        var operands = given
        if operands.allSatisfy({ $0.weak != nil }) {
            for i in operands.indices where operands[i].weak != .bool { operands[i].weak = nil }
        }
        if operands.allSatisfy({ $0.weak == nil || $0.weak == .bool }),
           let exact = loops.first(where: { Array($0.inputs) == operands.map(\.array.dtype) }) {
            return exact
        }
        guard let loop = loops.first(where: { l in zip(operands, l.inputs).allSatisfy { accepts($0, $1) } }) else {
            throw noLoop()
        }
        return loop
    }

    private func accepts(_ op: Operand, _ t: DType) -> Bool {
        switch op.weak {
        case .bool?, nil: return op.array.dtype.castsSafely(to: t)
        case .signed?, .unsigned?: return t.kind != .bool
        case .float?: return t.kind == .float || t.kind == .complex
        case .complex?: return t.kind == .complex
        }
    }

    private func noLoop() -> PythonError {
        PythonError.typeError("ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
    }

    private func cast(_ op: Operand, to t: DType) throws -> NDArray {
        if op.array.dtype == t { return op.array }
        if let v = op.pythonValue, t.isInteger {
            // numpy refuses a Python int that does not fit the loop's integer type.
            let fits: Bool
            if case .int(let i) = v {
                let bits = t.itemsize * 8
                if t.kind == .unsigned { fits = i >= 0 && (bits == 64 || i < 1 << bits) }
                else { fits = bits == 64 || (i >= -(1 << (bits - 1)) && i < 1 << (bits - 1)) }
            } else {
                fits = !(v.asObject is PyInt)
            }
            if !fits { throw PythonError.overflowError("Python integer \(try str(v)) out of bounds for \(t.name)") }
        }
        return try op.array.copy(dtype: t)
    }

    /// numpy's generalized ufunc call: loop selection, core dimensions, broadcasting of the loop
    /// dimensions, output allocation, the loop, and the results.
    /// `fromCompiledCode`: a call from `@njit` code, which raises numba's messages for mismatched
    /// shapes and leaves the arena to its caller.
    private func run(_ given: [Operand], _ outs: [NDArray?], fromCompiledCode: Bool = false) throws -> Value {
        let loop = try resolve(given)
        let inputs = try given.enumerated().map { k, op in try cast(op, to: loop.dtypes[k]) }
        let cores = layout.operands
        // Enough dimensions for the core, then the core sizes.
        let all: [NDArray?] = inputs.map { $0 } + outs
        func role(_ k: Int) -> String { k < nin ? "Input operand \(k)" : "Output operand \(k - nin)" }
        for (k, a) in all.enumerated() {
            guard let a, a.ndim < cores[k].count else { continue }
            throw PythonError.valueError("\(name): \(role(k)) does not have enough dimensions (has \(a.ndim), gufunc core with signature \(layout.text) requires \(cores[k].count))")
        }
        var sizes = [Int?](repeating: nil, count: layout.symbols.count)
        for (k, a) in all.enumerated() {
            guard let a else { continue }
            let core = cores[k]
            for (j, sym) in core.enumerated() {
                let n = a.shape[a.ndim - core.count + j]
                if let known = sizes[sym], known != n {
                    if fromCompiledCode {
                        throw PythonError.valueError("Operand has a mismatch in one of its core dimensions. Please, check if all arguments to a @guvectorize function have the same core dimensions.")
                    }
                    throw PythonError.valueError("\(name): \(role(k)) has a mismatch in its core dimension \(j), with gufunc signature \(layout.text) (size \(n) is different from \(known))")
                }
                sizes[sym] = n
            }
        }
        let dims = sizes.map { $0 ?? 1 }
        // Broadcasting the loop dimensions (outputs take part but may not be stretched).
        let loopShapes: [[Int]?] = all.enumerated().map { k, a in a.map { Array($0.shape.dropLast(cores[k].count)) } }
        let loopNDim = loopShapes.compactMap { $0?.count }.max() ?? 0
        var loopShape = [Int](repeating: 1, count: loopNDim)
        for s in loopShapes.prefix(nin) {
            guard let s else { continue }
            for (i, d) in s.enumerated() {
                let axis = loopNDim - s.count + i
                if loopShape[axis] == 1 { loopShape[axis] = d }
                else if d != 1 && d != loopShape[axis] { throw fromCompiledCode ? PythonError.valueError("Loop and array shapes are incompatible") : broadcastError(all, loopShapes, loopNDim, dims) }
            }
        }
        for (j, s) in loopShapes.dropFirst(nin).enumerated() {
            guard let s else { continue }
            for (i, d) in s.enumerated() {
                let axis = loopNDim - s.count + i
                if loopShape[axis] == 1 { loopShape[axis] = d }
                else if d != loopShape[axis] {
                    if d == 1 {
                        throw PythonError.valueError("output operand requires a reduction along dimension \(i), but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.")
                    }
                    throw fromCompiledCode ? PythonError.valueError("Loop and array shapes are incompatible") : broadcastError(all, loopShapes, loopNDim, dims)
                }
            }
            if s.count < loopNDim, loopShape.prefix(loopNDim - s.count).contains(where: { $0 != 1 }) {
                throw PythonError.valueError("output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.")
            }
            _ = j
        }
        // Outputs: given (cast back with same_kind) or allocated.
        var results: [NDArray] = []
        var targets: [NDArray] = []
        for j in 0..<nout {
            let dtype = loop.dtypes[nin + j]
            let shape = loopShape + cores[nin + j].map { dims[$0] }
            if let o = outs[j] {
                guard o.dtype.kind >= dtype.kind else {
                    throw PythonError(UfuncTypes.ufuncTypeError, "Cannot cast ufunc '\(name)' output from dtype('\(dtype.name)') to dtype('\(o.dtype.name)') with casting rule 'same_kind'")
                }
                guard o.writeable else { throw PythonError.valueError("output array is read-only") }
                results.append(o)
                targets.append(o.dtype == dtype ? o : try NDArray(shape: shape, dtype: dtype, zeroed: true))
            } else {
                let a = try NDArray(shape: shape, dtype: dtype, zeroed: true)
                results.append(a)
                targets.append(a)
            }
        }
        // Every operand as loop dimensions + core dimensions.
        var views: [NDArray] = []
        for (k, a) in (inputs + targets).enumerated() {
            let core = cores[k].count
            let coreShape = Array(a.shape.suffix(core)), coreStrides = Array(a.strides.suffix(core))
            let own = Array(a.shape.dropLast(core)), ownStrides = Array(a.strides.dropLast(core))
            var strides = [Int](repeating: 0, count: loopNDim)
            for i in own.indices where own[i] != 1 { strides[loopNDim - own.count + i] = ownStrides[i] }
            views.append(a.view(shape: loopShape + coreShape, strides: strides + coreStrides, offset: a.offset))
        }
        if !loopShape.contains(0) && !dims.contains(where: { $0 < 0 }) {
            if let entry = loop.compiled {
                try runCompiled(entry, views, loopShape, dims, keepArena: fromCompiledCode)
            } else {
                try runObjectMode(loop, views, loopShape)
            }
        }
        for (o, t) in zip(results, targets) where o !== t { try o.assign(from: t) }
        let boxed: [Value] = results.enumerated().map { j, a in
            if outs[j] == nil && a.ndim == 0 { return elementValue(a.dtype, a.scalar(atOffset: 0)) }
            return .object(a)
        }
        return nout == 1 ? boxed[0] : .tuple(boxed)
    }

    /// numpy's iterator error, naming each given operand's shape as the iterator sees it.
    private func broadcastError(_ all: [NDArray?], _ loopShapes: [[Int]?], _ loopNDim: Int, _ dims: [Int]) -> PythonError {
        let cores = layout.operands
        let outCore = layout.outputs.flatMap { $0 }
        var text = "operands could not be broadcast together with remapped shapes [original->remapped]: "
        for (k, a) in all.enumerated() {
            guard let a, let s = loopShapes[k] else { continue }
            var remapped = [Int](repeating: -1, count: loopNDim - s.count) + s
            for (j, core) in layout.outputs.enumerated() {
                if k == nin + j { remapped += Array(a.shape.suffix(cores[k].count)) }
                else { remapped += [Int](repeating: -1, count: core.count) }
            }
            text += GUFunc.shapeString(a.shape) + "->" + GUFunc.shapeString(remapped) + " "
        }
        text += " and requested shape " + GUFunc.shapeString([Int](repeating: -1, count: loopNDim) + outCore.map { dims[$0] })
        return PythonError.valueError(text)
    }

    /// numpy's `convert_shape_to_string`: leading newaxes dropped, later ones named.
    static func shapeString(_ vals: [Int]) -> String {
        guard let first = vals.firstIndex(where: { $0 >= 0 }) else { return "()" }
        let parts = vals[first...].enumerated().map { $0.offset == 0 ? String($0.element) : ($0.element < 0 ? "newaxis" : String($0.element)) }
        return vals.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ",") + ")"
    }

    // MARK: Running a loop

    /// Walks the loop dimensions but the last, calling the compiled loop over the last one;
    /// with `target='parallel'` the rows (or one long row) are split into a chunk per thread.
    /// `keepArena`: called from compiled code, whose call owns the arena (other threads of a
    /// parallel loop may be adding to it), so nothing is trimmed here.
    private func runCompiled(_ entry: GUFuncLoopEntry, _ views: [NDArray], _ loopShape: [Int], _ dims: [Int],
                             keepArena: Bool = false) throws {
        let k = views.count
        let cores = layout.operands
        var coreSteps: [Int] = []
        for (i, v) in views.enumerated() { coreSteps += v.strides.suffix(cores[i].count) }
        let inner = loopShape.last ?? 1
        let innerSteps = views.map { loopShape.isEmpty ? 0 : $0.strides[loopShape.count - 1] }
        let outerShape = Array(loopShape.dropLast())
        let outerStrides = views.map { Array($0.strides.prefix(outerShape.count)) }
        var rows: [[Int]] = []
        walkOffsets(shape: outerShape, strides: outerStrides) { rows.append($0) }
        let bases = views.map { $0.data }
        let owners = views.map { UnsafeRawPointer(Unmanaged.passUnretained($0).toOpaque()) }
        let steps = innerSteps + coreSteps
        let threads = parallel ? ParallelRuntime.threadCount : 1
        let total = rows.count * inner
        let mark = keepArena ? nil : NativeRuntime.arena.count
        defer { if let mark { NativeRuntime.trimArena(to: mark) } }
        // One chunk: rows [r0, r1), and within a single row the index range [i0, i1).
        func chunk(_ r0: Int, _ r1: Int, _ i0: Int, _ i1: Int) -> Int32 {
            let data = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: k)
            let own = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: k)
            defer { data.deallocate(); own.deallocate() }
            for a in 0..<k { own[a] = owners[a] }
            var dimBuffer = [i1 - i0] + dims
            return steps.withUnsafeBufferPointer { st in
                dimBuffer.withUnsafeMutableBufferPointer { db in
                    for r in r0..<r1 {
                        for a in 0..<k { data[a] = bases[a] + rows[r][a] + i0 * innerSteps[a] }
                        let status = entry(data, db.baseAddress, st.baseAddress, own)
                        if status != 0 { return status }
                    }
                    return 0
                }
            }
        }
        if threads > 1 && total > 1 {
            let lock = NSLock()
            var failure: Int32 = 0
            let splitRows = rows.count >= threads || inner == 1
            let count = splitRows ? rows.count : inner
            let n = Swift.min(threads, count)
            let per = (count + n - 1) / n
            ParallelPool.shared.run(n) { t in
                let lo = t * per, hi = Swift.min(lo + per, count)
                guard lo < hi else { return }
                let st = splitRows ? chunk(lo, hi, 0, inner) : chunk(0, rows.count, lo, hi)
                if st != 0 { lock.lock(); if failure == 0 { failure = st }; lock.unlock() }
            }
            if failure != 0 { throw NativeRuntime.takeError() }
            return
        }
        if chunk(0, rows.count, 0, inner) != 0 { throw NativeRuntime.takeError() }
    }

    /// Calls the Python kernel once per loop index with views of the core blocks (scalars for
    /// `()` inputs typed as scalars).
    private func runObjectMode(_ loop: GULoop, _ views: [NDArray], _ loopShape: [Int]) throws {
        let cores = layout.operands
        let nd = loopShape.count
        var args = [Value](repeating: .none, count: views.count)
        try walkOffsets(shape: loopShape, strides: views.map { Array($0.strides.prefix(nd)) }) { offsets in
            for (k, v) in views.enumerated() {
                let core = cores[k].count
                if case .array(_, let arrayNDim, _, _) = loop.argTypes[k] {
                    var shape = Array(v.shape.suffix(core)), strides = Array(v.strides.suffix(core))
                    if core == 0 && arrayNDim == 1 { shape = [1]; strides = [v.dtype.itemsize] }
                    args[k] = .object(v.view(shape: shape, strides: strides, offset: v.offset + offsets[k], writeable: true))
                } else {
                    args[k] = .object(NPScalar(v.dtype, v.scalar(atOffset: offsets[k])))
                }
            }
            _ = try function.call(Args(args))
        }
    }
}

enum GUVectorize {
    /// `@guvectorize([sigs], layout, target=..., identity=..., ...)` or `@guvectorize(layout)`.
    static func decorator(_ args: Args) throws -> Value {
        var target = "cpu"
        var identity: Value = .none
        var dynamicOption: Bool?
        for (k, v) in args.keywords {
            switch k {
            case "target": target = v.stringValue ?? "cpu"
            case "identity": identity = v
            case "is_dynamic": dynamicOption = try isTruthy(v)
            case "nopython", "cache", "fastmath", "forceobj", "boundscheck", "nogil", "writable_args", "locals":
                break
            default: throw PythonError.keyError(.str(k))
            }
        }
        let signatures: [Value]
        let layoutValue: Value
        switch args.positional.count {
        case 1:
            signatures = []
            layoutValue = args[0]
        case 2:
            if case .object(let o) = args[0], let list = o as? PyList { signatures = list.items }
            else if case .object(let o) = args[0], let tuple = o as? PyTuple, !tuple.items.allSatisfy({ $0.asObject is SignatureType }) {
                signatures = tuple.items
            } else { signatures = [args[0]] }
            layoutValue = args[1]
        default:
            throw PythonError.typeError("guvectorize() takes one or two positional arguments")
        }
        guard let layoutText = layoutValue.stringValue else {
            throw PythonError.typeError("'in <string>' requires string as left operand, not \(layoutValue.typeName)")
        }
        let layout = try GULayout(layoutText)
        guard ["cpu", "parallel"].contains(target) else { throw PythonError.valueError("Unsupported target: \(target)") }
        let argTypes = try signatures.map(parseSignature)
        let dynamic = dynamicOption ?? signatures.isEmpty
        return .object(PyBuiltinFunction("guvectorize") { inner in
            try inner.expect("guvectorize decorator", min: 1, max: 1)
            guard case .object(let o) = inner[0], let f = o as? PyFunction else {
                throw PythonError.typeError("The decorated object is not a function (got type \(inner[0].typeName)).")
            }
            let g = GUFunc(function: f, layout: layout, dynamic: dynamic && argTypes.isEmpty, parallel: target == "parallel",
                           identity: identity)
            for types in argTypes { try g.addLoop(types) }
            return .object(g)
        })
    }

    /// A signature: a tuple of types, `void(float64[:], ...)`, or a string `'void(f8[:], f8, f8[:])'`
    /// (`'(f8[:], f8, f8[:])'` without a result type too).
    static func parseSignature(_ v: Value) throws -> [NumbaType] {
        if case .object(let o) = v {
            if let s = o as? FunctionSignature {
                if s.result != .none { throw PythonError.typeError("gufunc kernel must have void return type") }
                return s.arguments
            }
            if let t = o as? PyTuple {
                return try t.items.map { item in
                    guard let st = item.asObject as? SignatureType else { throw PythonError.typeError("invalid signature: \(try repr(v))") }
                    return st.type
                }
            }
        }
        guard let text = v.stringValue else { throw PythonError.typeError("invalid signature: \(try repr(v))") }
        let compact = text.filter { !$0.isWhitespace }
        guard let open = compact.firstIndex(of: "("), compact.hasSuffix(")") else {
            throw PythonError.typeError("invalid signature: \(pyStringRepr(text))")
        }
        let result = String(compact[..<open])
        if !result.isEmpty && result != "void" && result != "none" {
            throw PythonError.typeError("gufunc kernel must have void return type")
        }
        let inner = compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]
        var parts: [String] = [], depth = 0, current = ""
        for ch in inner {
            if ch == "[" { depth += 1 } else if ch == "]" { depth -= 1 }
            if ch == "," && depth == 0 { parts.append(current); current = "" } else { current.append(ch) }
        }
        if !current.isEmpty { parts.append(current) }
        return try parts.map { try typeNamed($0, text) }
    }

    private static let aliases: [String: NumbaType] = [
        "b1": .boolean, "i1": .int8, "i2": .int16, "i4": .int32, "i8": .int64,
        "u1": .uint8, "u2": .uint16, "u4": .uint32, "u8": .uint64, "f4": .float32, "f8": .float64, "c16": .complex128,
    ]

    /// `f8`, `float64[:]`, `int32[:, ::1]`.
    private static func typeNamed(_ spec: String, _ text: String) throws -> NumbaType {
        var name = spec, dims: [String] = []
        if let open = spec.firstIndex(of: "["), spec.hasSuffix("]") {
            name = String(spec[..<open])
            dims = spec[spec.index(after: open)..<spec.index(before: spec.endIndex)].split(separator: ",").map(String.init)
        }
        let scalar: NumbaType
        if let t = aliases[name] { scalar = t }
        else if case .object(let o)? = NumbaModule.module.globals.get(name), let t = o as? SignatureType { scalar = t.type }
        else { throw PythonError.typeError("invalid signature: \(pyStringRepr(text)) (unknown type \(name))") }
        if dims.isEmpty { return scalar }
        let layout: ArrayLayout = dims.last == "::1" ? .C : (dims.count > 1 && dims.first == "::1" ? .F : .A)
        return .array(dtype: scalar, ndim: dims.count, layout: layout, readonly: false)
    }
}

// MARK: Calls from compiled code

/// `g(a, b, out)` inside `@njit` code, as numba allows: every operand, outputs included, must be
/// passed, and the call returns None. Typing picks (or, for a dynamic gufunc, compiles) the loop
/// for the operands' dtypes; the compiled caller then calls a small driver that hands the
/// operands to `callFromNative`, which does numpy's gufunc call (broadcasting, core-dimension
/// checks, casts) with that loop's compiled code. A loop whose kernel runs in object mode makes
/// the caller fall back to object mode too (compiled code never calls Python).
extension GUFunc: CompilableCallee, NativeCallee {
    var calleeName: String { name }

    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType {
        func fail(_ why: String) -> TypingError {
            TypingError(message: "No implementation of function Function(<numba._GUFunc '\(name)'>) found for signature:\n \n >>> \(name)(\(args.map(\.description).joined(separator: ", ")))\n \n\(why)",
                        location: .unknown, filename: "")
        }
        guard args.count == nin + nout else {
            throw fail("the outputs must be passed: \(name) takes \(nin + nout) arguments (\(nin) inputs, \(nout) outputs) in compiled code")
        }
        let dtypes = try args.enumerated().map { k, t -> DType in
            let u = t.unliteral
            if let d = u.arrayDType?.dtype { return d }
            guard k < nin, u.isNumber || u == .boolean, let d = u.dtype else { throw fail("argument \(k + 1) of type \(t) is not supported") }
            return d
        }
        if dynamic, !loops.contains(where: { matches($0, dtypes) }), !loops.contains(where: { $0.dtypes == dtypes }) {
            do { try addLoop(kernelTypes(dtypes)) } catch let e as PythonError {
                throw fail((try? str(.object(e.exception))) ?? "the kernel does not type")
            }
        }
        guard nativeLoop(dtypes) != nil else { throw fail("no loop of \(name) accepts these types") }
        return .none
    }

    /// The loop a call with operands of these dtypes (all typed: arrays and numpy scalars) runs.
    private func nativeLoop(_ dtypes: [DType]) -> GULoop? {
        let inputs = Array(dtypes.prefix(nin))
        return loops.first { Array($0.inputs) == inputs }
            ?? loops.first { l in zip(inputs, l.inputs).allSatisfy { $0.castsSafely(to: $1) } }
    }

    func nativeSymbol(for args: [NumbaType]) throws -> (symbol: String, returnType: NumbaType) {
        let types = args.map(\.unliteral)
        let dtypes = types.compactMap { $0.arrayDType?.dtype ?? $0.dtype }
        guard dtypes.count == types.count, let loop = nativeLoop(dtypes) else {
            throw LoweringUnsupported("gufunc '\(name)' called with \(args)")
        }
        guard loop.compiled != nil else { throw LoweringUnsupported("gufunc '\(name)' has no compiled loop for \(loop.typeCode)") }
        guard let engine = NativeEngine.shared else { throw LoweringUnsupported("LLVM is unavailable") }
        engine.lock.lock()
        defer { engine.lock.unlock() }
        if let s = nativeDrivers[types] { return (s, .none) }
        let site = GUFuncNativeCalls.register(self, types)
        let symbol = engine.newSymbol(function.qualname + ".gufunc_call")
        try engine.compileGUFuncCall(helper: unsafeBitCast(gufuncCallFromNative, to: UnsafeRawPointer.self), site: site,
                                     argTypes: types, symbol: symbol)
        nativeDrivers[types] = symbol
        return (symbol, .none)
    }

    /// Runs the call for compiled code with its operands boxed (arrays as views of the caller's
    /// storage, scalars as numpy scalars of their exact type).
    fileprivate func callFromNative(_ values: [Value]) throws {
        let outs = try values.dropFirst(nin).map(outputArray)
        _ = try run(try values.prefix(nin).map(operand), outs, fromCompiledCode: true)
    }
}

/// The gufunc call sites of compiled code: the driver passes its site's index to the helper.
enum GUFuncNativeCalls {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var sites: [(gufunc: GUFunc, types: [NumbaType])] = []

    static func register(_ g: GUFunc, _ types: [NumbaType]) -> Int {
        lock.lock()
        defer { lock.unlock() }
        sites.append((g, types))
        return sites.count - 1
    }

    static func site(_ i: Int) -> (gufunc: GUFunc, types: [NumbaType])? {
        lock.lock()
        defer { lock.unlock() }
        return i >= 0 && i < sites.count ? sites[i] : nil
    }
}

/// `i32 helper(site, args)`: args[k] points at operand k in its lowered type. Returns 0, or 1
/// with the error recorded for the compiled caller to propagate.
private let gufuncCallFromNative: @convention(c) (Int64, UnsafeMutablePointer<UnsafeRawPointer?>?) -> Int32 = { site, args in
    guard let args, let s = GUFuncNativeCalls.site(Int(site)) else { return 1 }
    var values: [Value] = []
    for (k, t) in s.types.enumerated() {
        guard let p = args[k] else { return 1 }
        let v = NativeBoxing.read(t, at: p)
        if t.isArray {
            values.append(v)
            continue
        }
        guard let d = t.dtype else { return 1 }
        let scalar: Scalar
        switch v {
        case .bool(let b): scalar = .bool(b)
        case .int(let i): scalar = .int(Int64(i))
        case .float(let x): scalar = .float(x)
        case .object(let o as NPScalar): scalar = o.value
        default: return 1
        }
        values.append(.object(NPScalar(d, scalar)))
    }
    do {
        try s.gufunc.callFromNative(values)
        return 0
    } catch let e as PythonError {
        NativeRuntime.pendingError = (e.exception.cls.name, e.exception.args)
        return 1
    } catch {
        NativeRuntime.pendingError = ("SystemError", [.str("\(error)")])
        return 1
    }
}
