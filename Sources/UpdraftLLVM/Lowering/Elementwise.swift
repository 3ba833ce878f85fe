// Elementwise array operations: fused array expressions (`arrayexpr`), single array operators
// (`a + b`, `a * 2.0`, `-a`), comparisons producing bool arrays, numpy ufunc calls on arrays, and
// in-place operators (`a += b`) — all one loop over the broadcast shape.
//
// The output shape and each input's strides are computed at run time with numpy's broadcasting
// rules (an input's missing leading axes and axes of length 1 get stride 0); incompatible shapes
// raise numpy's ValueError. When every input is C-contiguous with exactly the output's shape (the
// common case) the loop is one flat counted loop over the element index, which LLVM vectorizes;
// otherwise nested loops walk byte offsets. Each operation is evaluated in the dtype numpy's
// promotion gives it (`arrayBinaryOperator`), then converted to the result dtype from the typemap.
// Under parallel=True a large flat loop is outlined and run on threads (ParallelLaunch.swift).

import UpdraftArray
import UpdraftCompiler
import UpdraftSyntax

extension FunctionLowering {
    /// Element values of the inputs inside the loop, with their element types.
    typealias ElementEnv = [Variable: (LLValue, NumbaType)]

    func elementType(_ t: NumbaType) -> NumbaType { t.arrayDType ?? t.unliteral }

    // MARK: Entry points

    /// A fused array expression.
    func lowerArrayExpression(_ tree: ArrayExpression, _ resultType: NumbaType) throws -> (LLValue, NumbaType) {
        guard case .array(let rdt, _, _, _) = resultType else { throw LoweringUnsupported("array expression of type \(resultType)") }
        let out = try elementwiseLoop(tree.inputs, resultType: resultType, into: nil) { env in
            let (v, t) = try evaluate(tree, env)
            return try cast(v, from: t, to: rdt)
        }
        return (out, resultType.unliteral)
    }

    /// `x op y` where one operand is an array; `inPlace` writes into `x` (`x += y`).
    func lowerArrayBinop(_ op: BinaryOperator, _ x: Variable, _ y: Variable, _ resultType: NumbaType, inPlace: Bool) throws -> (LLValue, NumbaType) {
        let tree = ArrayExpression.binary(op, .input(x), .input(y))
        if inPlace, case .array(let xdt, _, _, _) = try type(of: x) {
            let target = (try load(x), try type(of: x))
            let out = try elementwiseLoop([x, y], resultType: target.1, into: target) { env in
                let (v, t) = try evaluate(tree, env)
                return try cast(v, from: t, to: xdt)
            }
            return (out, target.1)
        }
        return try lowerArrayExpression(tree, resultType)
    }

    func lowerArrayUnary(_ op: UnaryOperator, _ x: Variable, _ resultType: NumbaType) throws -> (LLValue, NumbaType) {
        try lowerArrayExpression(.unary(op, .input(x)), resultType)
    }

    /// An elementwise comparison producing a bool array.
    func lowerArrayCompare(_ op: CompareOperator, _ x: Variable, _ y: Variable, _ resultType: NumbaType) throws -> (LLValue, NumbaType) {
        guard [.eq, .notEq, .lt, .ltE, .gt, .gtE].contains(op) else { throw LoweringUnsupported("comparison \(op.rawValue) of arrays") }
        let out = try elementwiseLoop([x, y], resultType: resultType, into: nil) { env in
            let (a, ta) = env[x]!, (bv, tb) = env[y]!
            let loop = try loopType(.add, ta, tb)
            return try compareNumbers(op, try cast(a, from: ta, to: loop), try cast(bv, from: tb, to: loop), loop)
        }
        return (out, resultType.unliteral)
    }

    /// `np.<ufunc>(arrays...)`.
    func arrayUfuncCall(_ name: String, _ args: [Variable], _ kws: [(String, Variable)], _ r: NumbaType) throws -> (LLValue, NumbaType) {
        guard kws.isEmpty, r.isArray else { throw LoweringUnsupported("np.\(name) on arrays") }
        return try lowerArrayExpression(.ufunc(name, args.map { .input($0) }), r)
    }

    // MARK: The loop

