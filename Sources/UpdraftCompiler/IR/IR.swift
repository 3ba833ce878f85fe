// numba-style IR: a function is a set of labelled basic blocks of three-address statements.
// Variables may be assigned in several blocks (numba's IR is not SSA); where control flow
// merges, the frontend assigns the merged value to a `$phiN` variable in each predecessor,
// as numba's bytecode interpreter does — that is the "phi or its equivalent".

import UpdraftRuntime
import UpdraftSyntax

/// A variable: a user name (`x`) or a temporary (`$binop_add12.3`).
public struct Variable: Hashable, Comparable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var isTemporary: Bool { name.hasPrefix("$") }
    public var description: String { name }
    public static func < (a: Variable, b: Variable) -> Bool { a.name < b.name }
}

/// A literal in the IR.
public enum IRConstant: Equatable, CustomStringConvertible {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case ellipsis

    public var description: String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pythonFloatText(d)
        case .string(let s): return "'" + s + "'"
        case .ellipsis: return "Ellipsis"
        }
    }
}

func pythonFloatText(_ d: Double) -> String { pyFloatRepr(d) }

/// The right-hand side of an assignment.
public indirect enum IRExpr {
    case arg(index: Int, name: String)
    case const(IRConstant)
    /// A module-level name, resolved when the function is compiled (frozen by a rewrite).
    case global(name: String)
    /// A name from an enclosing function's scope.
    case freevar(name: String)
    case binop(BinaryOperator, Variable, Variable)
    case inplaceBinop(BinaryOperator, Variable, Variable)
    case unary(UnaryOperator, Variable)
    case compare(CompareOperator, Variable, Variable)
    case call(function: Variable, args: [Variable], keywords: [(String, Variable)])
    case getattr(Variable, attr: String)
    case getitem(Variable, index: Variable)
    /// An index known at compile time (`a[0]`, `t[1]`, `a[:, 0]` when constant).
    case staticGetitem(Variable, index: IRConstant, indexVariable: Variable?)
    case buildTuple([Variable])
    case buildList([Variable])
    case buildSlice([Variable])
    case getiter(Variable)
    case iternext(Variable)
    case pairFirst(Variable)
    case pairSecond(Variable)
    /// Unpacking a sequence of known length (`a, b = t`).
    case exhaustIter(Variable, count: Int)
    /// Return values pass through `cast` so the return type is unified in one place.
    case cast(Variable)
    /// A plain copy (`x = y`, and the `$phi` moves).
    case variable(Variable)
    /// A function defined inside this one (closure or lambda): its IR and captured variables.
    case makeFunction(name: String, code: FunctionIR, captured: [Variable])
    /// Elementwise operations over arrays fused into one loop with one result allocation
    /// (made by the typed rewrite `FuseArrayExpressions`).
    case arrayExpr(ArrayExpression)
    /// A dict display (`{}`, `{k: v}`): key and value variables in order.
    case buildMap([(Variable, Variable)])

    /// Variables read by this expression.
    public var uses: [Variable] {
        switch self {
        case .arg, .const, .global, .freevar: return []
        case .binop(_, let a, let b), .inplaceBinop(_, let a, let b), .compare(_, let a, let b): return [a, b]
        case .unary(_, let a), .getattr(let a, _), .getiter(let a), .iternext(let a), .pairFirst(let a),
             .pairSecond(let a), .exhaustIter(let a, _), .cast(let a), .variable(let a):
            return [a]
        case .call(let f, let args, let kws): return [f] + args + kws.map(\.1)
        case .getitem(let a, let i): return [a, i]
        case .staticGetitem(let a, _, let iv): return [a] + (iv.map { [$0] } ?? [])
        case .buildTuple(let vs), .buildList(let vs), .buildSlice(let vs): return vs
        case .makeFunction(_, _, let captured): return captured
        case .arrayExpr(let tree): return tree.inputs
        case .buildMap(let items): return items.flatMap { [$0.0, $0.1] }
        }
    }
}

/// One statement of a block.
public enum IRStatement {
    case assign(Variable, IRExpr, SourceLocation)
    case setitem(target: Variable, index: Variable, value: Variable, SourceLocation)
    case staticSetitem(target: Variable, index: IRConstant, indexVariable: Variable, value: Variable, SourceLocation)
    case setattr(target: Variable, attr: String, value: Variable, SourceLocation)
    /// Marks the end of a variable's live range (numba's `del`), inserted after liveness.
    case del(Variable)

    public var location: SourceLocation {
        switch self {
        case .assign(_, _, let l), .setitem(_, _, _, let l), .staticSetitem(_, _, _, _, let l),
             .setattr(_, _, _, let l):
            return l
        case .del: return .unknown
        }
    }

