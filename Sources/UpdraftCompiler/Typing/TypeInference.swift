// Type inference (numba's "nopython frontend"): constraint propagation over the IR to a fixed
// point. A worklist holds statements; typing a statement may widen its target's type (by
// unification), which puts the statements reading that variable back on the worklist. Empty
// containers start with `undefined` elements and are refined by `append`/setitem. Calls to other
// compiled functions go through `CompilableCallee`; recursion is typed from the non-recursive
// return paths, as numba does.

import Foundation
import UpdraftRuntime
import UpdraftSyntax

/// Looks up the global names a compiled function reads: module globals, then builtins.
public protocol GlobalResolver {
    func resolveGlobal(_ name: String) -> Value?
    /// A variable of the Python scope enclosing the compiled function (closure cell); by default
    /// looked up like a global.
    func resolveFreeVariable(_ name: String) -> Value?
}

extension GlobalResolver {
    public func resolveFreeVariable(_ name: String) -> Value? { resolveGlobal(name) }
}

/// Another compiled function called from compiled code (a dispatcher, a stencil kernel).
/// `inferReturnType` types the callee for those argument types (compiling it as needed); the
/// implementation should run `TypeInference` (which detects recursion through the stack of
/// inferences in progress).
public protocol CompilableCallee: AnyObject {
    var calleeName: String { get }
    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType
}

/// A statement of a function: `index` in the block's body, or `body.count` for the terminator.
public struct StatementID: Hashable, Comparable, CustomStringConvertible {
    public let block: Int
    public let index: Int
    public init(block: Int, index: Int) { self.block = block; self.index = index }
    public static func < (a: Self, b: Self) -> Bool { (a.block, a.index) < (b.block, b.index) }
    public var description: String { "\(block):\(index)" }
}

/// What a typed call or operator invokes, for the lowering.
public enum CallTarget {
    /// A builtin, `math` or numpy function (`FunctionKey("numpy", "zeros")`).
    case function(FunctionKey)
    /// A method of the receiver type (`array.sum`, `list.append`); the receiver is the first argument.
    case method(receiver: NumbaType, name: String)
    /// Another compiled function.
    case dispatcher(CompilableCallee)
    /// A closure or lambda defined in the function, typed for these arguments.
    case closure(TypedFunction)
    /// Constructing an exception (`ValueError("...")`).
    case exceptionClass(String)
    /// A number class used as a conversion (`np.float64(x)`).
    case numberClass(NumbaType)
    /// An operator (`operator.add`, `getitem`, `setitem`), by its `operator` module name.
    case `operator`(String)
}

/// The signature a call or operator resolved to: the argument types the implementation takes
/// (after implicit conversions) and its result.
public struct CallSignature: CustomStringConvertible {
    public var args: [NumbaType]
    public var keywords: [(String, NumbaType)]
    public var returnType: NumbaType
    public var target: CallTarget

    public init(args: [NumbaType], keywords: [(String, NumbaType)] = [], returnType: NumbaType, target: CallTarget) {
        self.args = args
        self.keywords = keywords
        self.returnType = returnType
        self.target = target
    }

    /// numba's format: `(float64,) -> none`, `(int64, int64) -> range_state_int64`.
    public var description: String {
        let all = args.map(\.signatureText) + keywords.map(\.1.signatureText)
        let inner = all.count == 1 ? all[0] + "," : all.joined(separator: ", ")
        return "(\(inner)) -> \(returnType)"
    }
}

/// The result of type inference: a type for every variable, the return type and the resolved
/// signature of every call, operator, getitem and setitem (by statement).
public final class TypedFunction {
    public let ir: FunctionIR
    public let argTypes: [NumbaType]
    public let typemap: [Variable: NumbaType]
    public let returnType: NumbaType
    public let calltypes: [StatementID: CallSignature]

    init(ir: FunctionIR, argTypes: [NumbaType], typemap: [Variable: NumbaType], returnType: NumbaType,
         calltypes: [StatementID: CallSignature]) {
        self.ir = ir
        self.argTypes = argTypes
        self.typemap = typemap
        self.returnType = returnType
        self.calltypes = calltypes
    }

