// Writing a compilation's dumps where the user asked: numba's text on stderr, or Graphviz
// pictures of the CFG as files (`--dump-format=dot|svg`), named after the function.

import Foundation
import UpdraftCompiler
import UpdraftRuntime

enum CompilationDumps {
    /// The CFG dump of a finished front half, in the requested format.
    static func writeCFG(_ state: CompilationState, _ dumps: DumpOptions) {
        guard dumps.cfg, let cfg = state.cfg, let ir = state.ir else { return }
        switch dumps.format {
        case "dot", "svg":
            let dot = ir.cfgDot(cfg)
            let base = state.qualname.replacingOccurrences(of: "<", with: "").replacingOccurrences(of: ">", with: "")
            var text = dot, ext = "dot"
            if dumps.format == "svg" {
                do {
                    text = try GraphvizRenderer.svg(fromDot: dot)
                    ext = "svg"
                } catch {
                    dumps.write("updraft: \(error); writing DOT instead\n")
                }
            }
            let path = "\(base).cfg.\(ext)"
            do {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                dumps.write("CFG of \(state.qualname) written to \(path)\n")
            } catch {
                dumps.write("updraft: cannot write \(path): \(error.localizedDescription)\n")
            }
        default:
            dumps.write(cfg.dump())
        }
    }
}

/// `f.inspect_cfg()`: the CFG as DOT text, with `.display()` printing it and `.to_svg()` rendering.
final class InspectedCFG: PyObject {
    let dot: String
    init(dot: String) { self.dot = dot }
    override func pyStr() throws -> String? { dot }
    override func pyRepr() throws -> String? { "<updraft CFG, \(dot.split(separator: "\n").count) lines of DOT; str() for the text>" }
    override func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "dot": return .str(dot)
        case "display":
            return .object(PyBuiltinFunction("display") { [dot] _ in
                OutputStream.stdout.write(dot)
                return .none
            })
        case "to_svg":
            return .object(PyBuiltinFunction("to_svg") { [dot] _ in
                do { return .str(try GraphvizRenderer.svg(fromDot: dot)) } catch {
                    throw PythonError.runtimeError("\(error)")
                }
            })
        default: return nil
        }
    }
}
