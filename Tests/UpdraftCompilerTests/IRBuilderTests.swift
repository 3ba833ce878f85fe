// Golden tests for the IR the frontend produces and for its dumps, on small functions whose
// shape numba users know: a nested loop, a while loop with break, chained comparisons, `and`.

import XCTest
import UpdraftRuntime
import UpdraftSyntax
@testable import UpdraftCompiler

/// Builds the IR of the first function defined in `source`.
func buildIR(_ source: String, enclosing: Set<String> = []) throws -> FunctionIR {
    let module = try Parser.parseModule(source, filename: "t.py")
    for s in module.body {
        if case .functionDef(let f) = s.kind {
            return try IRBuilder(function: f, filename: "t.py", location: s.location, enclosing: enclosing).build()
        }
    }
    throw UnsupportedConstruct(message: "no function in source", location: .unknown)
}

final class IRBuilderTests: XCTestCase {
    func testNestedLoopMatchesNumbaShape() throws {
        let ir = try buildIR("""
        def heavy(x, y):
            ret = []
            for elemx in x:
                for elemy in y:
                    ret.append(elemx**elemy + elemx*elemy)
            return ret
        """)
        let cfg = ir.controlFlowGraph()
        XCTAssertEqual(ir.blocks.count, 7)
        XCTAssertEqual(cfg.loops.count, 2)
        XCTAssertEqual(cfg.backEdges.count, 2)
        let outer = cfg.loops.values.max { $0.body.count < $1.body.count }!
        let inner = cfg.loops.values.min { $0.body.count < $1.body.count }!
        XCTAssertTrue(inner.body.isSubset(of: outer.body))
        XCTAssertEqual(inner.body.count, 2)
        XCTAssertEqual(outer.body.count, 5)
        let text = ir.dump()
        XCTAssertTrue(text.hasPrefix("---------------------------------IR DUMP: heavy---------------------------------\nlabel 0:\n"))
        XCTAssertTrue(text.contains("    x = arg(0, name=x)                       ['x']\n"))
        XCTAssertTrue(text.contains("    ret = build_list(items=[])               ['ret']\n"))
        XCTAssertTrue(text.contains(" = iternext(value=$phi"))
        XCTAssertTrue(text.contains(" = pair_first(value="))
        XCTAssertTrue(text.contains(" = elemx ** elemy "))
        XCTAssertTrue(text.contains(" = getattr(value=ret, attr=append) "))
        XCTAssertTrue(text.contains(" = cast(value=ret) "))
    }

    func testStraightLineFunctionGolden() throws {
        let ir = try buildIR("""
        def add(a, b):
            c = a + b
            return c * 2
        """)
        XCTAssertEqual(ir.dumpBlocks(), """
        label 0:
            a = arg(0, name=a)                       ['a']
            b = arg(1, name=b)                       ['b']
            c = a + b                                ['a', 'b', 'c']
            $8const.2 = const(int, 2)                ['$8const.2']
            $10binop_mul.3 = c * $8const.2           ['$10binop_mul.3', '$8const.2', 'c']
            $12return_value.4 = cast(value=$10binop_mul.3) ['$10binop_mul.3', '$12return_value.4']
            return $12return_value.4                 ['$12return_value.4']

        """)
    }

    func testWhileWithBreakAndElse() throws {
        let ir = try buildIR("""
        def f(n):
            i = 0
            while i < n:
                if i == 5:
                    break
                i += 1
            else:
                i = -1
            return i
        """)
        let cfg = ir.controlFlowGraph()
        XCTAssertEqual(cfg.loops.count, 1)
        let loop = cfg.loops.values.first!
        XCTAssertEqual(loop.exits.count, 2, "the break and the else both leave the loop")
        XCTAssertTrue(ir.dump().contains("inplace_binop(fn=+=, lhs=i, rhs="))
    }

    func testShortCircuitAndChainedCompareUsePhis() throws {
        let ir = try buildIR("""
        def f(a, b, c):
            return (a < b < c) and b
        """)
        let text = ir.dumpBlocks()
        XCTAssertTrue(text.contains("$phi"))
        XCTAssertGreaterThanOrEqual(ir.blocks.count, 4)
        XCTAssertEqual(ir.controlFlowGraph().loops.count, 0)
    }

