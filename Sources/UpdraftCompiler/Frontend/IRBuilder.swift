// Lowers a function's AST to numba-style IR (Frontend stage "Generate IR"). Labels imitate
// numba's bytecode offsets: a counter advances by 2 per emitted statement and each block is
// labelled with the counter's value when it starts, so labels increase in source order.

import UpdraftRuntime
import UpdraftSyntax

/// A construct the compiler does not support, with where it is.
public struct UnsupportedConstruct: Error, CustomStringConvertible {
    public let message: String
    public let location: SourceLocation
    public var description: String { message }
}

public final class IRBuilder {
    private let function: FunctionDef?
    private let lambdaArgs: Arguments?
    private let lambdaBody: Expr?
    private let name: String
    private let qualname: String
    private let filename: String
    private let location: SourceLocation
    private let scope: FunctionScope
    /// Locals of enclosing functions, which become free variables here.
    private let enclosing: Set<String>
    private var freeVariables: [String] = []

    // Blocks under construction, by provisional id.
    private var pending: [Int: (body: [IRStatement], terminator: IRTerminator?, offset: Int?)] = [:]
    private var nextBlockID = 0
    private var current = 0
    private var offset = 0
    private var tempCounter = 0
    /// (continue target, break target) of the enclosing loops.
    private var loopTargets: [(continueTo: Int, breakTo: Int)] = []
    /// Names bound by the comprehensions being lowered: Python 3 gives each comprehension its
    /// own scope, so `i` in `[i for i in r]` is a variable of its own (`i.comp1`).
    private var comprehensionNames: [[String: Variable]] = []
    private var comprehensionCounter = 0

    public init(function: FunctionDef, filename: String, qualname: String? = nil, location: SourceLocation,
                enclosing: Set<String> = []) {
        self.function = function
        self.lambdaArgs = nil
        self.lambdaBody = nil
        self.name = function.name
        self.qualname = qualname ?? function.name
        self.filename = filename
        self.location = location
        self.scope = FunctionScope(function)
        self.enclosing = enclosing
    }

    init(lambda args: Arguments, body: Expr, filename: String, qualname: String, enclosing: Set<String>) {
        self.function = nil
        self.lambdaArgs = args
        self.lambdaBody = body
        self.name = "<lambda>"
        self.qualname = qualname
        self.filename = filename
        self.location = body.location
        self.scope = FunctionScope(lambda: args)
        self.enclosing = enclosing
    }

    private var arguments: Arguments { function?.args ?? lambdaArgs ?? Arguments() }

    public func build() throws -> FunctionIR {
        let args = arguments
        if args.vararg != nil || args.kwarg != nil {
            throw UnsupportedConstruct(message: "functions with *args or **kwargs are not supported in nopython mode", location: location)
        }
        let params = args.positionalOnly + args.args + args.keywordOnly
        current = newBlock()
        start(current)
        for (i, p) in params.enumerated() {
            emit(.assign(Variable(p.name), .arg(index: i, name: p.name), p.location))
        }
        if let function {
            try lowerBody(function.body)
            if isOpen {
                let none = temp("const", .const(.none), location)
                returnValue(none, location)
            }
        } else if let body = lambdaBody {
            let v = try expr(body)
            returnValue(v, body.location)
        }
        return finish(argumentNames: params.map(\.name))
    }

    // MARK: Blocks

    private func newBlock() -> Int {
        defer { nextBlockID += 1 }
        pending[nextBlockID] = ([], nil, nil)
        return nextBlockID
    }

    /// Makes `id` the current block, giving it its label.
    private func start(_ id: Int) {
        current = id
        pending[id]?.offset = offset
        offset += 2
    }

    private var isOpen: Bool { pending[current]?.terminator == nil }

    private func emit(_ s: IRStatement) {
        guard isOpen else { return }  // code after return/break/continue is unreachable
        pending[current]?.body.append(s)
        offset += 2
    }

    private func terminate(_ t: IRTerminator) {
        guard isOpen else { return }
        pending[current]?.terminator = t
        offset += 2
    }

    /// Code after `return`/`break` goes into a fresh block no edge reaches (dropped at the end).
    private func startUnreachableIfClosed() {
        if !isOpen { start(newBlock()) }
    }

