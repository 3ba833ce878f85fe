// Running notebooks: the code cells of a Jupyter notebook (nbformat 4) in order in one
// interpreter, or the `# %%` cells of a .py file (`--cells`). Like Jupyter, a cell whose last
// statement is an expression shows that value's repr; an error shows its traceback and stops
// the run (`--allow-errors` goes on). `--execute-to out.ipynb` writes the notebook back with its
// outputs (stream, execute_result, error) and execution counts filled in.

import Foundation
import UpdraftInterpreter
import UpdraftRuntime
import UpdraftSyntax

struct NotebookRunner {
    let path: String
    let allowErrors: Bool
    let executeTo: String?

    /// One cell's recorded outputs, in nbformat's shape.
    private final class Recorder {
        var outputs: [[String: Any]] = []
        func stream(_ name: String, _ text: String) {
            if var last = outputs.last, last["output_type"] as? String == "stream", last["name"] as? String == name,
               let previous = last["text"] as? String {
                last["text"] = previous + text
                outputs[outputs.count - 1] = last
            } else {
                outputs.append(["output_type": "stream", "name": name, "text": text])
            }
        }
        /// Stream texts become lists of lines, as Jupyter writes them.
        var finished: [[String: Any]] {
            outputs.map { o in
                var o = o
                if let t = o["text"] as? String { o["text"] = lines(t) }
                return o
            }
        }
    }

    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Runs a `.ipynb` file.
    func runNotebook() -> Int32 {
        guard let data = FileManager.default.contents(atPath: path),
              var notebook = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              var cells = notebook["cells"] as? [[String: Any]] else {
            OutputStream.stderr.write("updraft: \(path) is not a Jupyter notebook (nbformat 4 JSON)\n")
            return 2
        }
        let sources: [(Int, String)] = cells.enumerated().compactMap { i, cell in
            guard cell["cell_type"] as? String == "code" else { return nil }
            if let s = cell["source"] as? String { return (i, s) }
            if let parts = cell["source"] as? [String] { return (i, parts.joined()) }
            return (i, "")
        }
        var status: Int32 = 0
        let results = run(sources.map(\.1)) { s in status = s }
        if let executeTo {
            for (k, (cellIndex, _)) in sources.enumerated() where k < results.count {
                cells[cellIndex]["outputs"] = results[k].outputs
                cells[cellIndex]["execution_count"] = results[k].count
            }
            for (k, (cellIndex, _)) in sources.enumerated() where k >= results.count {
                cells[cellIndex]["outputs"] = [[String: Any]]()
                cells[cellIndex]["execution_count"] = NSNull()
            }
            // nbformat 4.5 gives every cell an id; add the missing ones so validators accept it.
            if (notebook["nbformat_minor"] as? Int ?? 5) >= 5 {
                for i in cells.indices where cells[i]["id"] == nil { cells[i]["id"] = "cell-\(i)" }
            }
            notebook["cells"] = cells
            if notebook["nbformat"] == nil { notebook["nbformat"] = 4 }
            if notebook["nbformat_minor"] == nil { notebook["nbformat_minor"] = 5 }
            if notebook["metadata"] == nil { notebook["metadata"] = [String: Any]() }
            do {
                let out = try JSONSerialization.data(withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
                try (out + Data("\n".utf8)).write(to: URL(fileURLWithPath: executeTo), options: .atomic)
            } catch {
                OutputStream.stderr.write("updraft: cannot write \(executeTo): \(error.localizedDescription)\n")
                return 2
            }
        }
        return status
    }

    /// Runs a .py file split at `# %%` lines.
    func runCellScript(_ source: String) -> Int32 {
        var cells: [String] = []
        var current: [String] = []
        for line in source.components(separatedBy: "\n") {
            if line.hasPrefix("# %%") {
                if !current.isEmpty { cells.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { cells.append(current.joined(separator: "\n")) }
        var status: Int32 = 0
        _ = run(cells) { s in status = s }
        return status
    }

    struct CellResult {
        var outputs: [[String: Any]]
        var count: Int
    }

    /// Runs the cells in one interpreter; returns each executed cell's outputs.
    private func run(_ cells: [String], setStatus: (Int32) -> Void) -> [CellResult] {
        let interpreter = Interpreter(scriptPath: path)
        Magics.install(in: interpreter)
        defer { OutputStream.stdout.flush() }
        var results: [CellResult] = []
        for (k, cell) in cells.enumerated() {
            let count = k + 1
            let recorder = Recorder()
            if executeTo != nil {
                OutputStream.stdout.capture = { recorder.stream("stdout", $0) }
                OutputStream.stderr.capture = { recorder.stream("stderr", $0) }
            }
            var failed = false
            do {
                let source = try Magics.rewrite(cell)
                try interpreter.executeCell(source: source, filename: "Cell In[\(count)]") { value in
                    let text = try repr(value)
                    if executeTo != nil {
                        recorder.outputs.append(["output_type": "execute_result", "execution_count": count,
                                                 "metadata": [String: Any](), "data": ["text/plain": NotebookRunner.lines(text)]])
                    } else {
                        OutputStream.stdout.write(text + "\n")
                    }
                }
            } catch {
                failed = true
                let (name, value, traceback) = describe(error, interpreter)
                if executeTo != nil {
                    recorder.outputs.append(["output_type": "error", "ename": name, "evalue": value,
                                             "traceback": traceback.components(separatedBy: "\n").filter { !$0.isEmpty }])
                } else {
                    OutputStream.stdout.flush()
                    OutputStream.stderr.write(traceback)
                }
            }
            OutputStream.stdout.flush()
            OutputStream.stdout.capture = nil
            OutputStream.stderr.capture = nil
            results.append(CellResult(outputs: recorder.finished, count: count))
            if failed {
                setStatus(1)
                if !allowErrors { break }
            }
        }
        return results
    }

    /// An error's class name, message and the text Jupyter shows for it.
    private func describe(_ error: Error, _ interpreter: Interpreter) -> (String, String, String) {
        if let e = error as? PythonError {
            let message = e.exception.args.count == 1 ? ((try? str(e.exception.args[0])) ?? "") : ((try? str(.tuple(e.exception.args))) ?? "")
            return (e.exception.cls.name, message, interpreter.formatTraceback(e.exception))
        }
        if let s = error as? SyntaxError {
            return ("SyntaxError", s.message, s.formatted(filename: interpreter.currentFilename ?? "<cell>"))
        }
        if let u = error as? Magics.UsageError {
            return ("UsageError", u.description, u.description + "\n")
        }
        return ("Error", "\(error)", "\(error)\n")
    }
}
