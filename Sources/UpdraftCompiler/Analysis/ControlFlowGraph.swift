// The control-flow graph of a function's basic blocks, and numba's analyses over it:
// dominators, post-dominators, back edges, natural loops, node-to-loops and the backbone.
// The algorithms follow numba's `CFGraph` (numba/core/controlflow.py) so the dumps agree, and
// work on any graph, irreducible ones included (back edges come from a depth-first search).

/// A natural loop: its header, the blocks in its body, the blocks outside that jump into it and
/// the blocks outside it that it jumps to.
public struct Loop: Equatable {
    public var header: Int
    public var body: Set<Int>
    public var entries: Set<Int>
    public var exits: Set<Int>
}

public struct ControlFlowGraph {
    public private(set) var nodes: Set<Int> = []
    public private(set) var successors: [Int: Set<Int>] = [:]
    public private(set) var predecessors: [Int: Set<Int>] = [:]
    public let entry: Int

    // Filled in by `process()`.
    public private(set) var deadNodes: Set<Int> = []
    public private(set) var exitPoints: Set<Int> = []
    public private(set) var dominators: [Int: Set<Int>] = [:]
    public private(set) var postDominators: [Int: Set<Int>] = [:]
    public private(set) var backEdges: Set<Edge> = []
    public private(set) var loops: [Int: Loop] = [:]
    /// For each node, the headers of the loops containing it, innermost first.
    public private(set) var nodeToLoops: [Int: [Int]] = [:]

    public struct Edge: Hashable, Comparable {
        public var from: Int
        public var to: Int
        public init(_ from: Int, _ to: Int) { self.from = from; self.to = to }
        public static func < (a: Edge, b: Edge) -> Bool { (a.from, a.to) < (b.from, b.to) }
    }

    public init(entry: Int) {
        self.entry = entry
        addNode(entry)
    }

    /// A graph from adjacency lists (`{0: [12], 12: [16, 86], ...}`), processed.
    public init(entry: Int, adjacency: [Int: [Int]]) {
        self.init(entry: entry)
        for (n, succs) in adjacency {
            addNode(n)
            for s in succs { addEdge(n, s) }
        }
        process()
    }

    public mutating func addNode(_ n: Int) {
        if nodes.insert(n).inserted {
            successors[n] = []
            predecessors[n] = []
        }
    }

    public mutating func addEdge(_ from: Int, _ to: Int) {
        addNode(from)
        addNode(to)
        successors[from, default: []].insert(to)
        predecessors[to, default: []].insert(from)
    }

    /// Runs every analysis. Unreachable nodes are removed first (they are kept in `deadNodes`).
    public mutating func process() {
        removeUnreachable()
        exitPoints = Set(nodes.filter { successors[$0, default: []].isEmpty })
        dominators = Self.dominators(nodes: nodes, entries: [entry], preds: predecessors, succs: successors)
        backEdges = findBackEdges()
        loops = findLoops()
        postDominators = findPostDominators()
        nodeToLoops = findNodeToLoops()
    }

    /// The blocks every path from the entry goes through (numba: the entry's post-dominators).
    public var backbone: Set<Int> { postDominators[entry] ?? [entry] }

    /// `a` dominates `b`.
    public func dominates(_ a: Int, _ b: Int) -> Bool { dominators[b]?.contains(a) ?? false }

    // MARK: Analyses

    private mutating func removeUnreachable() {
        var seen: Set<Int> = [entry]
        var stack = [entry]
        while let n = stack.popLast() {
            for s in successors[n, default: []] where seen.insert(s).inserted { stack.append(s) }
        }
        deadNodes = nodes.subtracting(seen)
        for d in deadNodes {
            for s in successors[d, default: []] { predecessors[s]?.remove(d) }
            successors[d] = nil
            predecessors[d] = nil
        }
        nodes = seen
    }