    private func finish(argumentNames: [String]) -> FunctionIR {
        // Labels: each started block's offset, made unique and increasing.
        var labels: [Int: Int] = [:]
        var used = Set<Int>()
        for (id, b) in pending.sorted(by: { $0.key < $1.key }) {
            guard var off = b.offset else { continue }
            while used.contains(off) { off += 1 }
            used.insert(off)
            labels[id] = off
        }
        func relabel(_ t: IRTerminator) -> IRTerminator {
            switch t {
            case .jump(let to, let l): return .jump(labels[to] ?? 0, l)
            case .branch(let c, let a, let b, let l): return .branch(condition: c, then: labels[a] ?? 0, else: labels[b] ?? 0, l)
            default: return t
            }
        }
        var blocks: [Int: IRBlock] = [:]
        for (id, b) in pending {
            guard let label = labels[id] else { continue }
            let term = b.terminator ?? .ret(Variable("$none"), location)
            blocks[label] = IRBlock(label: label, body: b.body, terminator: relabel(term))
        }
        let entry = labels[0] ?? 0
        let ir = FunctionIR(name: name, qualname: qualname, filename: filename, argumentNames: argumentNames,
                            location: location, blocks: blocks, entry: entry, freeVariables: freeVariables)
        // Drop blocks nothing reaches (code after return or break).
        let cfg = ir.controlFlowGraph()
        for dead in cfg.deadNodes { ir.blocks[dead] = nil }
        return ir
    }

    // MARK: Variables

    private func temp(_ kind: String, _ value: IRExpr, _ loc: SourceLocation) -> Variable {
        tempCounter += 1
        let v = Variable("$\(offset)\(kind).\(tempCounter)")
        emit(.assign(v, value, loc))
        return v
    }

    private func phi() -> Variable {
        tempCounter += 1
        return Variable("$phi\(offset).\(tempCounter)")
    }

    private func returnValue(_ v: Variable, _ loc: SourceLocation) {
        let r = temp("return_value", .cast(v), loc)
        terminate(.ret(r, loc))
    }

    private func comprehensionVariable(_ name: String) -> Variable? {
        for names in comprehensionNames.reversed() { if let v = names[name] { return v } }
        return nil
    }

    private func load(_ name: String, _ loc: SourceLocation) -> Variable {
        if let v = comprehensionVariable(name) { return v }
        if scope.locals.contains(name) { return Variable(name) }
        if enclosing.contains(name) && !scope.declaredGlobal.contains(name) {
            if !freeVariables.contains(name) { freeVariables.append(name) }
            return temp("load_deref", .freevar(name: name), loc)
        }
        return temp("load_global", .global(name: name), loc)
    }

    // MARK: Statements

    private func lowerBody(_ body: [Stmt]) throws {
        for s in body {
            startUnreachableIfClosed()
            try statement(s)
        }
    }

