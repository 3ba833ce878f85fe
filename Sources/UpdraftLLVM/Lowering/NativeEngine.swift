// Stage 8 and the call boundary. One process-wide JIT, target machine and context; each compiled
// signature is a module with the lowered function and a wrapper of uniform C type
//
//     i32 @sym.wrapper(i8** args, i8* result)
//
// that loads argument i from args[i] (its memory layout: NativeBoxing), calls the function and
// stores the result. Swift calls the wrapper through a @convention(c) pointer: no libffi.

import Foundation
import UpdraftCompiler
import UpdraftRuntime

public typealias NativeEntry = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutableRawPointer?) -> Int32

/// What a compilation printed or kept for `inspect_llvm` / `inspect_asm`.
public struct NativeDumps {
    public var llvm = false
    public var optimized = false
    public var assembly = false
    public var write: (String) -> Void = { OutputStream.stderr.write($0) }
    public init() {}
}

/// A compiled signature.
public final class CompiledFunction {
    public let symbol: String
    public let argTypes: [NumbaType]
    public let returnType: NumbaType
    /// The optimised module's IR (`inspect_llvm`).
    public let optimizedIR: String
    let engine: NativeEngine
    private var resolved: NativeEntry?

    init(symbol: String, argTypes: [NumbaType], returnType: NumbaType, optimizedIR: String, engine: NativeEngine) {
        self.symbol = symbol
        self.argTypes = argTypes
        self.returnType = returnType
        self.optimizedIR = optimizedIR
        self.engine = engine
    }

    /// The wrapper's address (code is generated at the first lookup).
    public func entry() throws -> NativeEntry {
        if let e = resolved { return e }
        engine.lock.lock()
        defer { engine.lock.unlock() }
        let p = try engine.jit.lookup(symbol + ".wrapper")
        let e = unsafeBitCast(p, to: NativeEntry.self)
        resolved = e
        return e
    }

    /// The assembly of the optimised module (`inspect_asm`).
    public func assembly() throws -> String {
        let m = try LLModule.parse(optimizedIR, name: symbol, context: LLContext())
        try engine.machine.configure(m)
        return try engine.machine.emitAssembly(m)
    }
}

public final class NativeEngine {
    public let context: LLContext
    public let machine: LLTargetMachine
    public let jit: LLJIT

    nonisolated(unsafe) private static var sharedEngine: NativeEngine?
    nonisolated(unsafe) private static var failed: String?
    private static let creation = NSLock()

    /// The process's engine, created on first use (by the interpreter's thread or the tier's
    /// worker, whichever comes first); nil (with the reason in `unavailableReason`) when LLVM
    /// cannot target this host.
    public static var shared: NativeEngine? {
        creation.lock()
        defer { creation.unlock() }
        if let e = sharedEngine { return e }
        if failed != nil { return nil }
        do {
            sharedEngine = try NativeEngine()
        } catch {
            failed = "\(error)"
        }
        return sharedEngine
    }

    nonisolated(unsafe) private static var quickEngine: NativeEngine?

    /// The tier's first compilation of a hot loop or function: a short IR pipeline and LLVM's fast
    /// instruction selector (CodeGenOpt::None) compile in about a third of the time of O3, for
    /// code that can be several times slower on array loops; what stays hot is compiled again by
    /// `shared` (LoopTiering.swift, TierPolicy.swift). Its own context, JIT and lock.
    public static var quick: NativeEngine? {
        creation.lock()
        defer { creation.unlock() }
        if let e = quickEngine { return e }
        if failed != nil { return nil }
        do {
            quickEngine = try NativeEngine(quick: true)
        } catch {
            failed = "\(error)"
        }
        return quickEngine
    }

    public static var unavailableReason: String? { failed }

    /// The IR pipeline of this engine's compilations.
    let passes: String

    init(quick: Bool = false) throws {
        context = LLContext()
        machine = try LLTargetMachine()
        jit = try LLJIT(codeGenOptLevel: quick ? CodeGenOptLevel.none : nil)
        // The quick profile's IR passes: allocas to registers, peepholes, branch clean-up. LLVM's
        // default<O1> took 5-6 ms here for a 300-line function, these 1.5 ms, for the same code
        // out of the fast instruction selector (Documentation/Tiering.md).
        passes = quick ? "function(sroa,instcombine,simplifycfg)" : "default<O3>"
        try jit.addProcessSymbols()
        try jit.define(absoluteSymbols: NativeHelpers.symbols)
    }

