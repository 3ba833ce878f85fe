// Parfor analysis (`parallel=True`): which loops may run their iterations on several threads.
// A `prange` loop becomes a parfor; variables it updates with `+= -= *= /=` or
// `v = min(v, ...)` / `max` and reads after the loop are reductions, computed per thread and
// combined at the end. Array expressions become parfors in the typed stage (they need types).

import UpdraftRuntime
import UpdraftSyntax

public struct Reduction: Equatable {
    public var variable: String
    /// `+=`, `-=`, `*=`, `/=`, `min`, `max`.
    public var op: String
}

public struct Parfor {
    public enum Kind: Equatable {
        case prangeLoop
        /// A fused array expression, with its operator tree as text (`a * x + y`).
        case arrayExpression(String)
    }
    public var id: Int
    public var kind: Kind
    public var line: Int
    /// The loop's header block (prange loops) or the statement's block (array expressions).
    public var header: Int
    public var body: Set<Int>
    public var indexVariable: String?
    public var reductions: [Reduction]
    /// Loops nested in this one that stay serial inside each parallel iteration.
    public var innerLoops: [Int]
}

public struct FindParfors: CompilerPass {
    public let name = "parfor_pass"
    public let description = "convert to parfors"
    public init() {}

    public func run(_ state: CompilationState) throws {
        guard state.parallel else { return }
        let ir = try state.requireIR()
        let cfg = ir.controlFlowGraph()
        // The definition of every variable assigned exactly once.
        var definitions: [Variable: IRExpr] = [:]
        var counts: [Variable: Int] = [:]
        for block in ir.blocks.values {
            for s in block.body {
                if case .assign(let v, let e, _) = s { definitions[v] = e; counts[v, default: 0] += 1 }
            }
        }
        func single(_ v: Variable) -> IRExpr? { counts[v] == 1 ? definitions[v] : nil }
        let liveness = Liveness(ir)

        var found: [Parfor] = []
        for (header, loop) in cfg.loops.sorted(by: { $0.key < $1.key }) {
            // The header is `iternext($phi)`; the phi holds `getiter(call prange(...))`.
            guard let headerBlock = ir.blocks[header],
                  case .assign(_, .iternext(let iterState), let loc)? = headerBlock.body.first,
                  let iterator = iteratorOrigin(iterState, definitions, counts),
                  case .getiter(let iterated)? = single(iterator),
                  case .call(let fn, _, _)? = single(iterated),
                  case .global(let fname)? = single(fn), isPrange(fname, state)
            else { continue }
            let reductions = findReductions(loop, ir, liveness, cfg)
            let inner = cfg.loops.keys.filter { $0 != header && loop.body.contains($0) }.sorted()
            found.append(Parfor(id: found.count, kind: .prangeLoop, line: loc.line, header: header, body: loop.body,
                                indexVariable: loopIndexName(loop, header, ir), reductions: reductions, innerLoops: inner))
        }
        // Fused array expressions run as parallel loops too.
        for label in ir.labels {
            guard let block = ir.blocks[label] else { continue }
            for s in block.body {
                guard case .assign(_, .arrayExpr(let tree), let loc) = s else { continue }
                found.append(Parfor(id: found.count, kind: .arrayExpression(tree.description), line: loc.line,
                                    header: label, body: [label], indexVariable: nil, reductions: [], innerLoops: []))
            }
        }
        state.parfors = found
    }

    // Helpers kept separate so the guard above stays readable.
    private func iteratorOrigin(_ phi: Variable, _ defs: [Variable: IRExpr], _ counts: [Variable: Int]) -> Variable? {
        guard counts[phi] == 1, case .variable(let v)? = defs[phi] else { return nil }
        return v
    }
    /// The global is numba's `prange` (under whatever name the script imported it).
    private func isPrange(_ name: String, _ state: CompilationState) -> Bool {
        if case .object(let o)? = state.resolveGlobal(name), let f = o as? PyBuiltinFunction {
            return f.name == "prange"
        }
        return name == "prange"
    }

    /// The user variable the loop assigns its iteration value to (`i` in `for i in prange(n)`).
    private func loopIndexName(_ loop: Loop, _ header: Int, _ ir: FunctionIR) -> String? {
        guard case .branch(_, let bodyLabel, _, _)? = ir.blocks[header]?.terminator,
              let first = ir.blocks[bodyLabel]?.body.first, case .assign(let v, .variable, _) = first,
              !v.isTemporary else { return nil }
        return v.name
    }

    /// Variables defined before the loop, updated inside it by a reduction operator, and read
    /// after it.
    private func findReductions(_ loop: Loop, _ ir: FunctionIR, _ live: Liveness, _ cfg: ControlFlowGraph) -> [Reduction] {
        var liveAfter = Set<Variable>()
        for exit in loop.exits { liveAfter.formUnion(live.liveIn[exit] ?? []) }
        let liveAtHeader = live.liveIn[loop.header] ?? []
        // Which temporaries hold `min(...)`/`max(...)` calls, and which hold `global(min)`.
        var globals: [Variable: String] = [:]
        var calls: [Variable: (String, [Variable])] = [:]
        var found: [String: String] = [:]
        for label in loop.body.sorted() {
            guard let block = ir.blocks[label] else { continue }
            for s in block.body {
                guard case .assign(let v, let e, _) = s else { continue }
                switch e {
                case .global(let n): globals[v] = n
                case .call(let f, let args, _):
                    guard let n = globals[f] else { break }
                    calls[v] = (n, args)
                    // `m = min(m, x)` stored straight into m.
                    if (n == "min" || n == "max"), args.contains(v), liveAtHeader.contains(v), liveAfter.contains(v) {
                        found[v.name] = n
                    }
                case .inplaceBinop(let op, let lhs, _):
                    if [.add, .sub, .mul, .div].contains(op), liveAtHeader.contains(lhs), liveAfter.contains(lhs) {
                        found[lhs.name] = op.rawValue + "="
                    }
                case .variable(let src):
                    if liveAtHeader.contains(v), liveAfter.contains(v) {
                        if let (n, args) = calls[src], n == "min" || n == "max", args.contains(v) {
                            found[v.name] = n
                        }
                    }
                default: break
                }
            }
        }
        // `s += x` lowers to `$t = inplace_binop(s, x); s = $t`: report the user variable.
        var result: [Reduction] = []
        for (name, op) in found.sorted(by: { $0.key < $1.key }) where !name.hasPrefix("$") {
            result.append(Reduction(variable: name, op: op))
        }
        return result
    }
}
