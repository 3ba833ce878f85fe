// Calls, function and class definitions, and comprehensions.

import UpdraftRuntime
import UpdraftSyntax

extension Compiler {
    // MARK: Calls

    /// Evaluates positional arguments (expanding `*x`) into an array.
    func compileArgs(_ args: [Expr]) throws -> (Frame) throws -> [Value] {
        let hasStar = args.contains { if case .starred = $0.kind { return true } else { return false } }
        if hasStar { return try compileStarredList(args) }
        let parts = try compileEach(args)
        switch parts.count {
        case 0: return { _ in [] }
        case 1:
            let a = parts[0].run
            return { f in [try a(f)] }
        case 2:
            let a = parts[0].run, b = parts[1].run
            return { f in
                let x = try a(f)
                return [x, try b(f)]
            }
        default:
            return { f in
                var out: [Value] = []
                out.reserveCapacity(parts.count)
                for p in parts { out.append(try p.run(f)) }
                return out
            }
        }
    }

    func compileKeywords(_ keywords: [Keyword]) throws -> ((Frame) throws -> [(name: String, value: Value)])? {
        if keywords.isEmpty { return nil }
        let parts: [(String?, Eval)] = try keywords.map { ($0.name, try compile($0.value)) }
        return { f in
            var out: [(name: String, value: Value)] = []
            for (name, e) in parts {
                let v = try e(f)
                if let name {
                    out.append((name, v))
                } else {
                    guard case .object(let o) = v, let d = o as? PyDict else {
                        throw PythonError.typeError("argument after ** must be a mapping, not \(v.typeName)")
                    }
                    for entry in d.table.liveEntries {
                        guard let k = entry.key.stringValue else { throw PythonError.typeError("keywords must be strings") }
                        if out.contains(where: { $0.name == k }) {
                            throw PythonError.typeError("got multiple values for keyword argument '\(k)'")
                        }
                        out.append((k, entry.value))
                    }
                }
            }
            return out
        }
    }

