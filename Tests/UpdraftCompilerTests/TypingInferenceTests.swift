// Type inference over whole functions: loops, arrays, calls to math and numpy, lists, dicts,
// recursion, closures, errors, and every @njit function of the conformance scripts.

import XCTest
import UpdraftArray
import UpdraftRuntime
import UpdraftSyntax
@testable import UpdraftCompiler

final class TypingInferenceTests: XCTestCase {
    let heavy = """
    import numpy as np
    from numba import jit
    @jit
    def JitHeavyFunction(x, y):
        ret = []
        for elemx in x:
            for elemy in y:
                ret.append(elemx**elemy + elemx*elemy)
        return ret
    """

    func testSeedHeavyFunction() throws {
        let s = try TypingScript(heavy)
        let t = try s.infer("JitHeavyFunction", [.arr(.int64), .arr(.float64)])
        XCTAssertEqual(t.type(of: Variable("x")), .arr(.int64))
        XCTAssertEqual(t.type(of: Variable("y")), .arr(.float64))
        XCTAssertEqual(t.type(of: Variable("elemx")), .int64)
        XCTAssertEqual(t.type(of: Variable("elemy")), .float64)
        XCTAssertEqual(t.type(of: Variable("ret")), .list(.float64, reflected: false))
        XCTAssertEqual(t.returnType, .list(.float64, reflected: false))
        XCTAssertEqual(t.typesDump(), """
        JitHeavyFunction (array(int64, 1d, C), array(float64, 1d, C)) -> list(float64)<iv=None>
            elemx: int64
            elemy: float64
            ret: list(float64)<iv=None>
            x: array(int64, 1d, C)
            y: array(float64, 1d, C)

        """)
        // The append call's signature, as numba's annotation shows it.
        let sigs = t.calltypes.values.map(\.description)
        XCTAssertTrue(sigs.contains("(float64,) -> none"), "\(sigs)")
    }

    func testAnnotationDumpFormat() throws {
        let s = try TypingScript(heavy, filename: "heavy.py")
        let t = try s.infer("JitHeavyFunction", [.arr(.int64), .arr(.float64)])
        let text = t.annotationDump(lines: s.lines, firstLine: 3, lastLine: 9)
        XCTAssertTrue(text.hasPrefix("-----------------------------------ANNOTATION-----------------------------------\n# File: heavy.py\n# --- LINE 3 --- \n\n@jit\n\n# --- LINE 4 --- \n# label 0\n#   x = arg(0, name=x)  :: array(int64, 1d, C)\n#   y = arg(1, name=y)  :: array(float64, 1d, C)\n\ndef JitHeavyFunction(x, y):\n\n"), text)
        XCTAssertTrue(text.contains("    # --- LINE 5 --- \n    #   ret = build_list(items=[])  :: list(float64)<iv=None>\n"), text)
        XCTAssertTrue(text.contains("getiter(value=x)  :: iter(array(int64, 1d, C))"), text)
        XCTAssertTrue(text.contains(":: pair<float64, bool>"), text)
        XCTAssertTrue(text.contains("elemx ** elemy  :: float64"), text)
        XCTAssertTrue(text.hasSuffix("    return ret\n\n\n" + String(repeating: "=", count: 80) + "\n"), text)
    }

    func testRangeLoopsAndPromotion() throws {
        let s = try TypingScript("""
        def f(n):
            s = 0
            for i in range(n):
                s += i * 0.5
            k = n // 2
            q = n / 2
            p = n ** 2
            b = n > 3
            return s, k, q, p, b
        """)
        let t = try s.infer("f", [.int64])
        XCTAssertEqual(t.type(of: Variable("s")), .float64)
        XCTAssertEqual(t.type(of: Variable("i")), .int64)
        XCTAssertEqual(t.type(of: Variable("k")), .int64)
        XCTAssertEqual(t.type(of: Variable("q")), .float64)
        XCTAssertEqual(t.type(of: Variable("p")), .int64)
        XCTAssertEqual(t.type(of: Variable("b")), .boolean)
        XCTAssertEqual(t.returnType, .tuple([.float64, .int64, .float64, .int64, .boolean]))
        let sigs = t.calltypes.values.map(\.description)
        XCTAssertTrue(sigs.contains("(int64,) -> range_state_int64"), "\(sigs)")
    }

