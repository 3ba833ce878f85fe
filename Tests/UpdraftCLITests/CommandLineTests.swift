// The `updraft` command as a user runs it: the REPL fed from a pipe, `-c`, syntax errors,
// uncaught exceptions and exit statuses.

import Foundation
import XCTest

final class CommandLineTests: XCTestCase {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    func updraft() throws -> String {
        if let env = ProcessInfo.processInfo.environment["UPDRAFT_BIN"] { return env }
        let dirs = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for d in dirs {
            let p = d.appendingPathComponent("updraft").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        throw XCTSkip("updraft binary not built")
    }

    func run(_ args: [String], stdin: String = "") throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try updraft())
        process.arguments = args
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(stdin.data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        // Drain stderr concurrently: a large report must not block the child on a full pipe.
        var err = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            err = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }

    func testREPLFromPipeEchoesValuesAndSurvivesErrors() throws {
        let r = try run([], stdin: "x = 2\nx * 21\ndef f(a):\n    return a + 1\n\nf(x)\n1/0\nprint(\"still here\")\n")
        XCTAssertEqual(r.stdout, "42\n3\nstill here\n")
        XCTAssertTrue(r.stderr.contains("ZeroDivisionError: division by zero"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Traceback (most recent call last):"), r.stderr)
        XCTAssertEqual(r.status, 0)
    }

    func testDashC() throws {
        let r = try run(["-c", "import sys\nprint(sys.argv, 6 * 7)", "a", "b"])
        XCTAssertEqual(r.stdout, "['-c', 'a', 'b'] 42\n")
    }

    func testSyntaxErrorReport() throws {
        let r = try run(["-c", "x = = 2"])
        XCTAssertEqual(r.stderr, "  File \"<string>\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n")
        XCTAssertEqual(r.status, 1)
    }

    func testUncaughtExceptionTracebackAndStatus() throws {
        let r = try run(["-c", "print('before')\ndef f():\n    raise ValueError('bad')\nf()"])
        XCTAssertEqual(r.stdout, "before\n")
        XCTAssertEqual(r.stderr, """
        Traceback (most recent call last):
          File "<string>", line 4, in <module>
          File "<string>", line 3, in f
        ValueError: bad

        """)
        XCTAssertEqual(r.status, 1)
    }

    func testSysExitStatus() throws {
        XCTAssertEqual(try run(["-c", "import sys\nsys.exit(3)"]).status, 3)
    }

    func testDeepRecursionIsRecursionErrorNotACrash() throws {
        let r = try run(["-c", "import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n + 1)\nf(0)"])
        XCTAssertTrue(r.stderr.hasSuffix("RecursionError: maximum recursion depth exceeded\n"), r.stderr)
        XCTAssertEqual(r.status, 1)
    }
}
