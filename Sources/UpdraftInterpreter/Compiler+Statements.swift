// Statements → closures that return a Flow (fall through, break, continue, return).

import UpdraftRuntime
import UpdraftSyntax

/// Exceptions being handled, innermost last: bare `raise` re-raises the last, and a new
/// exception raised in a handler records it as its `__context__`.
enum HandledExceptions {
    nonisolated(unsafe) static var stack: [PyExceptionObject] = []
}

extension Compiler {
    func compileBlock(_ stmts: [Stmt]) throws -> Exec {
        var parts: [ExecBox] = []
        for s in stmts { parts.append(ExecBox(run: try compileStatement(s))) }
        switch parts.count {
        case 0: return { _ in .next }
        case 1: return parts[0].run
        case 2:
            let a = parts[0].run, b = parts[1].run
            return { f in
                let r = try a(f)
                if case .next = r { return try b(f) }
                return r
            }
        default:
            return { f in
                for p in parts {
                    let r = try p.run(f)
                    if case .next = r { continue }
                    return r
                }
                return .next
            }
        }
    }

    /// A statement with its line recorded in the frame (for tracebacks).
    func compileStatement(_ s: Stmt) throws -> Exec {
        if code.isGenerator && containsYield(s) { return try compileResumable(s) }
        let inner = try compileStatementBody(s)
        let line = s.location.line
        switch s.kind {
        case .expr(let e):
            // The most common statements record their line themselves: one closure less.
            let v = try compile(e)
            return { f in
                f.line = line
                _ = try v(f)
                return .next
            }
        case .return(let value?):
            let v = try compile(value)
            return { f in
                f.line = line
                f.returnValue = try v(f)
                return .returned
            }
        case .if(let test, let body, let orElse):
            let t = try compile(test), b = try compileBlock(body), o = try compileBlock(orElse)
            return { f in
                f.line = line
                return try truthy(try t(f)) ? try b(f) : try o(f)
            }
        case .assign(let targets, let value) where targets.count == 1:
            if case .name(let n) = targets[0].kind, case .local(let slot) = scope.resolution(of: n) {
                let v = try compile(value)
                return { f in
                    f.line = line
                    f.slots[slot] = try v(f)
                    return .next
                }
            }
        default: break
        }
        return { f in
            f.line = line
            return try inner(f)
        }
    }