    public var uses: [Variable] {
        switch self {
        case .assign(_, let e, _): return e.uses
        case .setitem(let t, let i, let v, _): return [t, i, v]
        case .staticSetitem(let t, _, let iv, let v, _): return [t, iv, v]
        case .setattr(let t, _, let v, _): return [t, v]
        case .del: return []
        }
    }

    public var definition: Variable? {
        if case .assign(let v, _, _) = self { return v }
        return nil
    }
}

/// How a block ends.
public enum IRTerminator {
    case jump(Int, SourceLocation)
    case branch(condition: Variable, then: Int, else: Int, SourceLocation)
    case ret(Variable, SourceLocation)
    /// `raise exc` (nil for a bare re-raise, which compiled code cannot do).
    case raise(Variable?, SourceLocation)

    public var successors: [Int] {
        switch self {
        case .jump(let t, _): return [t]
        case .branch(_, let a, let b, _): return a == b ? [a] : [a, b]
        case .ret, .raise: return []
        }
    }

    public var uses: [Variable] {
        switch self {
        case .jump: return []
        case .branch(let c, _, _, _): return [c]
        case .ret(let v, _): return [v]
        case .raise(let v, _): return v.map { [$0] } ?? []
        }
    }

    public var location: SourceLocation {
        switch self {
        case .jump(_, let l), .branch(_, _, _, let l), .ret(_, let l), .raise(_, let l): return l
        }
    }
}

public struct IRBlock {
    public let label: Int
    public var body: [IRStatement]
    public var terminator: IRTerminator
}

/// A function lowered to IR.
public final class FunctionIR {
    public let name: String
    public let qualname: String
    public let filename: String
    public let argumentNames: [String]
    public let location: SourceLocation
    /// Blocks by label; `entry` is the first.
    public var blocks: [Int: IRBlock]
    public let entry: Int
    /// Names read from the enclosing function's scope.
    public var freeVariables: [String]

    public init(name: String, qualname: String, filename: String, argumentNames: [String],
                location: SourceLocation, blocks: [Int: IRBlock], entry: Int, freeVariables: [String]) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.argumentNames = argumentNames
        self.location = location
        self.blocks = blocks
        self.entry = entry
        self.freeVariables = freeVariables
    }

    public var labels: [Int] { blocks.keys.sorted() }

    /// The control-flow graph of the blocks, with its analyses run.
    public func controlFlowGraph() -> ControlFlowGraph {
        var g = ControlFlowGraph(entry: entry)
        for (label, block) in blocks {
            g.addNode(label)
            for s in block.terminator.successors { g.addEdge(label, s) }
        }
        g.process()
        return g
    }
}

/// The operator tree of a fused array expression; leaves are variables (arrays or scalars that
/// broadcast) and constants.
public indirect enum ArrayExpression: CustomStringConvertible {
    case input(Variable)
    case constant(IRConstant)
    case binary(BinaryOperator, ArrayExpression, ArrayExpression)
    case unary(UnaryOperator, ArrayExpression)
    /// A numpy ufunc applied elementwise (`np.sqrt(x)`).
    case ufunc(String, [ArrayExpression])

    /// The variables read, in first-use order, without repeats.
    public var inputs: [Variable] {
        var seen = Set<Variable>(), out: [Variable] = []
        func walk(_ e: ArrayExpression) {
            switch e {
            case .input(let v): if seen.insert(v).inserted { out.append(v) }
            case .constant: break
            case .binary(_, let a, let b): walk(a); walk(b)
            case .unary(_, let a): walk(a)
            case .ufunc(_, let args): args.forEach(walk)
            }
        }
        walk(self)
        return out
    }

    /// How many operations the tree performs.
    public var operationCount: Int {
        switch self {
        case .input, .constant: return 0
        case .binary(_, let a, let b): return 1 + a.operationCount + b.operationCount
        case .unary(_, let a): return 1 + a.operationCount
        case .ufunc(_, let args): return 1 + args.reduce(0) { $0 + $1.operationCount }
        }
    }

    public var description: String {
        switch self {
        case .input(let v): return v.name
        case .constant(let c): return c.description
        case .binary(let op, let a, let b): return "(\(a) \(op.rawValue) \(b))"
        case .unary(let op, let a): return "(\(op == .minus ? "-" : op == .plus ? "+" : "~")\(a))"
        case .ufunc(let name, let args): return "np.\(name)(\(args.map(\.description).joined(separator: ", ")))"
        }
    }

    public func renamed(_ r: (Variable) -> Variable) -> ArrayExpression {
        switch self {
        case .input(let v): return .input(r(v))
        case .constant: return self
        case .binary(let op, let a, let b): return .binary(op, a.renamed(r), b.renamed(r))
        case .unary(let op, let a): return .unary(op, a.renamed(r))
        case .ufunc(let n, let args): return .ufunc(n, args.map { $0.renamed(r) })
        }
    }
}
