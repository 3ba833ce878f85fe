// Basic slicing: slice values, views from indices mixing integers and slices (sharing the
// buffer; bounds clamped as Python's PySlice_AdjustIndices does), assignment through views
// (broadcasting the value, copying it first when it shares the destination's buffer),
// `.copy()`, `.T`, unpacking arrays and lists into variables.
//
// A slice is `{ i64 start, i64 stop, i64 step, i1 hasStart, i1 hasStop }` (None bounds depend on
// the step's sign and the axis length, so they are resolved where the slice is applied).

import UpdraftCompiler
import UpdraftRuntime

extension FunctionLowering {
    enum IndexComponent {
        case integer(LLValue, NumbaType)
        case slice(LLValue)
    }

    var sliceStruct: LLType { c.structType([c.i64, c.i64, c.i64, c.i1, c.i1]) }

    /// `slice(start, stop[, step])` from IR variables (each an integer or None).
    func buildSlice(_ vs: [Variable]) throws -> (LLValue, NumbaType) {
        var s = c.undef(sliceStruct)
        func part(_ i: Int, _ fallback: Int64) throws -> (LLValue, Bool) {
            guard i < vs.count else { return (c.constI64(fallback), false) }
            let t = try type(of: vs[i]).unliteral
            if t == .none { return (c.constI64(fallback), false) }
            guard t.isIntegerLike else { throw LoweringUnsupported("slice bound of type \(t)") }
            return (try load(vs[i], as: .int64), true)
        }
        let (start, hasStart) = try part(0, 0), (stop, hasStop) = try part(1, 0), (step, hasStep) = try part(2, 1)
        if hasStep {
            try raiseIf(b.icmp(.eq, step, c.constI64(0)), "ValueError", "slice step cannot be zero")
        }
        s = b.insertValue(s, start, 0)
        s = b.insertValue(s, stop, 1)
        s = b.insertValue(s, step, 2)
        s = b.insertValue(s, c.constBool(hasStart), 3)
        s = b.insertValue(s, c.constBool(hasStop), 4)
        return (s, vs.count == 3 ? .slice3 : .slice2)
    }

    /// (start, length, step) of a slice applied to an axis of length `n`.
    func sliceIndices(_ s: LLValue, _ n: LLValue) -> (LLValue, LLValue, LLValue) {
        let zero = c.constI64(0), one = c.constI64(1), minusOne = c.constI64(-1)
        let step = b.extractValue(s, 2)
        let neg = b.icmp(.slt, step, zero)
        func clamp(_ v: LLValue, _ has: LLValue, _ defaultValue: LLValue) -> LLValue {
            let plus = b.add(v, n)
            let low = b.select(neg, minusOne, zero), high = b.select(neg, b.sub(n, one), n)
            let fromNegative = b.select(b.icmp(.slt, plus, zero), low, plus)
            let adjusted = b.select(b.icmp(.slt, v, zero), fromNegative, b.select(b.icmp(.sge, v, n), high, v))
            return b.select(has, adjusted, defaultValue)
        }
        let start = clamp(b.extractValue(s, 0), b.extractValue(s, 3), b.select(neg, b.sub(n, one), zero))
        let stop = clamp(b.extractValue(s, 1), b.extractValue(s, 4), b.select(neg, minusOne, n))
        let negLength = b.add(b.sdiv(b.sub(b.sub(start, stop), one), b.sub(zero, step)), one)
        let posLength = b.add(b.sdiv(b.sub(b.sub(stop, start), one), step), one)
        let length = b.select(neg, b.select(b.icmp(.slt, stop, start), negLength, zero),
                              b.select(b.icmp(.slt, start, stop), posLength, zero))
        return (start, length, step)
    }

    /// The components of an index (an integer, a slice, or a tuple of them); nil when it is not
    /// basic indexing.
    func indexComponents(_ index: Variable?, _ staticIndex: IRConstant?) throws -> [IndexComponent]? {
        guard let index else {
            if case .int(let i)? = staticIndex { return [.integer(c.constI64(Int64(i)), .int64)] }
            return nil
        }
        let t = try type(of: index).unliteral
        let v = try load(index)
        func component(_ v: LLValue, _ t: NumbaType) -> IndexComponent? {
            if t.isIntegerLike { return .integer(v, t) }
            if t == .slice2 || t == .slice3 { return .slice(v) }
            return nil
        }
        if let one = component(v, t) { return [one] }
        if let els = t.tupleElements {
            var out: [IndexComponent] = []
            for (i, e) in els.enumerated() {
                guard let comp = component(b.extractValue(v, i), e.unliteral) else { return nil }
                out.append(comp)
            }
            return out
        }
        return nil
    }

