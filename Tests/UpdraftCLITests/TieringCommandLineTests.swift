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

    func run(_ args: [String]) throws -> CommandLineTests.Result {
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
        process.arguments = args + ["-c", program]
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
        let r = try run(["--jit-threshold", "10", "--tier-log"])
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
        let r = try run(["--jit-threshold", "10", "--stats", "--compare"])
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
}