    public func type(of v: Variable) -> NumbaType? { typemap[v] }

    public func calltype(block: Int, index: Int) -> CallSignature? { calltypes[StatementID(block: block, index: index)] }

    /// numba's signature text: `(array(int64, 1d, C), array(float64, 1d, C)) -> list(float64)<iv=None>`.
    public var signature: String {
        let inner = argTypes.count == 1 ? argTypes[0].description + "," : argTypes.map(\.description).joined(separator: ", ")
        return "(\(inner)) -> \(returnType)"
    }
}

/// The inferences in progress (for recursion), innermost last.
private final class InferenceStack: @unchecked Sendable {
    let lock = NSLock()
    var entries: [(callee: ObjectIdentifier, args: [NumbaType], engine: TypeInference)] = []
    static let shared = InferenceStack()
}

public final class TypeInference {
    let ir: FunctionIR
    let argTypes: [NumbaType]
    let resolver: GlobalResolver
    let callee: CompilableCallee?
    let freeVariableTypes: [String: NumbaType]
    let sourceLines: [String]?
    let functionLine: Int?

    var types: [Variable: NumbaType] = [:]
    /// The assignments that gave each variable a type: (type, statement location).
    var origins: [Variable: [(NumbaType, SourceLocation)]] = [:]
    var calltypes: [StatementID: CallSignature] = [:]
    private var statements: [StatementID: IRStatement] = [:]
    private var terminators: [StatementID: IRTerminator] = [:]
    private var users: [Variable: Set<StatementID>] = [:]
    private var worklist: [StatementID] = []
    private var queued: Set<StatementID> = []
    private var pendingErrors: [StatementID: TypingError] = [:]
    /// Copies (`b = a`): b's sources, so refining b's container type refines a too.
    private var copySources: [Variable: Set<Variable>] = [:]
    /// The receiver variable of each bound method (`$m = getattr(ret, append)` → ret).
    var boundReceivers: [Variable: Variable] = [:]
    private var returnVariables: [Variable] = []
    var returnType: NumbaType?
    private var recursiveCalls: Set<StatementID> = []
    var closureInfos: [StatementID: ClosureInfo] = [:]
    var closureResults: [ObjectIdentifier: [([NumbaType], TypedFunction)]] = [:]

    public init(ir: FunctionIR, argTypes: [NumbaType], resolver: GlobalResolver, callee: CompilableCallee? = nil,
                freeVariableTypes: [String: NumbaType] = [:], sourceLines: [String]? = nil, functionLine: Int? = nil) {
        self.ir = ir
        self.argTypes = argTypes.map(\.unliteral)
        self.resolver = resolver
        self.callee = callee
        self.freeVariableTypes = freeVariableTypes
        self.sourceLines = sourceLines
        self.functionLine = functionLine ?? (ir.location.line > 0 ? ir.location.line : nil)
    }

    /// Infers the types of every variable; throws `TypingError` on a conflict or an operation
    /// with no implementation for its argument types.
    public func run() throws -> TypedFunction {
        do {
            return try infer()
        } catch var e as TypingError {
            if e.filename.isEmpty { e.filename = ir.filename }
            if e.sourceDisplay == nil, let lines = sourceLines, e.location.line > 0 {
                e.sourceDisplay = TypingError.sourceDisplay(filename: e.filename, location: e.location, lines: lines,
                                                            functionLine: functionLine)
            } else if e.sourceDisplay == nil, e.location.line > 0 {
                e.sourceDisplay = "File \"\(e.filename)\", line \(e.location.line):"
            }
            throw e
        } catch let e as TypeofError {
            throw TypingError(message: e.description, location: ir.location, filename: ir.filename)
        }
    }

