// The tier policy for undecorated functions (installed by the command line as the
// interpreter's TierHook): when a function's weighted event count (calls + loop back-edges)
// crosses the threshold, it is compiled for the argument types of the call at hand, if
// Promotability says that is safe; later calls with those types run the machine code.
//
// Guards: the signature (each argument's Python type, e.g. int that fits int64 vs a big int,
// float vs numpy.float64) is checked on every call; int64 arithmetic is checked for overflow
// inside the compiled code. A failed guard, or any exception in compiled code, runs the call
// again from the start in object mode — sound because promoted functions have no side effects.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftInterpreter
import UpdraftLLVM
import UpdraftRuntime
import UpdraftSyntax

public final class TierPolicy: TierHook {
    public nonisolated(unsafe) static let shared = TierPolicy()

    /// Weighted events before promotion (0: compile at the first call).
    public var threshold = 1000
    public static let maxSignatures = 4
    /// Calls whose argument types are watched before the first promotion.
    static let typeWindow = 8
    /// Loops with more (estimated) iterations left than this are compiled at O3 straight away;
    /// others get quick code first, recompiled at O3 once they have run this long in it.
    static let optimizeAboveIterations = 1_000_000.0
    static let optimizeAfterNs: UInt64 = 20_000_000
    /// Calls of a quick signature after which it is recompiled at O3.
    static let optimizeAfterCalls = 2000

    final class Signature {
        let kinds: [ArgKind]
        let caller: NativeCaller
        let plan: PromotionPlan
        let out: NDArray?
        let compileMs: (front: Double, native: Double)
        var calls = 0
        var guardFailures = 0
        var nativeNs: UInt64 = 0
        /// Compiled by the quick engine; an O3 recompilation is in flight.
        let quick: Bool
        var upgrading = false
        init(kinds: [ArgKind], caller: NativeCaller, plan: PromotionPlan, out: NDArray?, compileMs: (Double, Double), quick: Bool) {
            self.quick = quick
            self.kinds = kinds
            self.caller = caller
            self.plan = plan
            self.out = out
            self.compileMs = compileMs
        }
        var label: String { "(" + kinds.map(\.description).joined(separator: ", ") + ")" }
    }

    final class Record {
        let function: PyFunction
        var signatures: [Signature] = []
        /// Signatures that could not be compiled (never retried).
        var failed: Set<[ArgKind]> = []
        var failures = 0
        var megamorphic = false
        var objectCalls = 0
        var rejected: String?
        var guardLogs = 0
        var compare = CompareStats()
        var inCompare = false
        /// Compilations in flight on the worker.
        var pending: [[ArgKind]: PendingCompile<CompileOutcome>] = [:]
        /// Argument types of the calls watched before the first promotion.
        var window: [[ArgKind]] = []
        /// O3 recompilations of quick signatures that stayed hot.
        var upgrades: [[ArgKind]: PendingCompile<CompileOutcome>] = [:]
        init(_ f: PyFunction) { function = f }
        var location: String {
            guard let s = function.source else { return function.qualname }
            return "\((s.filename as NSString).lastPathComponent):\(s.location.line)"
        }
    }

    struct CompareStats {
        var calls = 0
        var objectNs: UInt64 = 0
        var nativeNs: UInt64 = 0
        var mismatches = 0
        var sampled = 0
    }

    var records: [Record] = []
    var loopRecords: [LoopRecord] = []
    /// `--compare` is running a call in object mode: its loops stay interpreted too.
    var comparing = 0

