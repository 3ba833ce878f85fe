// On-stack replacement and loop lifting, the tier's side (the interpreter's is LoopSites.swift).
//
// When a loop's countdown runs out, the tier picks the outermost loop around it that it has not
// given up on (the outer loop of a nest does the most work per entry), and enters that loop in
// compiled code at the top of its next iteration: live locals become arguments, the iterator's
// position becomes the start of the compiled loop. When the compiled loop finishes, its
// live-outs are written back into the frame and the interpreter continues after the loop. A
// failed guard (int64 overflow, an exception) discards everything the compiled loop did — lists
// are reflected only on success, and the loop stores into nothing else — so the interpreter
// resumes at the same loop header with the same live values.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftInterpreter
import UpdraftLLVM
import UpdraftRuntime
import UpdraftSyntax

final class LoopRecord {
    let site: LoopSite
    /// Compiled variants, by live-in names and kinds.
    var variants: [VariantKey: LoopVariant] = [:]
    var failed: Set<VariantKey> = []
    /// Compilations in flight on the worker.
    var pending: [VariantKey: PendingCompile<LoopOutcome>] = [:]
    /// O3 recompilations of quick variants that stayed hot.
    var upgrades: [VariantKey: PendingCompile<LoopOutcome>] = [:]
    /// Inner-loop iterations per iteration of this loop (1 without nested loops), measured when
    /// an inner loop handed its entry to this one.
    var workPerIteration = 1.0
    var failures = 0
    /// The loop can never be compiled (its statements, not its types).
    var rejected: String?
    /// The hot inner loop handed the entry to this outer loop.
    var delegatedTo: LoopSite?
    var deferrals = 0
    /// The names the loop reads and assigns (the iterable, evaluated when the loop started, is
    /// not read again), and the slots of those that are locals.
    let names: LoopNames
    let usedSlots: [(String, Int)]
    /// The target of a for loop is not a live-in: the next iteration assigns it before
    /// anything reads it (and at least one iteration is left).
    let targetNames: Set<String>
    let hasNestedLoop: Bool
    /// Lists of the function nothing can observe (LoopPromotion.swift): appends not copied back.
    var writeOnly: Set<String>?
    var entries = 0
    var guardFailures = 0
    var nativeNs: UInt64 = 0
    init(_ site: LoopSite) {
        self.site = site
        var header = site.statement
        var targets: Set<String> = []
        if case .for(let t, let iter, let body, let orElse) = header.kind {
            header.kind = .for(target: t, iter: Expr(.constant(.none), iter.location), body: body, orElse: orElse)
            targets = Set(LoopNames(Stmt(.assign(targets: [t], value: Expr(.constant(.none), t.location)), t.location)).assigned)
        }
        names = LoopNames(header)
        usedSlots = names.used.compactMap { n in site.slot(of: n).map { (n, $0) } }
        targetNames = targets
        hasNestedLoop = site.statement.containsLoop
    }

    var line: Int { site.statement.location.line }
    var label: String { "\(site.qualname) loop at \((site.filename as NSString).lastPathComponent):\(line)" }
}

/// What a compiled variant of a loop was made for: which locals were live-ins, their kinds,
/// and how the loop goes on.
struct VariantKey: Hashable {
    let liveIns: [String]
    let kinds: [ArgKind]
    let entry: LoopEntry
}

/// What a loop variant is compiled from (kept to compile it again at O3).
struct LoopRequest {
    let entry: LoopEntry
    let liveIns: [String]
    let kinds: [ArgKind]
    let seqKind: ArgKind?
    let cursorKinds: [ArgKind]
    let outs: [String]
}

struct LoopOutcome {
    let variant: LoopVariant?
    let log: String?
}

