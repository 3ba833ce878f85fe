// Runs every program of the script corpus (Scripts/<area>/<name>.py) with the built
// `updraft` binary in each JIT mode, and compares stdout with `<name>.expected`, which was
// produced by real CPython. The exit status must match `<name>.exitcode` (default 0).

import Foundation
import XCTest

final class ScriptTests: XCTestCase {
    static let modes: [[String]] = [["--jit=off"], [], ["--jit=eager"]]

    static var scriptsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
    }

    /// The `updraft` executable next to the test bundle, or $UPDRAFT_BIN.
    static func updraftBinary() -> String? {
        if let env = ProcessInfo.processInfo.environment["UPDRAFT_BIN"] { return env }
        var candidates: [URL] = []
        let bundleDir = Bundle.main.bundleURL
        candidates.append(bundleDir.appendingPathComponent("updraft"))
        candidates.append(bundleDir.deletingLastPathComponent().appendingPathComponent("updraft"))
        let argDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(argDir.appendingPathComponent("updraft"))
        candidates.append(argDir.deletingLastPathComponent().appendingPathComponent("updraft"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Programs that are known not to pass yet, one `area/name.py  # reason` per line. They are
    /// still run: one that starts passing fails the test until it is removed from the list.
    static func knownFailures() -> Set<String> {
        let url = scriptsDirectory.appendingPathComponent("KNOWN_FAILURES")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out = Set<String>()
        for line in text.split(separator: "\n") {
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !entry.isEmpty { out.insert(entry) }
        }
        return out
    }

    static func corpus() -> [URL] {
        guard let walker = FileManager.default.enumerator(at: scriptsDirectory, includingPropertiesForKeys: nil) else { return [] }
        var out: [URL] = []
        for case let url as URL in walker where url.pathExtension == "py" {
            let expected = url.deletingPathExtension().appendingPathExtension("expected")
            if FileManager.default.fileExists(atPath: expected.path) { out.append(url) }
        }
        return out.sorted { $0.path < $1.path }
    }

    struct Outcome {
        let stdout: String
        let status: Int32
        let timedOut: Bool
    }

    static func run(_ binary: String, _ args: [String], in directory: URL, timeout: TimeInterval = 60) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var data = Data()
        let reader = DispatchQueue(label: "reader")
        let group = DispatchGroup()
        group.enter()
        reader.async {
            data = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2000) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        group.wait()
        return Outcome(stdout: String(decoding: data, as: UTF8.self), status: process.terminationStatus, timedOut: timedOut)
    }

    func testCorpusMatchesCPython() throws {
        guard let binary = Self.updraftBinary() else {
            XCTFail("updraft binary not found next to the test bundle; build it first (swift build) or set UPDRAFT_BIN")
            return
        }
        let scripts = Self.corpus()
        XCTAssertGreaterThanOrEqual(scripts.count, 1, "no scripts found in \(Self.scriptsDirectory.path)")
        var failures: [String] = []
        var failedNames = Set<String>()
        let known = Self.knownFailures()
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: scripts.count) { index in
            let script = scripts[index]
            let base = script.deletingPathExtension()
            let expected = (try? String(contentsOf: base.appendingPathExtension("expected"), encoding: .utf8)) ?? ""
            let exitText = (try? String(contentsOf: base.appendingPathExtension("exitcode"), encoding: .utf8)) ?? "0"
            let expectedStatus = Int32(exitText.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            for mode in Self.modes {
                let name = script.path.replacingOccurrences(of: Self.scriptsDirectory.path + "/", with: "")
                do {
                    let outcome = try Self.run(binary, mode + [script.lastPathComponent], in: script.deletingLastPathComponent())
                    var problem: String?
                    if outcome.timedOut { problem = "timed out" }
                    else if outcome.stdout != expected { problem = "stdout differs" + firstDifference(outcome.stdout, expected) }
                    else if outcome.status != expectedStatus { problem = "exit status \(outcome.status), expected \(expectedStatus)" }
                    if let problem {
                        lock.lock()
                        failedNames.insert(name)
                        if !known.contains(name) { failures.append("\(name) \(mode.joined(separator: " ")): \(problem)") }
                        lock.unlock()
                    }
                } catch {
                    lock.lock()
                    failures.append("\(name): could not run: \(error)")
                    lock.unlock()
                }
            }
        }
        for f in failures.sorted() { XCTFail(f) }
        for name in known.subtracting(failedNames).sorted() {
            XCTFail("\(name) passes now: remove it from Scripts/KNOWN_FAILURES")
        }
        let passing = scripts.count - failedNames.count
        print("script corpus: \(scripts.count) programs x \(Self.modes.count) modes: \(passing) pass in every mode, \(failedNames.count) known failures")
    }
}

private func firstDifference(_ a: String, _ b: String) -> String {
    let al = a.split(separator: "\n", omittingEmptySubsequences: false)
    let bl = b.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(al.count, bl.count) {
        let x = i < al.count ? String(al[i]) : "<missing>"
        let y = i < bl.count ? String(bl[i]) : "<missing>"
        if x != y { return " at line \(i + 1): got \(x.debugDescription), expected \(y.debugDescription)" }
    }
    return ""
}
