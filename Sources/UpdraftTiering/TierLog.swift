// `--tier-log` / UPDRAFT_TIER_LOG=1: one line per tiering event on stderr, and the tables of
// `--stats` and `--compare` at exit.

import Foundation
import UpdraftInterpreter
import UpdraftRuntime

public enum TierLog {
    nonisolated(unsafe) public static var enabled = false

    static func event(_ text: String, force: Bool = false) {
        guard enabled || force else { return }
        OutputStream.stderr.write("[tier] \(text)\n")
    }
}

public enum TierStats {
    nonisolated(unsafe) public static var enabled = false
    nonisolated(unsafe) public static var compare = false

    /// Installs the policy for undecorated functions (not with --jit=off).
    public static func install(threshold: Int) {
        guard TieringConfiguration.mode != .off else { TierSettings.hook = nil; return }
        let policy = TierPolicy.shared
        policy.threshold = TieringConfiguration.mode == .eager ? 0 : max(threshold, 0)
        TierSettings.initialCountdown = policy.threshold
        // A loop is entered after a quarter as many iterations as a function needs weighted
        // events: its first compilation is quick (O1, ~5 ms) and the rest of a long loop is what
        // it speeds up (LuaJIT compiles a loop after 56 iterations).
        TierSettings.initialLoopCountdown = policy.threshold / 4
        TierSettings.hook = policy
    }

    /// The tables, written to stderr at exit.
    public static func report() {
        OutputStream.stdout.flush()
        var text = ""
        let records = TierPolicy.shared.records
        func ms(_ ns: UInt64) -> String { String(format: "%.2f", Double(ns) / 1e6) }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        if enabled {
            text += "updraft --stats: undecorated functions that reached the tier policy\n"
            text += pad("function", 24) + pad("tier", 10) + pad("signatures", 34) + lpad("obj calls", 10) + lpad("obj ms", 10)
                + lpad("native calls", 13) + lpad("native ms", 11) + lpad("guard fails", 12) + lpad("compile ms", 11) + "\n"
            for r in records {
                let tier = r.signatures.isEmpty ? (r.megamorphic ? "megamorph" : "object") : "nopython"
                let sigs = r.signatures.isEmpty ? (r.rejected.map { "- (\($0))" } ?? "-") : r.signatures.map(\.label).joined(separator: " ")
                let native = r.signatures.reduce(0) { $0 + $1.calls }
                let nativeNs = r.signatures.reduce(UInt64(0)) { $0 + $1.nativeNs }
                let fails = r.signatures.reduce(0) { $0 + $1.guardFailures }
                let compile = r.signatures.reduce(0.0) { $0 + $1.compileMs.front + $1.compileMs.native }
                let calls = profileCalls(r)
                text += pad(r.function.qualname, 24) + pad(tier, 10) + pad(String(sigs.prefix(33)), 34)
                    + lpad("\(max(calls - native - r.compare.sampled, 0))", 10) + lpad(ms(r.function.tierObjectNs &- min(r.compare.objectNs, r.function.tierObjectNs)), 10)
                    + lpad("\(native)", 13) + lpad(ms(nativeNs), 11)
                    + lpad("\(fails)", 12) + lpad(String(format: "%.1f", compile), 11) + "\n"
            }
            text += "(obj calls: calls run by the interpreter, obj ms their time including loops it ran in compiled code;"
                + " native: calls run by compiled code; a guard failure re-runs the call in object mode)\n"
            let loops = TierPolicy.shared.loopRecords.filter { $0.entries > 0 || $0.guardFailures > 0 || !$0.variants.isEmpty }
            if !loops.isEmpty {
                text += "loops entered in compiled code (on-stack replacement, lifted loops)\n"
                text += pad("loop", 36) + lpad("entries", 8) + lpad("native ms", 11) + lpad("guard fails", 12) + lpad("compile ms", 11) + "\n"
                for l in loops {
                    let compile = l.variants.values.reduce(0.0) { $0 + $1.compileMs.front + $1.compileMs.native }
                    let name = "\(l.site.qualname) line \(l.line)\(l.site.profile.liftLoops ? " (lifted)" : "")"
                    text += pad(name, 36) + lpad("\(l.entries)", 8) + lpad(ms(l.nativeNs), 11) + lpad("\(l.guardFailures)", 12)
                        + lpad(String(format: "%.1f", compile), 11) + "\n"
                }
            }
        }
        if compare {
            text += "updraft --compare: compiled calls also run in object mode (first 100 calls, then 1 in 100)\n"
            text += pad("function", 24) + lpad("calls", 8) + lpad("compared", 9) + lpad("object ms", 11) + lpad("nopython ms", 12)
                + lpad("speedup", 9) + "  results equal\n"
            for r in records where !r.signatures.isEmpty {
                let c = r.compare
                // Speedup over the sampled calls only (both tiers ran those).
                let speed = c.nativeNs > 0 && c.objectNs > 0 ? String(format: "%.1fx", Double(c.objectNs) / Double(max(sampledNative(r), 1))) : "-"
                text += pad(r.function.qualname, 24) + lpad("\(c.calls)", 8) + lpad("\(c.sampled)", 9) + lpad(ms(c.objectNs), 11)
                    + lpad(ms(sampledNative(r)), 12) + lpad(speed, 9) + "  " + (c.mismatches == 0 ? "yes" : "NO (\(c.mismatches))") + "\n"
            }
        }
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }

    private static func profileCalls(_ r: TierPolicy.Record) -> Int {
        r.function.tierProfileCalls
    }

    /// Native time of the sampled calls, estimated from the average native call.
    private static func sampledNative(_ r: TierPolicy.Record) -> UInt64 {
        let c = r.compare
        guard c.calls > 0 else { return 0 }
        return UInt64(Double(c.nativeNs) * Double(c.sampled) / Double(c.calls))
    }
}
