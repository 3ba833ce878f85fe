// Arrays: element addresses from the array struct (C-contiguous arrays use their shape for the
// strides, so the innermost stride is the constant itemsize and loops vectorize), negative
// indices, bounds checks (numpy's IndexError; off with boundscheck=False), views from integer
// indexing of leading axes, attributes, allocation through `updraft_array_new`, reductions;
// and indexing of tuples.

import UpdraftCompiler
import UpdraftRuntime

extension FunctionLowering {
    // MARK: Addresses

    func dim(_ a: LLValue, _ k: Int) -> LLValue { b.extractValue(b.extractValue(a, 1), k) }
    func stride(_ a: LLValue, _ k: Int) -> LLValue { b.extractValue(b.extractValue(a, 2), k) }

    func arraySize(_ a: LLValue, _ nd: Int) -> LLValue {
        var n = c.constI64(1)
        for k in 0..<nd { n = b.mul(n, dim(a, k)) }
        return n
    }

    /// An index along `axis`: negative values count from the end; checked unless boundscheck=False.
    ///
    /// With bounds checks the hot path is one unsigned compare of the raw index (`i <u size`:
    /// non-negative and in range), marked likely; negative indices are wrapped on a cold path that
    /// checks again. The loop optimiser can then treat it as a plain range check: IRCE removes it
    /// from counted loops whose index is used directly (see NativeEngine's pipeline).
    func normalize(_ i: LLValue, _ t: NumbaType, size: LLValue, axis: Int, knownInRange: LLValue? = nil) throws -> LLValue {
        let signed: Bool
        if case .integer(_, let s) = t.unliteral { signed = s } else { signed = true }
        let wide = try cast(i, from: t, to: .int64)
        guard options.boundscheck else {
            return signed ? b.select(b.icmp(.slt, wide, c.constI64(0)), b.add(wide, size), wide) : wide
        }
        var inRange = b.icmp(.ult, wide, size)
        if let knownInRange { inRange = b.or(b.load(c.i1, knownInRange), inRange) }
        let expect = try module.intrinsic("llvm.expect", overloads: [c.i1])
        let fast = b.insertBlock!
        let ok = function.appendBlock("inbounds")
        let fail = function.appendBlock("oob")
        if signed {
            let wrap = function.appendBlock("wrap")
            b.condBr(b.call(expect, [inRange, c.constBool(true)]), ok, wrap)
            b.position(atEndOf: wrap)
            let wrapped = b.add(wide, size)
            // In range after wrapping: the index was negative and >= -size.
            let good = b.and(b.icmp(.slt, wide, c.constI64(0)), b.icmp(.ult, wrapped, size))
            b.condBr(good, ok, fail)
            b.position(atEndOf: fail)
            let f = try helper("updraft_raise_index", c.void, [c.i64, c.i64, c.i64])
            b.call(f, [wide, c.constI64(Int64(axis)), size])
            b.br(propagate())
            b.position(atEndOf: ok)
            let idx = b.phi(c.i64)
            idx.addIncoming([(wide, fast), (wrapped, wrap)])
            return idx
        }
        b.condBr(b.call(expect, [inRange, c.constBool(true)]), ok, fail)
        b.position(atEndOf: fail)
        let f = try helper("updraft_raise_index", c.void, [c.i64, c.i64, c.i64])
        b.call(f, [wide, c.constI64(Int64(axis)), size])
        b.br(propagate())
        b.position(atEndOf: ok)
        return wide
    }

    /// The address of the element at (already normalised) indices, as a pointer to its memory type.
    func elementPointer(_ a: LLValue, _ at: NumbaType, _ idx: [LLValue]) throws -> LLValue {
        guard case .array(let dt, let nd, let layout, _) = at else { throw LoweringUnsupported("indexing \(at)") }
        let mem = try types.memory(dt)
        let data = b.extractValue(a, 0)
        if layout == .C && idx.count == nd {
            var flat = idx[0]
            for k in 1..<max(nd, 1) where k < nd { flat = b.add(b.mul(flat, dim(a, k)), idx[k]) }
            return b.gep(mem, b.bitcast(data, mem.pointer()), [flat])
        }
        var offset = c.constI64(0)
        for (k, i) in idx.enumerated() { offset = b.add(offset, b.mul(i, stride(a, k))) }
        return b.bitcast(b.gep(c.i8, data, [offset]), mem.pointer())
    }

