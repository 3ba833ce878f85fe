// The `sys` module: argv, exit, the recursion limit, version information, the standard
// streams as file objects, and a few constants scripts test (maxsize, byteorder, platform).

import Foundation

/// `sys.stdout`, `sys.stderr`, `sys.stdin`: text files over the process's standard streams.
public final class PyTextStream: PyObject {
    public let name: String
    public let mode: String
    /// The buffered writer for output streams; nil for stdin.
    public let output: OutputStream?

    init(name: String, mode: String, output: OutputStream?) {
        self.name = name
        self.mode = mode
        self.output = output
    }

    nonisolated(unsafe) public static let stdout = PyTextStream(name: "<stdout>", mode: "w", output: .stdout)
    nonisolated(unsafe) public static let stderr = PyTextStream(name: "<stderr>", mode: "w", output: .stderr)
    nonisolated(unsafe) public static let stdin = PyTextStream(name: "<stdin>", mode: "r", output: nil)

    override public var pyType: PyType { PyType.textIOWrapper }

    override public func pyRepr() throws -> String? {
        "<_io.TextIOWrapper name='\(name)' mode='\(mode)' encoding='utf-8'>"
    }

    override public func pyGetAttr(_ attr: String) throws -> Value? {
        switch attr {
        case "name": return .str(name)
        case "mode": return .str(mode)
        case "encoding": return .str("utf-8")
        case "closed": return .bool(false)
        default: return nil
        }
    }

    /// Iterating stdin yields its lines, newline included.
    override public func pyIter() throws -> PyIterator? {
        guard output == nil else { throw PythonError(.osError, "not readable") }
        return StdinLineIterator()
    }
}

final class StdinLineIterator: PyIterator {
    override func next() throws -> Value? {
        OutputStream.stdout.flush()
        return readLine(strippingNewline: false).map { .str($0) }
    }
}

extension PyType {
    public static let textIOWrapper: PyType = {
        let t = builtinType("TextIOWrapper")
        t.module = "_io"
        return t
    }()
}

func installTextStreamMethods() {
    let t = PyType.textIOWrapper
    func stream(_ v: Value) -> PyTextStream? { v.asObject as? PyTextStream }
    func writer(_ v: Value) throws -> OutputStream {
        guard let out = stream(v)?.output else { throw PythonError(.osError, "not writable") }
        return out
    }

    t.def("write") { selfValue, args in
        try args.expect("TextIOWrapper.write", min: 1, max: 1)
        guard let s = args[0].asObject as? PyStr else {
            throw PythonError.typeError("write() argument must be str, not \(args[0].typeName)")
        }
        try writer(selfValue).write(s.value)
        return .int(s.count)
    }
    t.def("writelines") { selfValue, args in
        try args.expect("TextIOWrapper.writelines", min: 1, max: 1)
        let out = try writer(selfValue)
        for line in try iterateToArray(args[0]) {
            guard let s = line.stringValue else {
                throw PythonError.typeError("write() argument must be str, not \(line.typeName)")
            }
            out.write(s)
        }
        return .none
    }
    t.def("flush") { selfValue, args in
        try args.expect("TextIOWrapper.flush", min: 0, max: 0)
        stream(selfValue)?.output?.flush()
        return .none
    }
    t.def("readline") { selfValue, args in
        try args.expect("TextIOWrapper.readline", min: 0, max: 1)
        guard stream(selfValue)?.output == nil else { throw PythonError(.osError, "not readable") }
        OutputStream.stdout.flush()
        return .str(readLine(strippingNewline: false) ?? "")
    }
    t.def("readlines") { selfValue, args in
        try args.expect("TextIOWrapper.readlines", min: 0, max: 1)
        guard stream(selfValue)?.output == nil else { throw PythonError(.osError, "not readable") }
        OutputStream.stdout.flush()
        var lines: [Value] = []
        while let line = readLine(strippingNewline: false) { lines.append(.str(line)) }
        return .list(lines)
    }
    t.def("read") { selfValue, args in
        try args.expect("TextIOWrapper.read", min: 0, max: 1)
        guard stream(selfValue)?.output == nil else { throw PythonError(.osError, "not readable") }
        OutputStream.stdout.flush()
        var text = ""
        while let line = readLine(strippingNewline: false) { text += line }
        return .str(text)
    }
    t.def("isatty") { selfValue, _ in
        guard let s = stream(selfValue) else { return .bool(false) }
        let fd: Int32 = s.output == nil ? 0 : (s.name == "<stderr>" ? 2 : 1)
        return .bool(isatty(fd) != 0)
    }
    t.def("fileno") { selfValue, _ in
        guard let s = stream(selfValue) else { return .int(-1) }
        return .int(s.output == nil ? 0 : (s.name == "<stderr>" ? 2 : 1))
    }
}

