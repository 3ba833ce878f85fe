// Compiled `@guvectorize` loops. The kernel (`i32 @sym(ret*, args...)`, void result) is lowered
// as any compiled function; next to it goes numpy's generalized-ufunc inner loop
//
//     i32 @sym.guloop(i8** args, i64* dims, i64* steps, i8** owners)
//
// dims[0] is the loop count, dims[1...] the core dimensions' sizes (one per symbol of the layout,
// in order of first appearance); steps[0..<nops] are the operands' byte strides over the loop
// and, after them, each operand's core strides in order. For every loop index the loop builds
// the kernel's arguments — a scalar for a `()` operand typed as a scalar, otherwise an array
// view `{data, shape, strides, owner}` (a `()` operand typed as a 1-d array is a 1-element
// view, as in numba) — and calls the kernel, inlined. A non-zero status stops the loop.

import UpdraftCompiler

public typealias GUFuncLoopEntry = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafePointer<Int>?,
                                                   UnsafePointer<Int>?, UnsafeMutablePointer<UnsafeRawPointer?>?) -> Int32

/// One operand of a generalized ufunc loop: its kernel type and the symbol index of each core dimension.
public struct GUFuncOperand {
    public let type: NumbaType
    public let coreSymbols: [Int]
    public init(type: NumbaType, coreSymbols: [Int]) {
        self.type = type
        self.coreSymbols = coreSymbols
    }
}

extension NativeEngine {
    /// Lowers the kernel `typed` and its generalized-ufunc loop; returns the loop's address.
    public func compileGUFuncLoop(_ typed: TypedFunction, operands: [GUFuncOperand], symbol: String,
                                  options: LoweringOptions) throws -> GUFuncLoopEntry {
        let module = LLModule(symbol, context: context)
        try machine.configure(module)
        let fn = try FunctionLowering(typed: typed, module: module, symbol: symbol, options: options).lower()
        try fn.addAttribute("nounwind")
        try fn.addAttribute("alwaysinline")
        try buildGUFuncLoop(module, fn, typed.returnType, operands, symbol: symbol)
        do {
            try module.verify()
        } catch {
            throw LoweringUnsupported("internal error: the gufunc loop does not verify: \(error)")
        }
        try machine.optimize(module)
        try jit.add(module)
        return unsafeBitCast(try jit.lookup(symbol + ".guloop"), to: GUFuncLoopEntry.self)
    }

