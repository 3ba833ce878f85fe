// On-stack replacement, the interpreter's side: every `for`/`while` loop of a plain function
// is a LoopSite with its own countdown of iterations. When it reaches zero, the loop asks the
// tier hook at the top of an iteration — the loop header, where the only state is the frame's
// locals and the iterator's position — whether compiled code should run the rest of the loop.
// If it did, the hook has written the loop's results back into the locals and the loop is over;
// if not (not compilable, or a guard failed and everything it did was undone), the interpreter
// simply goes on with the iteration it was about to run.

import UpdraftRuntime
import UpdraftSyntax

/// Where a loop stands at the top of an iteration.
public enum LoopCursor {
    /// `for v in range(...)`: the next value, the step, and how many values are left.
    case range(next: Int, step: Int, remaining: Int)
    /// `for v in seq` over a list or a 1-d array: the sequence and the next index.
    case sequence(PyObject, index: Int)
    /// A `while` loop: all of its state is in the locals.
    case whileLoop
}

/// One loop of one function, with its profile.
public final class LoopSite {
    /// The loop statement (`for` or `while`), as written.
    public let statement: Stmt
    /// The innermost loop around this one in the same function.
    public let parent: LoopSite?
    /// The function's local names by slot ("" for hidden slots).
    public let slotNames: [String]
    public let qualname: String
    public let filename: String
    /// The enclosing function's profile (whose hook state the tier shares).
    public unowned(unsafe) let profile: TierProfile
    /// Iterations left before the hook is asked; 0: asked at every iteration's top.
    public var countdown: Int
    /// Scratch space for the tier policy.
    public var state: AnyObject?

    init(statement: Stmt, parent: LoopSite?, code: CodeInfo) {
        self.statement = statement
        self.parent = parent
        slotNames = code.slotNames
        qualname = code.qualname
        filename = code.filename
        profile = code.profile
        countdown = code.profile.eligible && TierSettings.hook != nil ? TierSettings.initialLoopCountdown : Int.max
        code.profile.loopSites.append(self)
    }

    /// A site whose countdown never runs out, for loops that are never replaced.
    nonisolated(unsafe) static let never: LoopSite = {
        let code = CodeInfo(name: "", qualname: "", filename: "", firstLine: 0)
        let site = LoopSite(statement: Stmt(.pass, .unknown), parent: nil, code: code)
        site.countdown = Int.max
        return site
    }()

    /// The slot of a local variable, if `name` is one.
    public func slot(of name: String) -> Int? { slotNames.firstIndex(of: name) }
}

extension Compiler {
    /// A site for a loop about to be compiled, nested in the loops being compiled around it.
    func makeLoopSite(_ statement: Stmt) -> LoopSite? {
        guard code.profile.eligible else { return nil }
        return LoopSite(statement: statement, parent: loopStack.last, code: code)
    }

    func withLoop<T>(_ site: LoopSite?, _ body: () throws -> T) rethrows -> T {
        guard let site else { return try body() }
        loopStack.append(site)
        defer { loopStack.removeLast() }
        return try body()
    }
}

/// What the tier did at a loop header.
public enum LoopExit {
    /// Nothing: the interpreter runs the iteration.
    case stay
    /// Compiled code ran the rest of the loop; the loop's results are in the locals.
    case finished
    /// Compiled code ran into a `return` in the loop: the function returns this value.
    case returned(Value)
}

/// The slow path at the top of an iteration whose site's countdown is zero: how the loop goes
/// on (nil: the interpreter runs this iteration).
@inline(never)
func loopHeader(_ site: LoopSite, _ frame: Frame, _ cursor: LoopCursor) throws -> Flow? {
    switch try enterLoop(site, frame, cursor) {
    case .stay: return nil
    case .finished: return .next
    case .returned(let v):
        frame.returnValue = v
        return .returned
    }
}

private func enterLoop(_ site: LoopSite, _ frame: Frame, _ cursor: LoopCursor) throws -> LoopExit {
    guard let hook = TierSettings.hook else { site.countdown = Int.max; return .stay }
    let code = frame.code
    guard let (def, location) = code.definition else { site.countdown = Int.max; return .stay }
    let source = FunctionSource(definition: def, location: location, filename: code.filename, globals: frame.globals,
                                freeVariables: [:], lines: code.sourceLines)
    return try hook.enterLoop(site, source: source, slots: frame.slots, cursor: cursor)
}

extension PyFunction {
    /// The lines of the function's loops that can be entered in compiled code (outermost first).
    public var loopLines: [Int] {
        guard let f = self as? InterpretedFunction else { return [] }
        return f.code.profile.loopSites.filter { $0.parent == nil }.map(\.statement.location.line).sorted()
    }

    /// numba's loop lifting for `@jit` functions that fell back to object mode: their loops
    /// are offered to the tier hook from their first iteration.
    public func liftLoops() {
        guard let f = self as? InterpretedFunction else { return }
        f.code.profile.liftLoops = true
        guard TierSettings.hook != nil else { return }
        for site in f.code.profile.loopSites { site.countdown = 0 }
    }
}