    func compileStatementBody(_ s: Stmt) throws -> Exec {
        switch s.kind {
        case .expr(let e):
            let v = try compile(e)
            return { f in
                _ = try v(f)
                return .next
            }
        case .assign(let targets, let value):
            let v = try compile(value)
            if targets.count == 1 {
                let t = try compileAssignTarget(targets[0])
                return { f in
                    try t(f, try v(f))
                    return .next
                }
            }
            let ts = try targets.map(compileAssignTarget)
            return { f in
                let x = try v(f)
                for t in ts { try t(f, x) }
                return .next
            }
        case .augAssign(let target, let op, let value):
            return try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value):
            // Module and class bodies record simple-name annotations in `__annotations__`.
            var record: ((Frame) throws -> Void)?
            if case .name(let n) = target.kind, scope.kind == .module || scope.kind == .classBody {
                let a = try compile(annotation)
                let inClass = scope.kind == .classBody
                let g = globals
                record = { f in
                    let ann = try a(f)
                    let existing = inClass ? f.namespace?["__annotations__"] : g.get("__annotations__")
                    var dict: PyDict
                    if case .object(let o)? = existing, let d = o as? PyDict { dict = d } else {
                        dict = PyDict()
                        if inClass { f.setNamespace("__annotations__", .object(dict)) } else { g.set("__annotations__", .object(dict)) }
                    }
                    dict.set(n, ann)
                }
            }
            guard let value else {
                return { f in
                    try record?(f)
                    return .next
                }
            }
            let v = try compile(value)
            let t = try compileAssignTarget(target)
            return { f in
                try t(f, try v(f))
                try record?(f)
                return .next
            }
        case .if(let test, let body, let orElse):
            let t = try compile(test), b = try compileBlock(body), o = try compileBlock(orElse)
            return { f in try truthy(try t(f)) ? try b(f) : try o(f) }
        case .while(let test, let body, let orElse):
            let site = makeLoopSite(s)
            let t = try compile(test), b = try withLoop(site) { try compileBlock(body) }
            let o: Exec? = orElse.isEmpty ? nil : try compileBlock(orElse)
            let profile = code.profile
            guard let site else {
                return { f in
                    while try truthy(try t(f)) {
                        switch try b(f) {
                        case .next, .continueLoop: continue
                        case .breakLoop: return .next
                        case let r: return r
                        }
                    }
                    return try o?(f) ?? .next
                }
            }
            return { f in
                while true {
                    if site.countdown > 0 { site.countdown &-= 1 } else if let flow = try loopHeader(site, f, .whileLoop) { return flow }
                    guard try truthy(try t(f)) else { break }
                    if profile.countdown > 0 { profile.countdown &-= 1 }
                    switch try b(f) {
                    case .next, .continueLoop: continue
                    case .breakLoop: return .next
                    case let r: return r
                    }
                }
                return try o?(f) ?? .next
            }
        case .for(let target, let iter, let body, let orElse):
            return try compileFor(s, target, iter, body, orElse)
        case .break: return { _ in .breakLoop }
        case .continue: return { _ in .continueLoop }
        case .pass: return { _ in .next }
        case .functionDef(let def):
            let decorators = try def.decorators.map(compile)
            let make = try compileFunctionMaker(def, location: s.location, scopeTag: 0)
            let store = compileStore(def.name)
            return { f in
                let ds = try decorators.map { try $0(f) }
                var fn: Value = .object(try make(f))
                for d in ds.reversed() { fn = try call(d, [fn]) }
                try store(f, fn)
                return .next
            }
        case .classDef(let cls):
            let make = try compileClass(cls, s.location)
            let store = compileStore(cls.name)
            return { f in
                try store(f, try make(f))
                return .next
            }
        case .return(let value):
            guard let value else {
                return { f in
                    f.returnValue = .none
                    return .returned
                }
            }
            let v = try compile(value)
            return { f in
                f.returnValue = try v(f)
                return .returned
            }
        case .global, .nonlocal:
            return { _ in .next }
        case .try(let body, let handlers, let orElse, let finalBody):
            return try compileTry(body, handlers, orElse, finalBody)
        case .raise(let exc, let cause):
            return try compileRaise(exc, cause)
        case .with(let items, let body):
            return try compileWith(items, body)
        case .assert(let test, let message):
            let t = try compile(test)
            let m = try message.map(compile)
            return { f in
                if !(try truthy(try t(f))) {
                    let args = try m.map { [try $0(f)] } ?? []
                    throw PythonError(PyExceptionObject(cls: .assertionError, args: args))
                }
                return .next
            }
        case .delete(let targets):
            let parts = try targets.map(compileDeleteTarget)
            return { f in
                for p in parts { _ = try p(f) }
                return .next
            }
        case .import(let aliases):
            return try compileImport(aliases)
        case .importFrom(let module, let names, let level):
            return try compileImportFrom(module, names, level, s.location)
        }
    }

    // MARK: Assignment

    func compileAssignTarget(_ target: Expr) throws -> (Frame, Value) throws -> Void {
        switch target.kind {
        case .name(let n):
            return compileStore(n)
        case .attribute(let obj, let name):
            let o = try compile(obj)
            let cache = StoreAttributeCache()
            return { f, v in
                let target = try o(f)
                if case .object(let ob) = target, let inst = ob as? PyInstance {
                    if cache.store(inst, v) { return }
                    let before = inst.shape
                    try setAttribute(target, name, v)
                    cache.fill(inst, before: before, name)
                    return
                }
                try setAttribute(target, name, v)
            }
        case .subscript(let obj, let index):
            let o = try compile(obj), i = try compile(index)
            return { f, v in
                let container = try o(f)
                let key = try i(f)
                if case .object(let co) = container, let list = co as? PyList, case .int(var k) = key {
                    if k < 0 { k += list.items.count }
                    if k >= 0 && k < list.items.count {
                        list.items[k] = v
                        return
                    }
                }
                try setItem(container, key, v)
            }
        case .tuple(let items), .list(let items):
            return try compileUnpack(items)
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", target.location)
        default:
            throw syntaxError("cannot assign to expression", target.location)
        }
    }

    func compileUnpack(_ items: [Expr]) throws -> (Frame, Value) throws -> Void {
        let starIndex = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
        let targets: [(Frame, Value) throws -> Void] = try items.map { item in
            if case .starred(let inner) = item.kind { return try compileAssignTarget(inner) }
            return try compileAssignTarget(item)
        }
        let n = items.count
        return { f, v in
            var values: [Value]
            if case .object(let o) = v, let t = o as? PyTuple { values = t.items } else {
                do {
                    values = try iterateToArray(v)
                } catch let e as PythonError where e.isInstance(of: .typeError) {
                    throw PythonError.typeError("cannot unpack non-iterable \(v.typeName) object")
                }
            }
            if let s = starIndex {
                let after = n - s - 1
                guard values.count >= n - 1 else {
                    throw PythonError.valueError("not enough values to unpack (expected at least \(n - 1), got \(values.count))")
                }
                for i in 0..<s { try targets[i](f, values[i]) }
                try targets[s](f, .list(Array(values[s..<(values.count - after)])))
                for j in 0..<after { try targets[s + 1 + j](f, values[values.count - after + j]) }
                return
            }
            guard values.count == n else {
                if values.count > n { throw PythonError.valueError("too many values to unpack (expected \(n))") }
                throw PythonError.valueError("not enough values to unpack (expected \(n), got \(values.count))")
            }
            for i in 0..<n { try targets[i](f, values[i]) }
        }
    }

    func compileAugAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws -> Exec {
        let v = try compile(value)
        switch target.kind {
        case .name(let n):
            let load = compileLoad(n), store = compileStore(n)
            if op == .add {
                return { f in
                    let x = try load(f), y = try v(f)
                    if case .int(let i) = x, case .int(let j) = y {
                        let (r, o) = i.addingReportingOverflow(j)
                        if !o {
                            try store(f, .int(r))
                            return .next
                        }
                    } else if case .float(let p) = x, case .float(let q) = y {
                        try store(f, .float(p + q))
                        return .next
                    }
                    try store(f, try inplaceOp(.add, x, y))
                    return .next
                }
            }
            return { f in
                let x = try load(f)
                try store(f, try inplaceOp(op, x, try v(f)))
                return .next
            }
        case .attribute(let obj, let name):
            let o = try compile(obj)
            return { f in
                let target = try o(f)
                let x = try getAttribute(target, name)
                try setAttribute(target, name, try inplaceOp(op, x, try v(f)))
                return .next
            }
        case .subscript(let obj, let index):
            let o = try compile(obj), i = try compile(index)
            return { f in
                let container = try o(f), key = try i(f)
                let x = try getItem(container, key)
                try setItem(container, key, try inplaceOp(op, x, try v(f)))
                return .next
            }
        default:
            throw syntaxError("'\(target.kind)' is an illegal expression for augmented assignment", target.location)
        }
    }

    func compileDeleteTarget(_ target: Expr) throws -> Exec {
        switch target.kind {
        case .name(let n): return compileDelete(n)
        case .attribute(let obj, let name):
            let o = try compile(obj)
            return { f in
                try deleteAttribute(try o(f), name)
                return .next
            }
        case .subscript(let obj, let index):
            let o = try compile(obj), i = try compile(index)
            return { f in
                try deleteItem(try o(f), try i(f))
                return .next
            }
        case .tuple(let items), .list(let items):
            let parts = try items.map(compileDeleteTarget)
            return { f in
                for p in parts { _ = try p(f) }
                return .next
            }
        default:
            throw syntaxError("cannot delete expression", target.location)
        }
    }

    // MARK: Loops

    func compileFor(_ statement: Stmt, _ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws -> Exec {
        let it = try compile(iter)
        let assign = try compileAssignTarget(target)
        let site = makeLoopSite(statement)
        let b = try withLoop(site) { try compileBlock(body) }
        let o: Exec? = orElse.isEmpty ? nil : try compileBlock(orElse)
        var localSlot: Int?
        if case .name(let n) = target.kind, case .local(let s) = scope.resolution(of: n) { localSlot = s }
        let profile = code.profile
        // Without a site (module level, generators, closures) the countdown never reaches zero.
        let loop = site ?? LoopSite.never
        return { f in
            let iterable = try it(f)
            if case .object(let obj) = iterable {
                if let r = obj as? PyRange {
                    var i = r.start
                    let count = r.count
                    for k in 0..<count {
                        if loop.countdown > 0 { loop.countdown &-= 1 } else if let flow = try loopHeader(loop, f, .range(next: i, step: r.step, remaining: count - k)) { return flow }
                        if let s = localSlot { f.slots[s] = .int(i) } else { try assign(f, .int(i)) }
                        i &+= r.step
                        if profile.countdown > 0 { profile.countdown &-= 1 }
                        switch try b(f) {
                        case .next, .continueLoop: continue
                        case .breakLoop: return .next
                        case let r: return r
                        }
                    }
                    return try o?(f) ?? .next
                }
                if let list = obj as? PyList {
                    var i = 0
                    while i < list.items.count {
                        if loop.countdown > 0 { loop.countdown &-= 1 } else if let flow = try loopHeader(loop, f, .sequence(list, index: i)) { return flow }
                        try assign(f, list.items[i])
                        i += 1
                        if profile.countdown > 0 { profile.countdown &-= 1 }
                        switch try b(f) {
                        case .next, .continueLoop: continue
                        case .breakLoop: return .next
                        case let r: return r
                        }
                    }
                    return try o?(f) ?? .next
                }
            }
            let iterator = try getIterator(iterable)
            let positioned = iterator as? PositionedIterator
            while true {
                if loop.countdown > 0 { loop.countdown &-= 1 } else if let p = positioned,
                    let flow = try loopHeader(loop, f, .sequence(p.iterationSource, index: p.position)) { return flow }
                guard let v = try iterator.next() else { break }
                try assign(f, v)
                if profile.countdown > 0 { profile.countdown &-= 1 }
                switch try b(f) {
                case .next, .continueLoop: continue
                case .breakLoop: return .next
                case let r: return r
                }
            }
            return try o?(f) ?? .next
        }
    }

    // MARK: Exceptions

    /// The handler clauses of a try statement, shared with the generator version.
    func compileHandlers(_ handlers: [ExceptHandler], block: ([Stmt]) throws -> Exec) throws -> [(Eval?, ((Frame, Value) throws -> Void)?, Exec, Exec?)] {
        try handlers.map { h in
            let type = try h.type.map(compile)
            let bind = try h.name.map { compileStore($0) }
            let unbind = h.name.map { compileDelete($0) }
            return (type, bind, try block(h.body), unbind)
        }
    }

    func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finalBody: [Stmt]) throws -> Exec {
        let b = try compileBlock(body)
        let hs = try compileHandlers(handlers, block: compileBlock)
        let o: Exec? = orElse.isEmpty ? nil : try compileBlock(orElse)
        let fin: Exec? = finalBody.isEmpty ? nil : try compileBlock(finalBody)
        let guarded: Exec = { f in
            let flow: Flow
            do {
                flow = try b(f)
            } catch let error as PythonError {
                return try handleException(error, f, hs)
            }
            if case .next = flow, let o { return try o(f) }
            return flow
        }
        guard let fin else { return guarded }
        return { f in
            let flow: Flow
            do {
                flow = try guarded(f)
            } catch {
                let r: Flow
                do {
                    r = try fin(f)
                } catch let inner as PythonError {
                    if let outer = error as? PythonError { chainContext(inner, outer.exception) }
                    throw inner
                }
                if case .next = r { throw error }
                return r
            }
            let r = try fin(f)
            if case .next = r { return flow }
            return r
        }
    }

    func compileRaise(_ exc: Expr?, _ cause: Expr?) throws -> Exec {
        guard let exc else {
            return { _ in
                guard let current = HandledExceptions.stack.last else {
                    throw PythonError.runtimeError("No active exception to reraise")
                }
                throw PythonError(current)
            }
        }
        let e = try compile(exc)
        let c = try cause.map(compile)
        return { f in
            let exception = try makeException(try e(f))
            if let c {
                let causeValue = try c(f)
                if causeValue.isNone {
                    exception.cause = nil
                } else {
                    guard let c = try? makeException(causeValue) else {
                        throw PythonError.typeError("exception causes must derive from BaseException")
                    }
                    exception.cause = c
                }
                exception.suppressContext = true
            }
            if let ctx = HandledExceptions.stack.last, ctx !== exception { exception.context = ctx }
            throw PythonError(exception)
        }
    }

    func compileWith(_ items: [WithItem], _ body: [Stmt]) throws -> Exec {
        var inner = try compileBlock(body)
        for item in items.reversed() {
            let ctx = try compile(item.context)
            let bind = try item.target.map(compileAssignTarget)
            let wrapped = inner
            inner = { f in
                let manager = try ctx(f)
                let (exit, entered) = try enterContext(manager)
                if let bind { try bind(f, entered) }
                let flow: Flow
                do {
                    flow = try wrapped(f)
                } catch let error as PythonError {
                    let exc = error.exception
                    let suppress = try call(exit, [.object(exc.cls), .object(exc), .none])
                    if try truthy(suppress) { return .next }
                    throw error
                }
                _ = try call(exit, [.none, .none, .none])
                return flow
            }
        }
        return inner
    }
}