    private func infer() throws -> TypedFunction {
        guard argTypes.count == ir.argumentNames.count else {
            throw TypingError(message: "\(ir.name)() takes \(ir.argumentNames.count) positional arguments but \(argTypes.count) were given",
                              location: ir.location, filename: ir.filename)
        }
        let stack = InferenceStack.shared
        if let callee {
            stack.lock.lock()
            stack.entries.append((ObjectIdentifier(callee), argTypes, self))
            stack.lock.unlock()
        }
        defer {
            if callee != nil {
                stack.lock.lock()
                if let i = stack.entries.lastIndex(where: { $0.engine === self }) { stack.entries.remove(at: i) }
                stack.lock.unlock()
            }
        }
        // Index the statements and who reads each variable.
        for label in ir.labels {
            guard let block = ir.blocks[label] else { continue }
            for (i, s) in block.body.enumerated() {
                let id = StatementID(block: label, index: i)
                statements[id] = s
                for u in s.uses { users[u, default: []].insert(id) }
                if case .assign(let t, .variable(let src), _) = s { copySources[t, default: []].insert(src) }
                if case .assign(let t, .cast(let src), _) = s { copySources[t, default: []].insert(src) }
                enqueue(id)
            }
            let tid = StatementID(block: label, index: block.body.count)
            terminators[tid] = block.terminator
            for u in block.terminator.uses { users[u, default: []].insert(tid) }
            if case .ret(let v, _) = block.terminator { returnVariables.append(v) }
            enqueue(tid)
        }
        while !worklist.isEmpty {
            let id = worklist.removeFirst()
            queued.remove(id)
            if let s = statements[id] {
                do {
                    try typeStatement(s, id)
                    pendingErrors[id] = nil
                } catch var e as TypingError where !e.isFinal {
                    // Name the user variables the failing operation read, with where their types came from.
                    for u in Set(s.uses).sorted() where !u.isTemporary {
                        guard let t = types[u] else { continue }
                        let from = origins[u]?.first.map { " (\(describe($0.1)))" } ?? ""
                        e.notes.append("'\(u.name)' is \(t)\(from)")
                    }
                    e.notes.append("During: typing of \(operationName(s)) at \(ir.filename) (\(s.location.line))")
                    pendingErrors[id] = e
                }
            } else if let t = terminators[id] {
                try typeTerminator(t, id)
            }
        }
        if let first = pendingErrors.sorted(by: { $0.key < $1.key }).first {
            throw first.value
        }
        try checkComplete()
        let ret = returnType ?? .none
        return TypedFunction(ir: ir, argTypes: argTypes, typemap: types, returnType: ret, calltypes: calltypes)
    }

    private func operationName(_ s: IRStatement) -> String {
        switch s {
        case .assign(_, let e, _):
            switch e {
            case .binop(let op, _, _), .inplaceBinop(let op, _, _): return "operator \(op.rawValue)"
            case .compare(let op, _, _): return "comparison \(op.rawValue)"
            case .unary(let op, _): return "unary operator \(op.rawValue)"
            case .call: return "call"
            case .getitem, .staticGetitem: return "getitem"
            case .getattr(_, let a): return "attribute '\(a)'"
            default: return "expression"
            }
        case .setitem, .staticSetitem: return "setitem"
        default: return "statement"
        }
    }

    private func enqueue(_ id: StatementID) {
        if queued.insert(id).inserted { worklist.append(id) }
    }

    /// Every assigned variable must have a precise type by the end.
    private func checkComplete() throws {
        for id in statements.keys.sorted() {
            guard case .assign(let v, let e, let loc) = statements[id]! else { continue }
            guard let t = types[v] else {
                if case .call = e, recursiveCalls.contains(id) {
                    throw TypingError(message: "Cannot type the recursive call in '\(ir.name)': the function has no return path that does not recurse, so its return type is unknown (numba needs a non-recursive return path to type recursion)",
                                      location: loc, filename: ir.filename).final
                }
                let missing = e.uses.filter { types[$0] == nil }.map { "'\($0.name)'" }
                throw TypingError(message: "Cannot determine the type of '\(v.name)'" +
                                  (missing.isEmpty ? "" : ": \(missing.joined(separator: ", ")) has no type"),
                                  location: loc, filename: ir.filename).final
            }
            if !t.isPrecise && !v.isTemporary {
                throw TypingError(message: "Cannot infer the type of variable '\(v.name)', have imprecise type: \(t)",
                                  notes: ["(an empty list or dict needs an element added inside the function to be typed)"],
                                  location: loc, filename: ir.filename).final
            }
        }
    }

