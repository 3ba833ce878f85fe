// Generators without threads: statements that contain a `yield` compile to resumable
// closures. Each remembers in the frame where it stopped (`resumeState`), and when the
// generator resumes with `frame.resuming` set, every enclosing statement re-enters at that
// point until the `yield` that suspended clears the flag and produces the sent value.
// Statements without a yield compile as usual and never suspend.

import UpdraftRuntime
import UpdraftSyntax

extension Compiler {
    func newResumeId() -> Int {
        defer { code.resumableCount += 1 }
        return code.resumableCount
    }

    func newHidden() -> Int {
        defer { code.hiddenCount += 1 }
        return code.hiddenCount
    }

    /// A resumable block is a chain like `compileBlock`'s, where each link first records its
    /// position; on resumption the links before the recorded one pass straight through.
    func compileResumableBlock(_ stmts: [Stmt]) throws -> Exec {
        var compiled: [Exec] = []
        for s in stmts { compiled.append(try compileStatement(s)) }
        let id = newResumeId()
        var chain: Exec = { _ in .next }
        for (i, current) in compiled.enumerated().reversed() {
            let rest = chain
            chain = { f in
                if f.resuming && f.resumeState[id] > i { return try rest(f) }
                f.resumeState[id] = i
                let r = try current(f)
                if case .next = r { return try rest(f) }
                return r
            }
        }
        return chain
    }

    /// A block inside a generator: resumable only if something in it yields.
    func compileGeneratorBlock(_ stmts: [Stmt]) throws -> Exec {
        stmts.contains(where: containsYield) ? try compileResumableBlock(stmts) : try compileBlock(stmts)
    }

    func compileResumable(_ s: Stmt) throws -> Exec {
        let inner = try compileResumableBody(s)
        let line = s.location.line
        return { f in
            if !f.resuming { f.line = line }
            return try inner(f)
        }
    }

    private func compileResumableBody(_ s: Stmt) throws -> Exec {
        switch s.kind {
        case .expr(let e):
            return try compileYieldPoint(e, then: nil)
        case .assign(let targets, let value) where isYield(value):
            let ts = try targets.map(compileAssignTarget)
            return try compileYieldPoint(value) { f, v in for t in ts { try t(f, v) } }
        case .augAssign(let target, let op, let value) where isYield(value):
            guard case .name(let n) = target.kind else {
                throw syntaxError("'yield' in this statement is not supported by Updraft", s.location)
            }
            let load = compileLoad(n), store = compileStore(n)
            return try compileYieldPoint(value) { f, v in try store(f, try inplaceOp(op, try load(f), v)) }
        case .return(let value?) where isYield(value):
            return try compileYieldPoint(value, after: .returned) { f, v in f.returnValue = v }
        case .if(let test, let body, let orElse):
            let id = newResumeId()
            let t = try compile(test), b = try compileGeneratorBlock(body), o = try compileGeneratorBlock(orElse)
            return { f in
                let branch: Int
                if f.resuming {
                    branch = f.resumeState[id]
                } else {
                    branch = try truthy(try t(f)) ? 1 : 2
                    f.resumeState[id] = branch
                }
                return branch == 1 ? try b(f) : try o(f)
            }
        case .while(let test, let body, let orElse):
            let id = newResumeId()
            let t = try compile(test), b = try compileGeneratorBlock(body), o = try compileGeneratorBlock(orElse)
            return { f in
                var phase = f.resuming ? f.resumeState[id] : 0
                var resume = f.resuming && phase == 0
                if phase == 0 {
                    f.resumeState[id] = 0
                    loop: while true {
                        if !resume, !(try truthy(try t(f))) { break }
                        resume = false
                        switch try b(f) {
                        case .next, .continueLoop: continue
                        case .breakLoop: return .next
                        case let r: return r
                        }
                    }
                    phase = 1
                    f.resumeState[id] = 1
                }
                return try o(f)
            }
        case .for(let target, let iter, let body, let orElse):
            let id = newResumeId(), hidden = newHidden()
            let it = try compile(iter), assign = try compileAssignTarget(target)
            let b = try compileGeneratorBlock(body), o = try compileGeneratorBlock(orElse)
            return { f in
                var phase = 0
                var resume = false
                if f.resuming {
                    phase = f.resumeState[id]
                    resume = phase == 0
                } else {
                    f.extra.hidden[hidden] = .object(try getIterator(try it(f)))
                    f.resumeState[id] = 0
                }
                if phase == 0 {
                    guard case .object(let io) = f.extra.hidden[hidden], let iterator = io as? PyIterator else { return .next }
                    while true {
                        if !resume {
                            guard let v = try iterator.next() else { break }
                            try assign(f, v)
                        }
                        resume = false
                        switch try b(f) {
                        case .next, .continueLoop: continue
                        case .breakLoop:
                            f.extra.hidden[hidden] = .none
                            return .next
                        case let r:
                            if case .returned = r { f.extra.hidden[hidden] = .none }
                            return r
                        }
                    }
                    f.extra.hidden[hidden] = .none
                    f.resumeState[id] = 1
                }
                return try o(f)
            }
        case .try(let body, let handlers, let orElse, let finalBody):
            return try compileResumableTry(body, handlers, orElse, finalBody)
        case .with(let items, let body):
            return try compileResumableWith(items, body)
        default:
            throw syntaxError("'yield' in this statement is not supported by Updraft", s.location)
        }
    }