    func compileCall(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword], _ loc: SourceLocation) throws -> Eval {
        if case .name("super") = fn.kind, args.isEmpty, keywords.isEmpty,
           case .global = scope.resolution(of: "super") {
            return try compileZeroArgSuper(loc)
        }
        if case .name(let n) = fn.kind, args.isEmpty, keywords.isEmpty,
           ["globals", "locals", "dir", "vars"].contains(n), case .global = scope.resolution(of: n) {
            return compileNamespaceCall(n)
        }
        let evalArgs = try compileArgs(args)
        let evalKeywords = try compileKeywords(keywords)
        if case .attribute(let objExpr, let name) = fn.kind, evalKeywords == nil {
            let direct: [EvalBox]? = args.contains { if case .starred = $0.kind { return true } else { return false } }
                ? nil : try compileEach(args)
            return try compileMethodCall(objExpr, name, evalArgs, direct)
        }
        let callee = try compile(fn)
        if let evalKeywords {
            return { f in
                let c = try callee(f)
                let a = try evalArgs(f)
                return try call(c, Args(a, keywords: try evalKeywords(f)))
            }
        }
        let direct: [EvalBox]? = args.contains { if case .starred = $0.kind { return true } else { return false } }
            ? nil : try compileEach(args)
        if let direct, direct.count == 1 {
            // One argument (the most common call shape): no array access on the hot path.
            let a0 = direct[0].run
            return { f in
                let c = try callee(f)
                if case .object(let o) = c {
                    if let fn = o as? InterpretedFunction, let frame = fn.frameForDirectCall(argc: 1) {
                        frame.slots[0] = try a0(f)
                        return try fn.runDirect(frame)
                    }
                    if let b = o as? PyBuiltinFunction { return try b.body(Args([try a0(f)])) }
                }
                return try call(c, Args([try a0(f)]))
            }
        }
        return { f in
            let c = try callee(f)
            if case .object(let o) = c {
                if let fn = o as? InterpretedFunction {
                    if let direct, let frame = fn.frameForDirectCall(argc: direct.count) {
                        for i in 0..<direct.count { frame.slots[i] = try direct[i].run(f) }
                        return try fn.runDirect(frame)
                    }
                    return try fn.callPositional(try evalArgs(f))
                }
                if let b = o as? PyBuiltinFunction { return try b.body(Args(try evalArgs(f))) }
            }
            return try call(c, Args(try evalArgs(f)))
        }
    }

    /// `obj.name(args)` without allocating a bound method for Python and native methods.
    func compileMethodCall(_ objExpr: Expr, _ name: String, _ evalArgs: @escaping (Frame) throws -> [Value],
                           _ direct: [EvalBox]?) throws -> Eval {
        let obj = try compile(objExpr)
        let cache = MethodCache()
        return { f in
            let receiver = try obj(f)
            if case .object(let o) = receiver {
                if let inst = o as? PyInstance {
                    if let method = cache.lookup(inst) ?? cache.fill(inst, name) {
                        if let direct, let frame = method.frameForDirectCall(argc: direct.count + 1) {
                            frame.slots[0] = receiver
                            for i in 0..<direct.count { frame.slots[i + 1] = try direct[i].run(f) }
                            return try method.runDirect(frame)
                        }
                        var all = try evalArgs(f)
                        all.insert(receiver, at: 0)
                        return try method.callPositional(all)
                    }
                } else if !(o is PyType || o is PyModule || o is PySuper || o is PyFunction) {
                    if let own = try o.pyGetAttr(name) { return try call(own, Args(try evalArgs(f))) }
                    if let m = o.pyType.lookup(name), case .object(let mo) = m, let native = mo as? PyNativeMethod {
                        return try native.body(receiver, Args(try evalArgs(f)))
                    }
                }
            }
            let callee = try getAttribute(receiver, name)
            if case .object(let co) = callee, let fn = co as? InterpretedFunction {
                return try fn.callPositional(try evalArgs(f))
            }
            return try call(callee, Args(try evalArgs(f)))
        }
    }

    /// `super()` inside a method: the class from the `__class__` cell, the first argument.
    func compileZeroArgSuper(_ loc: SourceLocation) throws -> Eval {
        guard case .cell(let classSlot) = scope.resolution(of: "__class__"),
              let firstParam = scope.parameters.first, let selfSlot = scope.slots[firstParam] else {
            return { _ in throw PythonError.runtimeError("super(): no arguments") }
        }
        let selfIsCell = scope.cellNames.contains(firstParam)
        return { f in
            guard case .object(let co)? = f.slots[classSlot], let cell = co as? PyCell,
                  case .object(let to)? = cell.value, let cls = to as? PyType else {
                throw PythonError.runtimeError("super(): __class__ cell not found")
            }
            guard var receiver = f.slots[selfSlot] else { throw PythonError.runtimeError("super(): arg[0] deleted") }
            if selfIsCell, case .object(let ro) = receiver, let rc = ro as? PyCell, let inner = rc.value { receiver = inner }
            return .object(PySuper(thisClass: cls, receiver: receiver))
        }
    }

    /// `globals()`, `locals()`, `vars()` and `dir()` with no arguments read the running frame.
    /// (The dict is a snapshot: writing to it does not create variables.)
    func compileNamespaceCall(_ name: String) -> Eval {
        let g = globals
        let userSlot = g.slot(for: name)
        let kind = scope.kind
        let wantGlobals = name == "globals" || kind == .module
        return { f in
            // A script may define its own function with that name.
            if let own = g.values[userSlot] {
                return try call(own, [])
            }
            let d = PyDict()
            if wantGlobals {
                for (k, v) in g.items { d.set(k, v) }
            } else if kind == .classBody {
                for k in f.extra.namespaceOrder { if let v = f.namespace?[k] { d.set(k, v) } }
            } else {
                for (i, slotName) in f.code.slotNames.enumerated() where !slotName.isEmpty && !slotName.hasPrefix(".") {
                    guard let v = f.slots[i] else { continue }
                    if case .object(let o) = v, let cell = o as? PyCell {
                        if let inner = cell.value { d.set(slotName, inner) }
                    } else {
                        d.set(slotName, v)
                    }
                }
            }
            if name == "dir" {
                let keys = d.table.keys.compactMap { $0.stringValue }.sorted { compareStrings($0, $1) < 0 }
                return .list(keys.map { .str($0) })
            }
            return .object(d)
        }
    }

    // MARK: Functions

    func signature(_ args: Arguments) -> Signature {
        var sig = Signature()
        sig.positionalNames = (args.positionalOnly + args.args).map(\.name)
        sig.positionalOnlyCount = args.positionalOnly.count
        sig.hasVarargs = args.vararg != nil
        sig.keywordOnlyNames = args.keywordOnly.map(\.name)
        sig.hasKwargs = args.kwarg != nil
        return sig
    }

    func childQualname(_ name: String) -> String {
        switch scope.kind {
        case .module: return name
        case .classBody: return code.qualname == "<module>" ? name : "\(qualPrefix)\(name)"
        case .function, .comprehension: return "\(code.qualname).<locals>.\(name)"
        }
    }

    /// Compiles a `def`/`lambda` once; the returned closure creates the function object each
    /// time the definition runs (evaluating defaults then).
    func compileFunctionMaker(_ def: FunctionDef, location: SourceLocation, scopeTag: Int) throws -> (Frame) throws -> InterpretedFunction {
        let child = try scope(for: location, tag: scopeTag)
        let qualname = childQualname(def.name)
        let fcode = makeCode(child, name: def.name, qualname: qualname, line: location.line)
        fcode.signature = signature(def.args)
        fcode.definition = (def, location)
        fcode.sourceLines = sourceLines
        fcode.profile = TierProfile(eligible: !fcode.isGenerator && fcode.freeSlots.isEmpty && fcode.cellSlots.isEmpty && fcode.signature.isSimple)
        let savedPrefix = qualPrefix
        qualPrefix = qualname + "."
        fcode.body = try nested(child, fcode) { try compileFunctionBody(def.body) }
        qualPrefix = savedPrefix
        let defaults = try def.args.defaults.map(compile)
        let kwDefaults: [(String, Eval)] = try zip(def.args.keywordOnly, def.args.keywordDefaults).compactMap { p, d in
            guard let d else { return nil }
            return (p.name, try compile(d))
        }
        let loadClosure = closureLoader(for: child)
        let globals = self.globals
        let moduleName = self.moduleName
        let doc = docstring(def.body)
        var annotated: [(String, Eval)] = []
        let params = def.args.positionalOnly + def.args.args + [def.args.vararg].compactMap { $0 }
            + def.args.keywordOnly + [def.args.kwarg].compactMap { $0 }
        for p in params { if let a = p.annotation { annotated.append((p.name, try compile(a))) } }
        if let r = def.returns { annotated.append(("return", try compile(r))) }
        return { f in
            let dv = try defaults.map { try $0(f) }
            var kw: [String: Value] = [:]
            for (n, e) in kwDefaults { kw[n] = try e(f) }
            let fn = InterpretedFunction(code: fcode, globals: globals, defaults: dv, keywordDefaults: kw,
                                         closure: loadClosure(f), moduleName: moduleName)
            if let doc { fn.attributes["__doc__"] = .str(doc) }
            if !annotated.isEmpty { fn.annotations = try annotated.map { ($0.0, try $0.1(f)) } }
            return fn
        }
    }

    /// A function body: its statements, resumable where a generator needs it.
    func compileFunctionBody(_ body: [Stmt]) throws -> Exec {
        if code.isGenerator { return try compileResumableBlock(body) }
        return try compileBlock(body)
    }

    // MARK: Classes

    func compileClass(_ cls: ClassDef, _ loc: SourceLocation) throws -> Eval {
        let decorators = try cls.decorators.map(compile)
        let bases = try cls.bases.map(compile)
        let child = try scope(for: loc, tag: 0)
        let qualname = childQualname(cls.name)
        let ccode = makeCode(child, name: cls.name, qualname: qualname, line: loc.line)
        let savedPrefix = qualPrefix
        qualPrefix = qualname + "."
        let body = try nested(child, ccode) { try compileBlock(cls.body) }
        qualPrefix = savedPrefix
        let loadClosure = closureLoader(for: child)
        let classCellSlot = child.slots["__class__"]
        let moduleName = self.moduleName
        let name = cls.name
        let globals = self.globals
        let doc = docstring(cls.body)
        return { f in
            let baseValues = try bases.map { try $0(f) }
            var baseTypes: [PyType] = []
            for b in baseValues {
                guard case .object(let o) = b, let t = o as? PyType else {
                    throw PythonError.typeError("bases must be types")
                }
                if t.isBuiltin && t.layout == .builtin && t !== PyType.object {
                    throw PythonError.typeError("Updraft does not support subclassing the builtin type '\(t.name)'")
                }
                baseTypes.append(t)
            }
            if baseTypes.isEmpty { baseTypes = [.object] }
            if !PyType.basesAreConsistent(baseTypes) {
                throw PythonError.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + baseTypes.map(\.name).joined(separator: ", "))
            }
            let frame = Frame.make(code: ccode, globals: globals)
            frame.namespace = ["__module__": .str(moduleName), "__qualname__": .str(qualname), "__doc__": doc.map { .str($0) } ?? Value.none]
            let closure = loadClosure(f)
            for (i, slot) in ccode.freeSlots.enumerated() where i < closure.count { frame.slots[slot] = .object(closure[i]) }
            let classCell = PyCell(nil)
            if let s = classCellSlot { frame.slots[s] = .object(classCell) }
            do {
                _ = try body(frame)
            } catch let e as PythonError {
                e.exception.traceback.append(TracebackEntry(filename: ccode.filename, line: frame.line, function: name))
                throw e
            }
            var namespace = frame.namespace ?? [:]
            // A class that defines __eq__ but not __hash__ is unhashable, as in CPython.
            if namespace["__eq__"] != nil && namespace["__hash__"] == nil { namespace["__hash__"] = Value.none }
            let type = PyType(name: name, bases: baseTypes, dict: namespace, builtin: false, module: moduleName)
            type.qualname = qualname
            type.allowedAttributes = try slotRestriction(namespace["__slots__"], bases: baseTypes)
            classCell.value = .object(type)
            var result: Value = .object(type)
            for d in decorators.reversed() { result = try call(try d(f), [result]) }
            return result
        }
    }

    // MARK: Comprehensions

    func compileComprehension(_ e: Expr) throws -> Eval {
        let gens: [Comprehension]
        switch e.kind {
        case .listComp(_, let g), .setComp(_, let g), .generatorExp(_, let g), .dictComp(_, _, let g): gens = g
        default: throw syntaxError("not a comprehension", e.location)
        }
        let child = try scope(for: e.location, tag: 2)
        let firstIter = try compile(gens[0].iter)
        let loadClosure = closureLoader(for: child)
        let kindName: String
        switch e.kind {
        case .listComp: kindName = "<listcomp>"
        case .setComp: kindName = "<setcomp>"
        case .dictComp: kindName = "<dictcomp>"
        default: kindName = "<genexpr>"
        }
        let ccode = makeCode(child, name: kindName, qualname: childQualname(kindName), line: e.location.line)
        let globals = self.globals
        if case .generatorExp(let elt, _) = e.kind {
            // A generator expression is a generator function over its first iterable.
            var body = Stmt(.expr(Expr(.yield(elt), elt.location)), elt.location)
            for (i, g) in gens.enumerated().reversed() {
                for cond in g.ifs.reversed() { body = Stmt(.if(test: cond, body: [body], orElse: []), cond.location) }
                let iter = i == 0 ? Expr(.name(".0"), g.iter.location) : g.iter
                body = Stmt(.for(target: g.target, iter: iter, body: [body], orElse: []), g.iter.location)
            }
            ccode.isGenerator = true
            ccode.body = try nested(child, ccode) { try compileResumableBlock([body]) }
            let fn = InterpretedFunction(code: ccode, globals: globals, defaults: [], keywordDefaults: [:],
                                         closure: [], moduleName: moduleName)
            return { f in
                let frame = Frame.make(code: ccode, globals: globals)
                frame.slots[0] = .object(try getIterator(try firstIter(f)))
                let closure = loadClosure(f)
                for (i, slot) in ccode.freeSlots.enumerated() where i < closure.count { frame.slots[slot] = .object(closure[i]) }
                for slot in ccode.cellSlots where slot != 0 { frame.slots[slot] = .object(PyCell(nil)) }
                return .object(Generator(frame: frame, function: fn))
            }
        }
        // List, set and dict comprehensions run eagerly in their own frame; the result
        // container sits in an extra slot.
        let accSlot = ccode.slotCount
        ccode.slotCount += 1
        let innermost: (Frame) throws -> Void = try nested(child, ccode) {
            switch e.kind {
            case .listComp(let elt, _):
                let v = try compile(elt)
                return { f in
                    if case .object(let o)? = f.slots[accSlot], let l = o as? PyList { l.items.append(try v(f)) }
                }
            case .setComp(let elt, _):
                let v = try compile(elt)
                return { f in
                    if case .object(let o)? = f.slots[accSlot], let s = o as? PySet { try s.add(try v(f)) }
                }
            case .dictComp(let k, let v, _):
                let ke = try compile(k), ve = try compile(v)
                return { f in
                    if case .object(let o)? = f.slots[accSlot], let d = o as? PyDict {
                        let key = try ke(f)
                        try d.table.set(key, try ve(f))
                    }
                }
            default:
                return { _ in }
            }
        }
        let loops = try nested(child, ccode) { try compileComprehensionLoops(gens, 0, innermost) }
        let makeResult: () -> PyObject
        switch e.kind {
        case .setComp: makeResult = { PySet() }
        case .dictComp: makeResult = { PyDict() }
        default: makeResult = { PyList() }
        }
        return { f in
            let frame = Frame.make(code: ccode, globals: globals)
            frame.slots[0] = try firstIter(f)
            let closure = loadClosure(f)
            for (i, slot) in ccode.freeSlots.enumerated() where i < closure.count { frame.slots[slot] = .object(closure[i]) }
            for slot in ccode.cellSlots where slot != 0 { frame.slots[slot] = .object(PyCell(nil)) }
            let result = makeResult()
            frame.slots[accSlot] = .object(result)
            try loops(frame)
            return .object(result)
        }
    }

    private func compileComprehensionLoops(_ gens: [Comprehension], _ index: Int,
                                           _ innermost: @escaping (Frame) throws -> Void) throws -> (Frame) throws -> Void {
        let g = gens[index]
        let iter: Eval = index == 0 ? { f in f.slots[0] ?? .none } : try compile(g.iter)
        let assign = try compileAssignTarget(g.target)
        let conds = try g.ifs.map(compile)
        let inner = index + 1 < gens.count ? try compileComprehensionLoops(gens, index + 1, innermost) : innermost
        return { f in
            let iterable = try iter(f)
            if case .object(let o) = iterable, let r = o as? PyRange {
                var i = r.start
                for _ in 0..<r.count {
                    try assign(f, .int(i))
                    i &+= r.step
                    var ok = true
                    for c in conds where !(try truthy(try c(f))) { ok = false; break }
                    if ok { try inner(f) }
                }
                return
            }
            let it = try getIterator(iterable)
            while let v = try it.next() {
                try assign(f, v)
                var ok = true
                for c in conds where !(try truthy(try c(f))) { ok = false; break }
                if ok { try inner(f) }
            }
        }
    }
}
