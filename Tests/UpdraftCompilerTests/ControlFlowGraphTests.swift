// Dominators, post-dominators, back edges and loops on graphs given as adjacency lists,
// checked against what numba's CFGraph computes for the same graphs.

import XCTest
@testable import UpdraftCompiler

final class ControlFlowGraphTests: XCTestCase {
    /// The nested-loop function of the first_sight notebook, as numba numbers its blocks.
    let nested: [Int: [Int]] = [0: [12], 12: [16, 86], 16: [22], 22: [26, 82], 26: [22], 82: [12], 86: []]

    func testNestedLoops() {
        let g = ControlFlowGraph(entry: 0, adjacency: nested)
        XCTAssertEqual(g.dominators[26], [0, 12, 16, 22, 26])
        XCTAssertEqual(g.dominators[86], [0, 12, 86])
        XCTAssertEqual(g.postDominators[0], [0, 12, 86])
        XCTAssertEqual(g.postDominators[26], [12, 22, 26, 82, 86])
        XCTAssertEqual(g.backEdges, [.init(26, 22), .init(82, 12)])
        XCTAssertEqual(g.loops.count, 2)
        XCTAssertEqual(g.loops[12], Loop(header: 12, body: [12, 16, 22, 26, 82], entries: [0], exits: [86]))
        XCTAssertEqual(g.loops[22], Loop(header: 22, body: [22, 26], entries: [16], exits: [82]))
        XCTAssertEqual(g.nodeToLoops[26], [22, 12])
        XCTAssertEqual(g.nodeToLoops[16], [12])
        XCTAssertEqual(g.nodeToLoops[0], [])
        XCTAssertEqual(g.backbone, [0, 12, 86])
    }

    func testDumpHasNumbaSections() {
        let text = ControlFlowGraph(entry: 0, adjacency: nested).dump()
        XCTAssertTrue(text.hasPrefix("CFG adjacency lists:\n{0: [12], 12: [16, 86], 16: [22], 22: [26, 82], 26: [22], 82: [12], 86: []}\n"))
        XCTAssertTrue(text.contains("CFG back edges: [(26, 22), (82, 12)]\n"))
        XCTAssertTrue(text.contains("CFG loops:\n{12: Loop(entries={0}, exits={86}, header=12, body={12, 16, 22, 26, 82}),\n 22: Loop(entries={16}, exits={82}, header=22, body={22, 26})}\n"))
        XCTAssertTrue(text.hasSuffix("CFG backbone:\n{0, 12, 86}\n"))
        for title in ["adjacency lists", "dominators", "post-dominators", "back edges", "loops", "node-to-loops", "backbone"] {
            XCTAssertTrue(text.contains("CFG \(title):"), title)
        }
    }

    /// Two entries into a cycle: no node of the cycle dominates the other, so the cycle is not a
    /// natural loop of either; the depth-first search still finds exactly one back edge.
    func testIrreducibleGraph() {
        let g = ControlFlowGraph(entry: 0, adjacency: [0: [1, 2], 1: [2, 3], 2: [1], 3: []])
        XCTAssertEqual(g.dominators[1], [0, 1])
        XCTAssertEqual(g.dominators[2], [0, 2])
        XCTAssertEqual(g.backEdges.count, 1)
        let edge = g.backEdges.first!
        XCTAssertTrue(edge == .init(2, 1) || edge == .init(1, 2))
        XCTAssertEqual(g.loops.count, 1)
        XCTAssertEqual(g.postDominators[0], [0, 1, 3])
    }

    func testMultipleExits() {
        // while: if c: return 1 (exit 20); body continues; loop exit returns 2 (30).
        let g = ControlFlowGraph(entry: 0, adjacency: [0: [10], 10: [12, 30], 12: [20, 14], 14: [10], 20: [], 30: []])
        XCTAssertEqual(g.exitPoints, [20, 30])
        XCTAssertEqual(g.loops[10]?.exits, [20, 30])
        XCTAssertEqual(g.loops[10]?.body, [10, 12, 14])
        XCTAssertEqual(g.postDominators[0], [0, 10])
        XCTAssertEqual(g.backbone, [0, 10])
        XCTAssertEqual(g.dominators[20], [0, 10, 12, 20])
    }

    func testInfiniteLoopAndDeadCode() {
        let g = ControlFlowGraph(entry: 0, adjacency: [0: [4], 4: [4], 9: [4]])
        XCTAssertEqual(g.deadNodes, [9])
        XCTAssertEqual(g.nodes, [0, 4])
        XCTAssertEqual(g.backEdges, [.init(4, 4)])
        XCTAssertEqual(g.loops[4]?.exits, [])
        XCTAssertEqual(g.postDominators[0], [0, 4])
    }

    func testTwoBackEdgesToOneHeaderMakeOneLoop() {
        // for ...: if a: continue (back edge from 6) ... (back edge from 8)
        let g = ControlFlowGraph(entry: 0, adjacency: [0: [2], 2: [4, 10], 4: [6, 8], 6: [2], 8: [2], 10: []])
        XCTAssertEqual(g.backEdges, [.init(6, 2), .init(8, 2)])
        XCTAssertEqual(g.loops.count, 1)
        XCTAssertEqual(g.loops[2]?.body, [2, 4, 6, 8])
        XCTAssertEqual(g.reversePostOrder.first, 0)
    }
}
