// `--dump=parfor`: numba's `parallel_diagnostics` report — the function's source with each
// parallel loop marked `#ID`, then one paragraph per parfor (kind, index, reductions, nested
// serial loops).

extension CompilationState {
    public func parforReport() -> String {
        let title = " Parallel Accelerator Optimizing:  Function \(qualname), \(source.filename) (\(source.location.line)) "
        var out = String(repeating: "=", count: 80) + "\n" + centredEquals(title) + "\n" + String(repeating: "=", count: 80) + "\n"
        out += "\nParallel loop listing for  Function \(qualname), \(source.filename) (\(source.location.line)) \n"
        let first = source.location.line
        let last = Swift.max(ir?.blocks.values.flatMap { $0.body.map(\.location.line) + [$0.terminator.location.line] }.max() ?? first, first)
        let lines = (first...last).compactMap { $0 <= source.lines.count ? String(source.lines[$0 - 1]) : nil }
        let width = Swift.max(lines.map(\.count).max() ?? 0, 30) + 1
        out += String(repeating: "-", count: width) + "|loop #ID\n"
        for (i, text) in lines.enumerated() {
            let lineNo = first + i
            if let p = parfors.first(where: { $0.line == lineNo }) {
                out += text + String(repeating: "-", count: Swift.max(width - text.count, 1)) + "| #\(p.id)\n"
            } else {
                out += text + String(repeating: " ", count: Swift.max(width - text.count, 1)) + "| \n"
            }
        }
        if parfors.isEmpty {
            out += "No parallel loops found.\n"
            return out
        }
        out += centredTitle(" Parfors ") + "\n"
        for p in parfors {
            switch p.kind {
            case .prangeLoop:
                out += "Parallel for-loop #\(p.id) (prange) at line \(p.line): header block \(p.header), index \(p.indexVariable ?? "?")\n"
            case .arrayExpression(let text):
                out += "Parallel array expression #\(p.id) at line \(p.line): \(text) (one fused loop, one allocation)\n"
            }
            if p.reductions.isEmpty {
                out += "    reductions: none\n"
            } else {
                out += "    reductions: " + p.reductions.map { "\($0.variable) (\($0.op))" }.joined(separator: ", ") + "\n"
            }
            if !p.innerLoops.isEmpty {
                out += "    serial inner loops (headers): " + p.innerLoops.map(String.init).joined(separator: ", ") + "\n"
            }
        }
        return out + String(repeating: "-", count: 80) + "\n"
    }

    private func centredEquals(_ title: String) -> String {
        let pad = Swift.max(80 - title.count, 0)
        return String(repeating: "=", count: pad / 2) + title + String(repeating: "=", count: pad - pad / 2)
    }
}