    public func enter(_ function: PyFunction, _ profile: TierProfile, arguments: UnsafeMutablePointer<Value?>, count: Int) throws -> Value? {
        let rec: Record
        if let r = profile.state as? Record { rec = r } else {
            rec = Record(function)
            profile.state = rec
            records.append(rec)
        }
        if rec.inCompare { return nil }
        var kinds: [ArgKind] = []
        kinds.reserveCapacity(count)
        for i in 0..<count {
            guard let v = arguments[i], let k = ArgKind.of(v) else {
                signatureGuardFailed(rec, profile, arguments, count, bad: i)
                return nil
            }
            kinds.append(k)
        }
        for (i, sig) in rec.signatures.enumerated() where sig.kinds == kinds {
            if sig.upgrading, let up = rec.upgrades[kinds], let outcome = up.poll() {
                // The O3 recompilation of a quick signature is ready: it takes over.
                rec.upgrades[kinds] = nil
                sig.upgrading = false
                if let text = outcome.log { TierLog.event(text) }
                if let better = outcome.signature {
                    TierLog.event("optimised: \(rec.function.qualname)\(sig.label) [\(rec.location)] recompiled at O3 after \(sig.calls) calls in quick code (LLVM \(String(format: "%.1f", better.compileMs.native)) ms)")
                    better.calls = sig.calls
                    better.guardFailures = sig.guardFailures
                    better.nativeNs = sig.nativeNs
                    rec.signatures[i] = better
                    return try run(rec, better, arguments, count)
                }
            }
            return try run(rec, sig, arguments, count)
        }
        // A signature not compiled yet.
        if rec.failed.contains(kinds) || rec.megamorphic { rec.objectCalls += 1; return nil }
        if rec.signatures.count >= TierPolicy.maxSignatures {
            rec.megamorphic = true
            TierLog.event("megamorphic: \(rec.function.qualname) [\(rec.location)] already has \(TierPolicy.maxSignatures) compiled signatures; calls with \(label(kinds)) stay in object mode")
            rec.objectCalls += 1
            return nil
        }
        if let pending = rec.pending[kinds] {
            return try install(rec, profile, kinds, pending, arguments, count)
        }
        if rec.signatures.isEmpty && rec.pending.isEmpty && threshold > 0 {
            // The function is hot: watch the argument types of a few calls and promote only
            // types that are stable (a polymorphic function stays in object mode for now).
            rec.window.append(kinds)
            rec.objectCalls += 1
            if rec.window.count < TierPolicy.typeWindow { return nil }
            var counts: [[ArgKind]: Int] = [:]
            for k in rec.window { counts[k, default: 0] += 1 }
            rec.window = []
            let top = counts.max { $0.value < $1.value || ($0.value == $1.value && label($0.key) > label($1.key)) }!
            guard top.value * 4 >= TierPolicy.typeWindow * 3 else {
                if rec.failures == 0 {
                    TierLog.event("not promoted yet: \(rec.function.qualname) [\(rec.location)]: argument types unstable (\(counts.count) signatures in its last \(TierPolicy.typeWindow) calls); stays in object mode for now")
                }
                rec.failures += 1
                profile.countdown = rec.failures >= 3 ? Int.max : max(threshold, 1) << rec.failures
                return nil
            }
            rec.objectCalls -= 1
            if top.key != kinds {
                if let pending = startCompile(rec, top.key, events: profile.calls) { rec.pending[top.key] = pending }
                rec.objectCalls += 1
                return nil
            }
        }
        if let pending = startCompile(rec, kinds, events: profile.calls) {
            rec.pending[kinds] = pending
            if pending.poll() == nil {
                TierLog.event("hot: \(rec.function.qualname)\(label(kinds)) [\(rec.location)] after \(profile.calls) calls; compiling it in the background while calls go on in object mode")
            }
            return try install(rec, profile, kinds, pending, arguments, count)
        }
        return compileFailed(rec, profile, kinds)
    }

    /// A compilation that finished (in line, or on the worker while object mode went on) is
    /// logged and installed here, on the interpreter's thread.
    private func install(_ rec: Record, _ profile: TierProfile, _ kinds: [ArgKind], _ pending: PendingCompile<CompileOutcome>,
                         _ arguments: UnsafeMutablePointer<Value?>, _ count: Int) throws -> Value? {
        guard let outcome = pending.poll() else { rec.objectCalls += 1; return nil }
        rec.pending[kinds] = nil
        if let text = outcome.log { TierLog.event(text) }
        guard let sig = outcome.signature else { return compileFailed(rec, profile, kinds) }
        rec.signatures.append(sig)
        return try run(rec, sig, arguments, count)
    }

    private func compileFailed(_ rec: Record, _ profile: TierProfile, _ kinds: [ArgKind]) -> Value? {
        rec.failed.insert(kinds)
        rec.failures += 1
        rec.objectCalls += 1
        if rec.signatures.isEmpty {
            // Back off: the next attempt (another signature) only after more events, and
            // after 3 failures never again.
            profile.countdown = rec.failures >= 3 || rec.rejected != nil ? Int.max : max(threshold, 1) << rec.failures
        }
        return nil
    }

