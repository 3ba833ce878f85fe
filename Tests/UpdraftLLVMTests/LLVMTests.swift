// The LLVM layer end to end: IR built through the wrappers, verified, optimised with default<O3>,
// printed as IR and assembly, compiled by ORC LLJIT and called through the looked-up addresses.

import Foundation
import XCTest
import UpdraftLLVM

/// A runtime helper exported from Swift, called from JIT-compiled code.
@_cdecl("updraft_test_helper")
public func updraftTestHelper(_ x: Double) -> Double { x * 2 + 1 }

private typealias BinaryDouble = @convention(c) (Double, Double) -> Double
private typealias SumDoubles = @convention(c) (UnsafePointer<Double>?, Int64) -> Double
private typealias UnaryDouble = @convention(c) (Double) -> Double

final class LLVMTests: XCTestCase {
    /// `double add(double a, double b) { return a + b; }`
    private func buildAdd(_ module: LLModule, name: String = "add") throws {
        let context = module.context
        let function = try module.addFunction(name, type: context.functionType(context.double, [context.double, context.double]))
        let builder = LLBuilder(context: context)
        builder.position(atEndOf: function.appendBlock("entry"))
        guard let a = function.param(0), let b = function.param(1) else { return XCTFail("no params") }
        a.name = "a"
        b.name = "b"
        builder.ret(builder.fadd(a, b, name: "sum"))
    }

    /// `double sum(double* p, i64 n)`: a counted loop with a phi for `i` and one for the total.
    private func buildSum(_ module: LLModule, name: String = "sum", fastMath: FastMathFlags = []) throws {
        let c = module.context
        let function = try module.addFunction(name, type: c.functionType(c.double, [c.double.pointer(), c.i64]))
        guard let p = function.param(0), let n = function.param(1) else { return XCTFail("no params") }
        try function.addAttribute("noalias", param: 0)
        let entry = function.appendBlock("entry"), loop = function.appendBlock("loop"), exit = function.appendBlock("exit")
        let b = LLBuilder(context: c)
        b.fastMath = fastMath
        b.position(atEndOf: entry)
        b.condBr(b.icmp(.sgt, n, c.constI64(0)), loop, exit)
        b.position(atEndOf: loop)
        let i = b.phi(c.i64, name: "i"), total = b.phi(c.double, name: "total")
        let x = b.load(c.double, b.gep(c.double, p, [i]), align: 8, name: "x")
        let next = b.fadd(total, x, name: "next")
        let i1 = b.add(i, c.constI64(1), [.nsw, .nuw], name: "i1")
        i.addIncoming([(c.constI64(0), entry), (i1, loop)])
        total.addIncoming([(c.constDouble(0), entry), (next, loop)])
        b.condBr(b.icmp(.slt, i1, n), loop, exit)
        b.position(atEndOf: exit)
        let result = b.phi(c.double, name: "result")
        result.addIncoming([(c.constDouble(0), entry), (next, loop)])
        b.ret(result)
    }

    private func address<T>(_ jit: LLJIT, _ name: String, as type: T.Type) throws -> T {
        unsafeBitCast(try jit.lookup(name), to: type)
    }

    func testAddCompilesAndRuns() throws {
        let context = LLContext()
        let module = LLModule("add", context: context)
        let machine = try LLTargetMachine()
        try machine.configure(module)
        try buildAdd(module)
        try module.verify()
        XCTAssertTrue(try module.ir().contains("%sum = fadd double %a, %b"))
        try machine.optimize(module)
        let jit = try LLJIT()
        try jit.add(module)
        XCTAssertTrue(module.isConsumed)
        XCTAssertThrowsError(try module.ir())
        let add = try address(jit, "add", as: BinaryDouble.self)
        XCTAssertEqual(add(2.25, 3.5), 5.75)
        XCTAssertEqual(add(-1, 1e300), 1e300)
    }