    // MARK: Assigning types

    /// Literals stay on constants; user variables and merged values get the plain type.
    private func keepsLiteral(_ v: Variable) -> Bool {
        v.isTemporary && !v.name.hasPrefix("$phi") && !v.name.contains("return_value")
    }

    func assign(_ v: Variable, _ incoming: NumbaType, _ loc: SourceLocation) throws {
        let t = keepsLiteral(v) ? incoming : incoming.unliteral
        guard let old = types[v] else {
            types[v] = t
            origins[v, default: []].append((t, loc))
            changed(v)
            return
        }
        if old == t { return }
        guard let u = NumbaType.unify(old, t) else {
            throw unifyError(v, old, t, loc)
        }
        if !(origins[v]?.contains(where: { $0.0 == t }) ?? false) { origins[v, default: []].append((t, loc)) }
        if u != old {
            types[v] = u
            changed(v)
        }
    }

    /// Widens a container variable's type in place (an `append` to `[]`), and the variables it was copied from.
    func refine(_ v: Variable, _ t: NumbaType, _ loc: SourceLocation) throws {
        var seen: Set<Variable> = []
        var todo = [v]
        while let x = todo.popLast() {
            guard seen.insert(x).inserted else { continue }
            if let old = types[x] {
                guard let u = NumbaType.unify(old, t) else { throw unifyError(x, old, t, loc) }
                if u != old {
                    types[x] = u
                    changed(x)
                }
            }
            todo.append(contentsOf: copySources[x] ?? [])
        }
    }

    private func changed(_ v: Variable) {
        for u in users[v] ?? [] { enqueue(u) }
    }

    private func unifyError(_ v: Variable, _ old: NumbaType, _ new: NumbaType, _ loc: SourceLocation) -> TypingError {
        var notes: [String] = []
        for (t, l) in origins[v] ?? [] where NumbaType.unify(t, new) == nil || t == new {
            notes.append("  '\(v.name)' is \(t) \(describe(l))")
        }
        if !notes.contains(where: { $0.contains(" is \(new) ") }) {
            notes.append("  '\(v.name)' is \(new.unliteral) \(describe(loc))")
        }
        return TypingError(message: "Cannot unify \(old.unliteral) and \(new.unliteral) for '\(v.name)'",
                           notes: notes, location: loc, filename: ir.filename).final
    }

    /// `from line 16: y = "text"` when the source is known.
    func describe(_ loc: SourceLocation) -> String {
        if let lines = sourceLines, loc.line >= 1, loc.line <= lines.count {
            return "from line \(loc.line): \(lines[loc.line - 1].trimmingCharacters(in: .whitespaces))"
        }
        return "from line \(loc.line)"
    }

    func error(_ message: String, _ loc: SourceLocation, notes: [String] = []) -> TypingError {
        TypingError(message: message, notes: notes, location: loc, filename: ir.filename)
    }

    // MARK: Statements

    private func typeStatement(_ s: IRStatement, _ id: StatementID) throws {
        switch s {
        case .assign(let target, let expr, let loc):
            guard let t = try typeExpression(expr, target: target, id: id, loc) else { return }
            try assign(target, t, loc)
        case .setitem(let target, let index, let value, let loc):
            guard let tt = types[target], let it = types[index], let vt = types[value] else { return }
            try typeSetitem(target, tt, it, vt, id, loc)
        case .staticSetitem(let target, _, let indexVariable, let value, let loc):
            guard let tt = types[target], let it = types[indexVariable], let vt = types[value] else { return }
            try typeSetitem(target, tt, it, vt, id, loc)
        case .setattr(let target, let attr, _, let loc):
            let tt = types[target].map { "\($0)" } ?? "?"
            throw error("Cannot set attribute '\(attr)' of \(tt) in nopython mode", loc).final
        case .del:
            return
        }
    }

