// End-to-end checks of the closure compiler: each program runs in-process with stdout
// captured, and its output is compared with what CPython prints.

import XCTest
@testable import UpdraftInterpreter
import UpdraftRuntime
import UpdraftSyntax

/// Runs `source` and returns what it printed (and the uncaught exception, if any).
func runCapturing(_ source: String) -> (output: String, error: PythonError?) {
    let interpreter = Interpreter(scriptPath: nil)
    var out = ""
    OutputStream.stdout.capture = { out += $0 }
    defer { OutputStream.stdout.capture = nil }
    do {
        try interpreter.execute(source: source, filename: "<test>")
        return (out, nil)
    } catch let e as PythonError {
        return (out, e)
    } catch {
        XCTFail("unexpected error \(error)")
        return (out, nil)
    }
}

final class InterpreterTests: XCTestCase {
    func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let (out, error) = runCapturing(source)
        XCTAssertNil(error, "raised \(error.map { (try? str(.object($0.exception))) ?? "?" } ?? "")", file: file, line: line)
        XCTAssertEqual(out, expected, file: file, line: line)
    }

    func testArithmeticAndBigInts() {
        check("print(7 // 2, -7 // 2, -7 % 3, 2 ** 100, 10 ** 20 // 7)\n",
              "3 -4 2 1267650600228229401496703205376 14285714285714285714\n")
        check("x = 9223372036854775807\nx += 1\nprint(x, x - 1)\n",
              "9223372036854775808 9223372036854775807\n")
    }

    func testClosuresAndNonlocal() {
        check("""
        def counter():
            n = 0
            def inc(step=1):
                nonlocal n
                n += step
                return n
            return inc
        c = counter()
        c(); c(5)
        print(c())
        """, "7\n")
    }

    func testLateBindingClosuresInLoop() {
        check("fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\n", "[2, 2, 2]\n")
    }

    func testGeneratorsSendAndReturn() {
        check("""
        def acc():
            total = 0
            while True:
                x = yield total
                if x is None:
                    return total
                total += x
        g = acc()
        print(next(g), g.send(3), g.send(4))
        try:
            g.send(None)
        except StopIteration as e:
            print("done", e.value)
        """, "0 3 7\ndone 7\n")
    }

    func testYieldFromReturnsValue() {
        check("""
        def inner():
            yield 1
            yield 2
            return "r"
        def outer():
            v = yield from inner()
            yield v
        print(list(outer()))
        """, "[1, 2, 'r']\n")
    }

    func testTryFinallyOrder() {
        check("""
        def f():
            try:
                return "try"
            finally:
                print("finally")
        print(f())
        for i in range(3):
            try:
                if i == 1:
                    continue
                print("body", i)
            finally:
                print("fin", i)
        """, "finally\ntry\nbody 0\nfin 0\nfin 1\nbody 2\nfin 2\n")
    }

    func testExceptionMatchingAndUnbinding() {
        let (out, error) = runCapturing("""
        try:
            {}["k"]
        except (ValueError, KeyError) as e:
            print("caught", repr(e))
        print(e)
        """)
        XCTAssertEqual(out, "caught KeyError('k')\n")
        XCTAssertEqual(error?.exception.cls.name, "NameError")
    }

    func testSuperAndClassAttributes() {
        check("""
        class A:
            kind = "a"
            def who(self):
                return "A"
        class B(A):
            def who(self):
                return "B<" + super().who() + ">"
        b = B()
        print(b.who(), b.kind, B.kind)
        """, "B<A> a a\n")
    }

    func testUnpacking() {
        check("a, *b, c = range(5)\nprint(a, b, c)\n(x, y), z = (1, 2), 3\nprint(x, y, z)\n",
              "0 [1, 2, 3] 4\n1 2 3\n")
    }

    func testRecursionLimitRaisesRecursionError() {
        let (_, error) = runCapturing("def f(n):\n    return f(n + 1)\nf(0)\n")
        XCTAssertEqual(error?.exception.cls.name, "RecursionError")
    }

    func testTracebackFormat() {
        let interpreter = Interpreter(scriptPath: nil)
        do {
            try interpreter.execute(source: "def f(x):\n    return 1 / x\nf(0)\n", filename: "t.py")
            XCTFail("expected ZeroDivisionError")
        } catch let e as PythonError {
            XCTAssertEqual(interpreter.formatTraceback(e.exception), """
            Traceback (most recent call last):
              File "t.py", line 3, in <module>
                f(0)
              File "t.py", line 2, in f
                return 1 / x
            ZeroDivisionError: division by zero

            """)
        } catch {
            XCTFail("\(error)")
        }
    }
}

final class ScopeTests: XCTestCase {
    func analyze(_ source: String) throws -> Scope {
        let module = try Parser.parseModule(source)
        return try ScopeAnalyzer().analyzeModule(module.body)
    }

    func testLocalsCellsAndFreeVariables() throws {
        let root = try analyze("""
        g = 1
        def outer(a):
            b = a
            def inner():
                return a + b + g
            return inner
        """)
        let outer = try XCTUnwrap(root.children.first)
        let inner = try XCTUnwrap(outer.children.first)
        XCTAssertEqual(outer.cellNames, ["a", "b"])
        XCTAssertEqual(Set(inner.freeNames), ["a", "b"])
        if case .global = inner.resolution(of: "g") {} else { XCTFail("g should be global") }
        if case .cell = inner.resolution(of: "a") {} else { XCTFail("a should be a cell") }
        if case .local(0) = outer.resolution(of: "a") {} else if case .cell = outer.resolution(of: "a") {} else {
            XCTFail("a should be outer's slot")
        }
    }

    func testGlobalDeclarationWins() throws {
        let root = try analyze("x = 0\ndef f():\n    global x\n    x = 1\n")
        let f = try XCTUnwrap(root.children.first)
        if case .global = f.resolution(of: "x") {} else { XCTFail("x should be global") }
    }

    func testGeneratorDetectionAndComprehensionScope() throws {
        let root = try analyze("def g():\n    yield 1\nsquares = [i * i for i in range(3)]\n")
        XCTAssertTrue(root.children[0].isGenerator)
        XCTAssertEqual(root.children[1].kind, .comprehension)
        XCTAssertFalse(root.isBound("i"))
    }

    func testMethodsUsingSuperGetClassCell() throws {
        let root = try analyze("class A:\n    def m(self):\n        return super().m()\n")
        let cls = try XCTUnwrap(root.children.first)
        XCTAssertTrue(cls.cellNames.contains("__class__"))
        XCTAssertEqual(cls.children.first?.freeNames, ["__class__"])
    }
}
