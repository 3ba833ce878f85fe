// Helpers for runtime tests written without the interpreter: short constructors for values,
// calls of builtins, methods and module functions, Swift-bodied "Python" functions and classes,
// and `check`, which compares an outcome with CPython's.
//
// Each `checkPy(#"python expression"#, #"expected"#) { swift }` states the Python expression the
// Swift closure mirrors and CPython 3.11's outcome for it: the repr of the result, or
// `ExceptionName: message`. The expected texts were produced by running the expressions in
// python3 (with the classes of `pythonPrelude` defined), and are hard-coded here.

import BigInt
import XCTest
@testable import UpdraftRuntime

// MARK: - Values

func i(_ x: Int) -> Value { .int(x) }
func bigInt(_ s: String) -> Value { .integer(BigInt(s) ?? 0) }
func f(_ x: Double) -> Value { .float(x) }
func st(_ x: String) -> Value { .str(x) }
func L(_ xs: Value...) -> Value { .list(xs) }
func T(_ xs: Value...) -> Value { .tuple(xs) }
func D(_ pairs: (Value, Value)...) -> Value {
    let d = PyDict()
    for (k, v) in pairs { try? d.set(k, v) }
    return .object(d)
}
func S(_ xs: Value...) -> Value {
    let set = PySet()
    for x in xs { try? set.add(x) }
    return .object(set)
}
func range(_ a: Int, _ b: Int, _ c: Int = 1) -> Value { .object(PyRange(start: a, stop: b, step: c)) }
let none = Value.none
let yes = Value.bool(true)
let no = Value.bool(false)

// MARK: - Calls

/// Calls a builtin by name.
func B(_ name: String, _ args: Value..., kw: [(String, Value)] = []) throws -> Value {
    guard let fn = Runtime.builtins.get(name) else { throw PythonError.nameError("name '\(name)' is not defined") }
    return try call(fn, Args(args, keywords: kw.map { (name: $0.0, value: $0.1) }))
}

/// Calls `obj.name(args)`.
func M(_ obj: Value, _ name: String, _ args: Value..., kw: [(String, Value)] = []) throws -> Value {
    try call(try getAttribute(obj, name), Args(args, keywords: kw.map { (name: $0.0, value: $0.1) }))
}

/// A native module, imported through its registered factory.
func module(_ name: String) -> Value {
    Runtime.bootstrap()
    guard let make = Runtime.nativeModules[name] else { return .none }
    return .object(make())
}

/// Calls `module.name(args)`.
func mod(_ module: String, _ name: String, _ args: Value..., kw: [(String, Value)] = []) throws -> Value {
    try call(try getAttribute(UpdraftRuntimeTests.module(module), name), Args(args, keywords: kw.map { (name: $0.0, value: $0.1) }))
}

// MARK: - Python-level functions and classes

/// A "Python function" whose body is Swift (stands in for `def`/`lambda`).
final class SwiftFunction: PyFunction {
    let body: ([Value]) throws -> Value
    init(_ name: String, _ body: @escaping ([Value]) throws -> Value) {
        self.body = body
        super.init(name: name, qualname: name, moduleName: "__main__")
    }
    override func call(_ args: Args) throws -> Value { try body(args.positional) }
}

func pyFunction(_ name: String = "<lambda>", _ body: @escaping ([Value]) throws -> Value) -> Value {
    .object(SwiftFunction(name, body))
}

/// A user class with Swift-bodied methods (stands in for a `class` statement).
func defineClass(_ name: String, bases: [PyType] = [.object], _ methods: [String: ([Value]) throws -> Value]) -> PyType {
    var dict: [String: Value] = [:]
    for (k, body) in methods { dict[k] = pyFunction(k, body) }
    let t = PyType(name: name, bases: bases, dict: dict, builtin: false, module: "__main__")
    return t
}

func instance(_ type: PyType) -> Value { .object(PyInstance(cls: type)) }

// MARK: - Checking

/// The outcome of running `body`: the repr of its value, or `ExceptionName: message`.
func outcome(_ body: () throws -> Value) -> String {
    do {
        return try repr(body())
    } catch let e as PythonError {
        let message = (try? exceptionStr(e.exception)) ?? "<unprintable>"
        return "\(e.exception.cls.name): \(message)"
    } catch {
        return "Swift error: \(error)"
    }
}

/// Asserts that `body` has CPython's outcome for `python`.
func checkPy(_ python: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line,
           _ body: () throws -> Value) {
    let got = outcome(body)
    XCTAssertEqual(got, expected, "python: \(python)", file: file, line: line)
}

/// Captures what `body` prints to stdout.
func captureOutput(_ body: () throws -> Void) rethrows -> String {
    var text = ""
    OutputStream.stdout.capture = { text += $0 }
    defer { OutputStream.stdout.capture = nil }
    try body()
    return text
}