    func testGlobalsFreeVariablesAndUnpacking() throws {
        let ir = try buildIR("""
        def f(t):
            a, b = t
            return np.sqrt(a) + k + b
        """, enclosing: ["k"])
        let text = ir.dumpBlocks()
        XCTAssertTrue(text.contains("global(np: np)"))
        XCTAssertTrue(text.contains("freevar(k: k)"))
        XCTAssertTrue(text.contains("exhaust_iter(value=t, count=2)"))
        XCTAssertTrue(text.contains("a = static_getitem(value="))
        XCTAssertEqual(ir.freeVariables, ["k"])
    }

    func testUnreachableCodeAfterReturnIsDropped() throws {
        let ir = try buildIR("""
        def f(x):
            return x
            x = 1
        """)
        XCTAssertEqual(ir.blocks.count, 1)
    }

    func testUnsupportedConstructsAreReportedWithLocation() {
        XCTAssertThrowsError(try buildIR("""
        def f(x):
            try:
                return x
            except ValueError:
                return 0
        """)) { error in
            let e = error as? UnsupportedConstruct
            XCTAssertEqual(e?.location.line, 2)
            XCTAssertTrue(e?.message.contains("try") ?? false)
        }
    }

    func testListComprehensionBecomesALoop() throws {
        let ir = try buildIR("""
        def f(n):
            return [i * i for i in range(n) if i % 2]
        """)
        XCTAssertEqual(ir.controlFlowGraph().loops.count, 1)
        XCTAssertTrue(ir.dumpBlocks().contains("attr=append"))
    }
}

final class LivenessTests: XCTestCase {
    func testLoopCarriedVariablesAreLiveAtTheHeader() throws {
        let ir = try buildIR("""
        def f(n):
            s = 0
            for i in range(n):
                s += i
            return s
        """)
        let cfg = ir.controlFlowGraph()
        let header = try XCTUnwrap(cfg.loops.keys.first)
        let live = Liveness(ir)
        XCTAssertTrue(live.liveIn[header]?.contains(Variable("s")) ?? false)
        XCTAssertFalse(live.liveIn[ir.entry]?.contains(Variable("s")) ?? true)
        XCTAssertTrue(live.liveIn[ir.entry]?.isEmpty ?? false, "arguments are defined in the entry block")
    }
}

final class InliningTests: XCTestCase {
    func testClosureCallIsInlined() throws {
        let source = """
        def f(x, k):
            def scale(v):
                return v * k
            g = lambda w: w + 1
            return g(scale(x))
        """
        let module = try Parser.parseModule(source, filename: "t.py")
        guard case .functionDef(let def) = module.body[0].kind else { return XCTFail("no def") }
        let fs = FunctionSource(definition: def, location: module.body[0].location, filename: "t.py",
                                globals: Globals(), freeVariables: [:], lines: source.split(separator: "\n", omittingEmptySubsequences: false))
        let state = CompilationState(source: fs, qualname: "f") { _ in nil }
        try PassManager().run([GenerateIR(), InlineCalls()], on: state)
        let text = try state.requireIR().dumpBlocks()
        XCTAssertFalse(text.contains("call scale("), text)
        XCTAssertTrue(text.contains("v.inl1 = x"), text)
        XCTAssertTrue(text.contains("$4load_deref.1.inl1 = k"), text)
        XCTAssertTrue(text.contains("w.inl2 = "), text)
    }
}

final class DisassemblyTests: XCTestCase {
    func testListingHasLinesOffsetsOperationsAndJumpTargets() throws {
        let ir = try buildIR("""
        def f(x, y):
            s = 0
            for i in range(x):
                s += i * y
            return s
        """)
        let text = ir.disassembly()
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("   1            0 ARG"), text)
        XCTAssertTrue(text.contains("LOAD_GLOBAL          global(range: range)"), text)
        XCTAssertTrue(text.contains("CALL                 $"), text)
        XCTAssertTrue(text.contains(">>"), "loop header and exit are marked as jump targets: \(text)")
        XCTAssertTrue(text.contains("FOR_ITER"), text)
        XCTAssertTrue(text.contains("RETURN_VALUE"), text)
        XCTAssertEqual(lines.filter { $0.contains(">>") }.count, 3, text)
    }
}
