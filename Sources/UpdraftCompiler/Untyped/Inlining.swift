// IR-level inlining (numba's "inline_closure_likely" and "inline_inlinables"): calls to
// closures and lambdas defined in the function, and to jitted functions declared with
// `inline='always'`, are replaced by the callee's blocks. The callee's variables are renamed
// (`x` → `x.inl1`) and its returns become jumps to the rest of the caller's block, so the
// inlined body is visible in the IR dump and typed together with its caller.

import UpdraftRuntime
import UpdraftSyntax

/// A callee the compiler may inline into its caller (`@njit(inline='always')`).
public protocol InlinableCallee: AnyObject {
    var inlineAlways: Bool { get }
    var inlineSource: FunctionSource? { get }
    var inlineQualname: String { get }
}

public struct InlineCalls: CompilerPass {
    public let name = "inline_inlinables"
    public let description = "inline closures and inline='always' functions"
    /// Inlining inside inlined code stops at this depth (recursion is never inlined).
    static let maxRounds = 8
    public init() {}

    public func run(_ state: CompilationState) throws {
        let ir = try state.requireIR()
        var counter = 0
        for _ in 0..<InlineCalls.maxRounds {
            guard let site = try findSite(ir, state) else { return }
            counter += 1
            try inline(site, into: ir, suffix: ".inl\(counter)")
        }
    }

    struct Site {
        let label: Int
        let index: Int
        let result: Variable
        let args: [Variable]
        let callee: FunctionIR
        let captured: [Variable]
    }

    /// The first call in the function that can be inlined.
    private func findSite(_ ir: FunctionIR, _ state: CompilationState) throws -> Site? {
        // What each variable holds, when it is a function we can see into.
        var closures: [Variable: (FunctionIR, [Variable])] = [:]
        var inlinables: [Variable: InlinableCallee] = [:]
        var assignCount: [Variable: Int] = [:]
        for block in ir.blocks.values {
            for s in block.body {
                guard case .assign(let v, let e, _) = s else { continue }
                assignCount[v, default: 0] += 1
                switch e {
                case .makeFunction(_, let code, let captured): closures[v] = (code, captured)
                case .global(let n):
                    if case .object(let o)? = state.resolveGlobal(n), let c = o as? InlinableCallee, c.inlineAlways {
                        inlinables[v] = c
                    }
                default: break
                }
            }
        }
        for label in ir.labels {
            guard let block = ir.blocks[label] else { continue }
            for (i, s) in block.body.enumerated() {
                guard case .assign(let r, .call(let f, let args, let kws), _) = s, kws.isEmpty,
                      assignCount[f] == 1 else { continue }
                if let (code, captured) = closures[f], code.argumentNames.count == args.count {
                    return Site(label: label, index: i, result: r, args: args, callee: code, captured: captured)
                }
                if let c = inlinables[f], let src = c.inlineSource, c.inlineQualname != state.qualname {
                    let code = try IRBuilder(function: src.definition, filename: src.filename, qualname: c.inlineQualname,
                                             location: src.location).build()
                    guard code.argumentNames.count == args.count else { continue }
                    return Site(label: label, index: i, result: r, args: args, callee: code, captured: [])
                }
            }
        }
        return nil
    }

