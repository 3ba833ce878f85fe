// The `updraft` command: run a script, a `-c` string, or the REPL.

import ArgumentParser
import Foundation
import UpdraftCompiler
import UpdraftInterpreter
import UpdraftRuntime
import UpdraftSyntax
import UpdraftTiering

public enum UpdraftMain {
    public static func main() {
        // Split our options from the script's own arguments: everything after the script
        // path (or after `-c CODE`) belongs to the script, as with `python3`.
        var ours: [String] = []
        var rest = Array(CommandLine.arguments.dropFirst())
        var sawCommand = false
        while let first = rest.first {
            if first == "-c" {
                ours.append(contentsOf: rest.prefix(2))
                rest.removeFirst(min(2, rest.count))
                sawCommand = true
                break
            }
            if first.hasPrefix("-") && first != "-" {
                ours.append(first)
                rest.removeFirst()
                if ["--jit", "--jit-threshold", "--dump", "--dump-after", "--dump-format", "--execute-to"].contains(first), let v = rest.first {
                    ours.append(v)
                    rest.removeFirst()
                }
                continue
            }
            break
        }
        if !sawCommand, let script = rest.first {
            ours.append(script)
            rest.removeFirst()
        }
        do {
            var command = try UpdraftCommand.parse(ours)
            command.scriptArguments = rest
            let status = runOnLargeStack { command.execute() }
            BackgroundCompiler.exitProcess(status)
        } catch {
            UpdraftCommand.exit(withError: error)
        }
    }
}

