// The lowering end to end: functions from source text go through IR generation and type
// inference, are lowered to LLVM, optimised, JIT-compiled and called through the call-boundary
// wrapper with Python values.

import XCTest
import UpdraftArray
import UpdraftLLVM
import UpdraftRuntime
import UpdraftSyntax
@testable import UpdraftCompiler

/// A script's function: typed per signature and compiled to native code on demand.
final class LoweringTestFunction: PyObject, CompilableCallee, NativeCallee {
    let ir: FunctionIR
    unowned let script: LoweringScript
    var calleeName: String { ir.name }
    var typedBySignature: [[NumbaType]: TypedFunction] = [:]
    var symbols: [[NumbaType]: String] = [:]
    var compiled: [[NumbaType]: CompiledFunction] = [:]

    init(ir: FunctionIR, script: LoweringScript) {
        self.ir = ir
        self.script = script
    }

    func typed(_ args: [NumbaType]) throws -> TypedFunction {
        if let t = typedBySignature[args] { return t }
        let t = try TypeInference(ir: ir, argTypes: args, resolver: script, callee: self).run()
        typedBySignature[args] = t
        return t
    }

    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType { try typed(args).returnType }

    func nativeSymbol(for args: [NumbaType]) throws -> (symbol: String, returnType: NumbaType) {
        let t = try typed(args)
        if let s = symbols[args] { return (s, t.returnType) }
        _ = try compile(args)
        return (symbols[args]!, t.returnType)
    }

    func compile(_ args: [NumbaType], boundscheck: Bool = true) throws -> CompiledFunction {
        if let c = compiled[args] { return c }
        let engine = try XCTUnwrap(NativeEngine.shared)
        let t = try typed(args)
        let symbol = symbols[args] ?? engine.newSymbol(ir.name)
        symbols[args] = symbol
        var options = LoweringOptions()
        options.selfCallee = self
        options.boundscheck = boundscheck
        let c = try engine.compile(t, symbol: symbol, options: options, dumps: NativeDumps(), title: ir.name)
        compiled[args] = c
        return c
    }
}

final class LoweringScript: GlobalResolver {
    var globals: [String: Value] = [:]
    var functions: [String: LoweringTestFunction] = [:]

    init(_ source: String) throws {
        Runtime.bootstrap()
        globals["np"] = .object(Numpy.module)
        if let math = Runtime.nativeModules["math"]?() { globals["math"] = .object(math) }
        let module = try Parser.parseModule(source)
        for s in module.body {
            if case .functionDef(let f) = s.kind {
                let ir = try IRBuilder(function: f, filename: "test.py", location: s.location).build()
                let fn = LoweringTestFunction(ir: ir, script: self)
                functions[f.name] = fn
                globals[f.name] = .object(fn)
            }
        }
    }

    func resolveGlobal(_ name: String) -> Value? { globals[name] ?? Runtime.builtins.get(name) }

    /// Calls `name` compiled for the types of `args`.
    func call(_ name: String, _ args: [Value], boundscheck: Bool = true) throws -> Value {
        let f = try XCTUnwrap(functions[name])
        let types = try args.map { try typeof($0).unliteral }
        return try NativeCaller(try f.compile(types, boundscheck: boundscheck)).call(args)
    }
}

final class LoweringTests: XCTestCase {
    private func text(_ v: Value) throws -> String { try repr(v) }