final class LoopVariant {
    let plan: LoopPlan
    let entry: LoopEntry
    let caller: NativeCaller
    let compileMs: (front: Double, native: Double)
    /// The live-ins' kinds, for the log.
    let kinds: [ArgKind]
    var entries = 0
    /// Compiled by the quick engine (NativeEngine.quick), and what to compile again at O3.
    let quick: Bool
    let request: LoopRequest
    let source: FunctionSource
    /// Time spent in this variant's code.
    var nativeNs: UInt64 = 0
    var upgradeRequested = false
    init(plan: LoopPlan, entry: LoopEntry, caller: NativeCaller, kinds: [ArgKind], compileMs: (Double, Double),
         quick: Bool, request: LoopRequest, source: FunctionSource) {
        self.plan = plan
        self.kinds = kinds
        self.quick = quick
        self.request = request
        self.source = source
        self.entry = entry
        self.caller = caller
        self.compileMs = compileMs
    }
}

extension TierPolicy {
    public func enterLoop(_ site: LoopSite, source: FunctionSource, slots: UnsafeMutablePointer<Value?>, cursor: LoopCursor) throws -> LoopExit {
        if comparing > 0 { return .stay }
        let rec = loopRecord(site)
        if rec.rejected != nil { site.countdown = Int.max; return .stay }
        // A hot inner loop: enter the outermost loop around it instead, at its next iteration.
        if !site.profile.liftLoops, rec.delegatedTo == nil, let outer = outermostCandidate(site) {
            rec.delegatedTo = outer
            // How much inner work one outer iteration does, to estimate what is left.
            let outerDone = max(TierSettings.initialLoopCountdown - min(outer.countdown, TierSettings.initialLoopCountdown), 1)
            loopRecord(outer).workPerIteration = max(Double(max(TierSettings.initialLoopCountdown, 1)) / Double(outerDone), 1)
            outer.countdown = 0
            site.countdown = Int.max
            return .stay
        }
        if rec.writeOnly == nil { rec.writeOnly = writeOnlyLists(source.definition) }
        guard let entry = try prepare(rec, source, slots, cursor) else { return .stay }
        return try run(rec, entry.variant, entry.args, entry.listKinds, slots, cursor)
    }

    func loopRecord(_ site: LoopSite) -> LoopRecord {
        if let r = site.state as? LoopRecord { return r }
        let r = LoopRecord(site)
        site.state = r
        loopRecords.append(r)
        return r
    }

    private func outermostCandidate(_ site: LoopSite) -> LoopSite? {
        var best: LoopSite? = nil
        var p = site.parent
        while let s = p {
            if (s.state as? LoopRecord)?.rejected == nil { best = s }
            p = s.parent
        }
        return best
    }

    /// Gives up on a loop; the hot loops that handed their entry to it try themselves again.
    private func reject(_ rec: LoopRecord, _ reason: String, line: Int) {
        rec.rejected = reason
        rec.site.countdown = Int.max
        let what = rec.site.profile.liftLoops ? "loop not lifted" : "OSR refused"
        TierLog.event("\(what): \(rec.label): \(reason) (line \(line)); the loop stays in object mode")
        for case let other as LoopRecord in rec.site.profile.loopSites.map(\.state) where other.delegatedTo === rec.site {
            other.delegatedTo = nil
            other.site.countdown = 0
        }
    }

    /// Values of kinds compiled loops do not take: maybe later, with other values (a few times).
    private func backOff(_ rec: LoopRecord, _ reason: String) -> (variant: LoopVariant, args: [Value], listKinds: [ArgKind?])? {
        rec.failures += 1
        if rec.failures == 1 {
            let what = rec.site.profile.liftLoops ? "loop not lifted" : "OSR not entered"
            TierLog.event("\(what): \(rec.label): \(reason); the loop stays in object mode for now")
        }
        rec.site.countdown = rec.failures >= 3 ? Int.max : max(threshold, 1) << rec.failures
        return nil
    }

