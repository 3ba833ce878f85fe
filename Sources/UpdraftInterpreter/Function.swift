// Python functions defined by `def` and `lambda`: argument binding with CPython's rules and
// messages, the recursion limit, and the traceback entry each frame adds as an exception
// passes through it.

import Dispatch
import UpdraftRuntime

final class InterpretedFunction: PyFunction {
    let code: CodeInfo
    let globals: Globals
    var defaults: [Value]
    var keywordDefaults: [String: Value]
    let closure: [PyCell]
    // Copied out of `code` so a call touches no other object (each access would retain it).
    private let body: Exec
    private let isGenerator: Bool
    /// The positional count a direct call may use, or -1 when the signature is not simple.
    private let directArity: Int
    private let hasCells: Bool
    /// `__annotations__`, evaluated when the `def` ran.
    var annotations: [(String, Value)] = []

    init(code: CodeInfo, globals: Globals, defaults: [Value], keywordDefaults: [String: Value],
         closure: [PyCell], moduleName: String) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.body = code.body
        self.isGenerator = code.isGenerator
        self.directArity = code.signature.isSimple ? code.signature.positionalCount : -1
        self.hasCells = !(code.cellSlots.isEmpty && code.freeSlots.isEmpty)
        super.init(name: code.name, qualname: code.qualname, moduleName: moduleName)
    }

    override func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "__defaults__": return defaults.isEmpty ? Value.none : .tuple(defaults)
        case "__kwdefaults__":
            if keywordDefaults.isEmpty { return Value.none }
            let d = PyDict()
            for name in code.signature.keywordOnlyNames { if let v = keywordDefaults[name] { d.set(name, v) } }
            return .object(d)
        case "__annotations__":
            let d = PyDict()
            for (k, v) in annotations { d.set(k, v) }
            return .object(d)
        case "__code__": return Value.none
        case "__closure__": return closure.isEmpty ? Value.none : .tuple(closure.map { .object($0) })
        default: return nil
        }
    }

    override var source: FunctionSource? {
        guard let (def, location) = code.definition else { return nil }
        var free: [String: Value] = [:]
        for (i, slot) in code.freeSlots.enumerated() where i < closure.count {
            if let v = closure[i].value { free[code.slotNames[slot]] = v }
        }
        return FunctionSource(definition: def, location: location, filename: code.filename, globals: globals,
                              freeVariables: free, lines: code.sourceLines)
    }

    override func call(_ args: Args) throws -> Value {
        let frame = Frame.make(code: code, globals: globals)
        try bindArguments(frame, args)
        return try run(frame)
    }

    /// The fast path: exactly the positional arguments a simple signature needs.
    @inline(__always)
    func callPositional(_ values: [Value]) throws -> Value {
        let sig = code.signature
        if sig.isSimple && values.count == sig.positionalCount {
            let frame = Frame.make(code: code, globals: globals)
            for i in 0..<values.count { frame.slots[i] = values[i] }
            try prepareCells(frame)
            return try run(frame)
        }
        return try call(Args(values))
    }

    /// A frame for a call with exactly `argc` positional arguments, when the signature is
    /// simple enough for the caller to store them straight into the slots.
    @inline(__always)
    func frameForDirectCall(argc: Int) -> Frame? {
        guard argc == directArity else { return nil }
        return Frame.make(code: code, globals: globals)
    }

    /// Runs a frame whose arguments were stored by `frameForDirectCall`'s caller.
    @inline(__always)
    func runDirect(_ frame: Frame) throws -> Value {
        try prepareCells(frame)
        return try run(frame)
    }

    func run(_ frame: Frame) throws -> Value {
        if isGenerator { return .object(Generator(frame: frame, function: self)) }
        let profile = code.profile
        profile.calls &+= 1
        if profile.countdown > 0 { profile.countdown &-= 1 } else if let r = try tierEnter(frame) { return r }
        if profile.timed { return try timedRun(frame, profile) }
        return try runBody(frame)
    }

    /// `--stats`: the time of object-mode calls (the outermost activation of each function only,
    /// so recursion is not counted twice).
    @inline(never)
    private func timedRun(_ frame: Frame, _ profile: TierProfile) throws -> Value {
        if profile.activeCalls > 0 { return try runBody(frame) }
        profile.activeCalls += 1
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            profile.activeCalls -= 1
            profile.objectNs &+= DispatchTime.now().uptimeNanoseconds &- start
        }
        return try runBody(frame)
    }

    @inline(__always)
    private func runBody(_ frame: Frame) throws -> Value {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > Runtime.recursionLimit || StackGuard.isNearLimit() {
            throw PythonError.recursionError()
        }
        do {
            _ = try body(frame)
        } catch let e as PythonError {
            e.exception.traceback.append(TracebackEntry(filename: code.filename, line: frame.line, function: code.name))
            throw e
        }
        return frame.returnValue
    }

    /// Moves captured parameters into cells, creates the other cells, copies the closure.
    @inline(__always)
    func prepareCells(_ frame: Frame) throws {
        if !hasCells { return }
        for slot in code.cellSlots {
            frame.slots[slot] = .object(PyCell(frame.slots[slot] ?? nil))
        }
        for (i, slot) in code.freeSlots.enumerated() where i < closure.count {
            frame.slots[slot] = .object(closure[i])
        }
    }

    // MARK: Argument binding

    func bindArguments(_ frame: Frame, _ args: Args) throws {
        let sig = code.signature
        let positional = args.positional
        let nPos = sig.positionalCount
        let fname = code.qualname
        // Positional parameters, then *args.
        let direct = min(positional.count, nPos)
        for i in 0..<direct { frame.slots[i] = positional[i] }
        var slot = nPos
        if sig.hasVarargs {
            frame.slots[slot] = .tuple(positional.count > nPos ? Array(positional[nPos...]) : [])
            slot += 1
        } else if positional.count > nPos {
            throw tooManyPositional(given: positional.count, keywordsGiven: !args.keywords.isEmpty)
        }
        let kwOnlyStart = slot
        slot += sig.keywordOnlyNames.count
        var kwargs: PyDict?
        if sig.hasKwargs {
            let dict = PyDict()
            kwargs = dict
            frame.slots[slot] = .object(dict)
        }
        // Keywords.
        if sig.positionalOnlyCount > 0 && !sig.hasKwargs {
            let misused = args.keywords.map(\.name).filter { sig.positionalNames.prefix(sig.positionalOnlyCount).contains($0) }
            if !misused.isEmpty {
                throw PythonError.typeError("\(fname)() got some positional-only arguments passed as keyword arguments: '\(misused.joined(separator: ", "))'")
            }
        }
        for (name, value) in args.keywords {
            if let i = sig.positionalNames.firstIndex(of: name), i >= sig.positionalOnlyCount {
                if frame.slots[i] != nil {
                    throw PythonError.typeError("\(fname)() got multiple values for argument '\(name)'")
                }
                frame.slots[i] = value
            } else if let j = sig.keywordOnlyNames.firstIndex(of: name) {
                if frame.slots[kwOnlyStart + j] != nil {
                    throw PythonError.typeError("\(fname)() got multiple values for argument '\(name)'")
                }
                frame.slots[kwOnlyStart + j] = value
            } else if let kw = kwargs {
                try kw.table.set(.str(name), value)
            } else {
                throw PythonError.typeError("\(fname)() got an unexpected keyword argument '\(name)'")
            }
        }
        // Defaults and missing arguments.
        let firstDefault = nPos - defaults.count
        var missing: [String] = []
        for i in 0..<nPos where frame.slots[i] == nil {
            if i >= firstDefault { frame.slots[i] = defaults[i - firstDefault] } else { missing.append(sig.positionalNames[i]) }
        }
        if !missing.isEmpty { throw missingArguments(missing, kind: "positional") }
        for (j, name) in sig.keywordOnlyNames.enumerated() where frame.slots[kwOnlyStart + j] == nil {
            if let d = keywordDefaults[name] { frame.slots[kwOnlyStart + j] = d } else { missing.append(name) }
        }
        if !missing.isEmpty { throw missingArguments(missing, kind: "keyword-only") }
        try prepareCells(frame)
    }

    private func tooManyPositional(given: Int, keywordsGiven: Bool) -> PythonError {
        let n = code.signature.positionalCount
        let minimum = n - defaults.count
        let takes = minimum == n ? "\(n)" : "from \(minimum) to \(n)"
        let plural = n == 1 && minimum == n ? "" : "s"
        return .typeError("\(code.qualname)() takes \(takes) positional argument\(plural) but \(given) \(given == 1 ? "was" : "were") given")
    }

    private func missingArguments(_ names: [String], kind: String) -> PythonError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
        }
        let plural = names.count == 1 ? "" : "s"
        return .typeError("\(code.qualname)() missing \(names.count) required \(kind) argument\(plural): \(list)")
    }
}

/// Depth of Python calls in progress (module-level global: no cross-module accessor call).
nonisolated(unsafe) var callDepth = 0

/// Guards the native stack: the evaluator recurses on it, so deep Python recursion must
/// become RecursionError before the thread's stack runs out.
enum StackGuard {
    nonisolated(unsafe) static var base: UInt = 0
    nonisolated(unsafe) static var size: UInt = 0

    static func start(stackSize: Int) {
        var marker = 0
        base = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        size = UInt(stackSize)
    }

    @inline(__always)
    static func isNearLimit() -> Bool {
        if base == 0 { return false }
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        // The stack grows down; keep a margin for the native code that runs below a frame.
        return here < base && base - here > size - 2 * 1024 * 1024
    }
}