    func loadElement(_ p: LLValue, _ dt: NumbaType) throws -> LLValue {
        let v = b.load(try types.memory(dt), p)
        return dt == .boolean ? b.trunc(v, c.i1) : v
    }

    func storeElement(_ v: LLValue, _ p: LLValue, _ dt: NumbaType) throws {
        b.store(dt == .boolean ? b.zext(v, c.i8) : v, p)
    }

    /// The integer indices of an index value (an integer or a tuple of integers), with their types.
    func indexParts(_ index: Variable?, _ staticIndex: IRConstant?) throws -> [(LLValue, NumbaType)] {
        if let index {
            let t = try type(of: index)
            let v = try load(index)
            if t.isIntegerLike { return [(v, t)] }
            if let els = t.tupleElements, els.allSatisfy(\.isIntegerLike) {
                return els.enumerated().map { (b.extractValue(v, $0.offset), $0.element) }
            }
            throw LoweringUnsupported("indexing with \(t)")
        }
        if case .int(let i)? = staticIndex { return [(c.constI64(Int64(i)), .int64)] }
        throw LoweringUnsupported("indexing with \(String(describing: staticIndex))")
    }

    // MARK: getitem / setitem

    func lowerGetitem(_ v: Variable, index: Variable?, staticIndex: IRConstant?, resultType: NumbaType) throws -> (LLValue, NumbaType) {
        let vt = try type(of: v)
        switch vt.unliteral {
        case .array(let dt, let nd, _, _):
            let a = try load(v)
            if let comps = try indexComponents(index, staticIndex), comps.contains(where: { if case .slice = $0 { return true }; return false }) {
                let (view, rest) = try arrayView(a, vt.unliteral, comps)
                guard rest > 0 else { throw LoweringUnsupported("0-d view") }
                return (view, .array(dtype: dt, ndim: rest, layout: .A, readonly: false))
            }
            let parts = try indexParts(index, staticIndex)
            guard parts.count <= nd else { throw LoweringUnsupported("too many indices") }
            var idx: [LLValue] = []
            let known = nd == 1 ? index.flatMap { rangeSafeFlag($0, v) } : nil
            for (k, (i, t)) in parts.enumerated() { idx.append(try normalize(i, t, size: dim(a, k), axis: k, knownInRange: known)) }
            if parts.count == nd {
                return (try loadElement(try elementPointer(a, vt, idx), dt), dt)
            }
            // A view of the remaining axes.
            let rest = nd - parts.count
            var offset = c.constI64(0)
            for (k, i) in idx.enumerated() { offset = b.add(offset, b.mul(i, stride(a, k))) }
            let viewType = NumbaType.array(dtype: dt, ndim: rest, layout: .A, readonly: false)
            var view = c.undef(types.arrayStruct(rest))
            view = b.insertValue(view, b.gep(c.i8, b.extractValue(a, 0), [offset]), 0)
            var shape = c.undef(c.arrayType(c.i64, count: rest)), strides = c.undef(c.arrayType(c.i64, count: rest))
            for k in 0..<rest {
                shape = b.insertValue(shape, dim(a, parts.count + k), k)
                strides = b.insertValue(strides, stride(a, parts.count + k), k)
            }
            view = b.insertValue(view, shape, 1)
            view = b.insertValue(view, strides, 2)
            view = b.insertValue(view, b.extractValue(a, 3), 3)
            return (view, viewType)
        case .uniTuple(let e, let n):
            let tv = try load(v)
            if case .int(let i)? = staticIndex {
                return (b.extractValue(tv, i < 0 ? i + n : i), e)
            }
            let parts = try indexParts(index, staticIndex)
            guard parts.count == 1 else { throw LoweringUnsupported("tuple indexing") }
            let tmp = entryAlloca(try types.llvm(vt.unliteral))
            b.store(tv, tmp)
            let i = try cast(parts[0].0, from: parts[0].1, to: .int64)
            let idx = b.select(b.icmp(.slt, i, c.constI64(0)), b.add(i, c.constI64(Int64(n))), i)
            try raiseIf(b.icmp(.uge, idx, c.constI64(Int64(n))), "IndexError", "tuple index out of range")
            return (b.load(try types.llvm(e), b.gep(try types.llvm(vt.unliteral), tmp, [c.constI64(0), idx])), e)
        case .tuple(let ts):
            var k: Int? = nil
            if case .int(let i)? = staticIndex { k = i }
            if let index, case .literalInt(let i) = try type(of: index) { k = i }
            guard let i = k else { throw LoweringUnsupported("tuple index that is not a constant") }
            let j = i < 0 ? i + ts.count : i
            return (b.extractValue(try load(v), j), ts[j])
        case .list(let e, _):
            let parts = try indexParts(index, staticIndex)
            guard parts.count == 1 else { throw LoweringUnsupported("list indexing") }
            let h = try load(v)
            let idx = try listIndex(h, parts[0], "getitem out of range")
            return (try loadElement(try listItemPointer(h, idx, e), e), e)
        default:
            throw LoweringUnsupported("indexing \(vt)")
        }
    }

