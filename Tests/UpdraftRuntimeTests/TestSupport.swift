// Helpers for the runtime tests: building values, calling methods and builtins, and checking a
// result (or the exception raised) against the text python3 prints.

import BigInt
import XCTest
@testable import UpdraftRuntime

func s(_ v: String) -> Value { .str(v) }
func big(_ digits: String) -> Value { .integer(BigInt(digits) ?? 0) }
func l(_ items: Value...) -> Value { .list(items) }
func t(_ items: Value...) -> Value { .tuple(items) }
func d(_ pairs: [(Value, Value)]) -> Value {
    let dict = PyDict()
    for (k, v) in pairs { try? dict.set(k, v) }
    return .object(dict)
}
let N = Value.none

/// `recv.name(*args, **kw)`.
func method(_ receiver: Value, _ name: String, _ args: [Value], _ kw: [(String, Value)] = []) throws -> Value {
    try call(try getAttribute(receiver, name), Args(args, keywords: kw.map { (name: $0.0, value: $0.1) }))
}

/// `type(*args, **kw)`.
func construct(_ type: PyType, _ args: [Value], _ kw: [(String, Value)] = []) throws -> Value {
    try call(.object(type), Args(args, keywords: kw.map { (name: $0.0, value: $0.1) }))
}

/// A Python function whose body is a Swift closure, for building user classes in tests.
final class NativeTestFunction: PyFunction {
    let body: (Args) throws -> Value
    init(_ name: String, _ body: @escaping (Args) throws -> Value) {
        self.body = body
        super.init(name: name, qualname: name, moduleName: "__main__")
    }
    override func call(_ args: Args) throws -> Value { try body(args) }
}

func fn(_ name: String, _ body: @escaping (Args) throws -> Value) -> Value {
    .object(NativeTestFunction(name, body))
}

/// A user class `name(bases)` with the given methods.
func makeTestClass(_ name: String, bases: [PyType] = [], _ methods: [String: Value] = [:]) -> PyType {
    PyType(name: name, bases: bases.isEmpty ? [PyType.object] : bases, dict: methods, builtin: false, module: "__main__")
}

/// Python's `repr` of a str, exactly (independent of the runtime's stand-in).
func exactStringRepr(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for c in s.unicodeScalars {
        switch c {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(c) == quote {
                out += "\\" + String(quote)
            } else if c.value < 0x20 || c.value == 0x7F {
                out += "\\x" + hex(c.value, 2)
            } else if c.value < 0x7F || c.pyIsPrintable {
                out.unicodeScalars.append(c)
            } else if c.value < 0x100 {
                out += "\\x" + hex(c.value, 2)
            } else if c.value < 0x10000 {
                out += "\\u" + hex(c.value, 4)
            } else {
                out += "\\U" + hex(c.value, 8)
            }
        }
    }
    out.append(quote)
    return out
}

private func hex(_ v: UInt32, _ width: Int) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - h.count)) + h
}

/// `repr` with exact string reprs inside containers; other values use the runtime's repr.
func testRepr(_ v: Value) throws -> String {
    if case .float(let x) = v, x.isNaN { return "nan" }
    if case .object(let o) = v {
        switch o {
        case let s as PyStr: return exactStringRepr(s.value)
        case let l as PyList: return "[" + (try l.items.map(testRepr).joined(separator: ", ")) + "]"
        case let t as PyTuple:
            if t.items.count == 1 { return "(" + (try testRepr(t.items[0])) + ",)" }
            return "(" + (try t.items.map(testRepr).joined(separator: ", ")) + ")"
        case let d as PyDict:
            return "{" + (try d.table.liveEntries.map { try testRepr($0.key) + ": " + testRepr($0.value) }.joined(separator: ", ")) + "}"
        default: break
        }
    }
    return try repr(v)
}

/// What python3 prints for an exception: `TypeError: message`.
func describe(_ e: PythonError) -> String {
    let message: String
    if e.exception.cls.isSubtype(of: .keyError), e.exception.args.count == 1 {
        message = (try? testRepr(e.exception.args[0])) ?? "?"
    } else if e.exception.args.count == 1, let m = e.exception.args[0].stringValue {
        message = m
    } else {
        message = (try? exceptionStr(e.exception)) ?? "?"
    }
    return "\(e.exception.cls.name): \(message)"
}

/// Checks `repr(expr)` (or the exception) against python3's output.
func check(_ expr: @autoclosure () throws -> Value, _ expected: String,
           file: StaticString = #filePath, line: UInt = #line) {
    do {
        let v = try expr()
        XCTAssertEqual(try testRepr(v), expected, file: file, line: line)
    } catch let e as PythonError {
        XCTAssertEqual(describe(e), expected, file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}

/// The same for functions returning a Swift String (formatValue, percentFormat).
func checkString(_ expr: @autoclosure () throws -> String, _ expected: String,
                 file: StaticString = #filePath, line: UInt = #line) {
    check(.str(try expr()), expected, file: file, line: line)
}