    /// A view of `a` through basic index components (integers drop their axis).
    func arrayView(_ a: LLValue, _ at: NumbaType, _ comps: [IndexComponent]) throws -> (LLValue, Int) {
        guard case .array(_, let nd, _, _) = at, comps.count <= nd else { throw LoweringUnsupported("indexing \(at)") }
        var offset = c.constI64(0)
        var shape: [LLValue] = [], strides: [LLValue] = []
        for (k, comp) in comps.enumerated() {
            switch comp {
            case .integer(let i, let t):
                let idx = try normalize(i, t, size: dim(a, k), axis: k)
                offset = b.add(offset, b.mul(idx, stride(a, k)))
            case .slice(let s):
                let (start, length, step) = sliceIndices(s, dim(a, k))
                // An empty slice may start past the end: keep the pointer at the start then.
                offset = b.add(offset, b.mul(b.select(b.icmp(.sgt, length, c.constI64(0)), start, c.constI64(0)), stride(a, k)))
                shape.append(length)
                strides.append(b.mul(stride(a, k), step))
            }
        }
        for k in comps.count..<nd {
            shape.append(dim(a, k))
            strides.append(stride(a, k))
        }
        let rest = shape.count
        return (makeArray(b.gep(c.i8, b.extractValue(a, 0), [offset]), shape, strides, owner: b.extractValue(a, 3)), rest)
    }

    func makeArray(_ data: LLValue, _ shape: [LLValue], _ strides: [LLValue], owner: LLValue) -> LLValue {
        let nd = shape.count
        var view = c.undef(types.arrayStruct(nd))
        view = b.insertValue(view, data, 0)
        var sh = c.undef(c.arrayType(c.i64, count: nd)), st = c.undef(c.arrayType(c.i64, count: nd))
        for k in 0..<nd {
            sh = b.insertValue(sh, shape[k], k)
            st = b.insertValue(st, strides[k], k)
        }
        view = b.insertValue(view, sh, 1)
        view = b.insertValue(view, st, 2)
        return b.insertValue(view, owner, 3)
    }

    /// `a.T`: axes reversed.
    func transposed(_ a: LLValue, _ nd: Int) -> LLValue {
        makeArray(b.extractValue(a, 0), (0..<nd).reversed().map { dim(a, $0) }, (0..<nd).reversed().map { stride(a, $0) },
                  owner: b.extractValue(a, 3))
    }

    /// A C-contiguous copy of an array.
    func copyArray(_ a: LLValue, _ at: NumbaType) throws -> LLValue {
        guard case .array(let dt, let nd, _, _) = at.unliteral else { throw LoweringUnsupported("copy of \(at)") }
        let src = Variable("$copy.source")
        return try elementwiseLoop([src], overrides: [src: (a, at.unliteral)], resultType: .array(dt, nd), into: nil) { env in
            env[src]!.0
        }
    }

    /// `target[index] = value` where the index selects a view (slices, or fewer integers than axes).
    func assignThroughView(_ view: LLValue, _ viewType: NumbaType, _ value: Variable) throws {
        guard case .array(let dt, _, _, _) = viewType else { throw LoweringUnsupported("setitem on \(viewType)") }
        let vt = try type(of: value).unliteral
        var overrides: [Variable: (LLValue, NumbaType)] = [:]
        if vt.isArray {
            // numpy copies a source that shares the destination's buffer before writing.
            let src = try load(value)
            let same = b.icmp(.eq, b.extractValue(src, 3), b.extractValue(view, 3))
            let pre = b.insertBlock!
            let copy = function.appendBlock("setslice.copy"), join = function.appendBlock("setslice.join")
            b.condBr(same, copy, join)
            b.position(atEndOf: copy)
            let copied = try copyArray(src, vt)
            let copyEnd = b.insertBlock!
            b.br(join)
            b.position(atEndOf: join)
            let phi = b.phi(src.type)
            phi.addIncoming([(src, pre), (copied, copyEnd)])
            guard case .array(let sdt, let snd, _, _) = vt else { throw LoweringUnsupported("setitem value \(vt)") }
            overrides[value] = (phi, .array(dtype: sdt, ndim: snd, layout: .A, readonly: false))
        } else if !vt.isNumber {
            throw LoweringUnsupported("setting an array slice to \(vt)")
        }
        _ = try elementwiseLoop([value], overrides: overrides, resultType: viewType, into: (view, viewType)) { env in
            let (v, t) = env[value]!
            return try cast(v, from: t, to: dt)
        }
    }

