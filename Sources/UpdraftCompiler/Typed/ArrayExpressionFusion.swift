// Stage 5, "rewrite typed IR": array-expression fusion (numba's RewriteArrayExprs). A chain of
// elementwise array operations — `a * x + y`, `np.sqrt(u * u + v * v)` — whose intermediate
// results are temporaries read once becomes one `arrayexpr` statement: the backend emits one
// loop and allocates one result instead of one array per operator.

import UpdraftRuntime
import UpdraftSyntax

public struct FuseArrayExpressions: CompilerPass {
    public let name = "fuse_array_expressions"
    public let description = "nopython rewrites"
    public init() {}

    /// numpy ufuncs that fuse (elementwise, one output).
    static let fusableUfuncs: Set<String> = [
        "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
        "sinh", "cosh", "tanh", "floor", "ceil", "abs", "absolute", "negative", "square", "exp2",
        "expm1", "log1p", "arctan2", "hypot", "minimum", "maximum", "power", "add", "subtract",
        "multiply", "divide", "true_divide",
    ]
    static let fusableOperators: Set<BinaryOperator> = [.add, .sub, .mul, .div, .floorDiv, .mod, .pow]

    public func run(_ state: CompilationState) throws {
        guard let typed = state.typed else { return }
        let ir = typed.ir
        func isArray(_ v: Variable) -> Bool {
            if case .array? = typed.typemap[v] { return true }
            return false
        }
        // How often each variable is read, anywhere.
        var reads: [Variable: Int] = [:]
        for block in ir.blocks.values {
            for s in block.body { for u in s.uses { reads[u, default: 0] += 1 } }
            for u in block.terminator.uses { reads[u, default: 0] += 1 }
        }
        var newCalltypes: [StatementID: CallSignature] = [:]
        var removedTemporaries = Set<Variable>()
        var fusedCount = 0

        for label in ir.labels {
            guard var block = ir.blocks[label] else { continue }
            // The elementwise operation each array-valued statement performs, by result variable.
            var trees: [Variable: (ArrayExpression, Int)] = [:]
            for (i, s) in block.body.enumerated() {
                guard case .assign(let v, let e, _) = s, isArray(v) else { continue }
                if let tree = elementwise(e, typed, StatementID(block: label, index: i)) { trees[v] = (tree, i) }
            }
            // Substitute single-use temporary operands into their consumers, innermost first.
            var absorbed = Set<Int>()
            func expand(_ tree: ArrayExpression) -> ArrayExpression {
                switch tree {
                case .input(let v):
                    if v.isTemporary, reads[v] == 1, let (sub, index) = trees[v] {
                        absorbed.insert(index)
                        return expand(sub)
                    }
                    return tree
                case .constant: return tree
                case .binary(let op, let a, let b): return .binary(op, expand(a), expand(b))
                case .unary(let op, let a): return .unary(op, expand(a))
                case .ufunc(let n, let args): return .ufunc(n, args.map(expand))
                }
            }
            var replaced: [Int: IRStatement] = [:]
            // Roots: array operations whose result is not itself absorbed; walk from the end so a
            // consumer claims its operands before they are considered as roots.
            for (i, s) in block.body.enumerated().reversed() where !absorbed.contains(i) {
                guard case .assign(let v, _, let loc) = s, let (tree, _) = trees[v] else { continue }
                let before = absorbed
                let full = expand(tree)
                if full.operationCount >= 2 {
                    replaced[i] = .assign(v, .arrayExpr(full), loc)
                    fusedCount += 1
                } else {
                    absorbed = before
                }
            }
            // Rebuild the block and renumber the calltypes of the statements that stay.
            var body: [IRStatement] = []
            for (i, s) in block.body.enumerated() {
                if absorbed.contains(i) {
                    if let d = s.definition { removedTemporaries.insert(d) }
                    continue
                }
                let newIndex = body.count
                if let r = replaced[i] {
                    body.append(r)
                } else {
                    body.append(s)
                    if let sig = typed.calltypes[StatementID(block: label, index: i)] {
                        newCalltypes[StatementID(block: label, index: newIndex)] = sig
                    }
                }
            }
            block.body = body
            ir.blocks[label] = block
        }
        guard fusedCount > 0 else { return }
        var typemap = typed.typemap
        for v in removedTemporaries { typemap[v] = nil }
        state.typed = TypedFunction(ir: ir, argTypes: typed.argTypes, typemap: typemap,
                                    returnType: typed.returnType, calltypes: newCalltypes)
    }

    /// The one elementwise operation a statement performs, with its operands as leaves.
    private func elementwise(_ e: IRExpr, _ typed: TypedFunction, _ id: StatementID) -> ArrayExpression? {
        switch e {
        case .binop(let op, let a, let b) where FuseArrayExpressions.fusableOperators.contains(op):
            return .binary(op, .input(a), .input(b))
        case .unary(let op, let a) where op == .minus || op == .plus:
            return .unary(op, .input(a))
        case .call(_, let args, let kws) where kws.isEmpty:
            guard case .function(let key)? = typed.calltypes[id]?.target, key.module == "numpy",
                  FuseArrayExpressions.fusableUfuncs.contains(key.name) else { return nil }
            return .ufunc(key.name, args.map { .input($0) })
        default:
            return nil
        }
    }
}