    private var counter = 0
    /// The tier compiles on a worker thread (UpdraftTiering's BackgroundCompiler) while @njit
    /// compiles on the interpreter's: one LLVM context and JIT, used by one thread at a time.
    public let lock = NSRecursiveLock()

    /// A fresh symbol for a function about to be compiled.
    public func newSymbol(_ qualname: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        let clean = qualname.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" }
        return "updraft.\(String(clean)).\(counter)"
    }

    /// Lowers, optimises and adds one typed function; `symbol` is the name callers use.
    public func compile(_ typed: TypedFunction, symbol: String, options: LoweringOptions, dumps: NativeDumps,
                        title: String) throws -> CompiledFunction {
        lock.lock()
        defer { lock.unlock() }
        let (module, optimized) = try lowerAndOptimize(typed, symbol: symbol, options: options, dumps: dumps, title: title)
        try jit.add(module)
        return CompiledFunction(symbol: symbol, argTypes: typed.argTypes, returnType: typed.returnType,
                                optimizedIR: optimized, engine: self)
    }

    /// The steps every compilation shares: lower, add the call wrapper, verify, dump as asked,
    /// optimise. Returns the module (not yet added to the JIT) and its optimised IR text, which
    /// `inspect_llvm`/`inspect_asm` keep.
    func lowerAndOptimize(_ typed: TypedFunction, symbol: String, options: LoweringOptions, dumps: NativeDumps,
                          title: String) throws -> (LLModule, String) {
        let module = LLModule(symbol, context: context)
        try machine.configure(module)
        let lowering = FunctionLowering(typed: typed, module: module, symbol: symbol, options: options)
        let fn = try lowering.lower()
        try fn.addAttribute("nounwind")
        if options.wrapperOnly { fn.setLinkage(.internal) }
        try buildWrapper(module, fn, typed.argTypes, typed.returnType, symbol: symbol)
        do {
            try module.verify()
        } catch {
            throw LoweringUnsupported("internal error: the lowered module does not verify: \(error)\n\(try module.ir())")
        }
        if dumps.llvm {
            dumps.write(centredTitle("LLVM DUMP \(title)") + "\n" + (try module.ir()) + "\n" + String(repeating: "=", count: 80) + "\n")
        }
        try machine.optimize(module, passes: passes)
        let optimized = options.keepOptimizedIR || dumps.optimized ? try module.ir() : ""
        if dumps.optimized {
            dumps.write(centredTitle("OPTIMIZED DUMP \(title)") + "\n" + optimized + "\n" + String(repeating: "=", count: 80) + "\n")
        }
        if dumps.assembly {
            dumps.write(centredTitle("ASSEMBLY \(title)") + "\n" + (try machine.emitAssembly(module)) + "\n" + String(repeating: "=", count: 80) + "\n")
        }
        return (module, optimized)
    }

    /// `i32 @sym.wrapper(i8** args, i8* result)`.
    func buildWrapper(_ module: LLModule, _ fn: LLFunction, _ argTypes: [NumbaType], _ ret: NumbaType, symbol: String) throws {
        let c = module.context
        let t = TypeLowering(context: c)
        let w = try module.addFunction(symbol + ".wrapper", type: c.functionType(c.i32, [c.bytePointer.pointer(), c.bytePointer]))
        let b = LLBuilder(context: c)
        b.position(atEndOf: w.appendBlock("entry"))
        let args = w.param(0)!, result = w.param(1)!
        let retSlot = b.alloca(try t.llvm(ret))
        var values: [LLValue] = [retSlot]
        for (i, at) in argTypes.enumerated() {
            let p = b.load(c.bytePointer, b.gep(c.bytePointer, args, [c.constI64(Int64(i))]))
            let v = b.load(try t.memory(at), b.bitcast(p, try t.memory(at).pointer()))
            values.append(at.unliteral == .boolean ? b.trunc(v, c.i1) : v)
        }
        let status = b.call(fn, values)
        let ok = w.appendBlock("ok"), done = w.appendBlock("done")
        b.condBr(b.icmp(.eq, status, c.constI32(0)), ok, done)
        b.position(atEndOf: ok)
        let r = b.load(try t.llvm(ret), retSlot)
        b.store(ret.unliteral == .boolean ? b.zext(r, c.i8) : r, b.bitcast(result, try t.memory(ret).pointer()))
        b.br(done)
        b.position(atEndOf: done)
        b.ret(status)
    }
}

