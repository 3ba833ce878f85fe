// Rewrites of the untyped IR (numba's "rewrite_semantic_constants", "dead_branch_prune" and
// generic rewrites): they make later typing simpler and the generated code faster.

import UpdraftArray
import UpdraftRuntime

/// Module-level constants are frozen into the function when it compiles, as numba does:
/// `global(N)` holding an int, float, bool or str becomes a `const`, and `np.pi` / `math.e`
/// style attributes of modules become constants too.
public struct FreezeGlobals: CompilerPass {
    public let name = "freeze_globals"
    public let description = "rewrite semantic constants"
    public init() {}

    public func run(_ state: CompilationState) throws {
        let ir = try state.requireIR()
        // Which variables hold a module (so `getattr(module, name)` can be folded).
        var modules: [Variable: PyModule] = [:]
        for label in ir.labels {
            guard var block = ir.blocks[label] else { continue }
            for (i, s) in block.body.enumerated() {
                guard case .assign(let target, let e, let loc) = s else { continue }
                switch e {
                case .global(let name):
                    guard let v = state.resolveGlobal(name) else { continue }
                    if let c = constant(v) {
                        block.body[i] = .assign(target, .const(c), loc)
                    } else if case .object(let o) = v, let m = o as? PyModule {
                        modules[target] = m
                    }
                case .freevar(let name):
                    if let v = state.source.freeVariables[name], let c = constant(v) {
                        block.body[i] = .assign(target, .const(c), loc)
                    }
                case .getattr(let base, let attr):
                    if let m = modules[base], let v = m.globals.get(attr), let c = constant(v) {
                        block.body[i] = .assign(target, .const(c), loc)
                    }
                default: break
                }
            }
            ir.blocks[label] = block
        }
    }

    private func constant(_ v: Value) -> IRConstant? {
        switch v {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        case .none: return IRConstant.none
        case .object(let o):
            if let s = o as? PyStr { return .string(s.value) }
            return nil
        }
    }
}

/// `if CONST:` where the condition is a constant (a literal, or a frozen global): the branch
/// becomes a jump, and blocks no longer reached are removed.
public struct PruneDeadBranches: CompilerPass {
    public let name = "dead_branch_prune"
    public let description = "dead branch pruning"
    public init() {}

    public func run(_ state: CompilationState) throws {
        let ir = try state.requireIR()
        // Constants assigned exactly once, including comparisons and arithmetic of constants
        // (`if SCALE > 3:` after SCALE was frozen), folded with Python's own semantics.
        var assignments: [Variable: Int] = [:]
        for block in ir.blocks.values {
            for s in block.body { if let v = s.definition { assignments[v, default: 0] += 1 } }
        }
        var constants: [Variable: IRConstant] = [:]
        var changedConstants = true
        while changedConstants {
            changedConstants = false
            for block in ir.blocks.values {
                for s in block.body {
                    guard case .assign(let v, let e, _) = s, assignments[v] == 1, constants[v] == nil,
                          let c = fold(e, constants) else { continue }
                    constants[v] = c
                    changedConstants = true
                }
            }
        }
        var changed = false
        for label in ir.labels {
            guard var block = ir.blocks[label],
                  case .branch(let cond, let a, let b, let loc) = block.terminator,
                  let c = constants[cond], let truth = truthiness(c) else { continue }
            block.terminator = .jump(truth ? a : b, loc)
            ir.blocks[label] = block
            changed = true
        }
        if changed {
            let cfg = ir.controlFlowGraph()
            for dead in cfg.deadNodes { ir.blocks[dead] = nil }
            mergeStraightLines(ir)
        }
    }

    /// Joins a block to the one it jumps to when it is that block's only predecessor (numba's
    /// CFG simplification after pruning), so a pruned `if` leaves one straight-line block.
    private func mergeStraightLines(_ ir: FunctionIR) {
        var merged = true
        while merged {
            merged = false
            var predecessors: [Int: Int] = [:]
            for block in ir.blocks.values { for s in block.terminator.successors { predecessors[s, default: 0] += 1 } }
            for label in ir.labels {
                guard var block = ir.blocks[label], case .jump(let next, _) = block.terminator, next != ir.entry,
                      next != label, predecessors[next] == 1, let successor = ir.blocks[next] else { continue }
                block.body += successor.body
                block.terminator = successor.terminator
                ir.blocks[label] = block
                ir.blocks[next] = nil
                merged = true
                break
            }
        }
    }

    /// The constant value of an expression over known constants, or nil.
    private func fold(_ e: IRExpr, _ known: [Variable: IRConstant]) -> IRConstant? {
        func value(_ c: IRConstant) -> Value? {
            switch c {
            case .none: return Value.none
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .string(let s): return .str(s)
            case .ellipsis: return nil
            }
        }
        func constant(_ v: Value) -> IRConstant? {
            switch v {
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .none: return IRConstant.none
            case .object(let o): return (o as? PyStr).map { .string($0.value) }
            }
        }
        switch e {
        case .const(let c): return c
        case .variable(let v): return known[v]
        case .compare(let op, let a, let b):
            guard op != .is && op != .isNot, let x = known[a].flatMap(value), let y = known[b].flatMap(value),
                  let r = try? compare(op, x, y) else { return nil }
            return constant(r)
        case .binop(let op, let a, let b):
            guard let x = known[a].flatMap(value), let y = known[b].flatMap(value),
                  let r = try? binaryOp(op, x, y) else { return nil }
            return constant(r)
        case .unary(.not, let a):
            guard let x = known[a].flatMap(value), let t = try? isTruthy(x) else { return nil }
            return .bool(!t)
        default: return nil
        }
    }

    private func truthiness(_ c: IRConstant) -> Bool? {
        switch c {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .ellipsis: return true
        }
    }
}

/// `x ** 2` and `x ** 3` with a literal exponent become multiplications (numba's
/// `RewriteArrayExprs` does this for arrays; for scalars LLVM would call `pow`).
public struct RewritePowers: CompilerPass {
    public let name = "rewrite_powers"
    public let description = "generic rewrites"
    public init() {}

    public func run(_ state: CompilationState) throws {
        let ir = try state.requireIR()
        var smallInts: [Variable: Int] = [:]
        var counts: [Variable: Int] = [:]
        for block in ir.blocks.values {
            for s in block.body {
                guard case .assign(let v, let e, _) = s else { continue }
                counts[v, default: 0] += 1
                if case .const(.int(let i)) = e, i == 2 || i == 3 { smallInts[v] = i }
            }
        }
        for label in ir.labels {
            guard var block = ir.blocks[label] else { continue }
            var body: [IRStatement] = []
            for s in block.body {
                if case .assign(let target, .binop(.pow, let base, let exp), let loc) = s,
                   counts[exp] == 1, let n = smallInts[exp] {
                    if n == 2 {
                        body.append(.assign(target, .binop(.mul, base, base), loc))
                    } else {
                        let square = Variable(target.name + ".sq")
                        body.append(.assign(square, .binop(.mul, base, base), loc))
                        body.append(.assign(target, .binop(.mul, square, base), loc))
                    }
                    continue
                }
                body.append(s)
            }
            block.body = body
            ir.blocks[label] = block
        }
    }
}