    private func itemsDescription(_ source: PyObject) -> String {
        guard let l = source as? PyList else { return "a \(source.pyType.name) that is not 1-d" }
        let types = Set(l.items.prefix(1000).map { TierValues.typeName($0) })
        return types.count == 1 ? "a list of \(types.first!) items" : "a list of mixed items (\(types.sorted().joined(separator: ", ")))"
    }

    /// Not now (a live-out is still unbound, say): ask again a little later, a few times.
    private func deferEntry(_ rec: LoopRecord) -> (variant: LoopVariant, args: [Value], listKinds: [ArgKind?])? {
        rec.deferrals += 1
        rec.site.countdown = rec.deferrals > 8 ? Int.max : 16 << rec.deferrals
        return nil
    }

    private func prepare(_ rec: LoopRecord, _ source: FunctionSource, _ slots: UnsafeMutablePointer<Value?>,
                         _ cursor: LoopCursor) throws -> (variant: LoopVariant, args: [Value], listKinds: [ArgKind?])? {
        let site = rec.site
        let stmt = site.statement
        let entry: LoopEntry
        var cursorArgs: [Value] = []
        var cursorKinds: [ArgKind] = []
        var sequence: PyObject? = nil
        var iterations = 0
        switch (stmt.kind, cursor) {
        case (.for(_, _, _, let orElse), _) where !orElse.isEmpty:
            reject(rec, "for ... else", line: stmt.location.line); return nil
        case (.while(_, _, let orElse), _) where !orElse.isEmpty:
            reject(rec, "while ... else", line: stmt.location.line); return nil
        case (.for, .range(let next, let step, let remaining)):
            entry = .range
            cursorArgs = [.int(next), .int(next &+ remaining &* step), .int(step)]
            cursorKinds = [.pyInt, .pyInt, .pyInt]
            iterations = remaining
        case (.for, .sequence(let source, let index)):
            entry = .sequence
            sequence = source
            if let l = source as? PyList { iterations = l.items.count - index }
            else if let a = source as? NDArray, a.ndim == 1 { iterations = a.shape[0] - index }
            else { reject(rec, "a loop over a \(source.pyType.name) that is not 1-d", line: stmt.location.line); return nil }
            cursorArgs = [.object(source), .int(index)]
            cursorKinds = [.pyInt]
        case (.while, .whileLoop):
            entry = .whileLoop
        default:
            reject(rec, "a loop the tier cannot enter", line: stmt.location.line); return nil
        }
        if iterations <= 0 && entry != .whileLoop { return nil }
        // A short run of a simple loop costs less in the interpreter than an entry into compiled
        // code (a few microseconds to convert the live values): look again at its next run.
        if entry != .whileLoop && iterations < 16 && !rec.hasNestedLoop {
            site.countdown = iterations
            return nil
        }
        // Live-ins: the loop's names that are bound locals now. Live-outs: all it assigns.
        let names = rec.names
        var liveIns: [String] = []
        var args: [Value] = []
        var kinds: [ArgKind] = []
        var listKinds: [ArgKind?] = []
        var lists: [ObjectIdentifier] = sequence.map { [ObjectIdentifier($0)] } ?? []
        let targetNames = rec.targetNames
        for (n, slot) in rec.usedSlots where !targetNames.contains(n) {
            guard let v = slots[slot] else { continue }
            guard let k = liveKind(v) else { return backOff(rec, "'\(n)' is \(TierValues.describe(v)), which compiled loops do not take") }
            if case .list(let e) = k {
                guard case .object(let o) = v else { continue }
                if lists.contains(ObjectIdentifier(o)) {
                    reject(rec, "the list '\(n)' is also the sequence or another list of the loop", line: stmt.location.line); return nil
                }
                lists.append(ObjectIdentifier(o))
                listKinds.append(e)
            } else {
                listKinds.append(nil)
            }
            liveIns.append(n)
            args.append(TierValues.unboxed(v))
            kinds.append(k)
        }
        // The loop target of a for loop is assigned by its next iteration; any other live-out
        // must be bound now (the compiled loop returns it even if it does not assign it).
        var outs: [String] = []
        for n in names.assigned {
            guard site.slot(of: n) != nil else { continue }
            if !liveIns.contains(n) && !targetNames.contains(n) { return deferEntry(rec) }
            outs.append(n)
        }
        var seqKind: ArgKind? = nil
        if let source = sequence {
            guard let k = liveKind(.object(source)) else { return backOff(rec, "it iterates over \(itemsDescription(source))") }
            seqKind = k
        }
        let key = VariantKey(liveIns: liveIns, kinds: kinds + (seqKind.map { [$0] } ?? []) + cursorKinds, entry: entry)
        if var v = rec.variants[key] {
            // A quick variant that stayed hot may have its optimised replacement ready.
            if let up = rec.upgrades[key], let outcome = up.poll() {
                rec.upgrades[key] = nil
                if let text = outcome.log { TierLog.event(text) }
                if let better = outcome.variant {
                    TierLog.event("optimised: \(rec.label) recompiled at O3 after \(String(format: "%.1f", Double(v.nativeNs) / 1e6)) ms in quick code (LLVM \(String(format: "%.1f", better.compileMs.native)) ms)")
                    better.entries = v.entries
                    rec.variants[key] = better
                    v = better
                }
            }
            return (v, args + cursorArgs, listKinds)
        }
        if rec.failed.contains(key) { site.countdown = Int.max; return nil }
        if rec.pending[key] == nil {
            // Quick code (O1, fast instruction selection) unless the work left is large enough
            // for O3's longer compile to pay for itself; quick code that stays hot is recompiled.
            let work = Double(max(iterations, 0)) * rec.workPerIteration
            let quick = entry == .whileLoop || work < TierPolicy.optimizeAboveIterations
            let request = LoopRequest(entry: entry, liveIns: liveIns, kinds: kinds, seqKind: seqKind, cursorKinds: cursorKinds, outs: outs)
            guard let pending = startLoopCompile(rec, source, request, quick: quick) else { return loopCompileFailed(rec, key) }
            rec.pending[key] = pending
            if pending.poll() == nil {
                let what = site.profile.liftLoops ? "lifting" : "OSR"
                // A long remainder is worth waiting for: the interpreter running beside LLVM slows
                // both (2.5× for the compile on the 2-vCPU machine, Documentation/Tiering.md),
                // so interpreting part of a long loop meanwhile costs more than it saves.
                let long = entry != .whileLoop && (iterations >= 256 || (iterations >= 16 && rec.hasNestedLoop))
                if long {
                    TierLog.event("\(what): \(rec.label) is hot (\(describe(cursor))); waiting for its compilation (\(iterations) iterations left)")
                    pending.wait()
                } else {
                    TierLog.event("\(what): \(rec.label) is hot (\(describe(cursor))); compiling it in the background while the interpreter goes on")
                }
            }
        }
        // Compiling in the background: the interpreter runs more iterations and looks again.
        guard let outcome = rec.pending[key]!.poll() else { site.countdown = 32; return nil }
        rec.pending[key] = nil
        if let text = outcome.log { TierLog.event(text) }
        guard let variant = outcome.variant else { return loopCompileFailed(rec, key) }
        rec.variants[key] = variant
        return (variant, args + cursorArgs, listKinds)
    }