    private func typeTerminator(_ t: IRTerminator, _ id: StatementID) throws {
        switch t {
        case .jump:
            return
        case .branch(let c, _, _, let loc):
            guard let ct = types[c] else { return }
            switch ct.unliteral {
            case .boolean, .integer, .float, .complex, .none, .optional, .unicode, .list, .uniTuple, .tuple, .dict, .array:
                return
            default:
                throw error("Cannot use a value of type \(ct) as a condition", loc).final
            }
        case .ret(let v, let loc):
            guard let vt = types[v] else { return }
            var result: NumbaType? = nil
            var parts: [(NumbaType, SourceLocation)] = []
            for r in returnVariables {
                guard let rt = types[r] else { continue }
                let rloc = origins[r]?.first?.1 ?? loc
                parts.append((rt, rloc))
                if let cur = result {
                    guard let u = NumbaType.unify(cur, rt) else {
                        let listed = parts.map(\.0.description)
                        throw error("Can't unify return type from the following types: \(listed.joined(separator: ", "))", loc,
                                    notes: parts.map { "  returns \($0.0) \(describe($0.1))" }).final
                    }
                    result = u
                } else {
                    result = rt.unliteral
                }
            }
            _ = vt
            if result != returnType {
                returnType = result
                for r in recursiveCalls { enqueue(r) }
            }
        case .raise(let v, let loc):
            guard let v else {
                throw error("A bare 'raise' (re-raise) is not supported in nopython mode", loc).final
            }
            guard let vt = types[v] else { return }
            switch vt {
            case .exceptionClass, .exceptionInstance: return
            default: throw error("Cannot raise a value of type \(vt): exceptions must derive from BaseException", loc).final
            }
        }
    }

    // MARK: Expressions

