// Runs a pipeline: times every pass, dumps after the ones asked for, and wraps a failure with
// the name of the stage that failed — numba's "Failed in nopython mode pipeline (step: ...)".

import Foundation
import UpdraftRuntime
import UpdraftSyntax

/// One stage of the compiler.
public protocol CompilerPass {
    /// Short name (`generate_ir`), used by `--dump-after` and the timing table.
    var name: String { get }
    /// What numba calls the step in its error messages.
    var description: String { get }
    func run(_ state: CompilationState) throws
}

/// What the user asked to see, and where it goes (stderr by default).
public struct DumpOptions {
    public var cfg = false
    public var ir = false
    public var types = false
    public var parfor = false
    public var timings = false
    /// The LLVM module before and after optimisation, and the assembly (`--dump=llvm,opt,asm`).
    public var llvm = false
    public var optimized = false
    public var assembly = false
    /// `--dump-format`: `text` (numba's dump), `dot` or `svg` (Graphviz pictures of the CFG,
    /// written to `<function>.cfg.dot|svg` in the current directory).
    public var format = "text"
    /// Pass names after which the IR is printed (`--dump-after=PASS`, `NUMBA_DEBUG_PRINT_AFTER`).
    public var after: Set<String> = []
    /// Through the runtime's stderr stream: it flushes stdout first (so dumps and prints keep
    /// their order) and notebooks capture it into the cell's outputs.
    public var write: (String) -> Void = { text in OutputStream.stderr.write(text) }
    public init() {}

    public var any: Bool { cfg || ir || types || parfor || timings || !after.isEmpty }

    /// The environment variables `merge(environment:)` reads.
    public static let environmentKeys = ["NUMBA_DUMP_CFG", "NUMBA_DUMP_IR", "NUMBA_DUMP_ANNOTATION",
                                         "NUMBA_DEBUG_ARRAY_OPT_STATS", "NUMBA_DUMP_PARFOR", "NUMBA_DEBUG_PRINT_AFTER",
                                         "NUMBA_DUMP_LLVM", "NUMBA_DUMP_OPTIMIZED", "NUMBA_DUMP_ASSEMBLY"]

    /// Reads numba's environment variables (`NUMBA_DUMP_CFG=1`, ...).
    public mutating func merge(environment: [String: String]) {
        func on(_ key: String) -> Bool { (environment[key].flatMap(Int.init) ?? 0) != 0 }
        cfg = cfg || on("NUMBA_DUMP_CFG")
        ir = ir || on("NUMBA_DUMP_IR")
        types = types || on("NUMBA_DUMP_ANNOTATION")
        parfor = parfor || on("NUMBA_DEBUG_ARRAY_OPT_STATS") || on("NUMBA_DUMP_PARFOR")
        llvm = llvm || on("NUMBA_DUMP_LLVM")
        optimized = optimized || on("NUMBA_DUMP_OPTIMIZED")
        assembly = assembly || on("NUMBA_DUMP_ASSEMBLY")
        if let list = environment["NUMBA_DEBUG_PRINT_AFTER"], list != "none" {
            after.formUnion(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
    }
}

/// Everything a compilation works on; passes fill it in.
public final class CompilationState {
    public let source: FunctionSource
    public let qualname: String
    /// Resolves a global name when the function is compiled (module globals, then builtins).
    public let resolveGlobal: (String) -> Value?
    public let parallel: Bool
    /// The argument types of the signature being compiled (nil: stop before typing).
    public var argTypes: [NumbaType]?
    /// The dispatcher being compiled, so recursive calls are recognised. Not `weak`: a weak
    /// reference gives the dispatcher a refcount side table, after which every retain and
    /// release of it (each call from Python loads it) takes Swift's slow path — measured 35% of
    /// a loop calling a jitted function. The dispatcher outlives its compilations.
    public unowned(unsafe) var callee: CompilableCallee?
    public var typed: TypedFunction?
    public var ir: FunctionIR?
    public var cfg: ControlFlowGraph?
    /// Loops and array expressions that will run in parallel (`parallel=True`).
    public var parfors: [Parfor] = []
    /// Milliseconds per pass, in order.
    public var timings: [(pass: String, ms: Double)] = []

    public init(source: FunctionSource, qualname: String, parallel: Bool = false,
                resolveGlobal: @escaping (String) -> Value?) {
        self.source = source
        self.qualname = qualname
        self.parallel = parallel
        self.resolveGlobal = resolveGlobal
    }

    /// The IR, which every pass after `generate_ir` may rely on.
    public func requireIR() throws -> FunctionIR {
        guard let ir else { throw CompilerError(step: "internal", message: "no IR yet: generate_ir must run first", location: nil) }
        return ir
    }
}

/// A compilation failure, with the stage it happened in.
public struct CompilerError: Error, CustomStringConvertible {
    public let step: String
    public let message: String
    public let location: SourceLocation?
    public var description: String { "Failed in nopython mode pipeline (step: \(step))\n\(message)" }
}

public struct PassManager {
    public var dumps: DumpOptions
    public init(dumps: DumpOptions = DumpOptions()) { self.dumps = dumps }

    public func run(_ passes: [CompilerPass], on state: CompilationState) throws {
        for pass in passes {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                try pass.run(state)
            } catch let e as CompilerError {
                throw e
            } catch let e as UnsupportedConstruct {
                throw CompilerError(step: pass.description, message: sourceContext(e.message, e.location, state), location: e.location)
            } catch let e as TypingError {
                throw CompilerError(step: pass.description, message: e.description, location: e.location)
            } catch let e as TypeofError {
                throw CompilerError(step: pass.description, message: e.description, location: nil)
            }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            state.timings.append((pass.name, ms))
            if dumps.after.contains(pass.name) || dumps.after.contains("all"), let ir = state.ir {
                dumps.write(centredTitle("IR after \(pass.name): \(state.qualname)") + "\n" + ir.dumpBlocks())
            }
        }
        if dumps.timings {
            var text = centredTitle("PASS TIMINGS: \(state.qualname)") + "\n"
            for (name, ms) in state.timings {
                text += "    " + name.padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "%9.3f ms\n", ms)
            }
            let total = state.timings.reduce(0) { $0 + $1.ms }
            text += "    " + "total".padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "%9.3f ms\n", total)
            dumps.write(text)
        }
    }
}

/// A message followed by numba's source excerpt: `File "f.py", line 12:` and the line with a caret.
public func sourceContext(_ message: String, _ location: SourceLocation?, _ state: CompilationState) -> String {
    guard let loc = location, loc.line >= 1, loc.line <= state.source.lines.count else { return message }
    let line = String(state.source.lines[loc.line - 1])
    let indent = line.prefix { $0 == " " }.count
    let caret = String(repeating: " ", count: Swift.max(loc.column, indent)) + "^"
    return "\(message)\n\nFile \"\(state.source.filename)\", line \(loc.line):\n\(line)\n\(caret)\n"
}