    /// Runs one loop over the broadcast shape of `inputs` (arrays and scalars), storing
    /// `compute(element values)` (already in the output's dtype) into a new array of `resultType`
    /// or into `existing` (in-place). Returns the output array's struct.
    func elementwiseLoop(_ inputs: [Variable], overrides: ElementEnv = [:], resultType: NumbaType, into existing: (LLValue, NumbaType)?,
                         compute: (ElementEnv) throws -> LLValue) throws -> LLValue {
        guard case .array(let rdt, let nd, _, _) = resultType.unliteral, nd >= 1 else {
            throw LoweringUnsupported("elementwise result \(resultType)")
        }
        var arrays: [(v: Variable, a: LLValue, t: NumbaType, nd: Int)] = []
        var scalars: ElementEnv = [:]
        for v in inputs {
            let t = try overrides[v]?.1 ?? type(of: v).unliteral
            let value = try overrides[v]?.0 ?? load(v)
            if case .array(_, let an, _, _) = t {
                guard an <= nd else { throw LoweringUnsupported("broadcasting \(t) to \(nd) dimensions") }
                arrays.append((v, value, t, an))
            } else if t.isNumber {
                scalars[v] = (value, t)
            } else {
                throw LoweringUnsupported("elementwise operand of type \(t)")
            }
        }
        // The broadcast shape.
        var shape: [LLValue]
        if let (out, _) = existing {
            shape = (0..<nd).map { dim(out, $0) }
        } else {
            shape = Array(repeating: c.constI64(1), count: nd)
        }
        var ok = c.constBool(true)
        let one = c.constI64(1)
        for x in arrays {
            for j in 0..<x.nd {
                let k = nd - x.nd + j
                let d = dim(x.a, j), cur = shape[k]
                if existing != nil {
                    ok = b.and(ok, b.or(b.icmp(.eq, d, one), b.icmp(.eq, d, cur)))
                } else {
                    ok = b.and(ok, b.or(b.or(b.icmp(.eq, d, one), b.icmp(.eq, cur, one)), b.icmp(.eq, d, cur)))
                    shape[k] = b.select(b.icmp(.eq, d, one), cur, d)
                }
            }
        }
        if !arrays.isEmpty {
            let fail = function.appendBlock("broadcast.fail"), cont = function.appendBlock("broadcast.ok")
            b.condBr(ok, cont, fail)
            b.position(atEndOf: fail)
            var shapes: [(LLValue, Int)] = arrays.map { ($0.a, $0.nd) }
            if let (out, _) = existing { shapes.insert((out, nd), at: 0) }
            let total = shapes.reduce(0) { $0 + 1 + $1.1 }
            let buf = entryAlloca(c.arrayType(c.i64, count: total), name: "shapes")
            var pos = 0
            func put(_ v: LLValue) {
                b.store(v, b.gep(c.arrayType(c.i64, count: total), buf, [c.constI64(0), c.constI64(Int64(pos))]))
                pos += 1
            }
            for (a, n) in shapes {
                put(c.constI64(Int64(n)))
                for j in 0..<n { put(dim(a, j)) }
            }
            let f = try helper("updraft_raise_broadcast", c.void, [c.i64.pointer(), c.i64])
            b.call(f, [b.bitcast(buf, c.i64.pointer()), c.constI64(Int64(shapes.count))])
            b.br(propagate())
            b.position(atEndOf: cont)
        }
        // The output.
        let out: LLValue, outType: NumbaType
        if let (e, et) = existing {
            out = e
            outType = et.unliteral
        } else {
            var agg = c.undef(c.arrayType(c.i64, count: nd))
            for (i, d) in shape.enumerated() { agg = b.insertValue(agg, d, i) }
            let (o, ot) = try allocateArray("empty", shape: agg, .array(rdt, nd))
            out = o
            outType = ot
        }
        let outMem = try types.memory(rdt)

        func elements(_ address: (Int) -> LLValue) throws -> ElementEnv {
            var env = scalars
            for (i, x) in arrays.enumerated() {
                let dt = x.t.arrayDType!
                env[x.v] = (try loadElement(b.bitcast(address(i), try types.memory(dt).pointer()), dt), dt)
            }
            return env
        }

        // Fast path: every input C-contiguous with the output's exact shape, output C-contiguous.
        func isC(_ t: NumbaType) -> Bool {
            if case .array(_, _, .C, _) = t { return true }
            return false
        }
        let flatPossible = isC(outType) && arrays.allSatisfy { $0.nd == nd && isC($0.t) }
        let done = function.appendBlock("elementwise.done")
        if flatPossible {
            var same = c.constBool(true)
            for x in arrays { for k in 0..<nd { same = b.and(same, b.icmp(.eq, dim(x.a, k), shape[k])) } }
            let flat = function.appendBlock("elementwise.flat"), general = function.appendBlock("elementwise.strided")
            b.condBr(same, flat, general)
            b.position(atEndOf: flat)
            var n = c.constI64(1)
            for d in shape { n = b.mul(n, d) }
            let data = arrays.map { b.extractValue($0.a, 0) }, outData = b.extractValue(out, 0)
            // Element k from the given base pointers (the caller's, or an outlined chunk's).
            func storeFlat(_ k: LLValue, _ data: [LLValue], _ outData: LLValue, _ scalars: ElementEnv) throws {
                var env = scalars
                for (i, x) in arrays.enumerated() {
                    let dt = x.t.arrayDType!
                    let mem = try types.memory(dt)
                    env[x.v] = (try loadElement(b.gep(mem, b.bitcast(data[i], mem.pointer()), [k]), dt), dt)
                }
                try storeElement(try compute(env), b.gep(outMem, b.bitcast(outData, outMem.pointer()), [k]), rdt)
            }
            if options.parallel {
                try threadedFlatLoop(n: n, data: data, itemsizes: arrays.map { $0.t.arrayDType?.dtype?.itemsize ?? 0 },
                                     outData: outData, outItemsize: rdt.dtype?.itemsize ?? 0, checkOverlap: existing != nil,
                                     scalars: scalars, done: done, body: storeFlat)
            }
            try countedLoop(n) { k in try storeFlat(k, data, outData, scalars) }
            b.br(done)
            b.position(atEndOf: general)
        }
        // General path: nested loops over byte offsets with broadcast strides.
        var strides: [[LLValue]] = []   // per array, per output axis
        for x in arrays {
            var s: [LLValue] = []
            for k in 0..<nd {
                let j = k - (nd - x.nd)
                if j < 0 { s.append(c.constI64(0)); continue }
                s.append(b.select(b.icmp(.eq, dim(x.a, j), one), c.constI64(0), stride(x.a, j)))
            }
            strides.append(s)
        }
        let outStrides = (0..<nd).map { stride(out, $0) }
        func nest(_ level: Int, _ offsets: [LLValue], _ outOffset: LLValue) throws {
            if level == nd {
                let env = try elements { i in b.gep(c.i8, b.extractValue(arrays[i].a, 0), [offsets[i]]) }
                let v = try compute(env)
                let p = b.bitcast(b.gep(c.i8, b.extractValue(out, 0), [outOffset]), outMem.pointer())
                try storeElement(v, p, rdt)
                return
            }
            try countedLoop(shape[level]) { i in
                try nest(level + 1, offsets.enumerated().map { b.add($0.element, b.mul(i, strides[$0.offset][level])) },
                         b.add(outOffset, b.mul(i, outStrides[level])))
            }
        }
        try nest(0, arrays.map { _ in c.constI64(0) }, c.constI64(0))
        b.br(done)
        b.position(atEndOf: done)
        return out
    }

