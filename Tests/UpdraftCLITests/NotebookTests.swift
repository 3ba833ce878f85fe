// Notebooks and magics: `updraft x.ipynb` runs the code cells in one interpreter, shows the
// value of a final expression, stops at an error (or goes on with --allow-errors), writes an
// executed notebook with --execute-to; `--cells` splits a .py at `# %%`; `%timeit` prints
// IPython's line.

import Foundation
import XCTest

extension CommandLineTests {

    func notebook(_ cells: [String], markdown: Bool = true) throws -> URL {
        var list: [[String: Any]] = []
        if markdown { list.append(["cell_type": "markdown", "metadata": [String: Any](), "source": ["# Title\n"]]) }
        for c in cells {
            list.append(["cell_type": "code", "execution_count": NSNull(), "metadata": [String: Any](), "outputs": [Any](),
                         "source": c.components(separatedBy: "\n").enumerated().map { i, l in i == c.components(separatedBy: "\n").count - 1 ? l : l + "\n" }])
        }
        let nb: [String: Any] = ["cells": list, "metadata": [String: Any](), "nbformat": 4, "nbformat_minor": 5]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nb-\(UUID().uuidString).ipynb")
        try JSONSerialization.data(withJSONObject: nb).write(to: url)
        return url
    }

    func testNotebookCellsRunInOneInterpreterAndShowTheLastExpression() throws {
        let url = try notebook(["x = 20\nprint('hello')", "x + 22", "y = x\nNone", "[x, 'a']"])
        let r = try run([url.path])
        XCTAssertEqual(r.stdout, "hello\n42\n[20, 'a']\n")
        XCTAssertEqual(r.status, 0)
    }

    func testNotebookErrorStopsTheRunUnlessAllowed() throws {
        let url = try notebook(["print(1)", "1/0", "print(3)"])
        let stopped = try run([url.path])
        XCTAssertEqual(stopped.stdout, "1\n")
        XCTAssertTrue(stopped.stderr.contains("ZeroDivisionError: division by zero"), stopped.stderr)
        XCTAssertEqual(stopped.status, 1)
        let goOn = try run(["--allow-errors", url.path])
        XCTAssertEqual(goOn.stdout, "1\n3\n")
    }

    func testNotebookExecuteToWritesOutputsAndCounts() throws {
        let url = try notebook(["print('a')\nprint('b')", "6 * 7", "import sys\nsys.stderr.write('warn\\n')", "1/0", "print('never')"])
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).ipynb")
        let r = try run(["--execute-to", out.path, url.path])
        XCTAssertEqual(r.status, 1)
        let data = try Data(contentsOf: out)
        let nb = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(nb["nbformat"] as? Int, 4)
        let cells = try XCTUnwrap(nb["cells"] as? [[String: Any]])
        XCTAssertEqual(cells[0]["cell_type"] as? String, "markdown")
        let code = cells.filter { $0["cell_type"] as? String == "code" }
        XCTAssertEqual(code.map { $0["execution_count"] as? Int }, [1, 2, 3, 4, nil])
        let first = try XCTUnwrap(code[0]["outputs"] as? [[String: Any]])
        XCTAssertEqual(first.count, 1)
        XCTAssertEqual(first[0]["output_type"] as? String, "stream")
        XCTAssertEqual(first[0]["text"] as? [String], ["a\n", "b\n"])
        let second = try XCTUnwrap(code[1]["outputs"] as? [[String: Any]])
        XCTAssertEqual(second[0]["output_type"] as? String, "execute_result")
        XCTAssertEqual((second[0]["data"] as? [String: Any])?["text/plain"] as? [String], ["42"])
        XCTAssertTrue(cells.allSatisfy { $0["id"] is String }, "nbformat 4.5 cell ids")
        // Where nbformat is installed, it must accept the file.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", out.path]
        let pipe = Pipe()
        check.standardOutput = pipe
        check.standardError = FileHandle.nullDevice
        if (try? check.run()) != nil {
            let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            check.waitUntilExit()
            if check.terminationStatus == 0 { XCTAssertEqual(said, "valid\n") }
        }
        let fourth = try XCTUnwrap(code[3]["outputs"] as? [[String: Any]])
        XCTAssertEqual(fourth[0]["output_type"] as? String, "error")
        XCTAssertEqual(fourth[0]["ename"] as? String, "ZeroDivisionError")
        XCTAssertEqual(fourth[0]["evalue"] as? String, "division by zero")
    }

    func testNotebookTimeitAndTimeMagics() throws {
        let url = try notebook(["def f():\n    return sum(range(100))", "%timeit f()", "%timeit -n 3 -r 2 f()", "%%timeit\nf()\nf()", "%time f()"])
        let r = try run([url.path])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, r.stdout)
        let pattern = #"^[0-9.]+ (s|ms|µs|ns) ± [0-9.]+ (s|ms|µs|ns) per loop \(mean ± std\. dev\. of (7|2) runs?, [0-9,]+ loops? each\)$"#
        for l in lines.prefix(3) { XCTAssertNotNil(l.range(of: pattern, options: String.CompareOptions.regularExpression), l) }
        XCTAssertTrue(lines[1].contains("of 2 runs, 3 loops each"), lines[1])
        XCTAssertTrue(lines[3].hasPrefix("CPU times: user "), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("Wall time: "), lines[4])
    }

    func testNotebookUnknownMagicsAndShellLinesAreClearErrors() throws {
        let url = try notebook(["%matplotlib inline", "!ls"])
        let r = try run(["--allow-errors", url.path])
        XCTAssertTrue(r.stderr.contains("UsageError: Line magic function `%matplotlib` not found."), r.stderr)
        XCTAssertTrue(r.stderr.contains("shell commands"), r.stderr)
    }

    func testNotebookCellsFlagSplitsAPyFileAtMarkers() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cells-\(UUID().uuidString).py")
        try "# %%\nx = 3\n# %% second\nx * 2\n# %%\n%timeit x + 1\n".write(to: url, atomically: true, encoding: .utf8)
        let r = try run(["--cells", url.path])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "6")
        XCTAssertTrue(lines.last?.contains("per loop") ?? false, r.stdout)
    }

    func testNotebookNotANotebookIsAClearError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).ipynb")
        try "not json".write(to: url, atomically: true, encoding: .utf8)
        let r = try run([url.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("is not a Jupyter notebook"), r.stderr)
    }
}

