// `import` and `from ... import` statements.

import UpdraftRuntime
import UpdraftSyntax

extension Compiler {
    func compileImport(_ aliases: [ImportAlias]) throws -> Exec {
        let parts: [(String, (Frame, Value) throws -> Void, Bool)] = aliases.map { a in
            let top = String(a.name.split(separator: ".").first ?? Substring(a.name))
            return (a.name, compileStore(a.asName ?? top), a.asName == nil && a.name.contains("."))
        }
        return { f in
            for (name, store, bindTop) in parts {
                guard let interp = Interpreter.current else { throw PythonError.importError("no interpreter") }
                let module = try interp.importModule(name)
                if bindTop {
                    let top = String(name.split(separator: ".").first ?? Substring(name))
                    try store(f, .object(try interp.importModule(top)))
                } else {
                    try store(f, .object(module))
                }
            }
            return .next
        }
    }

    func compileImportFrom(_ module: String?, _ names: [ImportAlias], _ level: Int, _ loc: SourceLocation) throws -> Exec {
        guard let moduleName = module, level == 0 else {
            throw syntaxError("relative imports are not supported by Updraft", loc)
        }
        if names.contains(where: { $0.name == "*" }) {
            let globals = self.globals
            return { _ in
                guard let interp = Interpreter.current else { return .next }
                let m = try interp.importModule(moduleName)
                for (k, v) in m.globals.items where !k.hasPrefix("_") { globals.set(k, v) }
                return .next
            }
        }
        let parts = names.map { ($0.name, compileStore($0.asName ?? $0.name)) }
        return { f in
            guard let interp = Interpreter.current else { return .next }
            let m = try interp.importModule(moduleName)
            for (name, store) in parts {
                guard let v = try lookupAttribute(.object(m), name) else {
                    throw PythonError.importError("cannot import name '\(name)' from '\(moduleName)' (\(m.file ?? "unknown location"))")
                }
                try store(f, v)
            }
            return .next
        }
    }
}

extension PythonError {
    static func importError(_ m: String) -> PythonError { PythonError(.importError, m) }
}