    private func loopCompileFailed(_ rec: LoopRecord, _ key: VariantKey) -> (variant: LoopVariant, args: [Value], listKinds: [ArgKind?])? {
        rec.failed.insert(key)
        rec.failures += 1
        rec.site.countdown = rec.failures >= 3 || rec.rejected != nil ? Int.max : max(threshold, 1) << rec.failures
        return nil
    }

    /// The kind of a live value, lists included (all items of one scalar kind).
    private func liveKind(_ v: Value) -> ArgKind? {
        if let k = ArgKind.of(v) { return k }
        guard case .object(let o) = v, let l = o as? PyList else { return nil }
        guard let first = l.items.first else { return .list(nil) }
        guard let k = ArgKind.of(first), k.base != nil else { return nil }
        for item in l.items where ArgKind.of(item) != k { return nil }
        return .list(k)
    }

    /// Plans the loop on the interpreter's thread, then compiles it (in the background unless --jit-sync).
    private func startLoopCompile(_ rec: LoopRecord, _ source: FunctionSource, _ request: LoopRequest, quick: Bool) -> PendingCompile<LoopOutcome>? {
        let site = rec.site
        let (entry, liveIns, kinds, seqKind, cursorKinds, outs) = (request.entry, request.liveIns, request.kinds, request.seqKind, request.cursorKinds, request.outs)
        // The engine is created (the first time) on the worker, off the interpreter's path.
        guard TieringConfiguration.mode != .off, NativeEngine.unavailableReason == nil else { return nil }
        let loc = site.statement.location
        guard let (lowered, returns) = LoopReturns.lower(site.statement) else {
            reject(rec, "a bare return inside the loop (the function returns None)", line: loc.line)
            return nil
        }
        var loop = lowered
        var params = liveIns
        var allKinds = kinds
        switch entry {
        case .range:
            guard case .for(let target, _, let body, let orElse) = loop.kind else { return nil }
            let range = Expr(.call(Expr(.name("range"), loc), args: ["__r0", "__r1", "__r2"].map { Expr(.name($0), loc) }, keywords: []), loc)
            loop.kind = .for(target: target, iter: range, body: body, orElse: orElse)
            params += ["__r0", "__r1", "__r2"]
            allKinds += cursorKinds
        case .sequence:
            guard case .for(let target, _, let body, let orElse) = loop.kind, let seqKind else { return nil }
            loop.kind = .for(target: target, iter: Expr(.name("__seq"), loc), body: body, orElse: orElse)
            params += ["__seq", "__start"]
            allKinds += [seqKind] + cursorKinds
        case .whileLoop:
            break
        }
        var args = Arguments()
        args.args = params.map { Parameter(name: $0, location: loc) }
        let def = FunctionDef(name: "\(site.qualname.replacingOccurrences(of: ".", with: "_"))__loop\(loc.line)", args: args,
                              body: [loop], decorators: [], returns: nil)
        let globals = source.globals
        let plan: LoopPlan
        do {
            plan = try PromotionAnalyzer(def: def, kinds: allKinds, isGlobal: { globals.get($0) != nil })
                .loopPlan(entry: entry, liveIns: liveIns, outs: outs, arraySequence: { if case .array? = seqKind { return true }; return false }(),
                          returns: returns)
        } catch let r as Rejection {
            reject(rec, r.reason, line: r.line)
            return nil
        } catch {
            return nil
        }
        // An empty list takes the kind of what the loop appends to it.
        var argTypes = allKinds.map(\.numba)
        for (i, name) in liveIns.enumerated() {
            if case .list(nil) = allKinds[i], let t = listElementType(plan, name) { argTypes[i] = .list(t, reflected: true) }
        }
        let rewritten = FunctionSource(definition: plan.definition, location: loc, filename: source.filename,
                                       globals: source.globals, freeVariables: [:], lines: source.lines)
        let snapshot = GlobalSnapshot(plan.definition, globals)
        let label = rec.label
        let job = TierCompilation(source: rewritten, qualname: def.name, argTypes: argTypes, snapshot: snapshot, quick: quick,
                                  symbolPrefix: "osr", dumps: TieringConfiguration.nativeDumps)
        return BackgroundCompiler.start(inline: job.dumps.any) {
            switch job.run() {
            case .failure(let failure):
                return LoopOutcome(variant: nil, log: "loop not compiled: \(label): \(failure.text)")
            case .success(let r):
                return LoopOutcome(variant: LoopVariant(plan: plan, entry: entry, caller: NativeCaller(r.compiled), kinds: kinds,
                                                        compileMs: (r.frontMs, r.nativeMs), quick: quick, request: request,
                                                        source: source), log: nil)
            }
        }
    }

