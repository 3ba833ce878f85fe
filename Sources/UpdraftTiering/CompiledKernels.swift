// Compiled `@vectorize` loops: each loop's typed kernel is lowered to native code together with
// an elementwise inner loop (UpdraftLLVM's `compileUfuncLoop`), which replaces the object-mode
// kernel in `UfuncLoop.kernel`. The Swift side only collapses the broadcast views' dimensions
// (contiguous data becomes a single call of the inner loop) and walks what remains of the outer
// axes. A kernel the lowering cannot compile keeps running in object mode.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime

final class CompiledUfuncKernel: UfuncKernel {
    let entry: UfuncLoopEntry
    /// The scalar kernel's symbol (calls from @njit code with scalars).
    let symbol: String
    /// `target='parallel'`: long inner loops are split over threads.
    let parallel: Bool
    init(entry: UfuncLoopEntry, symbol: String, parallel: Bool = false) {
        self.entry = entry
        self.symbol = symbol
        self.parallel = parallel
    }

    func run(inputs: [NDArray], output: NDArray) throws {
        let arrays = inputs + [output]
        let k = arrays.count
        // Merge axis d into d+1 when every operand steps over it as one longer row.
        var shape: [Int] = [], strides: [[Int]] = Array(repeating: [], count: k)
        for d in 0..<output.ndim {
            let n = output.shape[d]
            if n == 0 { return }
            if n == 1 { continue }
            if let last = shape.last, (0..<k).allSatisfy({ strides[$0].last! == arrays[$0].strides[d] &* n }) {
                shape[shape.count - 1] = last &* n
                for a in 0..<k { strides[a][strides[a].count - 1] = arrays[a].strides[d] }
            } else {
                shape.append(n)
                for a in 0..<k { strides[a].append(arrays[a].strides[d]) }
            }
        }
        let data = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: k)
        defer { data.deallocate() }
        var steps = [Int](repeating: 0, count: k)
        let bases = arrays.map { UnsafeMutableRawPointer($0.data) }
        let mark = NativeRuntime.arena.count
        defer { if NativeRuntime.arena.count > mark { NativeRuntime.arena.removeSubrange(mark...) } }
        if shape.isEmpty {
            for a in 0..<k { data[a] = bases[a] }
            if entry(data, steps, 1) != 0 { throw NativeRuntime.takeError() }
            return
        }
        let inner = shape.removeLast()
        for a in 0..<k { steps[a] = strides[a].removeLast() }
        let threads = ParallelRuntime.threadCount
        if parallel, shape.isEmpty, threads > 1, inner >= 1 << 14 {
            // Static chunks of the one inner loop, one per thread.
            let per = (inner + threads - 1) / threads
            let lock = NSLock()
            var status: Int32 = 0
            ParallelPool.shared.run(threads) { t in
                let lo = t * per, hi = Swift.min(lo + per, inner)
                guard lo < hi else { return }
                let local = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: k)
                defer { local.deallocate() }
                for a in 0..<k { local[a] = bases[a] + lo &* steps[a] }
                let st = steps.withUnsafeBufferPointer { self.entry(local, $0.baseAddress, hi - lo) }
                if st != 0 { lock.lock(); if status == 0 { status = st }; lock.unlock() }
            }
            if status != 0 { throw NativeRuntime.takeError() }
            return
        }
        var failed = false
        walkOffsets(shape: shape, strides: strides) { offsets in
            if failed { return }
            for a in 0..<k { data[a] = bases[a] + offsets[a] }
            if entry(data, steps, inner) != 0 { failed = true }
        }
        if failed { throw NativeRuntime.takeError() }
    }
}

enum KernelCompiler {
    /// Lowering options for a kernel compiled from `function` (its globals and free variables).
    static func loweringOptions(_ function: PyFunction, fastmath: Bool = false) -> LoweringOptions {
        var lowering = LoweringOptions()
        lowering.boundscheck = false
        lowering.fastmath = fastmath
        // numba compiles ufunc kernels with error_model='numpy'.
        lowering.errorModelNumpy = true
        if let source = function.source {
            lowering.globalValue = { name in source.freeVariables[name] ?? source.globals.get(name) ?? Runtime.builtins.get(name) }
        }
        return lowering
    }

    /// Replaces `loop`'s object-mode kernel with native code when the kernel lowers.
    static func compile(_ loop: UfuncLoop, function: PyFunction, parallel: Bool = false) {
        guard TieringConfiguration.mode != .off, let typed = loop.typed, let engine = NativeEngine.shared else { return }
        do {
            let symbol = engine.newSymbol(function.qualname + ".ufunc")
            let entry = try engine.compileUfuncLoop(typed, output: NumbaType(loop.output), symbol: symbol,
                                                    options: loweringOptions(function))
            loop.kernel = CompiledUfuncKernel(entry: entry, symbol: symbol, parallel: parallel)
        } catch {
            if ProcessInfo.processInfo.environment["UPDRAFT_LOG_FALLBACK"] != nil {
                FileHandle.standardError.write(Data("updraft: ufunc \(function.qualname): object mode: \(error)\n".utf8))
            }
        }
    }
}
