// `NUMBA_DUMP_ANNOTATION` / `--dump=annotation`: numba's annotated source — per source line, the IR
// statements of that line with ` :: type` (the call signature for calls and setitems) — and the
// compact `--dump=types`: `name: type` for each user variable, sorted by name.

import UpdraftSyntax

extension TypedFunction {
    /// The annotation text numba's `TypeAnnotation.annotate()` produces. `lines` is the whole file;
    /// `firstLine...lastLine` the function's lines (decorators included).
    public func annotation(lines: [String], firstLine: Int, lastLine: Int) -> String {
        var grouped: [Int: [String]] = [:]
        for label in ir.labels {
            guard let block = ir.blocks[label] else { continue }
            let blockLine = block.body.first?.location.line ?? block.terminator.location.line
            grouped[blockLine, default: []].append("label \(label)")
            for (i, s) in block.body.enumerated() {
                let id = StatementID(block: label, index: i)
                let text: String
                switch s {
                case .assign(let v, let e, _):
                    let t: String
                    if case .call = e { t = calltypes[id]?.description ?? "<missing>" }
                    else { t = typemap[v]?.description ?? "<missing>" }
                    text = "\(s.text)  :: \(t)"
                case .setitem, .staticSetitem:
                    text = "\(s.text)  :: \(calltypes[id]?.description ?? "<missing>")"
                default:
                    text = s.text
                }
                grouped[s.location.line, default: []].append("  " + text)
            }
            grouped[block.terminator.location.line, default: []].append("  " + block.terminator.text)
        }
        // numba dedents the function's source.
        let first = max(1, firstLine), last = min(lines.count, lastLine)
        let slice = first <= last ? Array(lines[(first - 1)..<last]) : []
        let common = slice.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
        var out = "# File: \(ir.filename)\n"
        for (offset, raw) in slice.enumerated() {
            let num = first + offset
            var src = raw.count >= common ? String(raw.dropFirst(common)) : raw.trimmingCharacters(in: .whitespaces)
            while src.last == " " || src.last == "\t" { src.removeLast() }
            let indent = String(repeating: " ", count: src.prefix(while: { $0 == " " || $0 == "\t" }).count)
            out += "\(indent)# --- LINE \(num) --- \n"
            for inst in grouped[num] ?? [] { out += "\(indent)# \(inst)\n" }
            out += "\n\(src)\n\n"
        }
        return out
    }

    /// The full `NUMBA_DUMP_ANNOTATION` block: the title, the annotation and the closing rule.
    public func annotationDump(lines: [String], firstLine: Int, lastLine: Int) -> String {
        centredTitle("ANNOTATION") + "\n" + annotation(lines: lines, firstLine: firstLine, lastLine: lastLine) + "\n"
            + String(repeating: "=", count: 80) + "\n"
    }

    /// `--dump=types`: the signature, then `name: type` for every user variable, sorted by name.
    public func typesDump() -> String {
        var out = "\(ir.qualname) \(signature)\n"
        for (v, t) in typemap.sorted(by: { $0.key < $1.key }) where !v.isTemporary {
            out += "    \(v.name): \(t)\n"
        }
        return out
    }
}
