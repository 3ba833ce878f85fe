// The interpreter's public face: run a file, a string or a REPL line as a module; import
// modules (native ones, or `name.py` beside the main script); print tracebacks as CPython.

import Foundation
import UpdraftArray
import UpdraftRuntime
import UpdraftSyntax

public final class Interpreter {
    public let mainModule: PyModule
    /// Folders searched by `import name` for `name.py`.
    public var searchPaths: [String] = []
    /// Source text by filename, for the source lines in tracebacks.
    var sources: [String: [Substring]] = [:]

    nonisolated(unsafe) static var current: Interpreter?
    /// The file being compiled or run most recently (names syntax errors).
    public private(set) var currentFilename: String?

    /// Call first on the thread that will run Python code, with its stack size.
    public static func prepareNativeStack(size: Int) {
        StackGuard.start(stackSize: size)
    }

    public init(scriptPath: String? = nil) {
        Runtime.bootstrap()
        Numpy.register()
        mainModule = PyModule(name: "__main__")
        mainModule.globals.set("__builtins__", .none)
        Runtime.modules["__main__"] = mainModule
        if let scriptPath {
            mainModule.globals.set("__file__", .str(scriptPath))
            let dir = (scriptPath as NSString).deletingLastPathComponent
            searchPaths.append(dir.isEmpty ? "." : dir)
        } else {
            searchPaths.append(".")
        }
        Interpreter.current = self
    }

    /// Parses and compiles `source` for `module`; syntax errors are thrown as SyntaxError.
    func compile(_ source: String, filename: String, module: PyModule) throws -> CodeInfo {
        sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        currentFilename = filename
        let tree = try Parser.parseModule(source, filename: filename)
        if ProcessInfo.processInfo.environment["UPDRAFT_DUMP_AST"] != nil {
            var text = ""
            dump(tree, to: &text)
            OutputStream.stderr.write(text)
        }
        do {
            return try Compiler.compileModule(tree, filename: filename, moduleName: module.name,
                                              globals: module.globals, source: source)
        } catch let e as CompileError {
            throw e.error
        }
    }

    /// Runs module-level code; Python exceptions propagate as PythonError with the
    /// `<module>` frame in their traceback.
    func run(_ code: CodeInfo, in module: PyModule) throws {
        let frame = Frame.make(code: code, globals: module.globals)
        do {
            _ = try code.body(frame)
        } catch let e as PythonError {
            e.exception.traceback.append(TracebackEntry(filename: code.filename, line: frame.line, function: "<module>"))
            throw e
        }
    }

    /// Runs a whole program. Throws SyntaxError or PythonError.
    public func execute(source: String, filename: String) throws {
        let code = try compile(source, filename: filename, module: mainModule)
        try run(code, in: mainModule)
    }

    /// REPL input: like `execute`, but the value of a lone expression statement is echoed
    /// with repr (and stored in `_`), as the interactive interpreter does.
    public func executeInteractive(source: String) throws {
        let filename = "<stdin>"
        currentFilename = filename
        sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        var tree = try Parser.parseModule(source, filename: filename)
        if tree.body.count == 1, case .expr(let e) = tree.body[0].kind {
            let loc = tree.body[0].location
            let call = Expr(.call(Expr(.name("__updraft_displayhook__"), loc), args: [e], keywords: []), loc)
            tree.body[0] = Stmt(.expr(call), loc)
            mainModule.globals.set("__updraft_displayhook__", .object(PyBuiltinFunction("displayhook") { args in
                guard let v = args.positional.first, !v.isNone else { return .none }
                OutputStream.stdout.write(try repr(v) + "\n")
                Runtime.builtins.set("_", v)
                return .none
            }))
        }
        let code: CodeInfo
        do {
            code = try Compiler.compileModule(tree, filename: filename, moduleName: "__main__",
                                              globals: mainModule.globals, source: source)
        } catch let e as CompileError {
            throw e.error
        }
        try run(code, in: mainModule)
    }