    func testArrayIndexingAndAttributes() throws {
        let s = try TypingScript("""
        import numpy as np
        def f(a, m):
            n, k = m.shape
            row = m[0]
            col = m[:, 0]
            sub = m[1:, :]
            tail = a[1:]
            every = a[::2]
            x = m[1, 2]
            t = m.T
            z = np.zeros((n, k))
            e = np.empty(n, dtype=np.int64)
            total = a.sum() + m.mean()
            w = np.sqrt(a) * 2 + a
            a[0] = 1
            m[0, 1] = x
            c = a.copy()
            r = a.reshape((2, 2))
            return n, row, col, sub, tail, every, x, t, z, e, total, w, c, r, a.size, a.ndim
        """)
        let t = try s.infer("f", [.arr(.float64), .arr(.float64, 2)])
        let ty = { (n: String) in t.type(of: Variable(n)) }
        XCTAssertEqual(ty("n"), .int64)
        XCTAssertEqual(ty("row"), .arr(.float64, 1, .C))
        XCTAssertEqual(ty("col"), .arr(.float64, 1, .A))
        XCTAssertEqual(ty("sub"), .arr(.float64, 2, .A))
        XCTAssertEqual(ty("tail"), .arr(.float64, 1, .C))
        XCTAssertEqual(ty("every"), .arr(.float64, 1, .A))
        XCTAssertEqual(ty("x"), .float64)
        XCTAssertEqual(ty("t"), .arr(.float64, 2, .F))
        XCTAssertEqual(ty("z"), .arr(.float64, 2))
        XCTAssertEqual(ty("e"), .arr(.int64, 1))
        XCTAssertEqual(ty("total"), .float64)
        XCTAssertEqual(ty("w"), .arr(.float64))
        XCTAssertEqual(ty("c"), .arr(.float64))
        XCTAssertEqual(ty("r"), .arr(.float64, 2))
    }

    func testMathCalls() throws {
        let s = try TypingScript("""
        import math
        def f(x, n):
            return math.sqrt(x), math.floor(x), math.sqrt(n), math.isnan(x), math.pi, abs(-n), round(x), min(n, x), max(1, 2)
        """)
        let t = try s.infer("f", [.float64, .int64])
        XCTAssertEqual(t.returnType, .tuple([.float64, .int64, .float64, .boolean, .float64, .int64, .int64, .float64, .int64]))
    }

    func testIterationOverArraysListsEnumerateZip() throws {
        let s = try TypingScript("""
        def f(m, xs):
            acc = 0.0
            for row in m:
                for v in row:
                    acc += v
            for i, v in enumerate(xs):
                acc += i * v
            for a, b in zip(xs, xs):
                acc += a - b
            return acc
        """)
        let t = try s.infer("f", [.arr(.float64, 2), .list(.int64, reflected: true)])
        XCTAssertEqual(t.type(of: Variable("row")), .arr(.float64, 1, .C))
        XCTAssertEqual(t.type(of: Variable("i")), .int64)
        XCTAssertEqual(t.returnType, .float64)
    }

    func testListsAndDicts() throws {
        let s = try TypingScript("""
        def f(n):
            xs = []
            for i in range(n):
                xs.append(i * 1.5)
            d = {}
            d[1] = 2.5
            e = {1: 2, 3: 4}
            return len(xs), xs[-1], xs.pop(), d[1], e[3]
        """)
        let t = try s.infer("f", [.int64])
        XCTAssertEqual(t.type(of: Variable("xs")), .list(.float64, reflected: false))
        XCTAssertEqual(t.type(of: Variable("d")), .dict(.int64, .float64))
        XCTAssertEqual(t.type(of: Variable("e")), .dict(.int64, .int64))
        XCTAssertEqual(t.returnType, .tuple([.int64, .float64, .float64, .float64, .int64]))
    }

