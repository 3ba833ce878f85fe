// `NUMBA_DUMP_CFG` / `--dump=cfg`: the seven sections numba prints, in its format. Sets print
// in ascending order (numba prints Python's hash order, which is the same for small graphs).

extension ControlFlowGraph {
    public func dump() -> String {
        var out = ""
        func section(_ title: String, _ body: String) { out += title + "\n" + body + "\n" }
        section("CFG adjacency lists:", prettyDict(nodes.sorted().map { ($0, "[" + successors[$0, default: []].sorted().map(String.init).joined(separator: ", ") + "]") }))
        section("CFG dominators:", prettyDict(dominators.keys.sorted().map { ($0, setText(dominators[$0] ?? [])) }))
        section("CFG post-dominators:", prettyDict(postDominators.keys.sorted().map { ($0, setText(postDominators[$0] ?? [])) }))
        out += "CFG back edges: [" + backEdges.sorted().map { "(\($0.from), \($0.to))" }.joined(separator: ", ") + "]\n"
        section("CFG loops:", prettyDict(loops.sorted { $0.key < $1.key }.map { h, l in
            (h, "Loop(entries=\(setText(l.entries)), exits=\(setText(l.exits)), header=\(l.header), body=\(setText(l.body)))")
        }))
        section("CFG node-to-loops:", prettyDict(nodeToLoops.keys.sorted().map { ($0, "[" + (nodeToLoops[$0] ?? []).map(String.init).joined(separator: ", ") + "]") }))
        section("CFG backbone:", setText(backbone))
        return out
    }
}

/// A Python set literal, ascending; `set()` when empty.
func setText(_ s: Set<Int>) -> String {
    s.isEmpty ? "set()" : "{" + s.sorted().map(String.init).joined(separator: ", ") + "}"
}

/// A dict as `pprint` prints it: on one line when it fits in 80 columns, else one entry per line.
func prettyDict(_ entries: [(Int, String)]) -> String {
    let items = entries.map { "\($0.0): \($0.1)" }
    let oneLine = "{" + items.joined(separator: ", ") + "}"
    if oneLine.count <= 80 { return oneLine }
    return "{" + items.joined(separator: ",\n ") + "}"
}