    /// A notebook cell: runs `source` in `__main__`; when its last statement is an expression,
    /// its value goes to `display` instead of being dropped (Jupyter's `Out[n]`).
    public func executeCell(source: String, filename: String, display: @escaping (Value) throws -> Void) throws {
        currentFilename = filename
        sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        var tree = try Parser.parseModule(source, filename: filename)
        if let last = tree.body.indices.last, case .expr(let e) = tree.body[last].kind {
            let loc = tree.body[last].location
            let call = Expr(.call(Expr(.name("__updraft_display__"), loc), args: [e], keywords: []), loc)
            tree.body[last] = Stmt(.expr(call), loc)
            mainModule.globals.set("__updraft_display__", .object(PyBuiltinFunction("display") { args in
                if let v = args.positional.first, !v.isNone { try display(v) }
                return .none
            }))
        }
        let code: CodeInfo
        do {
            code = try Compiler.compileModule(tree, filename: filename, moduleName: "__main__",
                                              globals: mainModule.globals, source: source)
        } catch let e as CompileError {
            throw e.error
        }
        try run(code, in: mainModule)
    }

    // MARK: Imports

    /// `import name`: a cached module, a native module, or `name.py` on the search path.
    public func importModule(_ name: String) throws -> PyModule {
        if let m = Runtime.modules[name] { return m }
        if let make = Runtime.nativeModules[name] {
            let m = make()
            Runtime.modules[name] = m
            return m
        }
        let relative = name.replacingOccurrences(of: ".", with: "/")
        for dir in searchPaths {
            let path = dir == "." ? "\(relative).py" : "\(dir)/\(relative).py"
            guard let data = FileManager.default.contents(atPath: path),
                  let source = String(data: data, encoding: .utf8) else { continue }
            let module = PyModule(name: name)
            module.file = path
            module.globals.set("__file__", .str(path))
            Runtime.modules[name] = module
            do {
                let code = try compile(source, filename: path, module: module)
                try run(code, in: module)
            } catch let e as SyntaxError {
                Runtime.modules[name] = nil
                let exc = PyExceptionObject(cls: e.kind == "IndentationError" ? .indentationError : .syntaxError,
                                            args: [.str(e.message)])
                exc.setAttributeValue("lineno", .int(e.line))
                exc.setAttributeValue("filename", .str(path))
                throw PythonError(exc)
            } catch {
                Runtime.modules[name] = nil
                throw error
            }
            return module
        }
        let e = PythonError(.moduleNotFoundError, "No module named '\(name)'")
        e.exception.setAttributeValue("name", .str(name))
        throw e
    }

    // MARK: Tracebacks

    /// CPython's report of an uncaught exception, with chained causes and contexts.
    public func formatTraceback(_ exc: PyExceptionObject) -> String {
        var out = ""
        var seen = Set<ObjectIdentifier>()
        formatChain(exc, into: &out, seen: &seen)
        return out
    }

    private func formatChain(_ exc: PyExceptionObject, into out: inout String, seen: inout Set<ObjectIdentifier>) {
        seen.insert(ObjectIdentifier(exc))
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            formatChain(cause, into: &out, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exc.suppressContext, let ctx = exc.context, !seen.contains(ObjectIdentifier(ctx)) {
            formatChain(ctx, into: &out, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !exc.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            // Like CPython, a run of more than 3 identical entries (deep recursion) is collapsed.
            var previous: (String, Int, String)?
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    let more = repeats - 3
                    out += "  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]\n"
                }
            }
            for entry in exc.traceback.reversed() {
                let key = (entry.filename, entry.line, entry.function)
                if let p = previous, p == key {
                    repeats += 1
                    if repeats > 3 { continue }
                } else {
                    flushRepeats()
                    previous = key
                    repeats = 1
                }
                out += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
                // Like CPython, only real files show their source line.
                if !entry.filename.hasPrefix("<"), let lines = sources[entry.filename], entry.line >= 1, entry.line <= lines.count {
                    let text = lines[entry.line - 1].trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty { out += "    \(text)\n" }
                }
            }
            flushRepeats()
        }
        out += exceptionLine(exc)
    }

    func exceptionLine(_ exc: PyExceptionObject) -> String {
        let name = exc.cls.module == "builtins" || exc.cls.isBuiltin ? exc.cls.name : "\(exc.cls.module).\(exc.cls.qualname)"
        let message = (try? str(.object(exc))) ?? "<exception str() failed>"
        return message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
    }
}
