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
import UpdraftRuntime
import UpdraftSyntax

/// One compilation in flight; `poll()` is nil until it has finished.
final class PendingCompile<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: T?
    private var done = false

    func finish(_ value: T) {
        lock.lock()
        outcome = value
        done = true
        lock.unlock()
    }

    func poll() -> T? {
        lock.lock()
        defer { lock.unlock() }
        return done ? outcome : nil
    }
}

public enum BackgroundCompiler {
    /// False with --jit-sync: compile in line.
    nonisolated(unsafe) public static var enabled = true
    private static let queue = DispatchQueue(label: "updraft.tier-compiler", qos: .userInitiated)
    private static let group = DispatchGroup()

    /// Runs `work` on the worker (or now, when compiling in line).
    static func start<T>(_ work: @escaping () -> T) -> PendingCompile<T> {
        let pending = PendingCompile<T>()
        if !enabled || TieringConfiguration.mode == .eager {
            pending.finish(work())
            return pending
        }
        nonisolated(unsafe) let job = work
        queue.async(group: group) { pending.finish(job()) }
        return pending
    }

    /// Waits for compilations in flight (before the process exits: LLVM must not be torn down
    /// under the worker).
    public static func drain() { group.wait() }
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