    /// The item type a list that was empty at entry gets from the values appended to it.
    private func listElementType(_ plan: LoopPlan, _ name: String) -> NumbaType? {
        guard let b = plan.listElementBases[name] else { return nil }
        return b == 0 ? .boolean : b == 1 ? .integer(bits: 64, signed: true) : .float(bits: 64)
    }

    // MARK: Running

    private func run(_ rec: LoopRecord, _ variant: LoopVariant, _ args: [Value], _ listKinds: [ArgKind?],
                     _ slots: UnsafeMutablePointer<Value?>, _ cursor: LoopCursor) throws -> LoopExit {
        let site = rec.site
        let plan = variant.plan
        let start = DispatchTime.now().uptimeNanoseconds
        // Which list each native buffer belongs to, to box its new items as object mode would.
        var bits: [ObjectIdentifier: Bool] = [:]
        var unobserved: Set<ObjectIdentifier> = []
        for (i, name) in plan.liveIns.enumerated() where listKinds[i] != nil || plan.listBits[name] != nil {
            guard case .object(let o) = args[i] else { continue }
            if let b = plan.listBits[name] { bits[ObjectIdentifier(o)] = b }
            if rec.writeOnly?.contains(name) == true { unobserved.insert(ObjectIdentifier(o)) }
        }
        // Stores into arrays cannot be held back like list appends: keep copies to undo them.
        var snapshots: [(NDArray, NDArray)] = []
        for (i, name) in plan.liveIns.enumerated() where plan.storedArrays.contains(name) {
            if case .object(let o) = args[i], let a = o as? NDArray { snapshots.append((a, try a.copy())) }
        }
        let raw: Value
        do {
            raw = try variant.caller.call(args, reflectOnError: false) { list, native, e in
                if unobserved.contains(ObjectIdentifier(list)) { return }
                TierPolicy.reflectAppended(list, native, e, numpy: bits[ObjectIdentifier(list)] ?? false)
            }
        } catch {
            for (a, saved) in snapshots.reversed() { try a.assign(from: saved) }
            rec.guardFailures += 1
            let text = TierValues.guardFailure(error)
            TierLog.event("guard failed: \(rec.label): \(text); nothing the compiled loop did is kept (list appends are held back, array stores undone): the interpreter resumes at the loop header where it entered (\(describe(cursor))), with the live values it had there")
            site.countdown = Int.max
            return .stay
        }
        let ns = DispatchTime.now().uptimeNanoseconds - start
        rec.entries += 1
        rec.nativeNs += ns
        variant.nativeNs += ns
        if variant.quick && !variant.upgradeRequested && variant.nativeNs > TierPolicy.optimizeAfterNs,
           let key = rec.variants.first(where: { $0.value === variant })?.key, rec.upgrades[key] == nil {
            variant.upgradeRequested = true
            if let pending = startLoopCompile(rec, variant.source, variant.request, quick: false) { rec.upgrades[key] = pending }
        }
        // Live-outs back into the frame, as the Python objects object mode would have made.
        let values: [Value]
        if case .object(let o) = raw, let t = o as? PyTuple { values = t.items } else { values = [] }
        let n = plan.liveOuts.count
        var exit = LoopExit.finished
        if let rb = plan.returnBase, values.count == 2 * n + 3, case .bool(true) = values[2 * n] {
            let numpy: Bool
            if case .int(let b) = values[2 * n + 2] { numpy = b != 0 } else { numpy = false }
            exit = .returned(TierValues.box(values[2 * n + 1], base: rb, numpy: numpy))
        }
        if values.count >= 2 * n {
            for (i, name) in plan.liveOuts.enumerated() {
                guard let slot = site.slot(of: name) else { continue }
                let numpy: Bool
                if case .int(let b) = values[n + i] { numpy = b != 0 } else if case .bool(let b) = values[n + i] { numpy = b } else { numpy = false }
                slots[slot] = TierValues.box(values[i], base: plan.outBases[i], numpy: numpy)
            }
        }
        variant.entries += 1
        // The first entry of each compiled variant; later ones are counted in --stats.
        if variant.entries == 1 {
            let at = "at " + describe(cursor)
            let how = site.profile.liftLoops ? "lifted loop" : "OSR entry"
            let background = BackgroundCompiler.enabled && TieringConfiguration.mode != .eager
            let compile = variant.compileMs.front + variant.compileMs.native > 0
                ? String(format: "; compile (%@%@): front half %.1f ms, LLVM %.1f ms", background ? "background, " : "",
                         variant.quick ? "quick" : "O3", variant.compileMs.front, variant.compileMs.native) : ""
            let ins = zip(plan.liveIns, variant.kinds).map { "\($0): \($1)" }.joined(separator: ", ")
            let took = String(format: "%.2f", Double(ns) / 1e6)
            let end: String
            if case .returned = exit { end = "a return in the loop ended the function after \(took) ms" }
            else { end = "ran to the loop's end in \(took) ms, back to the interpreter after line \(lastLine(site.statement))" }
            TierLog.event("\(how): \(rec.label) entered in compiled code \(at) with live-ins (\(ins))\(compile); \(end)")
        }
        return exit
    }