func makeSysModule() -> PyModule {
    installTextStreamMethods()
    let sys = PyModule(name: "sys")
    let g = sys.globals

    g.set("argv", .list(Runtime.argv.map { .str($0) }))
    g.set("stdout", .object(PyTextStream.stdout))
    g.set("stderr", .object(PyTextStream.stderr))
    g.set("stdin", .object(PyTextStream.stdin))
    g.set("__stdout__", .object(PyTextStream.stdout))
    g.set("__stderr__", .object(PyTextStream.stderr))
    g.set("__stdin__", .object(PyTextStream.stdin))

    g.set("maxsize", .int(Int.max))
    g.set("maxunicode", .int(0x10FFFF))
    g.set("version", .str("3.11.7 (updraft)"))
    g.set("hexversion", .int(0x030B07F0))
    g.set("api_version", .int(1013))
    g.set("version_info", .object(PyStructSequence("sys.version_info", [
        ("major", .int(3)), ("minor", .int(11)), ("micro", .int(7)),
        ("releaselevel", .str("final")), ("serial", .int(0)),
    ])))
    g.set("float_info", .object(PyStructSequence("sys.float_info", [
        ("max", .float(Double.greatestFiniteMagnitude)), ("max_exp", .int(1024)), ("max_10_exp", .int(308)),
        ("min", .float(Double.leastNormalMagnitude)), ("min_exp", .int(-1021)), ("min_10_exp", .int(-307)),
        ("dig", .int(15)), ("mant_dig", .int(53)), ("epsilon", .float(Double.ulpOfOne)),
        ("radix", .int(2)), ("rounds", .int(1)),
    ])))
    g.set("int_info", .object(PyStructSequence("sys.int_info", [
        ("bits_per_digit", .int(30)), ("sizeof_digit", .int(4)),
        ("default_max_str_digits", .int(4300)), ("str_digits_check_threshold", .int(640)),
    ])))
    #if os(macOS)
    g.set("platform", .str("darwin"))
    #else
    g.set("platform", .str("linux"))
    #endif
    g.set("byteorder", .str("little"))
    g.set("executable", .str(executablePath()))
    g.set("path", .list([.str("")]))
    g.set("float_repr_style", .str("short"))
    g.set("dont_write_bytecode", .bool(true))
    g.set("builtin_module_names", .tuple(["builtins", "math", "random", "sys", "time"].map { .str($0) }))
    g.set("implementation", .object(PyStructSequence("namespace", [
        ("name", .str("updraft")), ("cache_tag", .none),
        ("version", .tuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])),
    ])))

    sys.define("exit") { args in
        try expectPositional("exit", args, min: 0, max: 1)
        throw systemExit(args.positional.first ?? .none)
    }
    sys.define("getrecursionlimit") { args in
        try args.expect("getrecursionlimit", min: 0, max: 0)
        return .int(Runtime.recursionLimit)
    }
    sys.define("setrecursionlimit") { args in
        try args.expect("setrecursionlimit", min: 1, max: 1)
        let n = try indexInt(args[0])
        if n < 1 { throw PythonError.valueError("recursion limit must be greater or equal than 1") }
        Runtime.recursionLimit = n
        return .none
    }
    sys.define("getdefaultencoding") { _ in .str("utf-8") }
    sys.define("getfilesystemencoding") { _ in .str("utf-8") }
    sys.define("intern") { args in
        try args.expect("intern", min: 1, max: 1)
        guard args[0].stringValue != nil else {
            throw PythonError.typeError("intern() argument must be str, not \(args[0].typeName)")
        }
        return args[0]
    }
    sys.define("getsizeof") { args in
        try expectPositional("getsizeof", args, min: 1, max: 2)
        return .int(approximateSize(args[0]))
    }
    g.set("modules", .object(modulesSnapshot(including: sys)))
    return sys
}

/// `SystemExit(code)` as `sys.exit` raises it: no args for None, a tuple's items as args.
func systemExit(_ code: Value) -> PythonError {
    if code.isNone { return PythonError(PyExceptionObject(cls: .systemExit, args: [])) }
    if case .object(let o) = code, let t = o as? PyTuple {
        return PythonError(PyExceptionObject(cls: .systemExit, args: t.items))
    }
    return PythonError(PyExceptionObject(cls: .systemExit, args: [code]))
}

/// `sys.modules`: the modules imported so far (a snapshot taken when `sys` is created).
func modulesSnapshot(including sys: PyModule) -> PyDict {
    let d = PyDict()
    for (name, module) in Runtime.modules.sorted(by: { $0.key < $1.key }) { d.set(name, .object(module)) }
    d.set("sys", .object(sys))
    return d
}

func executablePath() -> String {
    #if os(Linux)
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    #endif
    return CommandLine.arguments.first ?? ""
}

/// `sys.getsizeof`: CPython's sizes for the common objects on a 64-bit build (approximate
/// for large dicts and sets, and ASCII-only for strings).
func approximateSize(_ v: Value) -> Int {
    switch v {
    case .int(let i): return 24 + 4 * Swift.max(1, (i.magnitude.bitWidth - i.magnitude.leadingZeroBitCount + 29) / 30)
    case .float: return 24
    case .bool: return 28
    case .none: return 16
    case .object(let o):
        switch o {
        case let s as PyStr: return 49 + s.value.utf8.count
        case let l as PyList: return 56 + 8 * l.items.count
        case let t as PyTuple: return 40 + 8 * t.items.count
        case let d as PyDict:
            // Sizes of CPython 3.11's compact dict as it grows (usable slots 5, 10, 21, ...).
            let n = d.table.count
            if n == 0 { return 64 }
            return n <= 5 ? 224 : n <= 10 ? 352 : n <= 21 ? 632 : 1168 + 16 * Swift.max(0, n - 42)
        case let s as PySet: return 216 + (s.table.slots.count > SetTable.minimumSize ? s.table.slots.count * 16 : 0)
        case is PyRange: return 48
        default: return 48
        }
    }
}
