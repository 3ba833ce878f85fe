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

    init(eligible: Bool) {
        self.eligible = eligible
        countdown = eligible && TierSettings.hook != nil ? TierSettings.initialCountdown : Int.max
    }
}

public enum TierSettings {
    /// The installed policy (nil: no tiering of undecorated functions).
    nonisolated(unsafe) public static var hook: TierHook?
    /// Countdown of a fresh function: the threshold (0 = compile at the first call).
    nonisolated(unsafe) public static var initialCountdown = 1000
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
}
