// `@njit(cache=True)`: runs a script three times in a fresh directory with the built binary —
// the first run compiles and writes the entry, the second loads it (a cache hit in the tier log,
// a much faster first call), and after the entry is truncated a run warns, recompiles and still
// prints the right results.

import Foundation
import XCTest

final class CacheTests: XCTestCase {
    static let script = """
    import time
    import math
    import numpy as np
    from numba import njit


    @njit(cache=True)
    def work(a, b, n):
        s = 0.0
        for k in range(n):
            for i in range(a.shape[0]):
                x = a[i] * k
                if x > 10.0:
                    s += math.sqrt(x) - (a[i] // 3.0) * 0.5
                elif x < 2.0:
                    s -= math.exp(-x) * x
                else:
                    s += abs(x - 5.0) ** 2
            for i in range(a.shape[0]):
                b[i] = a[i] * 0.5 + b[i] * k
            for i in range(a.shape[0]):
                for j in range(b.shape[0]):
                    s += a[i] * b[j] * 1e-6
            t = 0
            for i in range(a.shape[0]):
                t += int(a[i]) * 3 - i
            s += t % 11
            s = s % 1000003.0
        return s


    a = np.arange(100.0)
    b = np.ones(100)
    t0 = time.perf_counter()
    r = work(a, b, 3)
    first = time.perf_counter() - t0
    print(r)
    print(work(a, b, 5))
    print("first_call_ms", first * 1000)
    """

    struct Run { let stdout: String; let stderr: String; let status: Int32 }

    func run(_ binary: String, _ script: URL) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = [script.path]
        var env = ProcessInfo.processInfo.environment
        env["NUMBA_DEBUG_CACHE"] = "1"
        env.removeValue(forKey: "NUMBA_CACHE_DIR")
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), status: p.terminationStatus)
    }

    func results(_ r: Run) -> [String] { Array(r.stdout.split(separator: "\n").prefix(2).map(String.init)) }
    func firstCall(_ r: Run) -> Double {
        r.stdout.split(separator: "\n").last.flatMap { Double($0.split(separator: " ").last ?? "") } ?? .infinity
    }

    func testCacheHitTruncationAndRebuild() throws {
        guard let binary = ScriptTests.updraftBinary() else { throw XCTSkip("updraft binary not built") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("updraft-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("cached.py")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        // Expected values, computed by CPython + numba.
        let expected = ["166.23225218278822", "2029.6868604208944"]

        let first = try run(binary, script)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(results(first), expected)
        XCTAssertTrue(first.stderr.contains("cache write"), first.stderr)
        let cacheDir = dir.appendingPathComponent("__pycache__")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cacheDir.path).filter { $0.hasSuffix(".updraft-cache") }
        XCTAssertEqual(entries.count, 1)

        let second = try run(binary, script)
        XCTAssertEqual(results(second), expected)
        XCTAssertTrue(second.stderr.contains("cache hit"), second.stderr)
        XCTAssertFalse(second.stderr.contains("NumbaWarning"), second.stderr)
        // A hit still runs the front half (typing), which a debug build of Updraft runs several
        // times slower than a release build; LLVM's work (skipped on a hit) is release code in
        // both. So: at most 1/5 of the first run's first call for a release binary (measured
        // 1/7 to 1/11), 1/3 for a debug one (measured about 1/4.5).
        let factor = binary.contains("/release/") ? 5.0 : 3.0
        XCTAssertLessThanOrEqual(firstCall(second), firstCall(first) / factor,
                                 "cached first call \(firstCall(second)) ms vs \(firstCall(first)) ms")

        // Truncate the entry: a warning, a recompile, the same results, and a good entry again.
        let entry = cacheDir.appendingPathComponent(entries[0])
        let handle = try FileHandle(forWritingTo: entry)
        try handle.truncate(atOffset: 200)
        try handle.close()
        let third = try run(binary, script)
        XCTAssertEqual(third.status, 0, third.stderr)
        XCTAssertEqual(results(third), expected)
        XCTAssertTrue(third.stderr.contains("NumbaWarning") && third.stderr.contains("truncated"), third.stderr)
        XCTAssertTrue(third.stderr.contains("cache write"), third.stderr)

        // Garbage instead of an entry: ignored with a warning as well.
        try Data("not a cache entry".utf8).write(to: entry)
        let fourth = try run(binary, script)
        XCTAssertEqual(results(fourth), expected)
        XCTAssertTrue(fourth.stderr.contains("NumbaWarning"), fourth.stderr)

        let fifth = try run(binary, script)
        XCTAssertTrue(fifth.stderr.contains("cache hit"), fifth.stderr)
        XCTAssertEqual(results(fifth), expected)
    }
}
