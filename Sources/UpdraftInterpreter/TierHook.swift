// The interpreter's side of tiering: cheap profiling counters and the hook through which the
// tier policy (UpdraftTiering, installed by the command line) promotes hot functions. The
// interpreter does not import the compiler; it only counts and asks.
//
// Each function's CodeInfo holds one countdown, decremented per call and per loop back-edge
// (weighted events). While it is positive nothing else happens: a decrement and a compare on
// the hot path. When it reaches zero the next call goes to the hook, which may run compiled
// code for it (returning its result), or reset the countdown (back-off, megamorphic: never).

import UpdraftRuntime

/// What the tier policy implements.
public protocol TierHook: AnyObject {
    /// A call of a function whose countdown is zero. `arguments` are the bound parameter
    /// slots. Returns the result when compiled code ran it, nil to run it in object mode.
    /// May set `profile.countdown` (back-off) or keep it zero (every call comes back here).
    func enter(_ function: PyFunction, _ profile: TierProfile, arguments: UnsafeMutablePointer<Value?>, count: Int) throws -> Value?
    /// The top of an iteration of a loop whose countdown is zero (LoopSites.swift): whether
    /// compiled code ran the rest of the loop (its results written into `slots`), or returned.
    func enterLoop(_ site: LoopSite, source: FunctionSource, slots: UnsafeMutablePointer<Value?>, cursor: LoopCursor) throws -> LoopExit
}

/// Per-function profile state, kept on the function's code.
public final class TierProfile {
    /// Weighted events (calls + loop back-edges) left before the hook is consulted.
    public var countdown: Int
    /// Calls of the function (all tiers).
    public var calls: Int = 0
    /// Scratch space for the tier policy (its per-function record).
    public var state: AnyObject?
    /// True for functions the hook must never see (generators, closures, class bodies).
    public let eligible: Bool
    /// `--stats`: object-mode calls are timed (`objectNs`, outermost activations only).
    let timed: Bool
    public var objectNs: UInt64 = 0
    var activeCalls = 0
    /// The function's loops, for on-stack replacement and loop lifting.
    public var loopSites: [LoopSite] = []
    /// Set for `@jit` functions running in object mode: loops are lifted from their first iteration.
    public var liftLoops = false

    init(eligible: Bool) {
        self.eligible = eligible
        timed = eligible && TierSettings.timeCalls
        countdown = eligible && TierSettings.hook != nil ? TierSettings.initialCountdown : Int.max
    }
}

public enum TierSettings {
    /// The installed policy (nil: no tiering of undecorated functions).
    nonisolated(unsafe) public static var hook: TierHook?
    /// Countdown of a fresh function: the threshold (0 = compile at the first call).
    nonisolated(unsafe) public static var initialCountdown = 1000
    /// `--stats`: time the object-mode calls of functions defined from now on.
    nonisolated(unsafe) public static var timeCalls = false
    /// Iterations of one loop before it is considered for on-stack replacement.
    nonisolated(unsafe) public static var initialLoopCountdown = 1000
}

extension InterpretedFunction {
    /// The slow path of `run`: the countdown reached zero.
    @inline(never)
    func tierEnter(_ frame: Frame) throws -> Value? {
        guard let hook = TierSettings.hook else { code.profile.countdown = Int.max; return nil }
        return try hook.enter(self, code.profile, arguments: frame.slots, count: code.signature.positionalCount)
    }
}

extension PyFunction {
    /// Calls counted by the profile (0 for functions that are not interpreted).
    public var tierProfileCalls: Int { (self as? InterpretedFunction)?.code.profile.calls ?? 0 }
    /// `--stats`: time spent in object-mode calls of the function.
    public var tierObjectNs: UInt64 { (self as? InterpretedFunction)?.code.profile.objectNs ?? 0 }
}