    func testSumLoopVectorizesWithFastMath() throws {
        let context = LLContext()
        let module = LLModule("sum", context: context)
        let machine = try LLTargetMachine()
        try machine.configure(module)
        try buildSum(module, name: "sum_fast", fastMath: .fast)
        try buildSum(module, name: "sum_ieee")
        try module.verify()
        XCTAssertTrue(try module.ir().contains("fadd fast double %total, %x"))
        XCTAssertTrue(try module.ir().contains("add nuw nsw i64 %i, 1"))
        try machine.optimize(module)
        try module.verify()
        let ir = try module.ir()
        XCTAssertTrue(ir.contains("<2 x double>") || ir.contains("<4 x double>") || ir.contains("<8 x double>"), ir)
        let asm = try machine.emitAssembly(module)
        XCTAssertTrue(asm.contains("addpd"), "no packed add in:\n\(asm)")  // addpd, vaddpd
        XCTAssertFalse(module.isConsumed)

        let jit = try LLJIT()
        try jit.add(module)
        let values = (1...1001).map(Double.init)
        let fast = try address(jit, "sum_fast", as: SumDoubles.self)
        let ieee = try address(jit, "sum_ieee", as: SumDoubles.self)
        values.withUnsafeBufferPointer { buffer in
            XCTAssertEqual(fast(buffer.baseAddress, Int64(buffer.count)), 501_501)
            XCTAssertEqual(ieee(buffer.baseAddress, Int64(buffer.count)), 501_501)
            XCTAssertEqual(ieee(buffer.baseAddress, 0), 0)
            XCTAssertEqual(fast(buffer.baseAddress, 3), 6)
        }
    }

    /// A loop writing `out[i] = a[i] * k` vectorises without fast-math (no reassociation needed).
    func testElementwiseLoopVectorizes() throws {
        let c = LLContext()
        let module = LLModule("scale", context: c)
        let machine = try LLTargetMachine()
        try machine.configure(module)
        let pd = c.double.pointer()
        let f = try module.addFunction("scale", type: c.functionType(c.void, [pd, pd, c.double, c.i64]))
        guard let out = f.param(0), let a = f.param(1), let k = f.param(2), let n = f.param(3) else { return XCTFail() }
        try f.addAttribute("noalias", param: 0)
        try f.addAttribute("nounwind")
        let entry = f.appendBlock("entry"), loop = f.appendBlock("loop"), exit = f.appendBlock("exit")
        let b = LLBuilder(context: c)
        b.position(atEndOf: entry)
        b.condBr(b.icmp(.sgt, n, c.constI64(0)), loop, exit)
        b.position(atEndOf: loop)
        let i = b.phi(c.i64, name: "i")
        b.store(b.fmul(b.load(c.double, b.gep(c.double, a, [i])), k), b.gep(c.double, out, [i]))
        let i1 = b.add(i, c.constI64(1), .nsw)
        i.addIncoming([(c.constI64(0), entry), (i1, loop)])
        b.condBr(b.icmp(.slt, i1, n), loop, exit)
        b.position(atEndOf: exit)
        b.retVoid()
        try module.verify()
        try machine.optimize(module)
        XCTAssertTrue(try machine.emitAssembly(module).contains("mulpd"))
        let jit = try LLJIT()
        try jit.add(module)
        typealias Scale = @convention(c) (UnsafeMutablePointer<Double>?, UnsafePointer<Double>?, Double, Int64) -> Void
        let scale = try address(jit, "scale", as: Scale.self)
        let input = (0..<37).map(Double.init)
        var output = [Double](repeating: 0, count: 37)
        output.withUnsafeMutableBufferPointer { o in
            input.withUnsafeBufferPointer { scale(o.baseAddress, $0.baseAddress, 0.5, 37) }
        }
        XCTAssertEqual(output, input.map { $0 * 0.5 })
    }

