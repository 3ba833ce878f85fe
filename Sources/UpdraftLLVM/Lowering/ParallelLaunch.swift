// Multi-threaded parfors: a prange loop is outlined (by source rewriting, in UpdraftTiering's
// ParallelRewrite) into a chunk function `chunk(__t, start, stop, partials..., live-ins...)` that
// runs thread __t's static share of the iterations. The loop's place calls a driver
//
//     i32 @sym(i64* ret, start, stop, partials..., live-ins...)
//
// which stores its arguments once into memory slots and calls `updraft_parallel_launch` with the
// chunk's uniform wrapper; the launcher runs the wrapper for every thread index on the persistent
// thread pool (Runtime/ThreadPool.swift; static chunking: one chunk per thread) and returns the
// first failure. Array expressions under parallel=True call the same launcher with their
// elementwise loop outlined (`threadedFlatLoop` below, used by Elementwise.swift).

import Foundation
import UpdraftCompiler

typealias ParallelLaunch = @convention(c) (UnsafeRawPointer?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?, Int64, Int64) -> Int32

/// `updraft_parallel_launch(wrapper, args, nargs, nthreads)`: args[0] is set per thread to a
/// pointer to the thread's index.
let updraftParallelLaunch: ParallelLaunch = { wrapper, args, nargs, nthreads in
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
    ParallelPool.shared.run(threads, runChunk)
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
    /// Builds the driver `symbol` that runs `chunkWrapper` on `threads` threads with `argTypes`
    /// (the chunk's arguments after the thread index).
    public func compileParallelDriver(chunkWrapper: UnsafeRawPointer, argTypes: [NumbaType], threads: Int,
                                      symbol: String) throws {
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

// MARK: Array expressions under parallel=True

extension FunctionLowering {
    /// Below this many elements an array expression stays one serial loop: waking the threads
    /// costs more than the loop.
    static let parallelElementThreshold: Int64 = 1 << 14

    /// Emits, at the current position,
    ///
    ///     if n >= threshold (and no input partly overlaps the output) {
    ///         launch chunk(t) for every thread t; goto done (or propagate a failure)
    ///     }
    ///
    /// and leaves the builder where the serial loop goes. The chunk is an outlined function
    /// `i32 @sym.elementwiseN(i8** args, i8*)` of this module in the launcher's calling convention
    /// (args[0] the thread index, then n, the inputs' and the output's data pointers and the
    /// scalars, each in a stack slot of this frame, which outlives the launch): it runs
    /// `body(k, its data, its output, its scalars)` for k in its static share
    /// [t*per, min((t+1)*per, n)). Every element is computed by the same code as the serial
    /// loop, so the result is the same bit for bit.
    func threadedFlatLoop(n: LLValue, data: [LLValue], itemsizes: [Int], outData: LLValue, outItemsize: Int,
                          checkOverlap: Bool, scalars: ElementEnv, done: LLBlock,
                          body: (LLValue, [LLValue], LLValue, ElementEnv) throws -> Void) throws {
        let threads = ParallelRuntime.threadCount
        guard threads > 1 else { return }
        var use = b.icmp(.sge, n, c.constI64(FunctionLowering.parallelElementThreshold))
        if checkOverlap {
            // In place (`a += b`): an input that shares part of the output's memory without
            // starting at the same element makes the result depend on the order of the writes.
            guard outItemsize > 0, itemsizes.allSatisfy({ $0 > 0 }) else { return }
            let start = b.ptrtoint(outData, c.i64), end = b.add(start, b.mul(n, c.constI64(Int64(outItemsize))))
            for (p, size) in zip(data, itemsizes) {
                let s = b.ptrtoint(p, c.i64), e = b.add(s, b.mul(n, c.constI64(Int64(size))))
                let separate = b.or(b.icmp(.sle, e, start), b.icmp(.sle, end, s))
                use = b.and(use, b.or(b.icmp(.eq, s, start), separate))
            }
        }
        let threaded = function.appendBlock("elementwise.threaded"), serial = function.appendBlock("elementwise.serial")
        b.condBr(use, threaded, serial)
        b.position(atEndOf: threaded)

        let scalarList = Array(scalars)
        let values: [LLValue] = [n] + data + [outData] + scalarList.map { $0.value.0 }
        let argc = values.count + 1
        let argvType = c.arrayType(c.bytePointer, count: argc)
        let argv = entryAlloca(argvType, name: "parallel.args")
        for (i, v) in values.enumerated() {
            let slot = entryAlloca(v.type)
            b.store(v, slot)
            b.store(b.bitcast(slot, c.bytePointer), b.gep(argvType, argv, [c.constI64(0), c.constI64(Int64(i + 1))]))
        }
        let chunk = try outlinedChunk { args in
            func arg(_ i: Int, _ type: LLType) -> LLValue {
                let p = b.load(c.bytePointer, b.gep(c.bytePointer, args, [c.constI64(Int64(i))]))
                return b.load(type, b.bitcast(p, type.pointer()))
            }
            let t = arg(0, c.i64), count = arg(1, c.i64)
            let chunkData = data.indices.map { arg(2 + $0, c.bytePointer) }
            let chunkOut = arg(2 + data.count, c.bytePointer)
            var chunkScalars: ElementEnv = [:]
            for (j, s) in scalarList.enumerated() {
                chunkScalars[s.key] = (arg(3 + data.count + j, s.value.0.type), s.value.1)
            }
            let per = b.sdiv(b.add(count, c.constI64(Int64(threads - 1))), c.constI64(Int64(threads)))
            let lo = b.mul(t, per), next = b.add(lo, per)
            let hi = b.select(b.icmp(.slt, next, count), next, count)
            try countedLoop(b.sub(hi, lo)) { j in try body(b.add(j, lo), chunkData, chunkOut, chunkScalars) }
        }
        let launch = try helper("updraft_parallel_launch", c.i32, [c.bytePointer, c.bytePointer.pointer(), c.i64, c.i64])
        let status = b.call(launch, [b.bitcast(chunk.value, c.bytePointer), b.bitcast(argv, c.bytePointer.pointer()),
                                     c.constI64(Int64(argc)), c.constI64(Int64(threads))])
        b.condBr(b.icmp(.eq, status, c.constI32(0)), done, propagate())
        b.position(atEndOf: serial)
    }

    /// A new internal function `i32 (i8** args, i8* result)` of this module whose body `build`
    /// lowers (given `args`) with this lowering's builders pointed into it; returns 0 at the end,
    /// and an error raised inside returns 1 from it. This function's position is restored after.
    private func outlinedChunk(_ build: (LLValue) throws -> Void) throws -> LLFunction {
        var k = 0
        while try module.function(named: "\(symbol).elementwise\(k)") != nil { k += 1 }
        let chunk = try module.addFunction("\(symbol).elementwise\(k)", type: c.functionType(c.i32, [c.bytePointer.pointer(), c.bytePointer]))
        chunk.setLinkage(.internal)
        try chunk.addAttribute("nounwind")
        let savedFunction = function, savedBlock = b.insertBlock, savedEntry = entryBuilder.insertBlock, savedPropagate = propagateBlock
        defer {
            function = savedFunction
            propagateBlock = savedPropagate
            if let savedEntry { entryBuilder.position(atEndOf: savedEntry) }
            if let savedBlock { b.position(atEndOf: savedBlock) }
        }
        function = chunk
        propagateBlock = nil
        let entryBlock = chunk.appendBlock("entry"), start = chunk.appendBlock("chunk")
        entryBuilder.position(atEndOf: entryBlock)
        b.position(atEndOf: start)
        try build(chunk.param(0)!)
        b.ret(c.constI32(0))
        entryBuilder.br(start)
        return chunk
    }
}