    private func assertRaises(_ body: @autoclosure () throws -> Value, _ type: String, _ message: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        do {
            let v = try body()
            XCTFail("no exception, got \((try? repr(v)) ?? "?")", file: file, line: line)
        } catch let e as PythonError {
            XCTAssertEqual(e.exception.cls.name, type, file: file, line: line)
            let args = e.exception.args.compactMap { ($0.asObject as? PyStr)?.value }
            XCTAssertEqual(args.first ?? "", message, file: file, line: line)
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
    }

    func testScalarArithmeticFollowsNumba() throws {
        let s = try LoweringScript("""
        def f(a, b):
            return a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a
        def wrap(a):
            return a * 4611686018427387904
        """)
        XCTAssertEqual(try text(s.call("f", [.int(7), .int(2)])), "(9, 5, 14, 3.5, 3, 1, 49, -7)")
        XCTAssertEqual(try text(s.call("f", [.int(-7), .int(2)])), "(-5, -9, -14, -3.5, -4, 1, 49, 7)")
        XCTAssertEqual(try text(s.call("f", [.float(7.5), .int(2)])), "(9.5, 5.5, 15.0, 3.75, 3.0, 1.5, 56.25, -7.5)")
        XCTAssertEqual(try text(s.call("f", [.float(-7.5), .float(-2)])), "(-9.5, -5.5, 15.0, 3.75, 3.0, -1.5, 56.25, 7.5)")
        // int64 overflow wraps, as in numba.
        XCTAssertEqual(try text(s.call("wrap", [.int(4)])), "0")
    }

    func testZeroDivisionMessages() throws {
        let s = try LoweringScript("""
        def fd(a, b):
            return a // b
        def md(a, b):
            return a % b
        def td(a, b):
            return a / b
        """)
        assertRaises(try s.call("fd", [.int(1), .int(0)]), "ZeroDivisionError", "integer division by zero")
        assertRaises(try s.call("md", [.int(1), .int(0)]), "ZeroDivisionError", "integer modulo by zero")
        assertRaises(try s.call("td", [.int(1), .int(0)]), "ZeroDivisionError", "division by zero")
        assertRaises(try s.call("fd", [.float(1), .float(0)]), "ZeroDivisionError", "division by zero")
        assertRaises(try s.call("md", [.float(1), .float(0)]), "ZeroDivisionError", "modulo by zero")
    }

    func testLoopsAndRecursion() throws {
        let s = try LoweringScript("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        def collatz(n):
            steps = 0
            while n != 1:
                if n % 2 == 0:
                    n = n // 2
                else:
                    n = 3 * n + 1
                steps += 1
            return steps
        def longest(limit):
            best = 0
            arg = 0
            for i in range(1, limit):
                s = collatz(i)
                if s > best:
                    best = s
                    arg = i
            return arg, best
        """)
        XCTAssertEqual(try text(s.call("fib", [.int(20)])), "6765")
        XCTAssertEqual(try text(s.call("longest", [.int(10000)])), "(6171, 261)")
    }

    func testArraysShareTheInterpretersBuffers() throws {
        let s = try LoweringScript("""
        def scale(a, k):
            for i in range(a.shape[0]):
                for j in range(a.shape[1]):
                    a[i, j] *= k
            a[-1, -1] = -1.0
            return a.sum()
        def make(n):
            out = np.zeros((n, 2))
            for i in range(n):
                out[i, 0] = i
            return out
        def get(a, i):
            return a[i]
        """)
        let a = try NDArray(shape: [2, 3], dtype: .float64)
        for i in 0..<6 { a.data.assumingMemoryBound(to: Double.self)[i] = Double(i) }
        XCTAssertEqual(try text(s.call("scale", [.object(a), .float(2)])), "19.0")
        XCTAssertEqual((0..<6).map { a.data.assumingMemoryBound(to: Double.self)[$0] }, [0, 2, 4, 6, 8, -1])
        guard case .object(let o) = try s.call("make", [.int(3)]), let made = o as? NDArray else { return XCTFail("no array") }
        XCTAssertEqual(made.shape, [3, 2])
        XCTAssertEqual((0..<6).map { made.data.assumingMemoryBound(to: Double.self)[$0] }, [0, 0, 1, 0, 2, 0])
        let five = try NDArray(shape: [5], dtype: .int64)
        assertRaises(try s.call("get", [.object(five), .int(5)]), "IndexError", "index 5 is out of bounds for axis 0 with size 5")
        assertRaises(try s.call("get", [.object(five), .int(-6)]), "IndexError", "index -6 is out of bounds for axis 0 with size 5")
        XCTAssertEqual(try text(s.call("get", [.object(five), .int(-1)])), "0")
    }

    func testExceptionsAndLists() throws {
        let s = try LoweringScript("""
        def check(x):
            if x < 0:
                raise ValueError("x must be non-negative")
            return x
        def build(n):
            xs = []
            for i in range(n):
                xs.append(i * 1.5)
            return xs
        def grow(xs):
            xs.append(len(xs))
            return xs[0]
        """)
        assertRaises(try s.call("check", [.int(-1)]), "ValueError", "x must be non-negative")
        XCTAssertEqual(try text(s.call("build", [.int(3)])), "[0.0, 1.5, 3.0]")
        let list = PyList([.int(5), .int(6)])
        XCTAssertEqual(try text(s.call("grow", [.object(list)])), "5")
        XCTAssertEqual(try text(.object(list)), "[5, 6, 2]")
    }
}
