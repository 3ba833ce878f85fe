// Iteration (`getiter`/`iternext` over ranges, arrays, lists and UniTuples: the iterator is a
// pointer to an entry-block alloca holding its state, which SROA turns into registers) and
// reflected lists (a `{ data, count, capacity }` header owned by Swift; appends grow it through
// `updraft_list_grow`).

import UpdraftCompiler

extension FunctionLowering {
    // MARK: Iterators

    func getiter(_ v: Variable, _ it: NumbaType) throws -> (LLValue, NumbaType) {
        let t = try type(of: v)
        switch t.unliteral {
        case .rangeIter, .arrayIter, .listIter, .tupleIter, .enumerate, .zip:
            return (try load(v), t)
        default:
            return (try makeIterator(try load(v), t.unliteral, it), it)
        }
    }

    /// A new iterator of type `it` over `value` (a range, array, list or UniTuple); iterators
    /// themselves are returned as they are.
    func makeIterator(_ value: LLValue, _ t: NumbaType, _ it: NumbaType) throws -> LLValue {
        switch (t.unliteral, it) {
        case (.rangeState, .rangeIter):
            // Iterate by a trip count, as numba does: the state is {current, remaining, step}, so
            // the loop condition is `remaining > 0` — a counted loop LLVM can unroll and vectorize
            // (comparing against `stop` with the step's sign in the loop measured 3x slower).
            let start = b.extractValue(value, 0), step = b.extractValue(value, 2)
            let count = try length(value, .rangeState)
            var st = c.undef(c.structType([c.i64, c.i64, c.i64]))
            st = b.insertValue(st, start, 0)
            st = b.insertValue(st, count, 1)
            st = b.insertValue(st, step, 2)
            let state = entryAlloca(c.structType([c.i64, c.i64, c.i64]), name: "range")
            b.store(st, state)
            return state
        case (.array, .arrayIter), (.list, .listIter), (.uniTuple, .tupleIter):
            let stateType = c.structType([c.i64, try types.llvm(t.unliteral)])
            let state = entryAlloca(stateType, name: "iter")
            var s = c.undef(stateType)
            s = b.insertValue(s, c.constI64(0), 0)
            s = b.insertValue(s, value, 1)
            b.store(s, state)
            return state
        case (.rangeIter, _), (.arrayIter, _), (.listIter, _), (.tupleIter, _), (.enumerate, _), (.zip, _):
            return value
        default:
            throw LoweringUnsupported("iterating over \(t)")
        }
    }

    /// The yielded type of an iterator (numba's rules, as typing has them).
    func yieldType(_ it: NumbaType) throws -> NumbaType {
        switch it {
        case .rangeIter: return .int64
        case .arrayIter(.array(let dt, let nd, let layout, let ro)):
            return nd == 1 ? dt : .array(dtype: dt, ndim: nd - 1, layout: layout == .C ? .C : .A, readonly: ro)
        case .listIter(.list(let e, _)): return e
        case .tupleIter(.uniTuple(let e, _)): return e
        case .enumerate(let inner): return .makeTuple([.int64, try yieldType(inner)])
        case .zip(let its): return .makeTuple(try its.map { try yieldType($0) })
        default: throw LoweringUnsupported("iterating with \(it)")
        }
    }

    /// `enumerate(x[, start])` and `zip(xs...)`: iterator states holding the inner iterators.
    func makeCombinedIterator(_ name: String, _ args: [Variable], _ r: NumbaType) throws -> (LLValue, NumbaType) {
        switch r {
        case .enumerate(let inner):
            let stateType = c.structType([c.i64, try types.llvm(inner)])
            let state = entryAlloca(stateType, name: "enumerate")
            let start = args.count > 1 ? try load(args[1], as: .int64) : c.constI64(0)
            let innerState = try makeIterator(try load(args[0]), try type(of: args[0]).unliteral, inner)
            b.store(start, b.structGEP(stateType, state, 0))
            b.store(innerState, b.structGEP(stateType, state, 1))
            return (state, r)
        case .zip(let its):
            guard its.count == args.count else { throw LoweringUnsupported("zip") }
            let stateType = c.structType(try its.map { try types.llvm($0) })
            let state = entryAlloca(stateType, name: "zip")
            for (i, (a, it)) in zip(args, its).enumerated() {
                b.store(try makeIterator(try load(a), try type(of: a).unliteral, it), b.structGEP(stateType, state, i))
            }
            return (state, r)
        default:
            throw LoweringUnsupported("\(name)() returning \(r)")
        }
    }