    /// The type of an expression, or nil while an operand has no type yet.
    private func typeExpression(_ e: IRExpr, target: Variable, id: StatementID, _ loc: SourceLocation) throws -> NumbaType? {
        for u in e.uses where types[u] == nil {
            if case .call = e, u != e.uses.first {}  // every operand is needed
            return nil
        }
        switch e {
        case .arg(let i, _):
            return argTypes[i]
        case .const(let c):
            switch c {
            case .none: return NumbaType.none
            case .bool(let b): return .literalBool(b)
            case .int(let i): return .literalInt(i)
            case .float: return .float64
            case .string(let s): return .literalString(s)
            case .ellipsis: throw error("Ellipsis is not supported in nopython mode", loc).final
            }
        case .global(let name):
            guard let v = resolver.resolveGlobal(name) else {
                throw error("NameError: name '\(name)' is not defined", loc).final
            }
            do {
                return try typeOfGlobal(name, v, resolver: resolver)
            } catch var err as TypingError {
                err.location = loc
                err.filename = ir.filename
                throw err.final
            }
        case .freevar(let name):
            if let t = freeVariableTypes[name] { return t }
            guard let v = resolver.resolveFreeVariable(name) else {
                throw error("NameError: free variable '\(name)' referenced before assignment in enclosing scope", loc).final
            }
            do {
                return try typeOfGlobal(name, v, resolver: resolver)
            } catch var err as TypingError {
                err.location = loc
                err.filename = ir.filename
                throw err.final
            }
        case .binop(let op, let a, let b), .inplaceBinop(let op, let a, let b):
            return try typeBinop(op, types[a]!, types[b]!, id, loc)
        case .unary(let op, let a):
            let at = types[a]!
            guard let r = at.isArray ? arrayUnary(op, at) : scalarUnary(op, at) else {
                throw noImplementation(op.operatorName, [at], loc)
            }
            calltypes[id] = CallSignature(args: [at.unliteral], returnType: r, target: .operator(op.operatorName))
            return r
        case .compare(let op, let a, let b):
            let (at, bt) = (types[a]!, types[b]!)
            if at.isArray || bt.isArray, let r = arrayCompare(op, at, bt) {
                calltypes[id] = CallSignature(args: [at.unliteral, bt.unliteral], returnType: r, target: .operator(op.operatorName))
                return r
            }
            guard let (args, r) = scalarCompare(op, at, bt) else {
                throw noImplementation(op.operatorName, [at, bt], loc)
            }
            calltypes[id] = CallSignature(args: args, returnType: r, target: .operator(op.operatorName))
            return r
        case .call(let f, let args, let kws):
            return try typeCall(f, types[f]!, args.map { types[$0]! }, kws.map { ($0.0, types[$0.1]!) }, id, loc)
        case .getattr(let v, let attr):
            let r = try typeGetattr(types[v]!, attr, loc)
            if case .boundFunction = r { boundReceivers[target] = v }
            return r
        case .getitem(let v, let index):
            return try typeGetitem(types[v]!, types[index]!, staticIndex: nil, id, loc)
        case .staticGetitem(let v, let c, let iv):
            let it: NumbaType
            switch c {
            case .int(let i): it = .literalInt(i)
            case .string(let s): it = .literalString(s)
            default: it = iv.flatMap { types[$0] } ?? .int64
            }
            return try typeGetitem(types[v]!, it, staticIndex: c, id, loc)
        case .buildTuple(let vs):
            return .makeTuple(vs.map { types[$0]!.unliteral })
        case .buildList(let vs):
            var elem = NumbaType.undefined
            for v in vs {
                guard let u = NumbaType.unify(elem, types[v]!) else {
                    throw error("Cannot build a list of \(elem) and \(types[v]!.unliteral): list items must have one type", loc).final
                }
                elem = u
            }
            return .list(elem.unliteral, reflected: false)
        case .buildSlice(let vs):
            for v in vs {
                let t = types[v]!.unliteral
                guard t.isIntegerLike || t == .none else {
                    throw noImplementation("slice", vs.map { types[$0]! }, loc)
                }
            }
            return vs.count == 3 ? .slice3 : .slice2
        case .getiter(let v):
            return try iteratorType(types[v]!, loc)
        case .iternext(let v):
            let it = types[v]!
            guard let y = yieldType(it) else { throw error("Cannot iterate over \(it)", loc).final }
            return .pair(y, .boolean)
        case .pairFirst(let v):
            guard case .pair(let a, _) = types[v]! else { throw error("pair_first of \(types[v]!)", loc).final }
            return a
        case .pairSecond(let v):
            guard case .pair(_, let b) = types[v]! else { throw error("pair_second of \(types[v]!)", loc).final }
            return b
        case .exhaustIter(let v, let count):
            let t = types[v]!.unliteral
            if let els = t.tupleElements {
                guard els.count == count else {
                    throw error(count > els.count ? "not enough values to unpack (expected \(count), got \(els.count)) from \(t)"
                                                  : "too many values to unpack (expected \(count)) from \(t)", loc).final
                }
                return t
            }
            switch t {
            case .list(let e, _): return .uniTuple(e, count)
            case .array(let dt, let nd, let layout, let ro):
                let e: NumbaType = nd == 1 ? dt : .array(dtype: dt, ndim: nd - 1, layout: layout == .C ? .C : .A, readonly: ro)
                return .uniTuple(e, count)
            default:
                throw error("Cannot unpack a value of type \(t) into \(count) variables", loc).final
            }
        case .cast(let v):
            return types[v]!.unliteral
        case .variable(let v):
            return types[v]!
        case .makeFunction(let name, let code, let captured):
            var capturedTypes: [String: NumbaType] = [:]
            for c in captured { capturedTypes[c.name] = types[c]! }
            if let info = closureInfos[id], info.capturedTypes == capturedTypes { return .closure(ObjectRef(info)) }
            let info = ClosureInfo(name: name, code: code, capturedTypes: capturedTypes)
            closureInfos[id] = info
            return .closure(ObjectRef(info))
        case .arrayExpr:
            // Fusion runs after inference and keeps the result's type in the typemap.
            throw error("internal: array expressions are fused after type inference", loc).final
        case .buildMap(let items):
            var k = NumbaType.undefined, val = NumbaType.undefined
            for (kv, vv) in items {
                guard let nk = NumbaType.unify(k, types[kv]!), let nv = NumbaType.unify(val, types[vv]!) else {
                    throw error("Cannot build a dict with keys or values of different types", loc).final
                }
                k = nk
                val = nv
            }
            return .dict(k.unliteral, val.unliteral)
        }
    }