extension CommandLineTests {
    func testCFGPicturesAsDotAndSvg() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("s.py")
        try "from numba import njit\n@njit\ndef loop(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nprint(loop(4))\n"
            .write(to: script, atomically: true, encoding: .utf8)
        let saved = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(dir.path)
        defer { FileManager.default.changeCurrentDirectoryPath(saved) }
        let dot = try run(["--dump=cfg", "--dump-format=dot", script.path])
        XCTAssertEqual(dot.stdout, "6\n")
        let text = try String(contentsOf: dir.appendingPathComponent("loop.cfg.dot"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("digraph \"loop\" {"), text)
        XCTAssertTrue(text.contains("style=dashed, color=red"), "the back edge is styled: \(text)")
        XCTAssertTrue(dot.stderr.contains("written to loop.cfg.dot"), dot.stderr)
        let svg = try run(["--dump=cfg", "--dump-format=svg", script.path])
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("loop.cfg.svg").path) {
            let picture = try String(contentsOf: dir.appendingPathComponent("loop.cfg.svg"), encoding: .utf8)
            XCTAssertTrue(picture.contains("<svg"), picture)
        } else {
            XCTAssertTrue(svg.stderr.contains("Graphviz's `dot` was not found"), svg.stderr)
        }
        let bad = try run(["--dump-format=png", script.path])
        XCTAssertEqual(bad.status, 2)
    }
}

extension CommandLineTests {
    func testREPLTimeitFromAPipe() throws {
        let r = try run([], stdin: "%timeit -n 5 -r 3 sum(range(100))\n")
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, r.stdout)
        XCTAssertTrue(lines.first?.contains("per loop (mean ± std. dev. of 3 runs, 5 loops each)") ?? false, r.stdout)
    }

    /// examples/first_sight.ipynb: the dumps appear because the notebook sets NUMBA_DUMP_*,
    /// dis prints a listing, both functions run, %timeit prints IPython's lines.
    func testFirstSightNotebookRunsEveryCell() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let r = try run([root.appendingPathComponent("examples/first_sight.ipynb").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("CFG backbone:"), r.stderr)
        XCTAssertTrue(r.stderr.contains("IR DUMP: JitHeavyFunction"), r.stderr)
        XCTAssertTrue(r.stdout.contains("FOR_ITER"), r.stdout)
        XCTAssertEqual(r.stdout.components(separatedBy: " per loop (mean ± std. dev. of 7 runs, ").count - 1, 2, r.stdout)
        XCTAssertTrue(r.stdout.contains("(3.0, 12.0, 6.0, 499.99999999999994)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("array([0., 6., 6., 4., 3., 0.])"), r.stdout)
    }
}
