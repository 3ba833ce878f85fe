// A frame: one activation of a function, class body or module. Locals live in an array of
// slots resolved at compile time; generators keep their frame between resumptions.

import UpdraftRuntime
import UpdraftSyntax

/// What a statement did: fall through, leave a loop, return, or (in generators) suspend.
enum Flow {
    case next
    case breakLoop
    case continueLoop
    case returned
    case yielded
}

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Flow

// Closures kept in arrays are wrapped in these structs: a bare closure stored in an Array is
// reabstracted, and every call then goes through a conversion thunk (measured: ~10% of a
// call-heavy benchmark).
struct EvalBox { let run: Eval }
struct ExecBox { let run: Exec }

extension Compiler {
    func compileEach(_ exprs: [Expr]) throws -> [EvalBox] {
        var out: [EvalBox] = []
        out.reserveCapacity(exprs.count)
        for e in exprs { out.append(EvalBox(run: try compile(e))) }
        return out
    }
}

/// A frame is one allocation: a header plus the local slots stored inline after it
/// (ManagedBuffer), because allocation and reference counting dominate Python calls.
final class Frame: ManagedBuffer<FrameHeader, Value?> {
    static func make(code: CodeInfo, globals: Globals) -> Frame {
        let count = code.slotCount
        let buffer = Frame.create(minimumCapacity: count) { _ in
            var header = FrameHeader(code: code, globals: globals, extra: code.needsExtra ? FrameExtra(code) : nil)
            if code.resumableCount > 0 {
                let state = UnsafeMutablePointer<Int>.allocate(capacity: code.resumableCount)
                state.initialize(repeating: 0, count: code.resumableCount)
                header.resumeState = state
            }
            return header
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: count) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { header, slots in
            _ = slots.deinitialize(count: header.pointee.code.slotCount)
            header.pointee.resumeState?.deallocate()
        }
    }

    /// Where each resumable statement of a generator stopped (see Compiler+Generators.swift).
    @inline(__always) var resumeState: UnsafeMutablePointer<Int> { header.resumeState.unsafelyUnwrapped }

    /// Locals by slot; nil is "unbound". Cell and free slots hold a PyCell.
    @inline(__always) var slots: UnsafeMutablePointer<Value?> {
        withUnsafeMutablePointerToElements { $0 }
    }
    @inline(__always) var code: CodeInfo { header.code }
    @inline(__always) var globals: Globals { header.globals }
    /// Line of the statement being executed, for tracebacks.
    @inline(__always) var line: Int {
        get { header.line }
        set { header.line = newValue }
    }
    @inline(__always) var returnValue: Value {
        get { header.returnValue }
        set { header.returnValue = newValue }
    }

    // Generator and class-body state lives in `extra`, allocated only for those frames.
    var extra: FrameExtra {
        if let e = header.extra { return e }
        let e = FrameExtra(header.code)
        header.extra = e
        return e
    }
    var namespace: [String: Value]? {
        get { header.extra?.namespace }
        set { extra.namespace = newValue }
    }
    @inline(__always) var resuming: Bool {
        get { header.resuming }
        set { header.resuming = newValue }
    }
    var sentValue: Value {
        get { extra.sentValue }
        set { extra.sentValue = newValue }
    }
    var pendingThrow: PythonError? {
        get { extra.pendingThrow }
        set { extra.pendingThrow = newValue }
    }
    var yieldedValue: Value {
        get { extra.yieldedValue }
        set { extra.yieldedValue = newValue }
    }

    func setNamespace(_ name: String, _ value: Value) {
        let e = extra
        if e.namespace?[name] == nil { e.namespaceOrder.append(name) }
        e.namespace?[name] = value
    }
}

struct FrameHeader {
    // The function object (or the running module) keeps these alive for the frame's life.
    unowned(unsafe) let code: CodeInfo
    unowned(unsafe) let globals: Globals
    var line: Int = 0
    var returnValue: Value = .none
    var extra: FrameExtra?
    // Generator state read on every resumption, kept here so reading it retains nothing.
    var resuming = false
    var resumeState: UnsafeMutablePointer<Int>?

    init(code: CodeInfo, globals: Globals, extra: FrameExtra?) {
        self.code = code
        self.globals = globals
        self.extra = extra
    }
}

/// State only generator frames and class bodies need.
final class FrameExtra {
    var namespace: [String: Value]?
    var namespaceOrder: [String] = []
    var sentValue: Value = .none
    var pendingThrow: PythonError?
    var yieldedValue: Value = .none
    /// Hidden per-statement storage for generators (loop iterators, context managers).
    var hidden: [Value]

    init(_ code: CodeInfo) {
        hidden = [Value](repeating: .none, count: code.hiddenCount)
    }
}

/// What the compiler knows about a function body: enough to build and run frames.
final class CodeInfo {
    let name: String
    var qualname: String
    let filename: String
    let firstLine: Int
    var slotCount = 0
    var slotNames: [String] = []
    /// Slots that need a fresh cell at entry (locals captured by inner functions).
    var cellSlots: [Int] = []
    /// Parameters that are also cells: their argument moves into the cell at entry.
    var cellParameterSlots: [Int] = []
    /// Slots filled from the function's closure, in closure order.
    var freeSlots: [Int] = []
    var isGenerator = false
    /// Generators and class bodies need a FrameExtra.
    var needsExtra: Bool { isGenerator || resumableCount > 0 }
    var resumableCount = 0
    var hiddenCount = 0
    var body: Exec = { _ in .next }
    var signature = Signature()
    /// The `def` this code came from and its location (nil for modules, classes, lambdas).
    var definition: (def: FunctionDef, location: SourceLocation)?
    /// The whole file's lines, for the compiler's error carets.
    var sourceLines: [Substring] = []
    /// Tiering counters (TierHook.swift); created when the body is known to be a plain function.
    var profile = TierProfile(eligible: false)

    init(name: String, qualname: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
    }
}

/// A function's parameters, in slot order: positional, *args, keyword-only, **kwargs.
struct Signature {
    var positionalNames: [String] = []
    var positionalOnlyCount = 0
    var hasVarargs = false
    var keywordOnlyNames: [String] = []
    var hasKwargs = false
    /// Simple: positional parameters only, no `*`/`**` — the fast call path applies.
    var isSimple: Bool { !hasVarargs && !hasKwargs && keywordOnlyNames.isEmpty }
    var positionalCount: Int { positionalNames.count }
}