    func lowerSetitem(_ target: Variable, index: Variable, staticIndex: IRConstant?, value: Variable) throws {
        let tt = try type(of: target)
        switch tt {
        case .array(let dt, let nd, _, _):
            let a = try load(target)
            if let comps = try indexComponents(index, staticIndex),
               comps.count < nd || comps.contains(where: { if case .slice = $0 { return true }; return false }) {
                let (view, rest) = try arrayView(a, tt, comps)
                guard rest > 0 else { throw LoweringUnsupported("0-d view") }
                try assignThroughView(view, .array(dtype: dt, ndim: rest, layout: .A, readonly: false), value)
                return
            }
            let parts = try indexParts(index, staticIndex)
            guard parts.count == nd, (try type(of: value)).isNumber else { throw LoweringUnsupported("setting a slice of an array") }
            var idx: [LLValue] = []
            let known = nd == 1 ? rangeSafeFlag(index, target) : nil
            for (k, (i, t)) in parts.enumerated() { idx.append(try normalize(i, t, size: dim(a, k), axis: k, knownInRange: known)) }
            let v = try load(value, as: dt)
            try storeElement(v, try elementPointer(a, tt, idx), dt)
        case .list(let e, _):
            let parts = try indexParts(index, staticIndex)
            let h = try load(target)
            let idx = try listIndex(h, parts[0], "setitem out of range")
            try storeElement(try load(value, as: e), try listItemPointer(h, idx, e), e)
        default:
            throw LoweringUnsupported("setitem on \(tt)")
        }
    }

    // MARK: Allocation

    func allocateArray(_ kind: String, _ args: [Variable], _ kws: [(String, Variable)], _ r: NumbaType) throws -> (LLValue, NumbaType) {
        guard case .array(_, let nd, _, _) = r, let first = args.first else { throw LoweringUnsupported("np.\(kind)") }
        let st = try type(of: first)
        var dims: [LLValue] = []
        if st.isIntegerLike {
            dims = [try load(first, as: .int64)]
        } else if let els = st.tupleElements {
            let v = try load(first)
            for (i, e) in els.enumerated() { dims.append(try cast(b.extractValue(v, i), from: e, to: .int64)) }
        } else {
            throw LoweringUnsupported("np.\(kind) with shape \(st)")
        }
        guard dims.count == nd else { throw LoweringUnsupported("np.\(kind) shape") }
        var shape = c.undef(c.arrayType(c.i64, count: nd))
        for (i, d) in dims.enumerated() { shape = b.insertValue(shape, d, i) }
        return try allocateArray(kind, shape: shape, r)
    }

