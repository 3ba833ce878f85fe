// Builtins that talk to the outside: print, input, and the `exit`/`quit` objects.

import Foundation

func installIOBuiltins() {
    defineBuiltin("print") { args in
        try printValues(args)
        return .none
    }

    defineBuiltin("input") { args in
        try expectPositional("input", args, min: 0, max: 1)
        let out = currentStandardStream(stderr: false)
        if args.count == 1 { try writeText(try str(args[0]), to: out) }
        try flushStream(out)
        OutputStream.stdout.flush()
        guard let line = readLine(strippingNewline: true) else {
            throw PythonError(.eofError, "EOF when reading a line")
        }
        return .str(line)
    }

    Runtime.builtins.set("exit", .object(PyQuitter(name: "exit")))
    Runtime.builtins.set("quit", .object(PyQuitter(name: "quit")))
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`. Writes piece by piece, as
/// CPython does, so output before a failing `__str__` still appears.
public func printValues(_ args: Args) throws {
    var sepValue: Value = .none
    var endValue: Value = .none
    var file: Value = .none
    var flush = false
    for (k, v) in args.keywords {
        switch k {
        case "sep": sepValue = v
        case "end": endValue = v
        case "file": file = v
        case "flush": flush = try isTruthy(v)
        default: throw PythonError.typeError("'\(k)' is an invalid keyword argument for print()")
        }
    }
    if file.isNone {
        file = currentStandardStream(stderr: false)
        // `sys.stdout = None` silences print, as in CPython.
        if file.isNone { return }
    }
    func text(_ v: Value, _ name: String, _ fallback: String) throws -> String {
        if v.isNone { return fallback }
        guard let s = v.stringValue else {
            throw PythonError.typeError("\(name) must be None or a string, not \(v.typeName)")
        }
        return s
    }
    let sep = try text(sepValue, "sep", " ")
    let end = try text(endValue, "end", "\n")
    if case .object(let o) = file, let stream = o as? PyTextStream, let output = stream.output {
        // The common case: no Python-level write calls.
        for (i, item) in args.positional.enumerated() {
            if i > 0 { output.write(sep) }
            if case .object(let io) = item, let s = io as? PyStr {
                output.write(s.value)
            } else {
                output.write(try str(item))
            }
        }
        output.write(end)
        if flush { output.flush() }
        return
    }
    for (i, item) in args.positional.enumerated() {
        if i > 0 { try writeText(sep, to: file) }
        try writeText(try str(item), to: file)
    }
    try writeText(end, to: file)
    if flush { try flushStream(file) }
}

/// `sys.stdout` (or `sys.stderr`) as scripts may have replaced it.
func currentStandardStream(stderr: Bool) -> Value {
    if let sys = loadedSysModule, let stream = sys.globals.get(stderr ? "stderr" : "stdout") { return stream }
    return .object(stderr ? PyTextStream.stderr : PyTextStream.stdout)
}

/// `file.write(text)` for a native stream or any object with a `write` method.
func writeText(_ text: String, to file: Value) throws {
    if case .object(let o) = file, let stream = o as? PyTextStream, let output = stream.output {
        output.write(text)
        return
    }
    _ = try call(try getAttribute(file, "write"), [.str(text)])
}

func flushStream(_ file: Value) throws {
    if case .object(let o) = file, let stream = o as? PyTextStream {
        stream.output?.flush()
        return
    }
    if let flush = try lookupAttribute(file, "flush") { _ = try call(flush, []) }
}

/// `exit` and `quit`: callables that raise SystemExit, with the REPL hint as their repr.
public final class PyQuitter: PyObject {
    public let name: String
    init(name: String) { self.name = name }

    override public var pyType: PyType { PyType.quitter }
    override public var pyIsCallable: Bool { true }

    override public func pyRepr() throws -> String? {
        "Use \(name)() or Ctrl-D (i.e. EOF) to exit"
    }

    override public func pyCall(_ args: Args) throws -> Value? {
        let bound = try pythonArguments("Quitter.__call__", args, ["code"], defaults: 1)
        throw PythonError(PyExceptionObject(cls: .systemExit, args: [bound[0] ?? .none]))
    }
}

extension PyType {
    public static let quitter: PyType = {
        let t = builtinType("Quitter")
        t.module = "_sitebuiltins"
        return t
    }()
}