    private func buildGUFuncLoop(_ module: LLModule, _ fn: LLFunction, _ ret: NumbaType, _ operands: [GUFuncOperand],
                                 symbol: String) throws {
        let c = module.context
        let t = TypeLowering(context: c)
        let i64p = c.i64.pointer()
        let loop = try module.addFunction(symbol + ".guloop",
                                          type: c.functionType(c.i32, [c.bytePointer.pointer(), i64p, i64p, c.bytePointer.pointer()]))
        try loop.addAttribute("nounwind")
        let b = LLBuilder(context: c)
        b.position(atEndOf: loop.appendBlock("entry"))
        let argsP = loop.param(0)!, dimsP = loop.param(1)!, stepsP = loop.param(2)!, ownersP = loop.param(3)!
        func loadI64(_ p: LLValue, _ k: Int) -> LLValue { b.load(c.i64, b.gep(c.i64, p, [c.constI64(Int64(k))])) }
        let n = loadI64(dimsP, 0)
        let symbolCount = (operands.flatMap(\.coreSymbols).max() ?? -1) + 1
        let dims = (0..<symbolCount).map { loadI64(dimsP, 1 + $0) }
        var bases: [LLValue] = [], steps: [LLValue] = [], coreStrides: [[LLValue]] = [], owners: [LLValue] = []
        var stepOffset = operands.count
        for (k, op) in operands.enumerated() {
            bases.append(b.load(c.bytePointer, b.gep(c.bytePointer, argsP, [c.constI64(Int64(k))])))
            owners.append(b.load(c.bytePointer, b.gep(c.bytePointer, ownersP, [c.constI64(Int64(k))])))
            steps.append(loadI64(stepsP, k))
            coreStrides.append(op.coreSymbols.indices.map { loadI64(stepsP, stepOffset + $0) })
            stepOffset += op.coreSymbols.count
        }
        let retSlot = b.alloca(try t.llvm(ret))
        let counter = b.alloca(c.i64)
        _ = b.store(c.constI64(0), counter)
        let head = loop.appendBlock("head"), body = loop.appendBlock("body"), next = loop.appendBlock("next")
        let fail = loop.appendBlock("fail"), done = loop.appendBlock("done")
        let status = b.alloca(c.i32)
        _ = b.br(head)
        b.position(atEndOf: head)
        let i = b.load(c.i64, counter)
        _ = b.condBr(b.icmp(.slt, i, n), body, done)
        b.position(atEndOf: body)
        var args: [LLValue] = [retSlot]
        for (k, op) in operands.enumerated() {
            let p = b.gep(c.i8, bases[k], [b.mul(i, steps[k])])
            switch op.type {
            case .array(let dtype, let nd, _, _):
                let shape: [LLValue], strides: [LLValue]
                if op.coreSymbols.isEmpty {
                    // `()` given as a 1-d array: one element.
                    shape = Array(repeating: c.constI64(1), count: nd)
                    strides = Array(repeating: c.constI64(Int64(t.itemsize(dtype))), count: nd)
                } else {
                    guard op.coreSymbols.count == nd else {
                        throw LoweringUnsupported("type and shape signature mismatch for arg #\(k + 1)")
                    }
                    shape = op.coreSymbols.map { dims[$0] }
                    strides = coreStrides[k]
                }
                var view = c.undef(t.arrayStruct(nd))
                view = b.insertValue(view, p, 0)
                var sh = c.undef(c.arrayType(c.i64, count: nd)), st = c.undef(c.arrayType(c.i64, count: nd))
                for d in 0..<nd {
                    sh = b.insertValue(sh, shape[d], d)
                    st = b.insertValue(st, strides[d], d)
                }
                view = b.insertValue(view, sh, 1)
                view = b.insertValue(view, st, 2)
                args.append(b.insertValue(view, owners[k], 3))
            default:
                let v = b.load(try t.memory(op.type), b.bitcast(p, try t.memory(op.type).pointer()))
                args.append(op.type.unliteral == .boolean ? b.trunc(v, c.i1) : v)
            }
        }
        let st = b.call(fn, args)
        _ = b.store(st, status)
        _ = b.condBr(b.icmp(.eq, st, c.constI32(0)), next, fail)
        b.position(atEndOf: next)
        _ = b.store(b.add(i, c.constI64(1)), counter)
        _ = b.br(head)
        b.position(atEndOf: fail)
        _ = b.ret(b.load(c.i32, status))
        b.position(atEndOf: done)
        _ = b.ret(c.constI32(0))
    }
}

extension NativeEngine {
    /// `i32 @symbol(i8* result, args...)`, called by compiled code for `g(a, ..., out)`: stores
    /// the arguments in stack slots and calls the Swift `helper(site, slots)`, which runs the
    /// gufunc (UpdraftTiering's GUVectorize.swift); returns its status. The result is None.
    /// The caller holds `lock`.
    public func compileGUFuncCall(helper: UnsafeRawPointer, site: Int, argTypes: [NumbaType], symbol: String) throws {
        let module = LLModule(symbol, context: context)
        try machine.configure(module)
        let c = context
        let t = TypeLowering(context: c)
        let fn = try module.addFunction(symbol, type: try FunctionLowering.functionType(t, args: argTypes, returnType: .none))
        let b = LLBuilder(context: c)
        b.position(atEndOf: fn.appendBlock("entry"))
        let slotsType = c.arrayType(c.bytePointer, count: Swift.max(argTypes.count, 1))
        let slots = b.alloca(slotsType)
        for (i, at) in argTypes.enumerated() {
            let slot = b.alloca(try t.memory(at))
            let v = fn.param(i + 1)!
            b.store(at.unliteral == .boolean ? b.zext(v, c.i8) : v, slot)
            b.store(b.bitcast(slot, c.bytePointer), b.gep(slotsType, slots, [c.constI64(0), c.constI64(Int64(i))]))
        }
        let helperType = c.functionType(c.i32, [c.i64, c.bytePointer.pointer()])
        let status = b.call(type: helperType, c.constPointer(helper, type: helperType.pointer()),
                            [c.constI64(Int64(site)), b.bitcast(slots, c.bytePointer.pointer())])
        b.store(c.constNull(try t.llvm(.none)), fn.param(0)!)
        b.ret(status)
        try module.verify()
        try machine.optimize(module)
        try jit.add(module)
    }
}
