// Removes temporaries nothing reads whose computation has no effect (constants, globals,
// attribute loads, copies) — left behind by fusion and constant folding, e.g. the `np.sqrt`
// attribute load once the call became part of an array expression.

public struct RemoveDeadCode: CompilerPass {
    public let name = "remove_dead_code"
    public let description = "dead code elimination"
    public init() {}

    private func isPure(_ e: IRExpr) -> Bool {
        switch e {
        case .const, .global, .freevar, .getattr, .variable, .buildTuple, .cast: return true
        default: return false
        }
    }

    public func run(_ state: CompilationState) throws {
        let ir = try state.requireIR()
        var removed: [Int: Set<Int>] = [:]  // block → removed statement indices (original numbering)
        var changed = true
        while changed {
            changed = false
            var reads: [Variable: Int] = [:]
            for (label, block) in ir.blocks {
                for (i, s) in block.body.enumerated() where !(removed[label]?.contains(i) ?? false) {
                    for u in s.uses { reads[u, default: 0] += 1 }
                }
                for u in block.terminator.uses { reads[u, default: 0] += 1 }
            }
            for (label, block) in ir.blocks {
                for (i, s) in block.body.enumerated() where !(removed[label]?.contains(i) ?? false) {
                    guard case .assign(let v, let e, _) = s, v.isTemporary, reads[v] == nil, isPure(e) else { continue }
                    removed[label, default: []].insert(i)
                    changed = true
                }
            }
        }
        guard !removed.isEmpty else { return }
        var calltypes: [StatementID: CallSignature] = [:]
        var typemap = state.typed?.typemap
        for (label, gone) in removed {
            guard var block = ir.blocks[label] else { continue }
            var body: [IRStatement] = []
            for (i, s) in block.body.enumerated() {
                if gone.contains(i) {
                    if let d = s.definition { typemap?[d] = nil }
                    continue
                }
                if let sig = state.typed?.calltypes[StatementID(block: label, index: i)] {
                    calltypes[StatementID(block: label, index: body.count)] = sig
                }
                body.append(s)
            }
            block.body = body
            ir.blocks[label] = block
        }
        guard let typed = state.typed, let map = typemap else { return }
        for (id, sig) in typed.calltypes where removed[id.block] == nil { calltypes[id] = sig }
        state.typed = TypedFunction(ir: ir, argTypes: typed.argTypes, typemap: map, returnType: typed.returnType,
                                    calltypes: calltypes)
    }
}
