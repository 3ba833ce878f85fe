// Background compilation: the tier's compilations (promoted functions, OSR loops) run on one
// worker thread while the interpreter goes on; the interpreter polls the result at the next
// call or loop header and installs it there — one thread publishes, one thread installs, so the
// switch to the new entry point is atomic from the program's point of view.
//
// What runs on the worker must not touch the interpreter's mutable state: the decision to
// compile (PromotionAnalyzer) and the lookup of every global name the function uses are made
// on the interpreter's thread first, so the front half sees a frozen snapshot; the LLVM engine
// is shared with @njit compilations under its own lock; log lines are written by the
// interpreter's thread when it installs the result. `--jit-sync` (and `--jit=eager`, which
// means "compile before the first call") compile in line instead, for deterministic logs.

import Dispatch
import Foundation
import UpdraftLLVM
import UpdraftRuntime
import UpdraftSyntax

/// One compilation in flight; `poll()` is nil until it has finished.
final class PendingCompile<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: T?
    private var done = false

    func finish(_ value: T) {
        condition.lock()
        outcome = value
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until the compilation has finished.
    func wait() {
        condition.lock()
        while !done { condition.wait() }
        condition.unlock()
    }

    func poll() -> T? {
        condition.lock()
        defer { condition.unlock() }
        return done ? outcome : nil
    }
}

public enum BackgroundCompiler {
    /// False with --jit-sync: compile in line.
    nonisolated(unsafe) public static var enabled = true
    private static let queue = DispatchQueue(label: "updraft.tier-compiler", qos: .userInitiated)
    private static let group = DispatchGroup()

    /// Runs `work` on the worker (or now, when compiling in line).
    /// `inline`: compile now anyway (a compilation whose LLVM dumps must not interleave with the
    /// interpreter's own output).
    static func start<T>(inline: Bool = false, _ work: @escaping () -> T) -> PendingCompile<T> {
        let pending = PendingCompile<T>()
        if inline || !enabled || TieringConfiguration.mode == .eager {
            pending.finish(work())
            return pending
        }
        nonisolated(unsafe) let job = work
        track(1)
        queue.async(group: group) {
            pending.finish(job())
            track(-1)
        }
        return pending
    }

    private static let counter = NSLock()
    nonisolated(unsafe) private static var inFlight = 0

    private static func track(_ delta: Int) {
        counter.lock()
        inFlight += delta
        counter.unlock()
    }

    /// True while the worker is compiling.
    public static var busy: Bool {
        counter.lock()
        defer { counter.unlock() }
        return inFlight > 0
    }

    /// Waits for compilations in flight.
    public static func drain() { group.wait() }

    /// Ends the process. LLVM must not be torn down (static destructors) under a compilation
    /// still running on the worker, and waiting for it would make short scripts slower, so a
    /// process with work in flight flushes its output and leaves without running destructors.
    public static func exitProcess(_ status: Int32) -> Never {
        OutputStream.stdout.flush()
        OutputStream.stderr.flush()
        if busy {
            fflush(nil)
            _exit(status)
        }
        exit(status)
    }
}

/// The globals and builtins a function refers to, looked up on the interpreter's thread.
struct GlobalSnapshot {
    private var values: [String: Value] = [:]

    init(_ def: FunctionDef, _ globals: Globals) {
        for s in def.body {
            for n in LoopNames(s).used {
                if let v = globals.get(n) ?? Runtime.builtins.get(n) { values[n] = v }
            }
        }
    }

    func get(_ name: String) -> Value? { values[name] }
}
