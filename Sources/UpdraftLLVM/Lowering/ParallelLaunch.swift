// Multi-threaded parfors: a prange loop is outlined (by source rewriting, in UpdraftTiering's
// ParallelRewrite) into a chunk function `chunk(__t, start, stop, partials..., live-ins...)` that
// runs thread __t's static share of the iterations. The loop's place calls a driver
//
//     i32 @sym(i64* ret, start, stop, partials..., live-ins...)
//
// which stores its arguments once into memory slots and calls `updraft_parallel_launch` with the
// chunk's uniform wrapper; the launcher runs the wrapper for every thread index on Dispatch's
// `concurrentPerform` (static chunking: one chunk per thread) and returns the first failure.

import Dispatch
import Foundation
import UpdraftCompiler

typealias ParallelLaunch = @convention(c) (UnsafeRawPointer?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?, Int64, Int64) -> Int32

/// `updraft_parallel_launch(wrapper, args, nargs, nthreads)`: args[0] is set per thread to a
/// pointer to the thread's index.
private let updraftParallelLaunch: ParallelLaunch = { wrapper, args, nargs, nthreads in
    guard let wrapper, let args else { return 1 }
    let entry = unsafeBitCast(wrapper, to: NativeEntry.self)
    let n = Int(nargs), threads = Int(max(nthreads, 1))
    let lock = NSLock()
    var failure: Int32 = 0
    func runChunk(_ t: Int) {
        let local = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: n)
        defer { local.deallocate() }
        local.update(from: args, count: n)
        var index = Int64(t)
        var result = (Int64(0), Int64(0))
        let status = withUnsafeMutablePointer(to: &index) { ip in
            withUnsafeMutablePointer(to: &result) { rp in
                local[0] = UnsafeMutableRawPointer(ip)
                return entry(local, UnsafeMutableRawPointer(rp))
            }
        }
        if status != 0 {
            lock.lock()
            if failure == 0 { failure = status }
            lock.unlock()
        }
    }
    if threads == 1 {
        runChunk(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: threads, execute: runChunk)
    }
    return failure
}

public enum ParallelRuntime {
    /// Threads for parfors: `NUMBA_NUM_THREADS`, else the number of CPUs.
    public static let threadCount: Int = {
        if let s = ProcessInfo.processInfo.environment["NUMBA_NUM_THREADS"], let n = Int(s), n >= 1 { return n }
        return max(ProcessInfo.processInfo.activeProcessorCount, 1)
    }()
}

extension NativeEngine {
    nonisolated(unsafe) private static var launcherDefined = false

    /// Builds the driver `symbol` that runs `chunkWrapper` on `threads` threads with `argTypes`
    /// (the chunk's arguments after the thread index).
    public func compileParallelDriver(chunkWrapper: UnsafeRawPointer, argTypes: [NumbaType], threads: Int,
                                      symbol: String) throws {
        if !NativeEngine.launcherDefined {
            try jit.define(absoluteSymbols: [("updraft_parallel_launch", unsafeBitCast(updraftParallelLaunch, to: UnsafeRawPointer.self))])
            NativeEngine.launcherDefined = true
        }
        let module = LLModule(symbol, context: context)
        try machine.configure(module)
        let c = context
        let t = TypeLowering(context: c)
        let fnType = try FunctionLowering.functionType(t, args: argTypes, returnType: .int64)
        let fn = try module.addFunction(symbol, type: fnType)
        let launch = try module.declareFunction("updraft_parallel_launch",
                                                type: c.functionType(c.i32, [c.bytePointer, c.bytePointer.pointer(), c.i64, c.i64]))
        let b = LLBuilder(context: c)
        b.position(atEndOf: fn.appendBlock("entry"))
        let n = argTypes.count + 1
        let slots = b.alloca(c.arrayType(c.bytePointer, count: n))
        for (i, at) in argTypes.enumerated() {
            let mem = try t.memory(at)
            let slot = b.alloca(mem)
            let v = fn.param(i + 1)!
            _ = b.store(at.unliteral == .boolean ? b.zext(v, c.i8) : v, slot)
            _ = b.store(b.bitcast(slot, c.bytePointer), b.gep(c.arrayType(c.bytePointer, count: n), slots, [c.constI64(0), c.constI64(Int64(i + 1))]))
        }
        let status = b.call(launch, [c.constPointer(chunkWrapper, type: c.bytePointer),
                                     b.bitcast(slots, c.bytePointer.pointer()), c.constI64(Int64(n)), c.constI64(Int64(threads))])
        _ = b.store(c.constI64(0), fn.param(0)!)
        _ = b.ret(status)
        try module.verify()
        try machine.optimize(module)
        try jit.add(module)
    }
}
