// `import dis`: `dis.dis(f)` prints the listing of a Python function (or a jitted function's
// Python function, as numba's dispatcher does) as Updraft lowers it.

import UpdraftCompiler
import UpdraftRuntime

enum DisModule {
    static let module: PyModule = {
        let m = PyModule(name: "dis")
        m.function("dis") { args in
            try args.expect("dis", min: 1, max: 1)
            OutputStream.stdout.write(try listing(args[0]))
            return .none
        }
        m.function("code_info") { args in
            try args.expect("code_info", min: 1, max: 1)
            return .str(try listing(args[0]))
        }
        return m
    }()

    static func listing(_ v: Value) throws -> String {
        var target = v
        if case .object(let o) = v, let d = try o.pyGetAttr("py_func"), case .object(let inner) = d, inner is PyFunction {
            target = d
        }
        guard case .object(let o) = target, let f = o as? PyFunction else {
            throw PythonError.typeError("don't know how to disassemble \(v.typeName) objects")
        }
        guard let src = f.source else {
            throw PythonError.typeError("don't know how to disassemble builtin_function_or_method objects")
        }
        do {
            let ir = try IRBuilder(function: src.definition, filename: src.filename, qualname: f.qualname,
                                   location: src.location, enclosing: Set(src.freeVariables.keys)).build()
            return ir.disassembly()
        } catch let e as UnsupportedConstruct {
            return "  (no listing: \(e.message) at line \(e.location.line))\n"
        }
    }
}