    private func describe(_ cursor: LoopCursor) -> String {
        switch cursor {
        case .range(let next, _, let remaining): return "value \(next), \(remaining) iterations left"
        case .sequence(_, let index): return "item \(index)"
        case .whileLoop: return "its test"
        }
    }

    private func lastLine(_ s: Stmt) -> Int {
        var last = s.location.line
        switch s.kind {
        case .for(_, _, let body, _), .while(_, let body, _):
            if let b = body.last { last = max(last, lastLine(b)) }
        case .if(_, let body, let orElse):
            if let b = (orElse.last ?? body.last) { last = max(last, lastLine(b)) }
        default: break
        }
        return last
    }

    /// Lists in compiled loops are only appended to: keep the Python list's items and box the new ones.
    static func reflectAppended(_ list: PyList, _ native: NativeList, _ e: NumbaType, numpy: Bool) {
        let old = list.items.count
        let count = native.count
        guard count > old, let data = native.header.pointee.data else { return }
        let base: Int
        switch e { case .boolean: base = 0; case .integer: base = 1; default: base = 2 }
        list.items.reserveCapacity(count)
        // The common cases without a Value round trip per item.
        if e == .float(bits: 64) {
            let p = data.assumingMemoryBound(to: Double.self)
            if numpy { for i in old..<count { list.items.append(.object(NPScalar(.float64, .float(p[i])))) } }
            else { for i in old..<count { list.items.append(.float(p[i])) } }
            return
        }
        if e == .integer(bits: 64, signed: true) {
            let p = data.assumingMemoryBound(to: Int64.self)
            if numpy { for i in old..<count { list.items.append(.object(NPScalar(.int64, .int(p[i])))) } }
            else { for i in old..<count { list.items.append(.int(Int(p[i]))) } }
            return
        }
        for i in old..<count {
            let v = NativeBoxing.read(e, at: UnsafeRawPointer(data + i * native.itemsize))
            list.items.append(TierValues.box(v, base: base, numpy: numpy))
        }
    }
}

extension Stmt {
    /// A for or while loop inside this loop's body.
    var containsLoop: Bool {
        func any(_ stmts: [Stmt]) -> Bool {
            stmts.contains { s in
                switch s.kind {
                case .for, .while: return true
                case .if(_, let b, let o): return any(b) || any(o)
                default: return false
                }
            }
        }
        switch kind {
        case .for(_, _, let body, let orElse), .while(_, let body, let orElse): return any(body) || any(orElse)
        default: return false
        }
    }
}
