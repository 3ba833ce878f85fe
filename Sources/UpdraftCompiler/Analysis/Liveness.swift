// Which variables are live at the start and end of each block (backward dataflow to a fixed
// point). The backend uses it to free temporaries early and OSR uses it to know which values
// must be carried into compiled code at a loop header.

public struct Liveness {
    public private(set) var liveIn: [Int: Set<Variable>] = [:]
    public private(set) var liveOut: [Int: Set<Variable>] = [:]

    public init(_ ir: FunctionIR) {
        var uses: [Int: Set<Variable>] = [:], defs: [Int: Set<Variable>] = [:]
        for (label, block) in ir.blocks {
            var used = Set<Variable>(), defined = Set<Variable>()
            for s in block.body {
                for u in s.uses where !defined.contains(u) { used.insert(u) }
                if let d = s.definition { defined.insert(d) }
            }
            for u in block.terminator.uses where !defined.contains(u) { used.insert(u) }
            uses[label] = used
            defs[label] = defined
        }
        for label in ir.blocks.keys { liveIn[label] = []; liveOut[label] = [] }
        // Iterate in reverse label order (roughly reverse program order) until nothing changes.
        let order = ir.labels.reversed()
        var changed = true
        while changed {
            changed = false
            for label in order {
                guard let block = ir.blocks[label] else { continue }
                var out = Set<Variable>()
                for s in block.terminator.successors { out.formUnion(liveIn[s] ?? []) }
                let inSet = (uses[label] ?? []).union(out.subtracting(defs[label] ?? []))
                if out != liveOut[label] || inSet != liveIn[label] {
                    liveOut[label] = out
                    liveIn[label] = inSet
                    changed = true
                }
            }
        }
    }
}