    /// `a, b = x` for arrays and lists: checks the length (numba's bare ValueError) and loads the items.
    func unpackSequence(_ v: Variable, _ count: Int, _ resultType: NumbaType) throws -> (LLValue, NumbaType) {
        let t = try type(of: v).unliteral
        guard case .uniTuple(let e, let n) = resultType, n == count else { throw LoweringUnsupported("unpacking a \(t)") }
        let x = try load(v)
        let len = try length(x, t)
        // numba raises a ValueError without a message.
        try raiseIf(b.icmp(.ne, len, c.constI64(Int64(count))), "ValueError", nil)
        var tuple = c.undef(try types.llvm(resultType))
        for i in 0..<count {
            let item: LLValue
            switch t {
            case .array(let dt, let nd, _, _):
                if nd == 1 {
                    item = try loadElement(try elementPointer(x, t, [c.constI64(Int64(i))]), dt)
                } else {
                    item = try arrayView(x, t, [.integer(c.constI64(Int64(i)), .int64)]).0
                }
            case .list(let le, _):
                item = try loadElement(try listItemPointer(x, c.constI64(Int64(i)), le), le)
            default:
                throw LoweringUnsupported("unpacking a \(t)")
            }
            tuple = b.insertValue(tuple, item, i)
        }
        _ = e
        return (tuple, resultType)
    }

    // MARK: Shape methods

    /// `reshape`, `ravel`, `flatten`, `astype`, `fill`; nil for other methods.
    func arrayShapeMethod(_ recv: Variable, _ at: NumbaType, _ name: String, _ args: [Variable],
                          _ sig: CallSignature) throws -> (LLValue, NumbaType)? {
        guard case .array(let dt, let nd, let layout, _) = at.unliteral else { return nil }
        let a = try load(recv)
        switch name {
        case "reshape":
            guard layout == .C || nd <= 1, case .array(_, let rnd, _, _) = sig.returnType else {
                throw LoweringUnsupported("reshape of a non-contiguous array")
            }
            var dims: [LLValue] = []
            if args.count == 1, let els = (try type(of: args[0])).tupleElements {
                let t = try load(args[0])
                for (i, e) in els.enumerated() { dims.append(try cast(b.extractValue(t, i), from: e, to: .int64)) }
            } else {
                dims = try args.map { try load($0, as: .int64) }
            }
            guard dims.count == rnd else { throw LoweringUnsupported("reshape to \(sig.returnType)") }
            // numba's normalize_reshape_value: one negative dimension is inferred.
            let zero = c.constI64(0), one = c.constI64(1)
            let size = arraySize(a, nd)
            var known = one, negatives = zero
            for d in dims {
                let neg = b.icmp(.slt, d, zero)
                negatives = b.add(negatives, b.zext(neg, c.i64))
                known = b.mul(known, b.select(neg, one, d))
            }
            try raiseIf(b.icmp(.sgt, negatives, one), "ValueError", "multiple negative shape values")
            let knownZero = b.icmp(.eq, known, zero)
            let safeKnown = b.select(knownZero, one, known)
            let inferred = b.select(knownZero, zero, b.sdiv(size, safeKnown))
            let inferOK = b.select(knownZero, b.icmp(.eq, size, zero), b.icmp(.eq, b.srem(size, safeKnown), zero))
            let ok = b.select(b.icmp(.eq, negatives, zero), b.icmp(.eq, known, size), inferOK)
            try raiseIf(b.xor(ok, c.constBool(true)), "ValueError", "total size of new array must be unchanged")
            dims = dims.map { b.select(b.icmp(.slt, $0, zero), inferred, $0) }
            return (contiguousView(a, dims, dt), sig.returnType)
        case "ravel", "flatten":
            guard args.isEmpty else { return nil }
            let source = name == "ravel" && (layout == .C || nd == 1) ? a : try copyArray(a, at)
            if nd == 1 && name == "ravel" { return (source, sig.returnType) }
            return (contiguousView(source, [arraySize(a, nd)], dt), sig.returnType)
        case "astype":
            guard case .array(let rdt, _, _, _) = sig.returnType else { return nil }
            let src = Variable("$astype.source")
            let out = try elementwiseLoop([src], overrides: [src: (a, at.unliteral)], resultType: .array(rdt, nd), into: nil) { env in
                try cast(env[src]!.0, from: dt, to: rdt)
            }
            return (out, sig.returnType)
        case "fill":
            guard args.count == 1 else { return nil }
            _ = try elementwiseLoop([args[0]], resultType: at.unliteral, into: (a, at.unliteral)) { env in
                let (v, t) = env[args[0]]!
                return try cast(v, from: t, to: dt)
            }
            return (c.constInt(c.i8, 0), .none)
        default:
            return nil
        }
    }

    /// A C-contiguous view of `a`'s data with a new shape.
    func contiguousView(_ a: LLValue, _ shape: [LLValue], _ dt: NumbaType) -> LLValue {
        var strides = Array(repeating: c.constI64(Int64(types.itemsize(dt))), count: shape.count)
        if shape.count > 1 {
            for k in Swift.stride(from: shape.count - 2, through: 0, by: -1) { strides[k] = b.mul(strides[k + 1], shape[k + 1]) }
        }
        return makeArray(b.extractValue(a, 0), shape, strides, owner: b.extractValue(a, 3))
    }
}