    private func label(_ kinds: [ArgKind]) -> String { "(" + kinds.map(\.description).joined(separator: ", ") + ")" }

    private func signatureGuardFailed(_ rec: Record, _ profile: TierProfile, _ args: UnsafeMutablePointer<Value?>, _ count: Int, bad: Int) {
        rec.objectCalls += 1
        if rec.signatures.isEmpty {
            // Nothing compiled: this is just a call with types the compiler does not take.
            if rec.failures == 0 {
                TierLog.event("not promoted: \(rec.function.qualname) [\(rec.location)]: argument \(bad + 1) is \(TierValues.describe(args[bad])), which compiled code does not take; stays in object mode for now")
            }
            rec.failures += 1
            profile.countdown = rec.failures >= 3 ? Int.max : max(threshold, 1) << rec.failures
            return
        }
        if rec.guardLogs < 5 {
            rec.guardLogs += 1
            TierLog.event("guard failed: \(rec.function.qualname) [\(rec.location)] signature guard: argument \(bad + 1) is \(TierValues.describe(args[bad])), not one of the compiled signatures \(rec.signatures.map(\.label).joined(separator: " ")); this call runs in object mode")
        }
    }

    // MARK: Running compiled code

    private func run(_ rec: Record, _ sig: Signature, _ arguments: UnsafeMutablePointer<Value?>, _ count: Int) throws -> Value? {
        var args: [Value] = []
        args.reserveCapacity(count + 1)
        for i in 0..<count {
            args.append(TierValues.unboxed(arguments[i]!))
        }
        if let out = sig.out { args.append(.object(out)) }
        let timing = TierStats.enabled || TierStats.compare
        let start = timing ? DispatchTime.now().uptimeNanoseconds : 0
        let raw: Value
        do {
            raw = try sig.caller.call(args)
        } catch {
            sig.guardFailures += 1
            rec.objectCalls += 1
            if rec.guardLogs < 5 {
                rec.guardLogs += 1
                let text = TierValues.guardFailure(error)
                TierLog.event("guard failed: \(rec.function.qualname)\(sig.label) [\(rec.location)]: \(text); the call is re-run from its start in object mode (the function has no side effects)")
            }
            return nil
        }
        var result = box(raw, sig)
        if timing {
            let ns = DispatchTime.now().uptimeNanoseconds - start
            sig.nativeNs += ns
            if TierStats.compare { result = try compare(rec, sig, arguments, count, result, nativeNs: ns) }
        }
        sig.calls += 1
        if sig.quick && sig.calls == TierPolicy.optimizeAfterCalls && !sig.upgrading, let pending = startCompile(rec, sig.kinds, events: sig.calls, quick: false) {
            sig.upgrading = true
            rec.upgrades[sig.kinds] = pending
        }
        return result
    }

    /// The native result as the Python object object mode would have produced.
    private func box(_ raw: Value, _ sig: Signature) -> Value {
        let numpy: Bool
        if let n = sig.plan.returnNumpy { numpy = n } else {
            numpy = sig.out!.data.load(as: Int64.self) != 0
        }
        return TierValues.box(raw, base: sig.plan.returnBase, numpy: numpy)
    }

    /// `--compare`: runs the call in object mode too (sampled) and checks the results agree.
    private func compare(_ rec: Record, _ sig: Signature, _ arguments: UnsafeMutablePointer<Value?>, _ count: Int,
                         _ result: Value, nativeNs: UInt64) throws -> Value {
        let n = rec.compare.calls
        guard n < 100 || n % 100 == 0 else { rec.compare.calls += 1; rec.compare.nativeNs += nativeNs; return result }
        var args: [Value] = []
        for i in 0..<count {
            let v = arguments[i]!
            if case .object(let o) = v, let a = o as? NDArray { args.append(.object(try a.copy())) } else { args.append(v) }
        }
        rec.inCompare = true
        comparing += 1
        defer { rec.inCompare = false; comparing -= 1 }
        let start = DispatchTime.now().uptimeNanoseconds
        let expected = try rec.function.call(Args(args))
        let ns = DispatchTime.now().uptimeNanoseconds - start
        rec.compare.calls += 1
        rec.compare.objectNs += ns
        rec.compare.nativeNs += nativeNs
        rec.compare.sampled += 1
        let same = TierValues.typeName(expected) == TierValues.typeName(result) && ((try? valuesEqual(expected, result)) ?? false || (isNaN(expected) && isNaN(result)))
        if !same {
            rec.compare.mismatches += 1
            TierLog.event("compare: \(rec.function.qualname)\(sig.label) gave \((try? repr(result)) ?? "?") compiled, \((try? repr(expected)) ?? "?") in object mode", force: true)
        }
        return result
    }

