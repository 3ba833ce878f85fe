// The front-half pipeline end to end: passes run in order and are timed, array expressions
// fuse, parfors and their reductions are found, failures name the stage.

import XCTest
import UpdraftArray
import UpdraftRuntime
import UpdraftSyntax
@testable import UpdraftCompiler

/// Runs the front half on the function `name` of `source` with the given argument types.
func runFrontHalf(_ source: String, _ name: String, _ args: [NumbaType]?, parallel: Bool = false,
                  dumps: DumpOptions = DumpOptions()) throws -> CompilationState {
    Runtime.bootstrap()
    let module = try Parser.parseModule(source, filename: "p.py")
    let globals = Globals()
    globals.set("np", .object(Numpy.module))
    globals.set("prange", .object(PyBuiltinFunction("prange") { _ in .none }))
    globals.set("SCALE", .float(2.5))
    for s in module.body {
        guard case .functionDef(let f) = s.kind, f.name == name else { continue }
        let src = FunctionSource(definition: f, location: s.location, filename: "p.py", globals: globals,
                                 freeVariables: [:], lines: source.split(separator: "\n", omittingEmptySubsequences: false))
        let state = CompilationState(source: src, qualname: name, parallel: parallel) { n in
            globals.get(n) ?? Runtime.builtins.get(n)
        }
        state.argTypes = args
        try PassManager(dumps: dumps).run(Pipeline.frontHalf, on: state)
        return state
    }
    throw XCTSkip("no function \(name)")
}

final class PipelineTests: XCTestCase {
    let source = """
    def psum(a):
        s = 0.0
        for i in prange(a.shape[0]):
            s += a[i]
        return s

    def axpy(a, x, y):
        return a * x + y

    def norm(u, v):
        return np.sqrt(u * u + v * v) * SCALE

    def pmin(a):
        m = a[0]
        for i in prange(a.shape[0]):
            m = min(m, a[i])
        return m

    def branchy(x):
        if SCALE > 3:
            return x * 2
        return x ** 2
    """
    let vec = NumbaType.array(.float64, 1)

    func testEveryPassRunsAndIsTimed() throws {
        let state = try runFrontHalf(source, "axpy", [.float64, vec, vec])
        XCTAssertEqual(state.timings.map(\.pass), Pipeline.frontHalf.map(\.name))
        XCTAssertEqual(state.typed?.returnType, vec)
    }

    func testArrayExpressionIsFusedIntoOneStatement() throws {
        let state = try runFrontHalf(source, "norm", [vec, vec])
        let text = try state.requireIR().dumpBlocks()
        XCTAssertTrue(text.contains("arrayexpr(expr=(np.sqrt(((u * u) + (v * v))) * $18load_global.7)"), text)
        XCTAssertFalse(text.contains("attr=sqrt"), "the np.sqrt load is dead after fusion: \(text)")
        XCTAssertEqual(text.components(separatedBy: "arrayexpr").count - 1, 1, text)
        XCTAssertFalse(text.contains(" = u * u"), "intermediate arrays are gone: \(text)")
    }

    func testScalarArithmeticIsNotFused() throws {
        let state = try runFrontHalf(source, "axpy", [.float64, .float64, .float64])
        XCTAssertFalse(try state.requireIR().dumpBlocks().contains("arrayexpr"))
    }

    func testParforsAndReductions() throws {
        let s1 = try runFrontHalf(source, "psum", [vec], parallel: true)
        XCTAssertEqual(s1.parfors.count, 1)
        XCTAssertEqual(s1.parfors[0].kind, .prangeLoop)
        XCTAssertEqual(s1.parfors[0].indexVariable, "i")
        XCTAssertEqual(s1.parfors[0].reductions, [Reduction(variable: "s", op: "+=")])
        let s2 = try runFrontHalf(source, "pmin", [vec], parallel: true)
        XCTAssertEqual(s2.parfors.first?.reductions, [Reduction(variable: "m", op: "min")])
        let s3 = try runFrontHalf(source, "axpy", [.float64, vec, vec], parallel: true)
        XCTAssertEqual(s3.parfors.first?.kind, .arrayExpression("((a * x) + y)"))
        XCTAssertTrue(s3.parforReport().contains("return a * x + y"))
        let serial = try runFrontHalf(source, "psum", [vec], parallel: false)
        XCTAssertTrue(serial.parfors.isEmpty, "parfors only with parallel=True")
    }

    func testFrozenGlobalPrunesDeadBranchAndPowerBecomesMultiply() throws {
        let state = try runFrontHalf(source, "branchy", [.int64])
        let ir = try state.requireIR()
        XCTAssertEqual(ir.blocks.count, 1, ir.dumpBlocks())
        XCTAssertTrue(ir.dumpBlocks().contains("x * x"), ir.dumpBlocks())
        XCTAssertEqual(state.typed?.returnType, .int64)
    }

    func testDumpAfterPassAndTimings() throws {
        var dumps = DumpOptions()
        dumps.after = ["dead_branch_prune"]
        dumps.timings = true
        var written = ""
        dumps.write = { written += $0 }
        _ = try runFrontHalf(source, "branchy", [.int64], dumps: dumps)
        XCTAssertTrue(written.contains("IR after dead_branch_prune: branchy"), written)
        XCTAssertTrue(written.contains("PASS TIMINGS: branchy"), written)
        XCTAssertTrue(written.contains("nopython_type_inference"), written)
    }

    func testFailureNamesTheStage() {
        XCTAssertThrowsError(try runFrontHalf("def f(x):\n    y = x\n    y = 'a'\n    return y + 1\n", "f", [.int64])) { e in
            let text = (e as? CompilerError)?.description ?? ""
            XCTAssertTrue(text.hasPrefix("Failed in nopython mode pipeline (step: nopython frontend)"), text)
            XCTAssertTrue(text.contains("'y'") && text.contains("int64") && text.contains("unicode_type"), text)
        }
        XCTAssertThrowsError(try runFrontHalf("def f(x):\n    with x:\n        pass\n", "f", [.int64])) { e in
            let text = (e as? CompilerError)?.description ?? ""
            XCTAssertTrue(text.contains("(step: generate IR)"), text)
            XCTAssertTrue(text.contains("File \"p.py\", line 2:"), text)
        }
    }
}