    /// `for k in 0..<n { body(k) }` with the counter in an entry-block alloca.
    func countedLoop(_ n: LLValue, _ body: (LLValue) throws -> Void) throws {
        let counter = entryAlloca(c.i64, name: "i")
        b.store(c.constI64(0), counter)
        let head = function.appendBlock("loop.head"), bodyBlock = function.appendBlock("loop.body"), exit = function.appendBlock("loop.exit")
        b.br(head)
        b.position(atEndOf: head)
        let k = b.load(c.i64, counter)
        b.condBr(b.icmp(.slt, k, n), bodyBlock, exit)
        b.position(atEndOf: bodyBlock)
        try body(k)
        b.store(b.add(k, c.constI64(1)), counter)
        b.br(head)
        b.position(atEndOf: exit)
    }

    // MARK: Element operations

    /// The dtype numpy computes `a op b` in.
    func loopType(_ op: BinaryOperator, _ a: NumbaType, _ bt: NumbaType) throws -> NumbaType {
        guard let r = arrayBinaryOperator(op, .array(a.unliteral, 1), .array(bt.unliteral, 1)), let dt = r.arrayDType else {
            throw LoweringUnsupported("operator \(op.rawValue) on elements \(a) and \(bt)")
        }
        return dt
    }

    func evaluate(_ e: ArrayExpression, _ env: ElementEnv) throws -> (LLValue, NumbaType) {
        switch e {
        case .input(let v):
            guard let x = env[v] else { throw LoweringUnsupported("array expression input \(v.name)") }
            return x
        case .constant(let k):
            switch k {
            case .int(let i): return (c.constI64(Int64(i)), .int64)
            case .float(let d): return (c.constDouble(d), .float64)
            case .bool(let x): return (c.constBool(x), .boolean)
            default: throw LoweringUnsupported("constant \(k) in an array expression")
            }
        case .binary(let op, let x, let y):
            return try elementBinary(op, try evaluate(x, env), try evaluate(y, env))
        case .unary(let op, let x):
            return try elementUnary(op, try evaluate(x, env))
        case .ufunc(let name, let args):
            return try elementUfunc(name, try args.map { try evaluate($0, env) })
        }
    }

