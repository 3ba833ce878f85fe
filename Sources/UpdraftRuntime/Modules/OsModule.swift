// The `os` module: `os.environ` as a live view of the process environment (setting a key calls
// setenv, so `os.environ['NUMBA_DUMP_CFG'] = '1'` affects compilations that start afterwards, as
// in numba), `getenv`/`putenv`, the working directory, `listdir`, `cpu_count`, and `os.path`.

import Foundation

func makeOsModule() -> PyModule {
    let os = PyModule(name: "os")
    os.globals.set("environ", .object(EnvironMapping.shared))
    os.globals.set("sep", .str("/"))
    os.globals.set("linesep", .str("\n"))
    os.globals.set("name", .str("posix"))
    os.globals.set("curdir", .str("."))
    os.globals.set("pardir", .str(".."))
    os.define("getenv") { args in
        let a = try args.bind("getenv", ["key", "default"], required: 1)
        let key = try stringArgument(a[0]!, "str expected, not")
        if let v = getenv(key) { return .str(String(cString: v)) }
        return a[1] ?? .none
    }
    os.define("putenv") { args in
        try args.expect("putenv", min: 2, max: 2)
        setenv(try stringArgument(args[0], "str expected, not"), try stringArgument(args[1], "str expected, not"), 1)
        return .none
    }
    os.define("unsetenv") { args in
        try args.expect("unsetenv", min: 1, max: 1)
        unsetenv(try stringArgument(args[0], "str expected, not"))
        return .none
    }
    os.define("getcwd") { args in
        try args.expect("getcwd", min: 0, max: 0)
        return .str(FileManager.default.currentDirectoryPath)
    }
    os.define("getpid") { _ in .int(Int(getpid())) }
    os.define("cpu_count") { _ in .int(ProcessInfo.processInfo.activeProcessorCount) }
    os.define("listdir") { args in
        let a = try args.bind("listdir", ["path"], required: 0)
        let path = try a[0].map { try stringArgument($0, "listdir: path should be string, not") } ?? "."
        do {
            return .list(try FileManager.default.contentsOfDirectory(atPath: path).map { .str($0) })
        } catch {
            throw PythonError(PyType.fileNotFoundError, "[Errno 2] No such file or directory: \(pyStringRepr(path))")
        }
    }
    os.globals.set("path", .object(makeOsPathModule()))
    return os
}

private func stringArgument(_ v: Value, _ message: String) throws -> String {
    guard let s = v.stringValue else { throw PythonError.typeError("\(message) \(v.typeName)") }
    return s
}

func makeOsPathModule() -> PyModule {
    let path = PyModule(name: "posixpath")
    path.define("join") { args in
        guard args.count >= 1 else { throw PythonError.typeError("join() missing 1 required positional argument: 'a'") }
        var result = try stringArgument(args[0], "expected str, bytes or os.PathLike object, not")
        for part in args.positional.dropFirst() {
            let p = try stringArgument(part, "expected str, bytes or os.PathLike object, not")
            if p.hasPrefix("/") { result = p } else if result.isEmpty || result.hasSuffix("/") { result += p } else { result += "/" + p }
        }
        return .str(result)
    }
    func unary(_ name: String, _ body: @escaping (String) -> Value) {
        path.define(name) { args in
            try args.expect(name, min: 1, max: 1)
            return body(try stringArgument(args[0], "expected str, bytes or os.PathLike object, not"))
        }
    }
    unary("exists") { .bool(FileManager.default.fileExists(atPath: $0)) }
    unary("isfile") { p in
        var dir: ObjCBool = false
        return .bool(FileManager.default.fileExists(atPath: p, isDirectory: &dir) && !dir.boolValue)
    }
    unary("isdir") { p in
        var dir: ObjCBool = false
        return .bool(FileManager.default.fileExists(atPath: p, isDirectory: &dir) && dir.boolValue)
    }
    unary("basename") { p in .str(p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? "") }
    unary("dirname") { p in
        guard let slash = p.lastIndex(of: "/") else { return .str("") }
        var head = String(p[..<slash])
        if head.isEmpty || head.allSatisfy({ $0 == "/" }) { head = String(p[...slash]) }
        else { while head.hasSuffix("/") { head.removeLast() } }
        return .str(head)
    }
    unary("abspath") { p in
        let full = p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
        return .str((full as NSString).standardizingPath)
    }
    unary("splitext") { p in
        let base = p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex,
              !base[..<dot].allSatisfy({ $0 == "." }) else { return .tuple([.str(p), .str("")]) }
        let ext = String(base[dot...])
        return .tuple([.str(String(p.dropLast(ext.count))), .str(ext)])
    }
    return path
}