    func iternext(_ v: Variable, _ pairType: NumbaType) throws -> (LLValue, NumbaType) {
        let it = try type(of: v)
        guard case .pair(let yt, _) = pairType else { throw LoweringUnsupported("iternext result \(pairType)") }
        let (item, valid) = try nextItem(try load(v), it, yt)
        var pair = c.undef(try types.llvm(pairType))
        pair = b.insertValue(pair, item, 0)
        pair = b.insertValue(pair, valid, 1)
        return (pair, pairType)
    }

    /// Advances an iterator: its next item (of type `yt`; a zero value when exhausted) and whether
    /// there was one.
    func nextItem(_ state: LLValue, _ it: NumbaType, _ yt: NumbaType) throws -> (LLValue, LLValue) {
        switch it {
        case .rangeIter:
            let st = c.structType([c.i64, c.i64, c.i64])
            let s = b.load(st, state)
            let cur = b.extractValue(s, 0), remaining = b.extractValue(s, 1), step = b.extractValue(s, 2)
            let valid = b.icmp(.sgt, remaining, c.constI64(0))
            // Advance unconditionally: once `remaining` is 0 it only goes negative (still not
            // valid) and the wrapped `cur` is never yielded — a plain counted loop for LLVM.
            b.store(b.add(cur, step), b.structGEP(st, state, 0))
            b.store(b.sub(remaining, c.constI64(1)), b.structGEP(st, state, 1))
            return (try cast(cur, from: .int64, to: yt), valid)
        case .arrayIter(let at), .listIter(let at), .tupleIter(let at):
            let st = c.structType([c.i64, try types.llvm(at)])
            let idxPtr = b.structGEP(st, state, 0)
            let i = b.load(c.i64, idxPtr)
            let container = b.load(try types.llvm(at), b.structGEP(st, state, 1))
            let n = try length(container, at)
            let valid = b.icmp(.slt, i, n)
            let pre = b.insertBlock!
            let fetch = function.appendBlock("iter.fetch"), join = function.appendBlock("iter.join")
            b.condBr(valid, fetch, join)
            b.position(atEndOf: fetch)
            let item: LLValue
            switch at {
            case .array(let dt, let nd, _, _):
                if nd == 1 {
                    item = try loadElement(try elementPointer(container, at, [i]), dt)
                } else {
                    // A row: a view of the remaining axes.
                    let offset = b.mul(i, stride(container, 0))
                    item = makeArray(b.gep(c.i8, b.extractValue(container, 0), [offset]),
                                     (1..<nd).map { dim(container, $0) }, (1..<nd).map { stride(container, $0) },
                                     owner: b.extractValue(container, 3))
                }
            case .list(let e, _):
                item = try loadElement(try listItemPointer(container, i, e), e)
            case .uniTuple(let e, _):
                let tmp = entryAlloca(try types.llvm(at))
                b.store(container, tmp)
                item = b.load(try types.llvm(e), b.gep(try types.llvm(at), tmp, [c.constI64(0), i]))
            default:
                throw LoweringUnsupported("iterating over \(at)")
            }
            b.store(b.add(i, c.constI64(1)), idxPtr)
            let fetched = b.insertBlock!
            b.br(join)
            b.position(atEndOf: join)
            let y = b.phi(try types.llvm(yt))
            y.addIncoming([(c.constNull(try types.llvm(yt)), pre), (try cast(item, from: try yieldType(it), to: yt), fetched)])
            return (y, valid)
        case .enumerate(let inner):
            let stateType = c.structType([c.i64, try types.llvm(inner)])
            let countPtr = b.structGEP(stateType, state, 0)
            let count = b.load(c.i64, countPtr)
            let innerState = b.load(try types.llvm(inner), b.structGEP(stateType, state, 1))
            guard let els = yt.tupleElements, els.count == 2 else { throw LoweringUnsupported("enumerate yielding \(yt)") }
            let (y, valid) = try nextItem(innerState, inner, els[1])
            b.store(b.add(count, c.constI64(1)), countPtr)
            var tuple = c.undef(try types.llvm(yt))
            tuple = b.insertValue(tuple, try cast(count, from: .int64, to: els[0]), 0)
            tuple = b.insertValue(tuple, y, 1)
            return (tuple, valid)
        case .zip(let its):
            let stateType = c.structType(try its.map { try types.llvm($0) })
            guard let els = yt.tupleElements, els.count == its.count else { throw LoweringUnsupported("zip yielding \(yt)") }
            var tuple = c.undef(try types.llvm(yt))
            var valid = c.constBool(true)
            for (i, inner) in its.enumerated() {
                let innerState = b.load(try types.llvm(inner), b.structGEP(stateType, state, i))
                let (y, ok) = try nextItem(innerState, inner, els[i])
                tuple = b.insertValue(tuple, y, i)
                valid = b.and(valid, ok)
            }
            return (tuple, valid)
        default:
            throw LoweringUnsupported("iterating with \(it)")
        }
    }