    func allocateArray(_ kind: String, shape: LLValue, _ r: NumbaType) throws -> (LLValue, NumbaType) {
        guard case .array(let dt, let nd, _, _) = r, let dtype = dt.dtype else { throw LoweringUnsupported("np.\(kind) of \(r)") }
        let shapeSlot = entryAlloca(c.arrayType(c.i64, count: nd), name: "shape")
        b.store(shape, shapeSlot)
        let out = entryAlloca(types.arrayStruct(nd), name: "newarray")
        let f = try helper("updraft_array_new", c.i32, [c.i64, c.i64, c.i64.pointer(), c.i64, c.bytePointer])
        let fill: Int64 = kind == "empty" ? 0 : kind == "zeros" ? 1 : 2
        let status = b.call(f, [c.constI64(Int64(dtype.rawValue)), c.constI64(Int64(nd)),
                                b.bitcast(shapeSlot, c.i64.pointer()), c.constI64(fill), b.bitcast(out, c.bytePointer)])
        checkStatus(status)
        return (b.load(types.arrayStruct(nd), out), .array(dt, nd))
    }

    // MARK: Loops over every element

    /// Calls `body` with each element of an array and its flat (C-order) position, in order:
    /// one flat loop for C-contiguous and 1-d arrays, nested strided loops otherwise.
    func forEachElement(_ a: LLValue, _ at: NumbaType, _ body: (LLValue, LLValue) throws -> Void) throws {
        guard case .array(let dt, let nd, let layout, _) = at else { throw LoweringUnsupported("iterating over \(at)") }
        let mem = try types.memory(dt)
        if layout == .C || nd == 1 {
            let n = arraySize(a, nd)
            try countedLoop(n) { k in
                let p: LLValue
                if layout == .C {
                    p = b.gep(mem, b.bitcast(b.extractValue(a, 0), mem.pointer()), [k])
                } else {
                    p = b.bitcast(b.gep(c.i8, b.extractValue(a, 0), [b.mul(k, stride(a, 0))]), mem.pointer())
                }
                try body(try loadElement(p, dt), k)
            }
            return
        }
        let position = entryAlloca(c.i64, name: "position")
        b.store(c.constI64(0), position)
        func nest(_ level: Int, _ offset: LLValue) throws {
            if level == nd {
                let k = b.load(c.i64, position)
                try body(try loadElement(b.bitcast(b.gep(c.i8, b.extractValue(a, 0), [offset]), mem.pointer()), dt), k)
                b.store(b.add(k, c.constI64(1)), position)
                return
            }
            try countedLoop(dim(a, level)) { i in try nest(level + 1, b.add(offset, b.mul(i, stride(a, level)))) }
        }
        try nest(0, c.constI64(0))
    }

    func reduction(_ name: String, _ v: Variable, _ r: NumbaType) throws -> (LLValue, NumbaType) {
        let t = try type(of: v)
        switch t.unliteral {
        case .array(let dt, let nd, _, _):
            return try arrayReduction(name, try load(v), t.unliteral, dt, nd, r)
        default:
            throw LoweringUnsupported("\(name)() of \(t)")
        }
    }