    /// `yield v`, `yield from it` or `x = yield v` at statement level.
    func isYield(_ e: Expr) -> Bool {
        switch e.kind {
        case .yield, .yieldFrom: return true
        default: return false
        }
    }

    func compileYieldPoint(_ e: Expr, after: Flow = .next, then: ((Frame, Value) throws -> Void)?) throws -> Exec {
        switch e.kind {
        case .yield(let value):
            let v = try value.map(compile)
            return { f in
                if f.resuming {
                    f.resuming = false
                    if let t = f.pendingThrow {
                        f.pendingThrow = nil
                        throw t
                    }
                    try then?(f, f.sentValue)
                    return after
                }
                f.yieldedValue = try v?(f) ?? .none
                return .yielded
            }
        case .yieldFrom(let source):
            let s = try compile(source)
            let hidden = newHidden()
            return { f in
                var toSend: Value = .none
                var toThrow: PythonError?
                if f.resuming {
                    f.resuming = false
                    toSend = f.sentValue
                    toThrow = f.pendingThrow
                    f.pendingThrow = nil
                } else {
                    f.extra.hidden[hidden] = .object(try getIterator(try s(f)))
                }
                let sub = f.extra.hidden[hidden]
                var result: Value = .none
                if case .object(let o) = sub, let g = o as? Generator {
                    let next: Value?
                    if let t = toThrow { next = try g.throwInto(t) } else { next = try g.resume(sending: toSend) }
                    if let n = next {
                        f.yieldedValue = n
                        return .yielded
                    }
                    result = g.returnValue
                } else {
                    if let t = toThrow { throw t }
                    if !toSend.isNone {
                        do {
                            f.yieldedValue = try call(try getAttribute(sub, "send"), [toSend])
                            return .yielded
                        } catch let e as PythonError where e.isInstance(of: .stopIteration) {
                            result = e.exception.args.first ?? .none
                        }
                    } else if let n = try nextValue(sub) {
                        f.yieldedValue = n
                        return .yielded
                    }
                }
                f.extra.hidden[hidden] = .none
                try then?(f, result)
                return after
            }
        default:
            throw syntaxError("'yield' inside an expression is not supported by Updraft; assign it first (x = yield v)", e.location)
        }
    }

