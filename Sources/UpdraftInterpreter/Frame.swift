// A frame: one activation of a function, class body or module. Locals live in an array of
// slots resolved at compile time; generators keep their frame between resumptions.

import UpdraftRuntime

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

final class Frame {
    /// Locals by slot; nil is "unbound". Cell and free slots hold a PyCell.
    var slots: [Value?]
    let globals: Globals
    let code: CodeInfo
    /// Line of the statement being executed, for tracebacks.
    var line: Int = 0
    var returnValue: Value = .none
    /// The class namespace while a class body runs.
    var namespace: [String: Value]?
    var namespaceOrder: [String] = []

    // Generator state: see Generator.swift.
    var resumeState: [Int]
    var resuming = false
    var sentValue: Value = .none
    var pendingThrow: PythonError?
    var yieldedValue: Value = .none
    /// Hidden per-statement storage for generators (loop iterators, context managers).
    var hidden: [Value]

    init(code: CodeInfo, globals: Globals) {
        self.code = code
        self.globals = globals
        self.slots = [Value?](repeating: nil, count: code.slotCount)
        self.resumeState = code.resumableCount == 0 ? [] : [Int](repeating: 0, count: code.resumableCount)
        self.hidden = code.hiddenCount == 0 ? [] : [Value](repeating: .none, count: code.hiddenCount)
    }

    func setNamespace(_ name: String, _ value: Value) {
        if namespace?[name] == nil { namespaceOrder.append(name) }
        namespace?[name] = value
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
    var resumableCount = 0
    var hiddenCount = 0
    var body: Exec = { _ in .next }
    var signature = Signature()

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