    private func statement(_ s: Stmt) throws {
        let loc = s.location
        switch s.kind {
        case .expr(let e):
            _ = try expr(e)
        case .assign(let targets, let value):
            let v = try expr(value)
            for t in targets { try assign(t, v, loc, fuse: targets.count == 1) }
        case .annAssign(let target, _, let value):
            if let value { try assign(target, try expr(value), loc) }
        case .augAssign(let target, let op, let value):
            try augmentedAssign(target, op, value, loc)
        case .pass, .global, .nonlocal:
            break
        case .return(let value):
            let v = try value.map(expr) ?? temp("const", .const(.none), loc)
            returnValue(v, loc)
        case .if(let test, let body, let orElse):
            let cond = try expr(test)
            let thenBlock = newBlock(), elseBlock = newBlock()
            let merge = orElse.isEmpty ? elseBlock : newBlock()
            terminate(.branch(condition: cond, then: thenBlock, else: elseBlock, loc))
            start(thenBlock)
            try lowerBody(body)
            terminate(.jump(merge, loc))
            if !orElse.isEmpty {
                start(elseBlock)
                try lowerBody(orElse)
                terminate(.jump(merge, loc))
            }
            start(merge)
        case .while(let test, let body, let orElse):
            let header = newBlock(), bodyBlock = newBlock(), elseBlock = newBlock()
            let exit = orElse.isEmpty ? elseBlock : newBlock()
            terminate(.jump(header, loc))
            start(header)
            let cond = try expr(test)
            terminate(.branch(condition: cond, then: bodyBlock, else: elseBlock, loc))
            start(bodyBlock)
            try finishLoop(header: header, elseBlock: elseBlock, exit: exit, body: body, orElse: orElse, loc)
        case .for(let target, let iterable, let body, let orElse):
            try forLoop(target, iterable, body, orElse, loc)
        case .break:
            guard let t = loopTargets.last else { throw UnsupportedConstruct(message: "'break' outside loop", location: loc) }
            terminate(.jump(t.breakTo, loc))
        case .continue:
            guard let t = loopTargets.last else { throw UnsupportedConstruct(message: "'continue' not properly in loop", location: loc) }
            terminate(.jump(t.continueTo, loc))
        case .raise(let exception, _):
            let v = try exception.map(expr)
            terminate(.raise(v, loc))
        case .assert(let test, let message):
            let cond = try expr(test)
            let fail = newBlock(), ok = newBlock()
            terminate(.branch(condition: cond, then: ok, else: fail, loc))
            start(fail)
            let cls = temp("load_assertion_error", .global(name: "AssertionError"), loc)
            let args = try message.map { [try expr($0)] } ?? []
            let exc = temp("call", .call(function: cls, args: args, keywords: []), loc)
            terminate(.raise(exc, loc))
            start(ok)
        case .functionDef(let f):
            let nested = try IRBuilder(function: f, filename: filename, qualname: "\(qualname).<locals>.\(f.name)",
                                       location: loc, enclosing: enclosing.union(scope.locals)).build()
            let captured = nested.freeVariables.filter { scope.locals.contains($0) }.map(Variable.init)
            emit(.assign(Variable(f.name), .makeFunction(name: f.name, code: nested, captured: captured), loc))
            if !f.decorators.isEmpty {
                throw UnsupportedConstruct(message: "decorated inner functions are not supported in nopython mode", location: loc)
            }
        case .try:
            throw UnsupportedConstruct(message: "try/except is not supported in nopython mode", location: loc)
        case .with:
            throw UnsupportedConstruct(message: "the 'with' statement is not supported in nopython mode", location: loc)
        case .classDef:
            throw UnsupportedConstruct(message: "class definitions are not supported in nopython mode", location: loc)
        case .delete:
            throw UnsupportedConstruct(message: "the 'del' statement is not supported in nopython mode", location: loc)
        case .import, .importFrom:
            throw UnsupportedConstruct(message: "import statements inside compiled functions are not supported", location: loc)
        }
    }