    func arrayReduction(_ name: String, _ a: LLValue, _ at: NumbaType, _ dt: NumbaType, _ nd: Int, _ r: NumbaType) throws -> (LLValue, NumbaType) {
        switch name {
        case "sum", "prod", "mean":
            let accType: NumbaType = name == "mean" ? (dt.isFloat ? dt : .float64) : r
            let acc = entryAlloca(try types.llvm(accType), name: name)
            b.store(name == "prod" ? try cast(c.constI64(1), from: .int64, to: accType) : c.constNull(try types.llvm(accType)), acc)
            try forEachElement(a, at) { x, _ in
                let cur = b.load(try types.llvm(accType), acc)
                let xv = try cast(x, from: dt, to: accType)
                b.store(try arithmetic(name == "prod" ? .mul : .add, cur, xv, accType, accType, accType), acc)
            }
            let total = b.load(try types.llvm(accType), acc)
            if name == "mean" {
                let n = b.sitofp(arraySize(a, nd), try types.llvm(accType))
                return (try cast(b.fdiv(total, n), from: accType, to: r), r)
            }
            return (total, r)
        case "min", "max", "amin", "amax", "argmin", "argmax":
            let isMax = name.hasSuffix("max")
            let n = arraySize(a, nd)
            let what = name.hasPrefix("arg") ? name : (isMax ? "maximum" : "minimum")
            try raiseIf(b.icmp(.eq, n, c.constI64(0)), "ValueError",
                        name.hasPrefix("arg") ? "attempt to get \(name) of an empty sequence"
                                              : "zero-size array to reduction operation \(what) which has no identity")
            let best = entryAlloca(try types.llvm(dt), name: "best"), bestIndex = entryAlloca(c.i64, name: "bestindex")
            let first = entryAlloca(c.i1, name: "first")
            b.store(c.constBool(true), first)
            b.store(c.constI64(0), bestIndex)
            b.store(c.constNull(try types.llvm(dt)), best)
            try forEachElement(a, at) { x, k in
                let m = b.load(try types.llvm(dt), best)
                var better = try compareNumbers(isMax ? .gt : .lt, x, m, dt)
                if dt.isFloat {
                    // NaN wins (and stays): numpy propagates it.
                    better = b.or(better, b.and(b.fcmp(.uno, x, x), b.fcmp(.ord, m, m)))
                }
                let take = b.or(b.load(c.i1, first), better)
                b.store(b.select(take, x, m), best)
                b.store(b.select(take, k, b.load(c.i64, bestIndex)), bestIndex)
                b.store(c.constBool(false), first)
            }
            if name.hasPrefix("arg") { return (b.load(c.i64, bestIndex), .int64) }
            return (try cast(b.load(try types.llvm(dt), best), from: dt, to: r), r)
        case "any", "all":
            let acc = entryAlloca(c.i1, name: name)
            b.store(c.constBool(name == "all"), acc)
            try forEachElement(a, at) { x, _ in
                let tv = try truth(x, dt)
                let cur = b.load(c.i1, acc)
                b.store(name == "any" ? b.or(cur, tv) : b.and(cur, tv), acc)
            }
            return (b.load(c.i1, acc), .boolean)
        default:
            throw LoweringUnsupported("array.\(name)")
        }
    }

    // MARK: Methods

    func callMethod(_ recv: Variable, _ rt: NumbaType, _ name: String, _ args: [Variable], _ sig: CallSignature) throws -> (LLValue, NumbaType) {
        let actual = try type(of: recv)
        switch actual {
        case .array(let dt, let nd, _, _):
            if name == "copy" && args.isEmpty { return (try copyArray(try load(recv), actual), .array(dt, nd)) }
            if let r = try arrayShapeMethod(recv, actual, name, args, sig) { return r }
            guard args.isEmpty, NumpyTyping_reductions.contains(name) else { throw LoweringUnsupported("array.\(name)") }
            return try arrayReduction(name, try load(recv), actual, dt, nd, sig.returnType)
        case .list(let e, _):
            let h = try load(recv)
            switch name {
            case "append":
                guard args.count == 1 else { break }
                try listAppend(h, try load(args[0], as: e), e)
                return (c.constInt(c.i8, 0), .none)
            case "pop":
                guard args.isEmpty else { break }
                let hp = b.bitcast(h, types.listStruct.pointer())
                let countPtr = b.structGEP(types.listStruct, hp, 1)
                let n = b.load(c.i64, countPtr)
                try raiseIf(b.icmp(.eq, n, c.constI64(0)), "IndexError", "pop from empty list")
                let last = b.sub(n, c.constI64(1))
                let v = try loadElement(try listItemPointer(h, last, e), e)
                b.store(last, countPtr)
                return (v, e)
            default: break
            }
            throw LoweringUnsupported("list.\(name)")
        default:
            throw LoweringUnsupported("\(rt).\(name)")
        }
    }
}