/// Finds the handler for `error`, runs it with the exception bound, and returns its flow;
/// rethrows when no clause matches.
func handleException(_ error: PythonError, _ f: Frame,
                     _ handlers: [(Eval?, ((Frame, Value) throws -> Void)?, Exec, Exec?)]) throws -> Flow {
    let exc = error.exception
    for (typeEval, bind, body, unbind) in handlers {
        if let typeEval {
            let t = try typeEval(f)
            guard try exceptionMatches(exc, t) else { continue }
        }
        if let bind { try bind(f, .object(exc)) }
        HandledExceptions.stack.append(exc)
        defer {
            HandledExceptions.stack.removeLast()
            if let unbind { _ = try? unbind(f) }
        }
        do {
            return try body(f)
        } catch let inner as PythonError {
            chainContext(inner, exc)
            throw inner
        }
    }
    throw error
}

/// The attribute names `__slots__` allows, or nil when instances keep a `__dict__` (no
/// `__slots__` here or in a user base class, or `"__dict__"` listed).
func slotRestriction(_ slots: Value?, bases: [PyType]) throws -> Set<String>? {
    guard let slots else { return nil }
    var names = Set<String>()
    if let single = slots.stringValue {
        names.insert(single)
    } else {
        for v in try iterateToArray(slots) {
            guard let n = v.stringValue else {
                throw PythonError.typeError("__slots__ items must be strings, not '\(v.typeName)'")
            }
            names.insert(n)
        }
    }
    if names.contains("__dict__") { return nil }
    for base in bases where !base.isBuiltin {
        guard let inherited = base.allowedAttributes else { return nil }
        names.formUnion(inherited)
    }
    return names
}