    private func isNaN(_ v: Value) -> Bool {
        switch v {
        case .float(let d): return d.isNaN
        case .object(let o): if let s = o as? NPScalar, case .float(let d) = s.value { return d.isNaN }; return false
        default: return false
        }
    }

    // MARK: Compiling

    /// What a compilation produced: the signature to install (nil: it failed) and the log line.
    struct CompileOutcome {
        let signature: Signature?
        let log: String?
    }

    /// Decides on the interpreter's thread whether to compile (the analysis reads the function's
    /// globals), then compiles — in the background unless --jit-sync. nil: not compilable.
    private func startCompile(_ rec: Record, _ kinds: [ArgKind], events: Int, quick: Bool = true) -> PendingCompile<CompileOutcome>? {
        let upgrade = !quick
        let f = rec.function
        guard let source = f.source else { return nil }
        let where_ = rec.location
        // The engine is created (the first time) on the worker, off the interpreter's path.
        guard TieringConfiguration.mode != .off, NativeEngine.unavailableReason == nil else { return nil }
        let globals = source.globals
        let plan: PromotionPlan
        do {
            plan = try PromotionAnalyzer(def: source.definition, kinds: kinds, isGlobal: { globals.get($0) != nil }).plan()
        } catch let r as Rejection {
            rec.rejected = r.reason
            let file = (source.filename as NSString).lastPathComponent
            TierLog.event("not promoted: \(f.qualname) [\(where_)]: \(r.reason) (\(file):\(r.line)); stays in object mode")
            return nil
        } catch {
            return nil
        }
        var out: NDArray? = nil
        var argTypes = kinds.map(\.numba)
        if plan.returnNumpy == nil {
            guard let a = try? NDArray(shape: [1], dtype: .int64), let t = try? typeof(.object(a)) else { return nil }
            out = a
            argTypes.append(t)
        }
        let snapshot = GlobalSnapshot(plan.definition, globals)
        let rewritten = FunctionSource(definition: plan.definition, location: source.location, filename: source.filename,
                                       globals: source.globals, freeVariables: [:], lines: source.lines)
        let qualname = f.qualname, label = label(kinds)
        let trigger = threshold == 0 ? "at its first call (--jit=eager)" : "after \(events) calls (\(threshold) weighted events: calls + loop iterations)"
        let job = TierCompilation(source: rewritten, qualname: qualname, argTypes: argTypes, snapshot: snapshot, quick: quick,
                                  symbolPrefix: "tier", dumps: TieringConfiguration.nativeDumps)
        let expected: NumbaType = plan.returnBase == 0 ? .boolean : plan.returnBase == 1 ? .integer(bits: 64, signed: true) : .float(bits: 64)
        return BackgroundCompiler.start(inline: job.dumps.any) {
            let outcome = job.run { typed in
                typed.returnType.unliteral == expected ? nil : "compiled code would return \(typed.returnType)"
            }
            switch outcome {
            case .failure(let failure):
                return CompileOutcome(signature: nil, log: "not promoted: \(qualname)\(label) [\(where_)]: \(failure.text); stays in object mode")
            case .success(let r):
                let background = BackgroundCompiler.enabled && TieringConfiguration.mode != .eager
                let thread = " (" + (background ? "background, " : "") + (quick ? "quick" : "O3") + ")"
                let log = "promoted: \(qualname)\(label) [\(where_)] \(trigger); compile\(thread): front half \(String(format: "%.1f", r.frontMs)) ms, LLVM \(String(format: "%.1f", r.nativeMs)) ms\(plan.returnNumpy == nil ? "; result type tracked at run time (float or numpy scalar)" : "")"
                let sig = Signature(kinds: kinds, caller: NativeCaller(r.compiled), plan: plan, out: out,
                                    compileMs: (r.frontMs, r.nativeMs), quick: quick)
                return CompileOutcome(signature: sig, log: upgrade ? nil : log)
            }
        }
    }
}
