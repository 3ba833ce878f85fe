// The tiering options: --tier-log lines, --stats and --compare tables (their shape, on stderr),
// and that stdout never changes with the tier.

import Foundation
import XCTest

final class TieringCommandLineTests: XCTestCase {
    let program = """
    def poly(x):
        return 3 * x * x - 2 * x + 1

    def noisy(x):
        print(x)
        return x

    t = 0
    for i in range(50):
        t += poly(i)
    noisy(1)
    noisy(2)
    print(t, poly(2 ** 40), poly(10 ** 20))
    """

    func run(_ args: [String], program: String? = nil) throws -> CommandLineTests.Result {
        var path = ProcessInfo.processInfo.environment["UPDRAFT_BIN"]
        if path == nil {
            for d in [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
                let p = d.appendingPathComponent("updraft").path
                if FileManager.default.isExecutableFile(atPath: p) { path = p; break }
            }
        }
        guard let path else { throw XCTSkip("updraft binary not built") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = args + ["-c", program ?? self.program]
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("tier-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let err = (try? Data(contentsOf: errFile)) ?? Data()
        try? FileManager.default.removeItem(at: errFile)
        return CommandLineTests.Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                                       status: process.terminationStatus)
    }

    func testTierLogShowsPromotionGuardsAndRejections() throws {
        let r = try run(["--jit-sync", "--jit-threshold", "10", "--tier-log"])
        XCTAssertEqual(r.stdout.replacingOccurrences(of: "\n", with: " "),
                       "1 2 118875 3626777458841688500862977 29999999999999999999800000000000000000001 ")
        XCTAssertTrue(r.stderr.contains("[tier] promoted: poly(int)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("int64 overflow guard"), r.stderr)
        XCTAssertTrue(r.stderr.contains("signature guard: argument 1 is an int that does not fit in int64"), r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    func testEagerRejectsSideEffects() throws {
        let r = try run(["--jit=eager", "--tier-log"])
        XCTAssertTrue(r.stderr.contains("not promoted: noisy"), r.stderr)
        XCTAssertTrue(r.stderr.contains("calls print() (a side effect)"), r.stderr)
    }

    func testStatsAndCompareTables() throws {
        let r = try run(["--jit-sync", "--jit-threshold", "10", "--stats", "--compare"])
        XCTAssertTrue(r.stderr.contains("updraft --stats"), r.stderr)
        XCTAssertTrue(r.stderr.contains("updraft --compare"), r.stderr)
        let poly = r.stderr.split(separator: "\n").filter { $0.hasPrefix("poly") }
        XCTAssertEqual(poly.count, 2, r.stderr)
        XCTAssertTrue(poly[0].contains("nopython"), r.stderr)
        XCTAssertTrue(poly[1].hasSuffix("yes"), r.stderr)
    }

    func testJitOffHasNoEvents() throws {
        let r = try run(["--jit=off", "--tier-log"])
        XCTAssertEqual(r.stderr, "")
    }

    /// The first_sight notebook's HeavyFunction, undecorated and called once.
    let heavy = """
    import numpy as np

    def HeavyFunction(x, y):
        ret = []
        for elemx in x:
            for elemy in y:
                ret.append(elemx**elemy + elemx*elemy)
        return len(ret), ret[-1]

    print(HeavyFunction(np.arange(100), np.linspace(0, 10, 50)))
    """

    func testOSREntersTheOuterLoopOfAFunctionCalledOnce() throws {
        for mode in [["--jit-sync"], []] {
            let r = try run(mode + ["--tier-log"], program: heavy)
            XCTAssertEqual(r.stdout, "(5000, np.float64(9.043820750088045e+19))\n", r.stderr)
            XCTAssertTrue(r.stderr.contains("[tier] OSR entry: HeavyFunction loop at <string>:5 entered in compiled code at item"), r.stderr)
            XCTAssertTrue(r.stderr.contains("ret: list(numpy.float64)"), r.stderr)
        }
        let off = try run(["--jit=off", "--tier-log"], program: heavy)
        XCTAssertEqual(off.stdout, "(5000, np.float64(9.043820750088045e+19))\n")
        XCTAssertEqual(off.stderr, "")
    }

    func testGuardFailureInACompiledLoopResumesAtItsHeader() throws {
        let program = """
        def cubes(n):
            acc = 0
            kept = []
            for i in range(n):
                acc += i * i * i
                kept.append(acc % 7)
            return acc, len(kept), sum(kept)

        print(cubes(100000))
        """
        let r = try run(["--jit-sync", "--tier-log"], program: program)
        XCTAssertEqual(r.stdout, "(24999500002500000000, 100000, 100001)\n", r.stderr)
        XCTAssertTrue(r.stderr.contains("guard failed: cubes loop at <string>:4: int64 overflow guard"), r.stderr)
        XCTAssertTrue(r.stderr.contains("the interpreter resumes at the loop header where it entered (value 250, 99750 iterations left)"), r.stderr)
    }

    func testJitFallbackLiftsLoops() throws {
        let program = """
        from numba import jit

        @jit
        def lifted(n, label):
            s = 0.0
            for i in range(n):
                s += i * 0.5
            return {"label": label, "sum": s}

        print(lifted(1000, "half"))
        """
        let r = try run(["--jit-sync", "--tier-log"], program: program)
        XCTAssertEqual(r.stdout, "{'label': 'half', 'sum': 249750.0}\n", r.stderr)
        XCTAssertTrue(r.stderr.contains("[tier] fallback: lifted [<string>:4] runs in object mode"), r.stderr)
        XCTAssertTrue(r.stderr.contains("lifting its loop at line 6"), r.stderr)
        XCTAssertTrue(r.stderr.contains("[tier] lifted loop: lifted loop at <string>:6 entered in compiled code at value 0"), r.stderr)
    }

    func testStatsListCompiledLoopsAndObjectTime() throws {
        let r = try run(["--jit-sync", "--stats"], program: heavy)
        XCTAssertTrue(r.stderr.contains("loops entered in compiled code"), r.stderr)
        XCTAssertTrue(r.stderr.contains("HeavyFunction line 5"), r.stderr)
        XCTAssertTrue(r.stderr.contains("obj ms"), r.stderr)
    }
}