    private func forLoop(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], _ loc: SourceLocation) throws {
        let iterated = try expr(iterable)
        let iterator = temp("get_iter", .getiter(iterated), iterable.location)
        let header = newBlock(), bodyBlock = newBlock(), elseBlock = newBlock()
        let exit = orElse.isEmpty ? elseBlock : newBlock()
        let state = phi()
        emit(.assign(state, .variable(iterator), loc))
        terminate(.jump(header, loc))
        start(header)
        let pair = temp("for_iter", .iternext(state), loc)
        let value = temp("for_iter", .pairFirst(pair), loc)
        let more = temp("for_iter", .pairSecond(pair), loc)
        let item = phi()
        emit(.assign(item, .variable(value), loc))
        terminate(.branch(condition: more, then: bodyBlock, else: elseBlock, loc))
        start(bodyBlock)
        try assign(target, item, target.location)
        try finishLoop(header: header, elseBlock: elseBlock, exit: exit, body: body, orElse: orElse, loc)
    }

    /// The rest of a loop once its body block has started: the body (with `break`/`continue`
    /// targets), the back edge, the `else:` block run when the loop ends normally, the exit.
    private func finishLoop(header: Int, elseBlock: Int, exit: Int, body: [Stmt], orElse: [Stmt],
                            _ loc: SourceLocation) throws {
        loopTargets.append((header, exit))
        try lowerBody(body)
        loopTargets.removeLast()
        terminate(.jump(header, loc))
        if !orElse.isEmpty {
            start(elseBlock)
            try lowerBody(orElse)
            terminate(.jump(exit, loc))
        }
        start(exit)
    }

    /// Stores `value` into `target`. `fuse` allows storing the last statement's result directly
    /// (only when nothing else will read the temporary).
    private func assign(_ target: Expr, _ value: Variable, _ loc: SourceLocation, fuse: Bool = false) throws {
        switch target.kind {
        case .name(let n):
            if let v = comprehensionVariable(n) {
                emit(.assign(v, .variable(value), loc))
            } else if scope.locals.contains(n) {
                // `x = expr` stores the expression's result straight into x (as numba does)
                // when the value is the temporary the last statement just made.
                if fuse, value.isTemporary, !value.name.hasPrefix("$phi"), var block = pending[current],
                   case .assign(let last, let e, _)? = block.body.last, last == value {
                    block.body[block.body.count - 1] = .assign(Variable(n), e, loc)
                    pending[current] = block
                    return
                }
                emit(.assign(Variable(n), .variable(value), loc))
            } else {
                throw UnsupportedConstruct(message: "assignment to the global or nonlocal name '\(n)' is not supported in nopython mode", location: loc)
            }
        case .subscript(let base, let index):
            let b = try expr(base)
            if let c = staticIndex(index) {
                let iv = try expr(index)
                emit(.staticSetitem(target: b, index: c, indexVariable: iv, value: value, loc))
            } else {
                emit(.setitem(target: b, index: try expr(index), value: value, loc))
            }
        case .attribute(let base, let attr):
            emit(.setattr(target: try expr(base), attr: attr, value: value, loc))
        case .tuple(let items), .list(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                throw UnsupportedConstruct(message: "starred assignment is not supported in nopython mode", location: loc)
            }
            let unpacked = temp("unpack_sequence", .exhaustIter(value, count: items.count), loc)
            for (i, item) in items.enumerated() {
                let idx = temp("const", .const(.int(i)), loc)
                let element = temp("unpack_sequence", .staticGetitem(unpacked, index: .int(i), indexVariable: idx), loc)
                try assign(item, element, loc, fuse: true)
            }
        default:
            throw UnsupportedConstruct(message: "cannot assign to this expression in nopython mode", location: loc)
        }
    }

    private func augmentedAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr, _ loc: SourceLocation) throws {
        switch target.kind {
        case .name(let n):
            let current = load(n, target.location)
            let rhs = try expr(value)
            let result = temp("inplace_\(op.dunder)", .inplaceBinop(op, current, rhs), loc)
            try assign(target, result, loc, fuse: true)
        case .subscript(let base, let index):
            let b = try expr(base)
            let i = try expr(index)
            let old = temp("subscr", .getitem(b, index: i), loc)
            let rhs = try expr(value)
            let result = temp("inplace_\(op.dunder)", .inplaceBinop(op, old, rhs), loc)
            emit(.setitem(target: b, index: i, value: result, loc))
        case .attribute(let base, let attr):
            let b = try expr(base)
            let old = temp("load_attr", .getattr(b, attr: attr), loc)
            let rhs = try expr(value)
            let result = temp("inplace_\(op.dunder)", .inplaceBinop(op, old, rhs), loc)
            emit(.setattr(target: b, attr: attr, value: result, loc))
        default:
            throw UnsupportedConstruct(message: "illegal expression for augmented assignment", location: loc)
        }
    }

    /// A constant integer (or tuple of them) index, which becomes `static_getitem`.
    private func staticIndex(_ e: Expr) -> IRConstant? {
        switch e.kind {
        case .constant(.int(let i)): return .int(i)
        case .unary(.minus, let inner):
            if case .constant(.int(let i)) = inner.kind { return .int(-i) }
            return nil
        case .constant(.string(let s)): return .string(s)
        default: return nil
        }
    }

    // MARK: Expressions

    private func constant(_ c: Constant, _ loc: SourceLocation) throws -> IRConstant {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .ellipsis: return .ellipsis
        case .bigInt: throw UnsupportedConstruct(message: "integer literal too large for int64", location: loc)
        case .imaginary: throw UnsupportedConstruct(message: "complex literals are not supported yet", location: loc)
        case .bytes: throw UnsupportedConstruct(message: "bytes literals are not supported in nopython mode", location: loc)
        }
    }

    private func expr(_ e: Expr) throws -> Variable {
        let loc = e.location
        switch e.kind {
        case .name(let n):
            return load(n, loc)
        case .constant(let c):
            return temp("const", .const(try constant(c, loc)), loc)
        case .binary(let a, let op, let b):
            let l = try expr(a), r = try expr(b)
            return temp("binop_\(op.dunder)", .binop(op, l, r), loc)
        case .unary(let op, let a):
            let v = try expr(a)
            return temp("unary_\(op == .not ? "not" : op == .minus ? "negative" : op == .plus ? "positive" : "invert")", .unary(op, v), loc)
        case .compare(let first, let rest):
            return try compareChain(first, rest, loc)
        case .boolean(let op, let values):
            return try boolean(op, values, loc)
        case .ifExp(let test, let body, let orElse):
            let cond = try expr(test)
            let result = phi()
            let t = newBlock(), f = newBlock(), merge = newBlock()
            terminate(.branch(condition: cond, then: t, else: f, loc))
            start(t)
            emit(.assign(result, .variable(try expr(body)), loc))
            terminate(.jump(merge, loc))
            start(f)
            emit(.assign(result, .variable(try expr(orElse)), loc))
            terminate(.jump(merge, loc))
            start(merge)
            return result
        case .call(let callee, let args, let keywords):
            let f: Variable
            if case .attribute(let base, let attr) = callee.kind {
                let b = try expr(base)
                f = temp("load_method", .getattr(b, attr: attr), callee.location)
            } else {
                f = try expr(callee)
            }
            var argVars: [Variable] = []
            for a in args {
                if case .starred = a.kind {
                    throw UnsupportedConstruct(message: "*args in calls are not supported in nopython mode", location: a.location)
                }
                argVars.append(try expr(a))
            }
            var kws: [(String, Variable)] = []
            for k in keywords {
                guard let n = k.name else {
                    throw UnsupportedConstruct(message: "**kwargs in calls are not supported in nopython mode", location: k.location)
                }
                kws.append((n, try expr(k.value)))
            }
            return temp("call", .call(function: f, args: argVars, keywords: kws), loc)
        case .attribute(let base, let attr):
            let b = try expr(base)
            return temp("load_attr", .getattr(b, attr: attr), loc)
        case .subscript(let base, let index):
            let b = try expr(base)
            if let c = staticIndex(index) {
                let iv = try expr(index)
                return temp("static_getitem", .staticGetitem(b, index: c, indexVariable: iv), loc)
            }
            let i = try expr(index)
            return temp("subscr", .getitem(b, index: i), loc)
        case .slice(let lower, let upper, let step):
            var parts: [Variable] = []
            for p in [lower, upper] { parts.append(try p.map(expr) ?? temp("const", .const(.none), loc)) }
            if let step { parts.append(try expr(step)) }
            return temp("build_slice", .buildSlice(parts), loc)
        case .tuple(let items):
            return temp("build_tuple", .buildTuple(try items.map(expr)), loc)
        case .list(let items):
            return temp("build_list", .buildList(try items.map(expr)), loc)
        case .listComp(let element, let generators):
            let list = temp("build_list", .buildList([]), loc)
            let append = temp("load_method", .getattr(list, attr: "append"), loc)
            try comprehension(generators[...], loc) {
                let v = try self.expr(element)
                _ = self.temp("call", .call(function: append, args: [v], keywords: []), loc)
            }
            return list
        case .lambda(let args, let body):
            let nested = try IRBuilder(lambda: args, body: body, filename: filename,
                                       qualname: "\(qualname).<locals>.<lambda>",
                                       enclosing: enclosing.union(scope.locals)).build()
            let captured = nested.freeVariables.filter { scope.locals.contains($0) }.map(Variable.init)
            return temp("make_function", .makeFunction(name: "<lambda>", code: nested, captured: captured), loc)
        case .namedExpr(let n, let value):
            let v = try expr(value)
            emit(.assign(Variable(n), .variable(v), loc))
            return Variable(n)
        case .joinedString:
            throw UnsupportedConstruct(message: "f-strings are not supported in nopython mode", location: loc)
        case .set, .setComp:
            throw UnsupportedConstruct(message: "sets are not supported in nopython mode yet", location: loc)
        case .dict(let pairs):
            var items: [(Variable, Variable)] = []
            for (k, v) in pairs {
                guard let k else {
                    throw UnsupportedConstruct(message: "dict unpacking (**) is not supported in nopython mode", location: loc)
                }
                items.append((try expr(k), try expr(v)))
            }
            return temp("build_map", .buildMap(items), loc)
        case .dictComp:
            throw UnsupportedConstruct(message: "dict comprehensions are not supported in nopython mode yet", location: loc)
        case .generatorExp:
            throw UnsupportedConstruct(message: "generator expressions are not supported in nopython mode", location: loc)
        case .yield, .yieldFrom:
            throw UnsupportedConstruct(message: "generators are not supported in nopython mode", location: loc)
        case .starred:
            throw UnsupportedConstruct(message: "starred expressions are not supported in nopython mode", location: loc)
        }
    }

    /// `for` clauses of a comprehension as nested loops, with `if` filters, around `body`.
    private func comprehension(_ generators: ArraySlice<Comprehension>, _ loc: SourceLocation,
                               _ body: () throws -> Void) throws {
        guard let g = generators.first else { try body(); return }
        let iterated = try expr(g.iter)
        comprehensionCounter += 1
        var names: [String: Variable] = [:]
        func bindNames(_ t: Expr) {
            switch t.kind {
            case .name(let n): names[n] = Variable("\(n).comp\(comprehensionCounter)")
            case .tuple(let items), .list(let items): items.forEach(bindNames)
            default: break
            }
        }
        bindNames(g.target)
        comprehensionNames.append(names)
        defer { comprehensionNames.removeLast() }
        let iterator = temp("get_iter", .getiter(iterated), loc)
        let header = newBlock(), bodyBlock = newBlock(), exit = newBlock()
        let state = phi()
        emit(.assign(state, .variable(iterator), loc))
        terminate(.jump(header, loc))
        start(header)
        let pair = temp("for_iter", .iternext(state), loc)
        let value = temp("for_iter", .pairFirst(pair), loc)
        let more = temp("for_iter", .pairSecond(pair), loc)
        terminate(.branch(condition: more, then: bodyBlock, else: exit, loc))
        start(bodyBlock)
        try assign(g.target, value, loc)
        for cond in g.ifs {
            let c = try expr(cond)
            let pass = newBlock()
            terminate(.branch(condition: c, then: pass, else: header, loc))
            start(pass)
        }
        try comprehension(generators.dropFirst(), loc, body)
        terminate(.jump(header, loc))
        start(exit)
    }

    private func compareChain(_ first: Expr, _ rest: [(CompareOperator, Expr)], _ loc: SourceLocation) throws -> Variable {
        var left = try expr(first)
        if rest.count == 1 {
            let right = try expr(rest[0].1)
            return temp("compare_op", .compare(rest[0].0, left, right), loc)
        }
        // a < b < c: evaluate pairwise, stopping at the first false, into one result variable.
        let result = phi()
        let done = newBlock()
        for (i, (op, e)) in rest.enumerated() {
            let right = try expr(e)
            let r = temp("compare_op", .compare(op, left, right), loc)
            emit(.assign(result, .variable(r), loc))
            if i < rest.count - 1 {
                let next = newBlock()
                terminate(.branch(condition: r, then: next, else: done, loc))
                start(next)
            }
            left = right
        }
        terminate(.jump(done, loc))
        start(done)
        return result
    }

    private func boolean(_ op: BoolOperator, _ values: [Expr], _ loc: SourceLocation) throws -> Variable {
        let result = phi()
        let done = newBlock()
        for (i, e) in values.enumerated() {
            let v = try expr(e)
            emit(.assign(result, .variable(v), loc))
            if i < values.count - 1 {
                let next = newBlock()
                // `and` stops at the first falsy value, `or` at the first truthy one.
                terminate(op == .and ? .branch(condition: v, then: next, else: done, loc)
                                     : .branch(condition: v, then: done, else: next, loc))
                start(next)
            }
        }
        terminate(.jump(done, loc))
        start(done)
        return result
    }
}