    private func typeBinop(_ op: BinaryOperator, _ a: NumbaType, _ b: NumbaType, _ id: StatementID, _ loc: SourceLocation) throws -> NumbaType {
        if a.isArray || b.isArray {
            guard let r = arrayBinaryOperator(op, a, b) else { throw noImplementation(op.operatorName, [a, b], loc) }
            calltypes[id] = CallSignature(args: [a.unliteral, b.unliteral], returnType: r, target: .operator(op.operatorName))
            return r
        }
        guard let (args, r) = scalarBinaryOperator(op, a, b) else { throw noImplementation(op.operatorName, [a, b], loc) }
        calltypes[id] = CallSignature(args: args, returnType: r, target: .operator(op.operatorName))
        return r
    }

    /// numba's "No implementation of function Function(<built-in function add>) found for signature".
    func noImplementation(_ name: String, _ args: [NumbaType], _ loc: SourceLocation, function: FunctionKey? = nil,
                          kws: [(String, NumbaType)] = [], reason: String? = nil) -> TypingError {
        let key = function ?? FunctionKey("operator", name)
        let argText = (args.map(\.description) + kws.map { "\($0.0)=\($0.1)" }).joined(separator: ", ")
        let plain = (args.map(\.unliteral.description) + kws.map { "\($0.0)=\($0.1.unliteral)" }).joined(separator: ", ")
        var notes = ["", " >>> \(key.name)(\(argText))", ""]
        if plain != argText { notes.append("With argument(s): '(\(plain))': no match.") }
        if let reason { notes.append(reason) }
        return TypingError(message: "No implementation of function Function(\(key)) found for signature:",
                           notes: notes, location: loc, filename: ir.filename)
    }

    // MARK: Recursion and other compiled functions

    func calleeReturnType(_ c: CompilableCallee, _ args: [NumbaType], _ id: StatementID, _ loc: SourceLocation) throws -> NumbaType? {
        let args = args.map(\.unliteral)
        if let me = callee, me === c, args == argTypes {
            recursiveCalls.insert(id)
            return returnType
        }
        let stack = InferenceStack.shared
        stack.lock.lock()
        let active = stack.entries.last(where: { $0.callee == ObjectIdentifier(c) && $0.args == args })
        stack.lock.unlock()
        if let active {
            guard let r = active.engine.returnType else {
                throw error("Cannot type the recursive call to '\(c.calleeName)': its return type is not known yet (numba needs a non-recursive return path to type recursion)", loc).final
            }
            return r
        }
        do {
            return try c.inferReturnType(args)
        } catch let e as TypingError {
            var wrapped = e
            wrapped.notes.append("During: resolving callee type \(NumbaType.dispatcher(ObjectRef(c), name: c.calleeName)) for (\(args.map(\.description).joined(separator: ", "))) at \(ir.filename) (\(loc.line))")
            throw wrapped.final
        }
    }

    func closureCall(_ info: ClosureInfo, _ args: [NumbaType], _ loc: SourceLocation) throws -> TypedFunction {
        let key = ObjectIdentifier(info)
        let args = args.map(\.unliteral)
        if let hit = closureResults[key]?.first(where: { $0.0 == args }) { return hit.1 }
        let inner = TypeInference(ir: info.code, argTypes: args, resolver: resolver, callee: nil,
                                  freeVariableTypes: info.capturedTypes.merging(freeVariableTypes) { a, _ in a },
                                  sourceLines: sourceLines, functionLine: info.code.location.line)
        let typed = try inner.run()
        closureResults[key, default: []].append((args, typed))
        return typed
    }
}

extension TypingError {
    /// Errors that widening other types cannot fix (conflicts, unknown names) are thrown at once;
    /// the others wait until the fixed point, since an operand's type may still widen.
    var final: TypingError {
        var e = self
        e.isFinalFlag = true
        return e
    }
    var isFinal: Bool { isFinalFlag }
}