    func testRecursion() throws {
        let s = try TypingScript("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        def loop(n):
            return loop(n - 1)
        """)
        let t = try s.infer("fib", [.int64])
        XCTAssertEqual(t.returnType, .int64)
        let sigs = t.calltypes.values.map(\.description)
        XCTAssertTrue(sigs.contains("(int64,) -> int64"), "\(sigs)")
        let err = s.failure("loop", [.int64]) ?? ""
        XCTAssertTrue(err.contains("non-recursive return path"), err)
    }

    func testCallsToOtherCompiledFunctions() throws {
        let s = try TypingScript("""
        def sq(x):
            return x * x

        def g(a):
            return sq(a) + sq(2)
        """)
        XCTAssertEqual(try s.infer("g", [.float64]).returnType, .float64)
        XCTAssertEqual(try s.infer("g", [.int64]).returnType, .int64)
    }

    func testClosuresAndLambdas() throws {
        let s = try TypingScript("""
        def f(k, x):
            add = lambda v: v + k
            def scale(v):
                return v * k
            return add(x), scale(2)
        """)
        let t = try s.infer("f", [.float64, .int64])
        XCTAssertEqual(t.returnType, .uniTuple(.float64, 2))
    }

    func testExceptions() throws {
        let s = try TypingScript("""
        def f(x):
            if x < 0:
                raise ValueError("x must be non-negative")
            return x
        """)
        XCTAssertEqual(try s.infer("f", [.int64]).returnType, .int64)
    }

    func testOptionalReturn() throws {
        let s = try TypingScript("""
        def f(x):
            if x > 0:
                return x
            return None
        """)
        XCTAssertEqual(try s.infer("f", [.int64]).returnType, .optional(.int64))
    }

    // MARK: Errors

    func testCannotUnifyNamesVariableTypesAndLines() throws {
        let src = """
        from numba import njit


        @njit
        def bad_types(x):
            y = x
            y = "text"
            return y + 1
        """
        let s = try TypingScript(src, filename: "jit_errors.py")
        let msg = s.failure("bad_types", [.int64]) ?? ""
        XCTAssertTrue(msg.hasPrefix("Cannot unify int64 and unicode_type for 'y'"), msg)
        XCTAssertTrue(msg.contains("'y' is int64 from line 6: y = x"), msg)
        XCTAssertTrue(msg.contains("'y' is unicode_type from line 7: y = \"text\""), msg)
        XCTAssertTrue(msg.contains("File \"jit_errors.py\", line 7:\ndef bad_types(x):\n    y = x\n    y = \"text\"\n    ^") ||
                      msg.contains("File \"jit_errors.py\", line 7:\ndef bad_types(x):\n    <source elided>\n    y = \"text\"\n    ^"), msg)
    }

    func testNoImplementationMessage() throws {
        let s = try TypingScript("""
        def f(x):
            s = "a"
            return s + x
        """)
        let msg = s.failure("f", [.int64]) ?? ""
        XCTAssertTrue(msg.hasPrefix("No implementation of function Function(<built-in function add>) found for signature:"), msg)
        XCTAssertTrue(msg.contains(">>> add(unicode_type, int64)"), msg)
        XCTAssertTrue(msg.contains("'s' is unicode_type (from line 2: s = \"a\")"), msg)
        XCTAssertTrue(msg.contains("'x' is int64"), msg)
        XCTAssertTrue(msg.contains("During: typing of operator + at test.py (3)"), msg)
        XCTAssertTrue(msg.contains("line 3"), msg)
    }

    func testUnknownNamesAndAttributes() throws {
        let s = try TypingScript("""
        import numpy as np
        def f(x):
            return undefined_thing(x)
        def g(a):
            return a.no_such_attr
        def h(x):
            return np.no_such_function(x)
        """)
        XCTAssertTrue((s.failure("f", [.int64]) ?? "").contains("name 'undefined_thing' is not defined"))
        XCTAssertTrue((s.failure("g", [.arr(.float64)]) ?? "").contains("Unknown attribute 'no_such_attr' of type array(float64, 1d, C)"))
        XCTAssertTrue((s.failure("h", [.int64]) ?? "").contains("Unknown attribute 'no_such_function'"))
    }

    func testReturnTypeConflict() throws {
        let s = try TypingScript("""
        def f(i):
            if i == 500:
                return "five hundred"
            return i * 2
        """)
        let msg = s.failure("f", [.int64]) ?? ""
        XCTAssertTrue(msg.contains("Can't unify return type from the following types: unicode_type, int64") ||
                      msg.contains("Can't unify return type from the following types: int64, unicode_type"), msg)
    }

    // MARK: The conformance scripts

    func testJitSemanticsFunctionsType() throws {
        let s = try TypingScript(file: try sharedFile("conformance/jit_semantics.py"))
        let cases: [(String, [NumbaType])] = [
            ("arith", [.int64, .int64]), ("arith", [.float64, .int64]), ("arith", [.int64, .float64]),
            ("mathy", [.float64]), ("collatz", [.int64]), ("longest", [.int64]),
            ("matmul", [.arr(.float64, 2), .arr(.float64, 2)]), ("stats", [.arr(.float64)]),
            ("fill", [.int64]), ("build", [.int64]), ("hyp", [.int64, .int64]), ("hyp", [.float64, .float64]),
            ("branchy", [.int64]), ("inplace", [.arr(.float64)]),
        ]
        for (name, args) in cases {
            XCTAssertNoThrow(try s.infer(name, args), "\(name)\(args): \(s.failure(name, args) ?? "")")
        }
        XCTAssertEqual(try s.infer("arith", [.int64, .int64]).returnType,
                       .tuple([.int64, .int64, .int64, .float64, .int64, .int64, .int64, .int64]))
        XCTAssertEqual(try s.infer("mathy", [.float64]).returnType,
                       .tuple([.float64, .float64, .float64, .float64, .int64, .int64, .float64, .int64]))
        XCTAssertEqual(try s.infer("longest", [.int64]).returnType, .uniTuple(.int64, 2))
        XCTAssertEqual(try s.infer("matmul", [.arr(.float64, 2), .arr(.float64, 2)]).returnType, .arr(.float64, 2))
        XCTAssertEqual(try s.infer("stats", [.arr(.float64)]).returnType,
                       .tuple([.float64, .float64, .float64, .float64, .int64, .int64, .int64]))
        XCTAssertEqual(try s.infer("fill", [.int64]).returnType, .arr(.int64))
        XCTAssertEqual(try s.infer("build", [.int64]).returnType, .tuple([.int64, .float64, .float64]))
        XCTAssertEqual(try s.infer("branchy", [.int64]).returnType, .unicode)
        XCTAssertEqual(try s.infer("inplace", [.arr(.float64)]).returnType, NumbaType.none)
    }

    func testJitErrorsFunctions() throws {
        let s = try TypingScript(file: try sharedFile("conformance/jit_errors.py"))
        let cases: [(String, [NumbaType])] = [
            ("add", [.float64, .float64]), ("div", [.int64, .int64]), ("index", [.arr(.int64), .int64]),
            ("uses_dict", []), ("raises", [.int64]),
        ]
        for (name, args) in cases {
            XCTAssertNoThrow(try s.infer(name, args), "\(name)\(args): \(s.failure(name, args) ?? "")")
        }
        XCTAssertEqual(try s.infer("uses_dict", []).returnType, .float64)
        let msg = s.failure("bad_types", [.int64]) ?? ""
        for part in ["'y'", "int64", "unicode_type", "line 16", "y = \"text\""] {
            XCTAssertTrue(msg.contains(part), "missing \(part) in: \(msg)")
        }
    }

    func testSeedParallelAndBenchFunctionsType() throws {
        let seed = try TypingScript(file: try sharedFile("conformance/jit_seed.py"))
        XCTAssertEqual(try seed.infer("add", [.float64, .float64]).returnType, .float64)
        XCTAssertEqual(try seed.infer("multiply", [.int32, .int32]).returnType, .int64)
        XCTAssertEqual(try seed.infer("sum", [.arr(.float64, 1, .A)]).returnType, .float64)
        let par = try TypingScript(file: try sharedFile("conformance/parallel.py"))
        XCTAssertEqual(try par.infer("psum", [.arr(.float64)]).returnType, .float64)
        XCTAssertEqual(try par.infer("pmax_row", [.arr(.float64, 2)]).returnType, .arr(.float64))
        XCTAssertEqual(try par.infer("axpy", [.float64, .arr(.float64, 1, .A), .arr(.float64, 1, .A)]).returnType, .arr(.float64))
        XCTAssertEqual(try par.infer("count_primes", [.int64]).returnType, .int64)
        let benches: [(String, String, [NumbaType], NumbaType)] = [
            ("bench/fib.py", "fib", [.int64], .int64),
            ("bench/mandelbrot.py", "mandelbrot", [.int64, .int64, .int64], .arr(.int64, 2)),
            ("bench/nbody.py", "advance", [.arr(.float64, 2), .arr(.float64, 2), .arr(.float64), .float64, .int64], .none),
            ("bench/nbody.py", "energy", [.arr(.float64, 2), .arr(.float64, 2), .arr(.float64)], .float64),
            ("bench/pairwise.py", "pairwise", [.arr(.float64, 2)], .arr(.float64, 2)),
            ("bench/prange_sum.py", "sum_sq", [.arr(.float64)], .float64),
            ("bench/seed_heavy.py", "heavy", [.arr(.int64), .arr(.float64)], .tuple([.int64, .float64])),
            ("bench/sieve.py", "sieve", [.int64], .int64),
            ("bench/sum_array.py", "array_sum", [.arr(.float64, 1, .A)], .float64),
        ]
        for (file, name, args, ret) in benches {
            let s = try TypingScript(file: try sharedFile(file))
            XCTAssertEqual(try? s.infer(name, args).returnType, ret, "\(file) \(name): \(s.failure(name, args) ?? "")")
        }
    }
}