    func testIntrinsicsAndCasts() throws {
        let c = LLContext()
        let module = LLModule("intrinsics", context: c)
        let machine = try LLTargetMachine()
        try machine.configure(module)
        let b = LLBuilder(context: c)

        // double root(double x) = llvm.sqrt.f64(x), declared by full name.
        let sqrt = try module.intrinsic("llvm.sqrt.f64", type: c.functionType(c.double, [c.double]))
        let root = try module.addFunction("root", type: c.functionType(c.double, [c.double]))
        b.position(atEndOf: root.appendBlock())
        guard let x = root.param(0) else { return XCTFail() }
        b.ret(b.call(sqrt, [x]))

        // i64 checked_add(i64 a, i64 b): a + b, or -1 on overflow (llvm.sadd.with.overflow.i64 by overload).
        let sadd = try module.intrinsic("llvm.sadd.with.overflow", overloads: [c.i64])
        XCTAssertEqual(sadd.name, "llvm.sadd.with.overflow.i64")
        let checked = try module.addFunction("checked_add", type: c.functionType(c.i64, [c.i64, c.i64]))
        b.position(atEndOf: checked.appendBlock())
        guard let p = checked.param(0), let q = checked.param(1) else { return XCTFail() }
        let pair = b.call(sadd, [p, q])
        b.ret(b.select(b.extractValue(pair, 1), c.constI64(-1), b.extractValue(pair, 0)))

        // i64 trunc_div(double x) = fptosi(x) / 3 via casts round trip through i32 and float.
        let casts = try module.addFunction("casts", type: c.functionType(c.double, [c.i64]))
        b.position(atEndOf: casts.appendBlock())
        guard let n = casts.param(0) else { return XCTFail() }
        let small = b.trunc(n, c.i32)
        let widened = b.sext(small, c.i64)
        let asFloat = b.fptrunc(b.sitofp(widened, c.double), c.float)
        let back = b.fpext(asFloat, c.double)
        let asInt = b.fptosi(back, c.i64)
        b.ret(b.sitofp(b.sdiv(asInt, c.constI64(3)), c.double))

        XCTAssertThrowsError(try module.intrinsic("llvm.no.such.thing", type: c.functionType(c.void, []))) {
            XCTAssertEqual(($0 as? LLVMError)?.message, "unknown intrinsic 'llvm.no.such.thing'")
        }
        try module.verify()
        try machine.optimize(module)
        let jit = try LLJIT()
        try jit.add(module)
        XCTAssertEqual(try address(jit, "root", as: UnaryDouble.self)(2.25), 1.5)
        typealias BinaryInt = @convention(c) (Int64, Int64) -> Int64
        let checkedAdd = try address(jit, "checked_add", as: BinaryInt.self)
        XCTAssertEqual(checkedAdd(40, 2), 42)
        XCTAssertEqual(checkedAdd(Int64.max, 1), -1)
        typealias IntToDouble = @convention(c) (Int64) -> Double
        // 2^32 + 9 truncates to 9 in i32; 9 / 3 = 3.
        XCTAssertEqual(try address(jit, "casts", as: IntToDouble.self)((1 << 32) + 9), 3)
    }

    /// Compiled code calls a Swift `@_cdecl` function registered as an absolute symbol.
    func testCallsSwiftHelperThroughAbsoluteSymbol() throws {
        let c = LLContext()
        let module = LLModule("helper", context: c)
        let machine = try LLTargetMachine()
        try machine.configure(module)
        let unary = c.functionType(c.double, [c.double])
        let helper = try module.declareFunction("updraft_test_helper", type: unary)
        let f = try module.addFunction("twice_helper", type: unary)
        let b = LLBuilder(context: c)
        b.position(atEndOf: f.appendBlock())
        guard let x = f.param(0) else { return XCTFail() }
        b.ret(b.fadd(b.call(helper, [x]), b.call(helper, [x])))
        try module.verify()
        try machine.optimize(module)

        let jit = try LLJIT()
        let helperFunction: UnaryDouble = updraftTestHelper
        let helperAddress = unsafeBitCast(helperFunction, to: UnsafeRawPointer.self)
        try jit.define(absoluteSymbols: [("updraft_test_helper", helperAddress)])
        XCTAssertThrowsError(try jit.define(absoluteSymbols: [("updraft_test_helper", helperAddress)]))
        try jit.add(module)
        XCTAssertEqual(try jit.lookup("updraft_test_helper"), helperAddress)
        XCTAssertEqual(try address(jit, "twice_helper", as: UnaryDouble.self)(10), 42)
    }

    /// With the process search generator, compiled code resolves libm's `cos` from the process.
    func testCallsProcessSymbol() throws {
        let c = LLContext()
        let module = LLModule("libm", context: c)
        let machine = try LLTargetMachine()
        try machine.configure(module)
        let unary = c.functionType(c.double, [c.double])
        let cosine = try module.declareFunction("cos", type: unary)
        let f = try module.addFunction("my_cos", type: unary)
        let b = LLBuilder(context: c)
        b.position(atEndOf: f.appendBlock())
        guard let x = f.param(0) else { return XCTFail() }
        b.ret(b.call(cosine, [x]))
        let jit = try LLJIT()
        try jit.addProcessSymbols()
        try jit.add(module)
        XCTAssertEqual(try address(jit, "my_cos", as: UnaryDouble.self)(0.5), cos(0.5))
    }

