// The control-flow graph as Graphviz DOT (`--dump=cfg --dump-format=dot|svg`, `inspect_cfg()`):
// one box per block listing its IR, edges labelled for branches, back edges dashed and red,
// loop headers outlined, so a picture shows what `NUMBA_DUMP_CFG` prints.

import Foundation

extension FunctionIR {
    public func cfgDot(_ cfg: ControlFlowGraph) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>")
                .replacingOccurrences(of: "{", with: "\\{").replacingOccurrences(of: "}", with: "\\}")
                .replacingOccurrences(of: "|", with: "\\|")
        }
        var out = "digraph \"\(qualname)\" {\n"
        out += "    label=\"CFG of \(escape(qualname))\";\n    labelloc=t;\n"
        out += "    node [shape=record, fontname=\"monospace\", fontsize=10];\n"
        let backEdges = Set(cfg.backEdges.map { "\($0.from)->\($0.to)" })
        for label in labels {
            guard let block = blocks[label] else { continue }
            var text = "label \(label):\\l"
            for s in block.body { text += escape("    " + s.text) + "\\l" }
            text += escape("    " + block.terminator.text) + "\\l"
            let header = cfg.loops[label] != nil
            let style = header ? ", style=bold, color=blue" : (label == entry ? ", style=bold" : "")
            out += "    block\(label) [label=\"{\(text)}\"\(style)];\n"
        }
        for label in labels {
            guard let block = blocks[label] else { continue }
            let t = block.terminator
            var edges: [(Int, String)] = []
            switch t {
            case .branch(_, let a, let b, _): edges = [(a, "true"), (b, "false")]
            case .jump(let to, _): edges = [(to, "")]
            default: break
            }
            for (to, name) in edges {
                var attrs: [String] = []
                if !name.isEmpty { attrs.append("label=\"\(name)\"") }
                if backEdges.contains("\(label)->\(to)") { attrs += ["style=dashed", "color=red", "constraint=false"] }
                out += "    block\(label) -> block\(to)" + (attrs.isEmpty ? "" : " [" + attrs.joined(separator: ", ") + "]") + ";\n"
            }
        }
        return out + "}\n"
    }
}

/// Renders DOT to SVG with Graphviz's `dot`, or explains that it is missing.
public enum GraphvizRenderer {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "Graphviz's `dot` was not found on PATH: install it (Debian: apt-get install graphviz) to get SVG, or use --dump-format=dot"
        }
    }

    public static func svg(fromDot dot: String) throws -> String {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let exe = paths.map({ "\($0)/dot" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing()
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
