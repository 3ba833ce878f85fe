// Cheaper bounds checks for indices that come straight from a range loop (`for j in
// range(start, stop, step): a[j] = ...`), without turning the checks off.
//
// Where the range's iterator is created, one test decides whether every value it will yield is a
// valid index of `a` (non-empty, and for a positive step `start >= 0 && last < len(a)`; for a
// negative one `last >= 0 && start < len(a)`); the result goes to a flag, and the check at each
// `a[j]` becomes `flag || j <u len(a)`. The flag is invariant in the loop, so LLVM's loop
// unswitching versions the loop: one copy without checks, one with (loop versioning).
//
// It is sound because the facts are checked on the IR: `j` is assigned only from this iterator
// (through copies of its `pair_first`), so whenever `a[j]` runs, `j` holds a value the most
// recently created iterator of this loop yielded — the flag was computed for exactly that
// iterator (an iterator that yields nothing clears it, since `j` then still holds an older
// value); and `a` is defined once, in a block that dominates the iterator's creation, so its
// length is the one the flag was computed with.

import UpdraftCompiler

/// A 1-d array indexed directly by a range loop's index.
struct RangeIndexedArray {
    let index: Variable
    let array: Variable
}

extension FunctionLowering {
    /// Finds `a[j]` / `a[j] = v` where `j` comes only from a range iterator (see above).
    func findRangeIndexedArrays() {
        let ir = typed.ir
        var definitions: [Variable: [(block: Int, index: Int, expr: IRExpr)]] = [:]
        for label in ir.labels {
            for (i, s) in ir.blocks[label]!.body.enumerated() {
                if case .assign(let v, let e, _) = s { definitions[v, default: []].append((label, i, e)) }
            }
        }
        func single(_ v: Variable) -> (block: Int, index: Int, expr: IRExpr)? {
            guard let d = definitions[v], d.count == 1 else { return nil }
            return d[0]
        }
        // Index uses of 1-d arrays: index variable → [(array, block)].
        var indexUses: [Variable: [Variable]] = [:]
        for label in ir.labels {
            for s in ir.blocks[label]!.body {
                switch s {
                case .assign(_, .getitem(let a, let i), _), .setitem(let a, let i, _, _):
                    if case .array(_, 1, _, _)? = typed.typemap[a] { indexUses[i, default: []].append(a) }
                default: break
                }
            }
        }
        guard !indexUses.isEmpty else { return }
        let cfg = ir.controlFlowGraph()
        // Copies of each variable (`x = y` with x defined only there).
        var copies: [Variable: [Variable]] = [:]
        for (v, ds) in definitions where ds.count == 1 {
            if case .variable(let src) = ds[0].expr { copies[src, default: []].append(v) }
        }
        for label in ir.labels {
            for (gi, s) in ir.blocks[label]!.body.enumerated() {
                guard case .assign(let it, .getiter(let r), _) = s, typed.typemap[r]?.unliteral == .rangeState,
                      typed.typemap[it] == .rangeIter else { continue }
                // The iterator and its copies (the `$phi` moves) → iternext → pair_first → copies.
                func closure(_ v: Variable) -> Set<Variable> {
                    var out: Set<Variable> = [], work = [v]
                    while let x = work.popLast() {
                        if out.insert(x).inserted { work.append(contentsOf: copies[x] ?? []) }
                    }
                    return out
                }
                let iterators = closure(it)
                var indices: [Variable] = []
                for (p, ds) in definitions where ds.count == 1 {
                    guard case .iternext(let src) = ds[0].expr, iterators.contains(src) else { continue }
                    for (f, fds) in definitions where fds.count == 1 {
                        guard case .pairFirst(let ps) = fds[0].expr, ps == p else { continue }
                        indices.append(contentsOf: closure(f))
                    }
                }
                for j in indices {
                    for a in indexUses[j] ?? [] {
                        guard let d = single(a) else { continue }
                        let dominates = d.block == label ? d.index < gi : cfg.dominates(d.block, label)
                        guard dominates else { continue }
                        rangeIndexed[it, default: []].append(RangeIndexedArray(index: j, array: a))
                    }
                }
            }
        }
    }

    /// The flag slot for `array[index]`, when the pair was found safe to version.
    func rangeSafeFlag(_ index: Variable, _ array: Variable) -> LLValue? {
        let key = RangeKey(index: index, array: array)
        if let s = rangeSafeSlots[key] { return s }
        guard rangeIndexed.values.contains(where: { $0.contains { $0.index == index && $0.array == array } }) else { return nil }
        let slot = entryAlloca(c.i1, name: "inrange")
        entryBuilder.store(c.constBool(false), slot)
        rangeSafeSlots[key] = slot
        return slot
    }

    /// After `it = getiter(range)`: sets the flags of the arrays its values index.
    func setRangeFlags(_ it: Variable) throws {
        guard let uses = rangeIndexed[it], !uses.isEmpty else { return }
        let st = c.structType([c.i64, c.i64, c.i64])
        let state = b.load(st, try load(it))
        let start = b.extractValue(state, 0), count = b.extractValue(state, 1), step = b.extractValue(state, 2)
        let zero = c.constI64(0)
        let last = b.add(start, b.mul(b.sub(count, c.constI64(1)), step))
        let up = b.icmp(.sgt, step, zero)
        let low = b.select(up, start, last), high = b.select(up, last, start)
        for u in uses {
            guard let slot = rangeSafeFlag(u.index, u.array) else { continue }
            let size = dim(try load(u.array), 0)
            let safe = b.and(b.icmp(.sgt, count, zero), b.and(b.icmp(.sge, low, zero), b.icmp(.slt, high, size)))
            b.store(safe, slot)
        }
    }
}

struct RangeKey: Hashable {
    let index: Variable
    let array: Variable
}