    /// The iterative work-list algorithm numba uses, for dominators (entries = the entry) or
    /// post-dominators (entries = the exit points, edges reversed).
    static func dominators(nodes: Set<Int>, entries: Set<Int>, preds: [Int: Set<Int>],
                           succs: [Int: Set<Int>]) -> [Int: Set<Int>] {
        var doms: [Int: Set<Int>] = [:]
        for e in entries { doms[e] = [e] }
        var todo: [Int] = []
        for n in nodes.sorted() where !entries.contains(n) {
            doms[n] = nodes
            todo.append(n)
        }
        while let n = todo.popLast() {
            if entries.contains(n) { continue }
            var newDoms: Set<Int> = [n]
            let ps = preds[n, default: []]
            if let first = ps.first {
                var meet = doms[first] ?? nodes
                for p in ps.dropFirst() { meet.formIntersection(doms[p] ?? nodes) }
                newDoms.formUnion(meet)
            }
            if newDoms != doms[n] {
                doms[n] = newDoms
                todo.append(contentsOf: succs[n, default: []].sorted())
            }
        }
        return doms
    }

    /// Post-dominators with a virtual exit that every exit point and every loop without exits
    /// (an infinite loop) flows to, so functions that never return still get an answer.
    private func findPostDominators() -> [Int: Set<Int>] {
        let virtualExit = (nodes.max() ?? 0) + 1_000_000
        var preds = predecessors, succs = successors
        var allNodes = nodes
        allNodes.insert(virtualExit)
        func link(_ n: Int) {
            succs[n, default: []].insert(virtualExit)
            preds[virtualExit, default: []].insert(n)
        }
        for n in exitPoints { link(n) }
        for loop in loops.values where loop.exits.isEmpty { for b in loop.body { link(b) } }
        // Reversed graph: predecessors become successors.
        var pdoms = Self.dominators(nodes: allNodes, entries: [virtualExit], preds: succs, succs: preds)
        pdoms[virtualExit] = nil
        for k in pdoms.keys { pdoms[k]?.remove(virtualExit) }
        return pdoms
    }

    /// Edges to a node on the current depth-first path (numba's `_find_back_edges`).
    private func findBackEdges() -> Set<Edge> {
        var edges: Set<Edge> = []
        var stack: [Int] = [entry]
        var onStack: Set<Int> = [entry]
        var pending: [Int: [Int]] = [entry: successors[entry, default: []].sorted()]
        var checked: Set<Int> = []
        while let top = stack.last {
            if var todo = pending[top], let next = todo.popLast() {
                pending[top] = todo
                if onStack.contains(next) {
                    edges.insert(Edge(top, next))
                } else if !checked.contains(next) {
                    stack.append(next)
                    onStack.insert(next)
                    pending[next] = successors[next, default: []].sorted()
                }
            } else {
                stack.removeLast()
                onStack.remove(top)
                checked.insert(top)
            }
        }
        return edges
    }

    /// Natural loops of the back edges; several back edges to one header make one loop.
    private func findLoops() -> [Int: Loop] {
        var bodies: [Int: Set<Int>] = [:]
        for edge in backEdges.sorted() {
            var body: Set<Int> = [edge.to]
            var queue = [edge.from]
            while let n = queue.popLast() {
                if body.insert(n).inserted { queue.append(contentsOf: predecessors[n, default: []]) }
            }
            bodies[edge.to, default: []].formUnion(body)
        }
        var loops: [Int: Loop] = [:]
        for (header, body) in bodies {
            var entries: Set<Int> = [], exits: Set<Int> = []
            for n in body {
                entries.formUnion(predecessors[n, default: []].subtracting(body))
                exits.formUnion(successors[n, default: []].subtracting(body))
            }
            loops[header] = Loop(header: header, body: body, entries: entries, exits: exits)
        }
        return loops
    }

    private func findNodeToLoops() -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for n in nodes { result[n] = [] }
        // Smallest body first, so the innermost loop is listed first.
        for loop in loops.values.sorted(by: { ($0.body.count, $0.header) < ($1.body.count, $1.header) }) {
            for n in loop.body { result[n, default: []].append(loop.header) }
        }
        return result
    }

    /// Nodes in reverse post-order from the entry (a topological order of the acyclic part).
    public var reversePostOrder: [Int] {
        var order: [Int] = []
        var seen: Set<Int> = []
        func visit(_ n: Int) {
            guard seen.insert(n).inserted else { return }
            for s in successors[n, default: []].sorted() { visit(s) }
            order.append(n)
        }
        visit(entry)
        return order.reversed()
    }
}