/// Calls compiled code with Python values: converts the arguments, runs the wrapper, converts
/// the result (or raises the recorded exception), then releases what the call allocated.
public final class NativeCaller {
    public let compiled: CompiledFunction
    private let slotOffsets: [Int]
    private let argBytes: Int
    private let resultBytes: Int

    public init(_ compiled: CompiledFunction) {
        self.compiled = compiled
        var off = 0, offsets: [Int] = []
        for t in compiled.argTypes {
            let l = NativeBoxing.layout(t)
            off = (off + 15) / 16 * 16
            offsets.append(off)
            off += l.size
        }
        slotOffsets = offsets
        argBytes = (max(off, 16) + 15) / 16 * 16
        resultBytes = max(NativeBoxing.layout(compiled.returnType).size, 16)
        kinds = compiled.argTypes.map { t -> SlotKind in
            switch t { case .int64: return .int64; case .float64: return .float64; default: return .other }
        }
        resultKind = compiled.returnType == .int64 ? .int64 : compiled.returnType == .float64 ? .float64 : .other
        buffer = UnsafeMutableRawPointer.allocate(byteCount: argBytes + resultBytes, alignment: 16)
        pointers = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: max(compiled.argTypes.count, 1))
    }

    deinit {
        buffer.deallocate()
        pointers.deallocate()
    }

    /// Argument and result memory, reused by every call (compiled code never calls back into
    /// Python, so a call cannot re-enter the same caller while its buffer is in use).
    private let buffer: UnsafeMutableRawPointer
    /// Plain int64/float64 slots are written without going through the type switch.
    private enum SlotKind { case int64, float64, other }
    private let kinds: [SlotKind]
    private let resultKind: SlotKind

    /// Whether `args` match the scalar slots exactly (a cheap check for a cached overload).
    public func matchesScalars(_ args: [Value]) -> Bool {
        guard args.count == kinds.count else { return false }
        for (a, k) in zip(args, kinds) {
            switch (a, k) {
            case (.int, .int64), (.float, .float64): continue
            default: return false
            }
        }
        return true
    }
    private let pointers: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    /// Whether every argument type can cross the boundary.
    public static func supports(_ t: NumbaType) -> Bool {
        switch t.unliteral {
        case .boolean, .integer, .float, .none, .array, .unicode: return true
        case .uniTuple(let e, _): return supports(e)
        case .tuple(let ts): return ts.allSatisfy(supports)
        case .list(let e, _): return e.isNumber
        default: return false
        }
    }

    public func call(_ args: [Value]) throws -> Value {
        try call(args, reflectOnError: true, reflect: NativeBoxing.reflect)
    }

    /// The call with the list arguments' reflection given: tiering boxes the new items of a
    /// list as the Python objects object mode would have made, and reflects nothing when the
    /// compiled code failed (so the call can be redone in object mode).
    public func call(_ args: [Value], reflectOnError: Bool,
                     reflect: (PyList, NativeList, NumbaType) -> Void) throws -> Value {
        let entry = try compiled.entry()
        let mark = NativeRuntime.arena.count
        defer { if NativeRuntime.arena.count > mark { NativeRuntime.arena.removeSubrange(mark...) } }
        let n = compiled.argTypes.count
        guard args.count == n else { throw PythonError.typeError("expected \(n) arguments, got \(args.count)") }
        var reflected: [(PyList, NativeList, NumbaType)] = []
        for i in 0..<n {
            let p = buffer + slotOffsets[i]
            pointers[i] = p
            switch (kinds[i], args[i]) {
            case (.int64, .int(let x)): p.storeBytes(of: Int64(x), as: Int64.self); continue
            case (.float64, .float(let x)): p.storeBytes(of: x, as: Double.self); continue
            default: break
            }
            guard NativeBoxing.write(args[i], compiled.argTypes[i], to: p, keep: &reflected) else {
                throw PythonError.typeError("cannot convert argument \(i + 1) to \(compiled.argTypes[i])")
            }
            pointers[i] = p
        }
        let result = buffer + argBytes
        let status = entry(pointers, result)
        if status == 0 || reflectOnError {
            for (list, native, e) in reflected { reflect(list, native, e) }
        }
        if status != 0 { throw NativeRuntime.takeError() }
        switch resultKind {
        case .int64: return .int(Int(result.load(as: Int64.self)))
        case .float64: return .float(result.load(as: Double.self))
        case .other: break
        }
        return NativeBoxing.read(compiled.returnType, at: UnsafeRawPointer(result))
    }
}
