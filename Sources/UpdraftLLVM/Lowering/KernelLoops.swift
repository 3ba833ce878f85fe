// Compiled elementwise loops for `@vectorize` kernels. The scalar kernel is lowered as any
// compiled function (`i32 @sym(ret*, args...)`); next to it goes numpy's inner-loop shape
//
//     i32 @sym.loop(i8** data, i64* steps, i64 n)
//
// with data[k] / steps[k] the base pointer and byte stride of input k (output last). The loop
// has a contiguous version (every step equal to its itemsize: typed GEPs, so LLVM vectorises)
// and a strided one; the kernel is inlined into both. A non-zero status (an exception recorded
// by the kernel) stops the loop and is returned.

import UpdraftCompiler

public typealias UfuncLoopEntry = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafePointer<Int>?, Int) -> Int32

extension NativeEngine {
    /// Lowers the scalar kernel `typed` and its elementwise loop writing `output` elements;
    /// returns the loop's address (resolved now: the code is generated here).
    public func compileUfuncLoop(_ typed: TypedFunction, output: NumbaType, symbol: String,
                                 options: LoweringOptions) throws -> UfuncLoopEntry {
        let module = LLModule(symbol, context: context)
        try machine.configure(module)
        let fn = try FunctionLowering(typed: typed, module: module, symbol: symbol, options: options).lower()
        try fn.addAttribute("nounwind")
        try fn.addAttribute("alwaysinline")
        try buildUfuncLoop(module, fn, typed.argTypes, typed.returnType, output, symbol: symbol)
        do {
            try module.verify()
        } catch {
            throw LoweringUnsupported("internal error: the ufunc loop does not verify: \(error)")
        }
        try machine.optimize(module)
        try jit.add(module)
        return unsafeBitCast(try jit.lookup(symbol + ".loop"), to: UfuncLoopEntry.self)
    }

    func buildUfuncLoop(_ module: LLModule, _ fn: LLFunction, _ inputs: [NumbaType], _ ret: NumbaType,
                        _ output: NumbaType, symbol: String) throws {
        let c = module.context
        let t = TypeLowering(context: c)
        let i64p = c.i64.pointer()
        let loop = try module.addFunction(symbol + ".loop", type: c.functionType(c.i32, [c.bytePointer.pointer(), i64p, c.i64]))
        try loop.addAttribute("nounwind")
        let b = LLBuilder(context: c)
        let entry = loop.appendBlock("entry")
        b.position(atEndOf: entry)
        let data = loop.param(0)!, steps = loop.param(1)!, n = loop.param(2)!
        let all = inputs + [output]
        var bases: [LLValue] = [], strides: [LLValue] = []
        var contiguous = c.constBool(true)
        for (k, at) in all.enumerated() {
            bases.append(b.load(c.bytePointer, b.gep(c.bytePointer, data, [c.constI64(Int64(k))])))
            let s = b.load(c.i64, b.gep(c.i64, steps, [c.constI64(Int64(k))]))
            strides.append(s)
            contiguous = b.and(contiguous, b.icmp(.eq, s, c.constI64(Int64(t.itemsize(at)))))
        }
        let retSlot = b.alloca(try t.llvm(ret))
        let counter = b.alloca(c.i64)
        _ = b.store(c.constI64(0), counter)
        let fail = loop.appendBlock("fail"), done = loop.appendBlock("done")
        let contigHead = loop.appendBlock("contig.head"), stridedHead = loop.appendBlock("strided.head")
        let status = b.alloca(c.i32)
        _ = b.condBr(contiguous, contigHead, stridedHead)

        func emitLoop(_ head: LLBlock, typedIndexing: Bool) throws {
            let body = loop.appendBlock(typedIndexing ? "contig.body" : "strided.body")
            let next = loop.appendBlock(typedIndexing ? "contig.next" : "strided.next")
            b.position(atEndOf: head)
            let i = b.load(c.i64, counter)
            _ = b.condBr(b.icmp(.slt, i, n), body, done)
            b.position(atEndOf: body)
            func address(_ k: Int) throws -> LLValue {
                let mem = try t.memory(all[k])
                if typedIndexing { return b.gep(mem, b.bitcast(bases[k], mem.pointer()), [i]) }
                return b.bitcast(b.gep(c.i8, bases[k], [b.mul(i, strides[k])]), mem.pointer())
            }
            var args: [LLValue] = [retSlot]
            for (k, at) in inputs.enumerated() {
                let v = b.load(try t.memory(at), try address(k))
                args.append(at.unliteral == .boolean ? b.trunc(v, c.i1) : v)
            }
            let st = b.call(fn, args)
            _ = b.store(st, status)
            _ = b.condBr(b.icmp(.eq, st, c.constI32(0)), next, fail)
            b.position(atEndOf: next)
            let r = try convert(b, c, b.load(try t.llvm(ret), retSlot), from: ret.unliteral, to: output)
            _ = b.store(output == .boolean ? b.zext(r, c.i8) : r, try address(inputs.count))
            _ = b.store(b.add(i, c.constI64(1)), counter)
            _ = b.br(head)
        }
        try emitLoop(contigHead, typedIndexing: true)
        try emitLoop(stridedHead, typedIndexing: false)
        b.position(atEndOf: fail)
        _ = b.ret(b.load(c.i32, status))
        b.position(atEndOf: done)
        _ = b.ret(c.constI32(0))
    }

    /// Numeric conversion of a kernel result to the loop's output type (numpy's casting).
    private func convert(_ b: LLBuilder, _ c: LLContext, _ v: LLValue, from: NumbaType, to: NumbaType) throws -> LLValue {
        if from == to { return v }
        let t = TypeLowering(context: c)
        let target = try t.llvm(to)
        switch (from, to) {
        case (.boolean, .integer): return b.zext(v, target)
        case (.boolean, .float): return b.uitofp(v, target)
        case (.integer, .boolean): return b.icmp(.ne, v, c.constInt(try t.llvm(from), 0))
        case (.integer(_, let signed), .integer): return b.intCast(v, target, signed: signed)
        case (.integer(_, let signed), .float): return signed ? b.sitofp(v, target) : b.uitofp(v, target)
        case (.float, .boolean): return b.fcmp(.une, v, c.constReal(try t.llvm(from), 0))
        case (.float, .integer(_, let signed)): return signed ? b.fptosi(v, target) : b.fptoui(v, target)
        case (.float(let a), .float(let z)): return a < z ? b.fpext(v, target) : b.fptrunc(v, target)
        default: throw LoweringUnsupported("a ufunc kernel returning \(from) for an output of \(to)")
        }
    }
}