    // MARK: Lists

    func listHeader(_ h: LLValue) -> LLValue { b.bitcast(h, types.listStruct.pointer()) }

    func listCount(_ h: LLValue) -> LLValue {
        b.load(c.i64, b.structGEP(types.listStruct, listHeader(h), 1))
    }

    func listItemPointer(_ h: LLValue, _ i: LLValue, _ e: NumbaType) throws -> LLValue {
        let mem = try types.memory(e)
        let data = b.load(c.bytePointer, b.structGEP(types.listStruct, listHeader(h), 0))
        return b.gep(mem, b.bitcast(data, mem.pointer()), [i])
    }

    /// A list index: negative counts from the end; out of range raises IndexError(message).
    func listIndex(_ h: LLValue, _ part: (LLValue, NumbaType), _ message: String) throws -> LLValue {
        let n = listCount(h)
        let i = try cast(part.0, from: part.1, to: .int64)
        let idx = b.select(b.icmp(.slt, i, c.constI64(0)), b.add(i, n), i)
        try raiseIf(b.icmp(.uge, idx, n), "IndexError", message)
        return idx
    }

    func listAppend(_ h: LLValue, _ v: LLValue, _ e: NumbaType) throws {
        let hp = listHeader(h)
        let countPtr = b.structGEP(types.listStruct, hp, 1)
        let n = b.load(c.i64, countPtr)
        let cap = b.load(c.i64, b.structGEP(types.listStruct, hp, 2))
        let grow = function.appendBlock("list.grow"), ok = function.appendBlock("list.store")
        b.condBr(b.icmp(.sge, n, cap), grow, ok)
        b.position(atEndOf: grow)
        let f = try helper("updraft_list_grow", c.void, [c.bytePointer, c.i64])
        b.call(f, [b.bitcast(h, c.bytePointer), c.constI64(Int64(types.itemsize(e)))])
        b.br(ok)
        b.position(atEndOf: ok)
        try storeElement(v, try listItemPointer(h, n, e), e)
        b.store(b.add(n, c.constI64(1)), countPtr)
    }

    func buildList(_ items: [Variable], _ t: NumbaType) throws -> (LLValue, NumbaType) {
        guard case .list(let e, _) = t, e.isNumber else { throw LoweringUnsupported("lists of \(t)") }
        let f = try helper("updraft_list_new", c.bytePointer, [c.i64, c.i64])
        let raw = b.call(f, [c.constI64(Int64(types.itemsize(e))), c.constI64(Int64(items.count))])
        let h = b.bitcast(raw, types.listStruct.pointer())
        for item in items { try listAppend(h, try load(item, as: e), e) }
        return (h, t)
    }
}