    private func inline(_ site: Site, into ir: FunctionIR, suffix: String) throws {
        guard var caller = ir.blocks[site.label] else { return }
        let base = ((ir.labels.last ?? 0) / 1000 + 1) * 1000
        let continuation = base + 999
        let capturedNames = Set(site.captured.map(\.name))
        func rename(_ v: Variable) -> Variable { Variable(v.name + suffix) }
        func relabel(_ l: Int) -> Int { base + l }

        // The caller's block stops at the call and jumps into the callee.
        let after = Array(caller.body[(site.index + 1)...])
        let callTerminatorLoc = caller.body[site.index].location
        caller.body.removeSubrange(site.index...)
        let callerTerminator = caller.terminator
        caller.terminator = .jump(relabel(site.callee.entry), callTerminatorLoc)
        ir.blocks[site.label] = caller
        ir.blocks[continuation] = IRBlock(label: continuation, body: after, terminator: callerTerminator)

        for (label, block) in site.callee.blocks {
            var body: [IRStatement] = []
            for s in block.body { body.append(renameStatement(s, rename, site, capturedNames)) }
            let term: IRTerminator
            switch block.terminator {
            case .jump(let t, let l): term = .jump(relabel(t), l)
            case .branch(let c, let a, let b, let l): term = .branch(condition: rename(c), then: relabel(a), else: relabel(b), l)
            case .ret(let v, let l):
                body.append(.assign(site.result, .variable(rename(v)), l))
                term = .jump(continuation, l)
            case .raise(let v, let l): term = .raise(v.map(rename), l)
            }
            ir.blocks[relabel(label)] = IRBlock(label: relabel(label), body: body, terminator: term)
        }
    }

    private func renameStatement(_ s: IRStatement, _ rename: (Variable) -> Variable, _ site: Site,
                                 _ captured: Set<String>) -> IRStatement {
        switch s {
        case .assign(let v, let e, let l):
            switch e {
            case .arg(let i, _): return .assign(rename(v), .variable(site.args[i]), l)
            case .freevar(let n) where captured.contains(n): return .assign(rename(v), .variable(Variable(n)), l)
            default: return .assign(rename(v), renameExpr(e, rename), l)
            }
        case .setitem(let t, let i, let v, let l): return .setitem(target: rename(t), index: rename(i), value: rename(v), l)
        case .staticSetitem(let t, let c, let i, let v, let l):
            return .staticSetitem(target: rename(t), index: c, indexVariable: rename(i), value: rename(v), l)
        case .setattr(let t, let a, let v, let l): return .setattr(target: rename(t), attr: a, value: rename(v), l)
        case .del(let v): return .del(rename(v))
        }
    }

    private func renameExpr(_ e: IRExpr, _ r: (Variable) -> Variable) -> IRExpr {
        switch e {
        case .arg, .const, .global, .freevar: return e
        case .binop(let op, let a, let b): return .binop(op, r(a), r(b))
        case .inplaceBinop(let op, let a, let b): return .inplaceBinop(op, r(a), r(b))
        case .unary(let op, let a): return .unary(op, r(a))
        case .compare(let op, let a, let b): return .compare(op, r(a), r(b))
        case .call(let f, let args, let kws): return .call(function: r(f), args: args.map(r), keywords: kws.map { ($0.0, r($0.1)) })
        case .getattr(let a, let attr): return .getattr(r(a), attr: attr)
        case .getitem(let a, let i): return .getitem(r(a), index: r(i))
        case .staticGetitem(let a, let c, let iv): return .staticGetitem(r(a), index: c, indexVariable: iv.map(r))
        case .buildTuple(let vs): return .buildTuple(vs.map(r))
        case .buildList(let vs): return .buildList(vs.map(r))
        case .buildSlice(let vs): return .buildSlice(vs.map(r))
        case .buildMap(let items): return .buildMap(items.map { (r($0.0), r($0.1)) })
        case .getiter(let a): return .getiter(r(a))
        case .iternext(let a): return .iternext(r(a))
        case .pairFirst(let a): return .pairFirst(r(a))
        case .pairSecond(let a): return .pairSecond(r(a))
        case .exhaustIter(let a, let n): return .exhaustIter(r(a), count: n)
        case .cast(let a): return .cast(r(a))
        case .variable(let a): return .variable(r(a))
        case .makeFunction(let n, let code, let captured): return .makeFunction(name: n, code: code, captured: captured.map(r))
        case .arrayExpr(let tree): return .arrayExpr(tree.renamed(r))
        }
    }
}