/// Records `context` as the `__context__` of an exception raised while it was handled.
func chainContext(_ error: PythonError, _ context: PyExceptionObject) {
    let e = error.exception
    if e !== context && e.context == nil { e.context = context }
}

func exceptionMatches(_ exc: PyExceptionObject, _ spec: Value) throws -> Bool {
    if case .object(let o) = spec {
        if let t = o as? PyType {
            guard t.isSubtype(of: .baseException) else {
                throw PythonError.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return exc.cls.isSubtype(of: t)
        }
        if let tuple = o as? PyTuple {
            for item in tuple.items where try exceptionMatches(exc, item) { return true }
            return false
        }
    }
    throw PythonError.typeError("catching classes that do not inherit from BaseException is not allowed")
}

/// `raise X`: an exception instance, or a class to instantiate with no arguments.
func makeException(_ v: Value) throws -> PyExceptionObject {
    if case .object(let o) = v {
        if let e = o as? PyExceptionObject { return e }
        if let t = o as? PyType, t.isSubtype(of: .baseException) {
            let made = try call(v, [])
            if case .object(let mo) = made, let e = mo as? PyExceptionObject { return e }
        }
    }
    throw PythonError.typeError("exceptions must derive from BaseException")
}

/// Calls `__enter__`; returns the bound `__exit__` and what `__enter__` returned.
func enterContext(_ manager: Value) throws -> (Value, Value) {
    guard let enter = try lookupAttribute(manager, "__enter__") else {
        throw PythonError.typeError("'\(manager.typeName)' object does not support the context manager protocol")
    }
    guard let exit = try lookupAttribute(manager, "__exit__") else {
        throw PythonError.typeError("'\(manager.typeName)' object does not support the context manager protocol (missed __exit__ method)")
    }
    return (exit, try call(enter, []))
}