/// `os.environ`: reads and writes go straight to the process environment.
public final class EnvironMapping: PyObject {
    public static let shared = EnvironMapping()
    static let type: PyType = {
        let t = PyType(name: "_Environ", bases: [PyType.object], builtin: true, layout: .builtin, module: "os")
        func key(_ v: Value) throws -> String { try stringArgument(v, "str expected, not") }
        t.def("get") { _, args in
            let a = try args.bind("get", ["key", "default"], required: 1)
            if let v = getenv(try key(a[0]!)) { return .str(String(cString: v)) }
            return a[1] ?? .none
        }
        t.def("keys") { _, _ in .list(EnvironMapping.entries().map { .str($0.0) }) }
        t.def("values") { _, _ in .list(EnvironMapping.entries().map { .str($0.1) }) }
        t.def("items") { _, _ in .list(EnvironMapping.entries().map { .tuple([.str($0.0), .str($0.1)]) }) }
        t.def("copy") { _, _ in
            let d = PyDict()
            for (k, v) in EnvironMapping.entries() { d.set(k, .str(v)) }
            return .object(d)
        }
        t.def("setdefault") { _, args in
            let a = try args.bind("setdefault", ["key", "default"], required: 1)
            let k = try key(a[0]!)
            if let v = getenv(k) { return .str(String(cString: v)) }
            let d = try key(a[1] ?? .str(""))
            setenv(k, d, 1)
            return .str(d)
        }
        t.def("pop") { _, args in
            let a = try args.bind("pop", ["key", "default"], required: 1)
            let k = try key(a[0]!)
            if let v = getenv(k) {
                let s = String(cString: v)
                unsetenv(k)
                return .str(s)
            }
            if let d = a[1] { return d }
            throw PythonError.keyError(a[0]!)
        }
        t.def("update") { _, args in
            try args.expect("update", min: 0, max: 1)
            var pairs: [(Value, Value)] = args.keywords.map { (.str($0.name), $0.value) }
            if args.count == 1, case .object(let o) = args[0], let d = o as? PyDict {
                for k in try iterateToArray(args[0]) { pairs.append((k, try d.get(k) ?? .none)) }
            }
            for (k, v) in pairs { setenv(try key(k), try key(v), 1) }
            return .none
        }
        return t
    }()

    override public var pyType: PyType { EnvironMapping.type }

    static func entries() -> [(String, String)] {
        ProcessInfo.processInfo.environment.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    override public func pyGetItem(_ key: Value) throws -> Value? {
        guard let k = key.stringValue else { throw PythonError.typeError("str expected, not \(key.typeName)") }
        guard let v = getenv(k) else { throw PythonError.keyError(key) }
        return .str(String(cString: v))
    }
    override public func pySetItem(_ key: Value, _ value: Value) throws -> Bool {
        guard let k = key.stringValue else { throw PythonError.typeError("str expected, not \(key.typeName)") }
        guard let v = value.stringValue else { throw PythonError.typeError("str expected, not \(value.typeName)") }
        setenv(k, v, 1)
        return true
    }
    override public func pyDelItem(_ key: Value) throws -> Bool {
        guard let k = key.stringValue else { throw PythonError.typeError("str expected, not \(key.typeName)") }
        guard getenv(k) != nil else { throw PythonError.keyError(key) }
        unsetenv(k)
        return true
    }
    override public func pyContains(_ item: Value) throws -> Bool? {
        guard let k = item.stringValue else { return false }
        return getenv(k) != nil
    }
    override public func pyLen() throws -> Int? { EnvironMapping.entries().count }
    override public func pyIter() throws -> PyIterator? {
        getIteratorOf(.list(EnvironMapping.entries().map { .str($0.0) }))
    }
    override public func pyRepr() throws -> String? {
        "environ({" + EnvironMapping.entries().map { "\(pyStringRepr($0.0)): \(pyStringRepr($0.1))" }.joined(separator: ", ") + "})"
    }
}

private func getIteratorOf(_ v: Value) -> PyIterator? { try? getIterator(v) }