public struct UpdraftCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "updraft",
        abstract: "Runs numba-style Python scripts: object mode first, compiled when hot.")

    @Option(name: .customShort("c"), help: "Program passed in as a string.")
    var command: String?

    @Option(name: .customLong("jit"), help: "off | auto | eager. 'off' makes @jit/@njit no-ops (as NUMBA_DISABLE_JIT=1).")
    var jit: JitMode = .auto

    @Option(name: .customLong("jit-threshold"), help: "Weighted events (calls + loop iterations) before an undecorated function is compiled (default 1000).")
    var jitThreshold: Int = 1000

    @Flag(name: .customLong("jit-sync"), help: "Compile hot functions and loops in line instead of on the background thread (deterministic tier logs).")
    var jitSync = false

    @Flag(name: .customLong("tier-log"), help: "One line per tiering event on stderr (also UPDRAFT_TIER_LOG=1).")
    var tierLog = false

    @Flag(name: .customLong("stats"), help: "At exit, a table per function: tier, signatures, calls and time per tier, compile ms.")
    var stats = false

    @Flag(name: .customLong("compare"), help: "Also run compiled calls in object mode (sampled); at exit, a table of timings and whether results agree.")
    var compare = false

    @Option(name: .customLong("dump"), help: "Comma-separated compiler dumps to stderr: cfg, ir, types, parfor, timings, llvm, opt, asm.")
    var dump: String?

    @Option(name: .customLong("dump-after"), help: "Print the IR after these passes (comma-separated pass names, or 'all').")
    var dumpAfter: String?

    @Option(name: .customLong("dump-format"), help: "text (numba's dumps) | dot | svg (CFG pictures written to NAME.cfg.dot/.svg).")
    var dumpFormat: String = "text"


    @Flag(name: .customLong("cells"), help: "Run a .py file as notebook cells split at '# %%' lines.")
    var cells = false

    @Flag(name: .customLong("allow-errors"), help: "Notebooks: go on after a cell raises.")
    var allowErrors = false

    @Option(name: .customLong("execute-to"), help: "Notebooks: write the executed notebook, outputs filled in, to this path.")
    var executeTo: String?

    @Argument(help: "The script to run (omit for the REPL).")
    var script: String?

    var scriptArguments: [String] = []

    public init() {}

    enum JitMode: String, ExpressibleByArgument {
        case off, auto, eager
    }

    enum CodingKeys: String, CodingKey { case command, jit, jitThreshold, jitSync, tierLog, stats, compare, dump, dumpAfter, dumpFormat, cells, allowErrors, executeTo, script }

    /// Applies the JIT options and numba's environment variables to the tiering layer.
    func configureJIT() throws {
        let env = ProcessInfo.processInfo.environment
        let disabled = (env["NUMBA_DISABLE_JIT"].flatMap(Int.init) ?? 0) != 0
        TieringConfiguration.mode = disabled ? .off : UpdraftTiering.JitMode(rawValue: jit.rawValue) ?? .auto
        var dumps = DumpOptions()
        for item in (dump ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            switch item {
            case "cfg": dumps.cfg = true
            case "ir": dumps.ir = true
            case "types", "annotation": dumps.types = true
            case "parfor": dumps.parfor = true
            case "timings": dumps.timings = true
            case "llvm": dumps.llvm = true
            case "opt", "optimized": dumps.optimized = true
            case "asm", "assembly": dumps.assembly = true
            default: throw ValidationError("unknown dump '\(item)' (expected cfg, ir, types, parfor, timings, llvm, opt or asm)")
            }
        }
        guard ["text", "dot", "svg"].contains(dumpFormat) else {
            throw ValidationError("unknown --dump-format '\(dumpFormat)' (expected text, dot or svg)")
        }
        dumps.format = dumpFormat
        if let after = dumpAfter {
            dumps.after.formUnion(after.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        dumps.merge(environment: env)
        TieringConfiguration.dumps = dumps
        NumbaModule.register()
        TierLog.enabled = tierLog || (env["UPDRAFT_TIER_LOG"].flatMap(Int.init) ?? 0) != 0
        TierStats.enabled = stats
        BackgroundCompiler.enabled = !jitSync
        TierSettings.timeCalls = stats
        TierStats.compare = compare
        TierStats.install(threshold: jitThreshold)
    }

    /// Runs and returns the process exit status.
    func execute() -> Int32 {
        do {
            try configureJIT()
        } catch {
            FileHandle.standardError.write(Data("updraft: \(error)\n".utf8))
            return 2
        }
        if let command {
            Runtime.argv = ["-c"] + scriptArguments
            let status = runProgram(source: command, filename: "<string>", scriptPath: nil)
            if TierStats.enabled || TierStats.compare { TierStats.report() }
            return status
        }
        guard let script else {
            Runtime.argv = [""]
            return REPL().run()
        }
        Runtime.argv = [script] + scriptArguments
        guard let data = FileManager.default.contents(atPath: script) else {
            let reason = FileManager.default.fileExists(atPath: script) ? "Permission denied" : "No such file or directory"
            let errno = reason == "Permission denied" ? 13 : 2
            FileHandle.standardError.write("updraft: can't open file '\(absolute(script))': [Errno \(errno)] \(reason)\n".data(using: .utf8)!)
            return 2
        }
        if script.hasSuffix(".ipynb") {
            return NotebookRunner(path: script, allowErrors: allowErrors, executeTo: executeTo).runNotebook()
        }
        let source = String(decoding: data, as: UTF8.self)
        if cells {
            return NotebookRunner(path: script, allowErrors: allowErrors, executeTo: nil).runCellScript(source)
        }
        let status = runProgram(source: source, filename: script, scriptPath: script)
        if TierStats.enabled || TierStats.compare { TierStats.report() }
        return status
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// Runs a whole program, printing an uncaught exception's traceback; returns the exit code.
func runProgram(source: String, filename: String, scriptPath: String?) -> Int32 {
    let interpreter = Interpreter(scriptPath: scriptPath)
    defer { OutputStream.stdout.flush() }
    do {
        try interpreter.execute(source: source, filename: filename)
        return 0
    } catch {
        return report(error, interpreter)
    }
}

/// Prints an error the way CPython does and returns the exit status it implies.
func report(_ error: Error, _ interpreter: Interpreter) -> Int32 {
    if let e = error as? PythonError {
        if e.isInstance(of: .systemExit) {
            let code = e.exception.args.first ?? .none
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                OutputStream.stderr.write(((try? str(code)) ?? "") + "\n")
                return 1
            }
        }
        OutputStream.stdout.flush()
        OutputStream.stderr.write(interpreter.formatTraceback(e.exception))
        return 1
    }
    if let s = error as? SyntaxError {
        OutputStream.stdout.flush()
        OutputStream.stderr.write(s.formatted(filename: interpreter.currentFilename ?? "<unknown>"))
        return 1
    }
    OutputStream.stderr.write("updraft: internal error: \(error)\n")
    return 1
}


/// Runs `body` on a thread with a large stack: the evaluator recurses on the native stack,
/// and Python code may recurse as deep as `sys.setrecursionlimit` allows.
func runOnLargeStack(_ body: @escaping () -> Int32) -> Int32 {
    final class Context {
        let body: () -> Int32
        var status: Int32 = 0
        init(_ body: @escaping () -> Int32) { self.body = body }
    }
    let stackSize = 1 << 30
    let context = Context(body)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, stackSize)
    var thread = pthread_t()
    let unmanaged = Unmanaged.passRetained(context)
    let created = pthread_create(&thread, &attributes, { raw in
        let ctx = Unmanaged<Context>.fromOpaque(raw!).takeUnretainedValue()
        Interpreter.prepareNativeStack(size: 1 << 30)
        ctx.status = ctx.body()
        return nil
    }, unmanaged.toOpaque())
    if created != 0 { return body() }
    pthread_join(thread, nil)
    unmanaged.release()
    return context.status
}