    private func compileResumableTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finalBody: [Stmt]) throws -> Exec {
        let id = newResumeId()
        let excSlot = newHidden(), pendingSlot = newHidden(), flowSlot = newHidden()
        let b = try compileGeneratorBlock(body)
        let hs = try compileHandlers(handlers, block: compileGeneratorBlock)
        let o = try compileGeneratorBlock(orElse)
        let fin: Exec? = finalBody.isEmpty ? nil : try compileGeneratorBlock(finalBody)
        // Phases: 0 body, 1 else, 2 finally, 10+k handler k.
        func runHandler(_ f: Frame, _ k: Int, _ exc: PyExceptionObject, fresh: Bool) throws -> Flow {
            let (_, bind, hbody, unbind) = hs[k]
            if fresh, let bind { try bind(f, .object(exc)) }
            HandledExceptions.stack.append(exc)
            defer { HandledExceptions.stack.removeLast() }
            let r = try hbody(f)
            if case .yielded = r { return r }
            if let unbind { _ = try? unbind(f) }
            f.extra.hidden[excSlot] = .none
            return r
        }
        func mainPart(_ f: Frame, _ phase: Int) throws -> Flow {
            var phase = phase
            if phase == 0 {
                do {
                    let r = try b(f)
                    if case .next = r {
                        phase = 1
                        f.resumeState[id] = 1
                        f.resuming = false
                    } else {
                        return r
                    }
                } catch let error as PythonError {
                    let exc = error.exception
                    var matched: Int?
                    for (k, h) in hs.enumerated() {
                        if let te = h.0 {
                            if try exceptionMatches(exc, try te(f)) { matched = k; break }
                        } else {
                            matched = k
                            break
                        }
                    }
                    guard let k = matched else { throw error }
                    f.resumeState[id] = 10 + k
                    f.extra.hidden[excSlot] = .object(exc)
                    return try runHandler(f, k, exc, fresh: true)
                }
            }
            if phase >= 10 {
                guard case .object(let eo) = f.extra.hidden[excSlot], let exc = eo as? PyExceptionObject else { return .next }
                return try runHandler(f, phase - 10, exc, fresh: false)
            }
            return try o(f)
        }
        return { f in
            var phase = f.resuming ? f.resumeState[id] : 0
            if !f.resuming { f.resumeState[id] = 0 }
            var flow: Flow = .next
            var pending: PythonError?
            if phase != 2 {
                do {
                    flow = try mainPart(f, phase)
                    if case .yielded = flow { return .yielded }
                } catch let error as PythonError {
                    pending = error
                }
                guard fin != nil else {
                    if let pending { throw pending }
                    return flow
                }
                phase = 2
                f.resumeState[id] = 2
                f.extra.hidden[pendingSlot] = pending.map { .object($0.exception) } ?? .none
                f.extra.hidden[flowSlot] = .int(flowCode(flow))
            } else {
                if case .object(let po) = f.extra.hidden[pendingSlot], let pe = po as? PyExceptionObject { pending = PythonError(pe) }
                if case .int(let c) = f.extra.hidden[flowSlot] { flow = flowFromCode(c) }
            }
            if let fin {
                let r = try fin(f)
                if case .yielded = r { return .yielded }
                f.extra.hidden[pendingSlot] = .none
                if case .next = r {} else { return r }
            }
            if let pending { throw pending }
            return flow
        }
    }

    private func compileResumableWith(_ items: [WithItem], _ body: [Stmt]) throws -> Exec {
        guard items.count == 1, let item = items.first else {
            // Nested `with a, b:` is the same as two nested statements.
            let nestedStmt = Stmt(.with(items: Array(items.dropFirst()), body: body), body.first?.location ?? .unknown)
            return try compileResumableWith([items[0]], [nestedStmt])
        }
        let ctx = try compile(item.context)
        let bind = try item.target.map(compileAssignTarget)
        let b = try compileGeneratorBlock(body)
        let exitSlot = newHidden()
        return { f in
            if !f.resuming {
                let (exit, entered) = try enterContext(try ctx(f))
                f.extra.hidden[exitSlot] = exit
                if let bind { try bind(f, entered) }
            }
            let exit = f.extra.hidden[exitSlot]
            let flow: Flow
            do {
                flow = try b(f)
                if case .yielded = flow { return .yielded }
            } catch let error as PythonError {
                f.extra.hidden[exitSlot] = .none
                let exc = error.exception
                if try truthy(try call(exit, [.object(exc.cls), .object(exc), .none])) { return .next }
                throw error
            }
            f.extra.hidden[exitSlot] = .none
            _ = try call(exit, [.none, .none, .none])
            return flow
        }
    }
}