    func testErrorsAreSwiftErrors() throws {
        let c = LLContext()
        let module = LLModule("broken", context: c)
        let f = try module.addFunction("broken", type: c.functionType(c.i64, [c.i64]))
        let b = LLBuilder(context: c)
        b.position(atEndOf: f.appendBlock("entry"))
        guard let x = f.param(0) else { return XCTFail() }
        _ = b.add(x, x)  // no terminator
        XCTAssertThrowsError(try module.verify()) { error in
            let message = (error as? LLVMError)?.message ?? ""
            XCTAssertTrue(message.contains("Basic Block in function 'broken' does not have terminator!"), message)
        }
        XCTAssertThrowsError(try LLModule.parse("define i64 @f( {", context: c)) { error in
            XCTAssertTrue(((error as? LLVMError)?.message ?? "").contains("error:"), "\(error)")
        }
        let jit = try LLJIT()
        XCTAssertThrowsError(try jit.lookup("no_such_symbol")) { error in
            XCTAssertTrue(((error as? LLVMError)?.message ?? "").contains("no_such_symbol"), "\(error)")
        }
        // An unresolved call in compiled code: the lookup fails, ORC's session error is kept.
        let caller = LLModule("caller", context: c)
        let missing = try caller.declareFunction("missing_helper", type: c.functionType(c.void, []))
        let g = try caller.addFunction("calls_missing", type: c.functionType(c.void, []))
        b.position(atEndOf: g.appendBlock())
        b.call(missing, [])
        b.retVoid()
        try caller.verify()
        try jit.add(caller)
        XCTAssertThrowsError(try jit.lookup("calls_missing"))
        XCTAssertEqual(jit.lastSessionError, "Symbols not found: [ missing_helper ]")
        let machine = try LLTargetMachine()
        XCTAssertThrowsError(try machine.optimize(LLModule("m", context: c), passes: "no-such-pass")) { error in
            XCTAssertTrue(((error as? LLVMError)?.message ?? "").contains("no-such-pass"), "\(error)")
        }
        XCTAssertThrowsError(try f.addAttribute("not-an-attribute"))
    }

    /// Object code (for a future cache) loads into a fresh JIT.
    func testObjectCodeRoundTrip() throws {
        let context = LLContext()
        let module = LLModule("obj", context: context)
        let machine = try LLTargetMachine()
        try machine.configure(module)
        try buildAdd(module, name: "obj_add")
        try machine.optimize(module)
        let object = try machine.emitObject(module)
        XCTAssertEqual(Array(object.prefix(4)), [0x7F, 0x45, 0x4C, 0x46])  // ELF
        let jit = try LLJIT(codeGenOptLevel: .aggressive)
        try jit.addObject(object)
        XCTAssertEqual(try address(jit, "obj_add", as: BinaryDouble.self)(1, 2), 3)
        XCTAssertFalse(try module.bitcode().isEmpty)
        XCTAssertEqual(LLVMNative.version.prefix(3), "14.")
    }

    /// Wall time of one small compile: build IR, verify, default<O3>, add to the JIT, look up
    /// (code generation happens at lookup). Printed for the report; loosely bounded.
    func testCompileTime() throws {
        let clock = ContinuousClock()
        func ms(_ d: Duration) -> Double {
            Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
        }
        let machineStart = clock.now
        let machine = try LLTargetMachine()
        let machineTime = ms(clock.now - machineStart)
        var jitCreation: [Double] = [], build: [Double] = [], optimize: [Double] = [], codegen: [Double] = []
        let aggressive = ProcessInfo.processInfo.environment["UPDRAFT_JIT_O3"] != nil
        for round in 0..<8 {
            var start = clock.now
            let jit = try aggressive ? LLJIT(codeGenOptLevel: .aggressive) : LLJIT()
            jitCreation.append(ms(clock.now - start))
            start = clock.now
            let context = LLContext()
            let module = LLModule("timed\(round)", context: context)
            try machine.configure(module)
            try buildSum(module, name: "timed_sum")
            try module.verify()
            build.append(ms(clock.now - start))
            start = clock.now
            try machine.optimize(module)
            optimize.append(ms(clock.now - start))
            start = clock.now
            try jit.add(module)
            let sum = try address(jit, "timed_sum", as: SumDoubles.self)
            codegen.append(ms(clock.now - start))
            let data: [Double] = [1, 2, 3]
            XCTAssertEqual(data.withUnsafeBufferPointer { sum($0.baseAddress, 3) }, 6)
        }
        func median(_ xs: [Double]) -> Double { xs.dropFirst().sorted()[(xs.count - 1) / 2] }
        let total = zip(zip(build, optimize), codegen).map { $0.0 + $0.1 + $1 }
        print(String(format: "LLVM compile time (ms): first %.2f, median %.2f = IR+verify %.2f + default<O3> %.2f"
                     + " + JIT codegen %.2f; LLJIT creation %.2f, target machine %.2f",
                     total[0], median(total), median(build), median(optimize), median(codegen),
                     median(jitCreation), machineTime))
        XCTAssertLessThan(median(total), 500)
    }
}