    func elementBinary(_ op: BinaryOperator, _ x: (LLValue, NumbaType), _ y: (LLValue, NumbaType)) throws -> (LLValue, NumbaType) {
        let loop = try loopType(op, x.1, y.1)
        let a = try cast(x.0, from: x.1, to: loop), bv = try cast(y.0, from: y.1, to: loop)
        return (try arithmetic(op, a, bv, loop, loop, loop, checked: false), loop)
    }

    func elementUnary(_ op: UnaryOperator, _ x: (LLValue, NumbaType)) throws -> (LLValue, NumbaType) {
        let t = x.1.unliteral
        switch op {
        case .plus: return x
        case .minus:
            let r: NumbaType = t == .boolean ? .int8 : t
            let v = try cast(x.0, from: t, to: r)
            return (r.isFloat ? b.fneg(v) : b.sub(c.constNull(v.type), v), r)
        case .invert:
            if t == .boolean { return (b.xor(x.0, c.constBool(true)), t) }
            guard t.isIntegerLike else { throw LoweringUnsupported("~ on \(t)") }
            return (b.not(x.0), t)
        case .not:
            return (b.xor(try truth(x.0, t), c.constBool(true)), .boolean)
        }
    }

    static let floatUfuncs: Set<String> = [
        "sqrt", "exp", "exp2", "log", "log2", "log10", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
        "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "expm1", "log1p", "floor", "ceil", "trunc",
        "rint", "cbrt", "degrees", "radians", "rad2deg", "deg2rad",
    ]
    static let ufuncOperators: [String: BinaryOperator] = [
        "add": .add, "subtract": .sub, "multiply": .mul, "divide": .div, "true_divide": .div,
        "floor_divide": .floorDiv, "remainder": .mod, "mod": .mod, "power": .pow,
    ]

    func elementUfunc(_ name: String, _ xs: [(LLValue, NumbaType)]) throws -> (LLValue, NumbaType) {
        if let op = FunctionLowering.ufuncOperators[name], xs.count == 2 { return try elementBinary(op, xs[0], xs[1]) }
        if xs.count == 1 {
            let (x, t) = xs[0]
            if FunctionLowering.floatUfuncs.contains(name) {
                let ft: NumbaType = t.isFloat ? t.unliteral : .float64
                return try mathValue(name, [try cast(x, from: t, to: ft)], ft, ft)
            }
            switch name {
            case "negative": return try elementUnary(.minus, xs[0])
            case "positive": return xs[0]
            case "square": return try elementBinary(.mul, xs[0], xs[0])
            case "abs", "absolute", "fabs":
                if t.isFloat || name == "fabs" {
                    let ft: NumbaType = t.isFloat ? t.unliteral : .float64
                    let v = try cast(x, from: t, to: ft)
                    return (b.call(try module.intrinsic("llvm.fabs", overloads: [v.type]), [v]), ft)
                }
                if case .integer(_, true) = t.unliteral {
                    return (b.select(b.icmp(.slt, x, c.constNull(x.type)), b.sub(c.constNull(x.type), x), x), t)
                }
                return xs[0]
            case "isnan", "isinf", "isfinite":
                if t.isFloat { return try mathValue(name, [x], t.unliteral, .boolean) }
                return (c.constBool(name == "isfinite"), .boolean)
            default: break
            }
        }
        if xs.count == 2 {
            switch name {
            case "minimum", "maximum", "fmin", "fmax":
                let loop = try loopType(.add, xs[0].1, xs[1].1)
                let a = try cast(xs[0].0, from: xs[0].1, to: loop), y = try cast(xs[1].0, from: xs[1].1, to: loop)
                let isMax = name.contains("max")
                let m = b.select(try compareNumbers(isMax ? .gt : .lt, a, y, loop), a, y)
                guard loop.isFloat else { return (m, loop) }
                // maximum/minimum propagate NaN; fmax/fmin ignore it.
                if name.hasPrefix("f") { return (b.select(b.fcmp(.uno, y, y), a, b.select(b.fcmp(.uno, a, a), y, m)), loop) }
                return (b.select(b.fcmp(.uno, a, a), a, m), loop)
            case "arctan2", "hypot", "fmod", "copysign":
                var ft = try loopType(.add, xs[0].1, xs[1].1)
                if !ft.isFloat { ft = .float64 }
                return try mathValue(name, [try cast(xs[0].0, from: xs[0].1, to: ft), try cast(xs[1].0, from: xs[1].1, to: ft)], ft, ft)
            default: break
            }
        }
        throw LoweringUnsupported("np.\(name) on arrays")
    }
}