private func flowCode(_ f: Flow) -> Int {
    switch f {
    case .next: return 0
    case .breakLoop: return 1
    case .continueLoop: return 2
    case .returned: return 3
    case .yielded: return 4
    }
}

private func flowFromCode(_ c: Int) -> Flow {
    switch c {
    case 1: return .breakLoop
    case 2: return .continueLoop
    case 3: return .returned
    case 4: return .yielded
    default: return .next
    }
}

// MARK: - Finding yields

/// True when `s` contains a `yield` outside nested functions, classes and comprehensions.
func containsYield(_ s: Stmt) -> Bool {
    switch s.kind {
    case .expr(let e): return containsYield(e)
    case .assign(let targets, let value): return containsYield(value) || targets.contains(where: containsYield)
    case .augAssign(let t, _, let v): return containsYield(t) || containsYield(v)
    case .annAssign(let t, _, let v): return containsYield(t) || (v.map(containsYield) ?? false)
    case .if(let t, let b, let o), .while(let t, let b, let o):
        return containsYield(t) || b.contains(where: containsYield) || o.contains(where: containsYield)
    case .for(let t, let i, let b, let o):
        return containsYield(t) || containsYield(i) || b.contains(where: containsYield) || o.contains(where: containsYield)
    case .return(let v): return v.map(containsYield) ?? false
    case .try(let b, let hs, let o, let fin):
        return b.contains(where: containsYield) || hs.contains { $0.body.contains(where: containsYield) }
            || o.contains(where: containsYield) || fin.contains(where: containsYield)
    case .raise(let e, let c): return (e.map(containsYield) ?? false) || (c.map(containsYield) ?? false)
    case .with(let items, let body):
        return items.contains { containsYield($0.context) } || body.contains(where: containsYield)
    case .assert(let t, let m): return containsYield(t) || (m.map(containsYield) ?? false)
    case .delete(let ts): return ts.contains(where: containsYield)
    default: return false
    }
}

func containsYield(_ e: Expr) -> Bool {
    switch e.kind {
    case .yield, .yieldFrom: return true
    case .name, .constant, .lambda, .listComp, .setComp, .dictComp, .generatorExp: return false
    case .joinedString(let parts):
        return parts.contains { if case .field(let v, _, _) = $0 { return containsYield(v) } else { return false } }
    case .binary(let a, _, let b): return containsYield(a) || containsYield(b)
    case .unary(_, let a), .attribute(let a, _), .starred(let a), .namedExpr(_, let a): return containsYield(a)
    case .boolean(_, let xs), .tuple(let xs), .list(let xs), .set(let xs): return xs.contains(where: containsYield)
    case .compare(let a, let rest): return containsYield(a) || rest.contains { containsYield($0.1) }
    case .ifExp(let a, let b, let c): return containsYield(a) || containsYield(b) || containsYield(c)
    case .call(let f, let args, let kws):
        return containsYield(f) || args.contains(where: containsYield) || kws.contains { containsYield($0.value) }
    case .subscript(let a, let b): return containsYield(a) || containsYield(b)
    case .slice(let a, let b, let c):
        return [a, b, c].contains { $0.map(containsYield) ?? false }
    case .dict(let entries):
        return entries.contains { ($0.key.map(containsYield) ?? false) || containsYield($0.value) }
    }
}
