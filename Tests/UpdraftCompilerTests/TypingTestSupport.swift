// Helpers for the type-inference tests: parse a source, lower a function to IR, infer its types
// with a resolver over numpy, math, the builtins and the script's own compiled functions.

import XCTest
import UpdraftArray
import UpdraftRuntime
import UpdraftSyntax
@testable import UpdraftCompiler

/// A compiled function of a test script, typed on demand (what the dispatcher will do).
final class TestDispatcher: PyObject, CompilableCallee {
    let ir: FunctionIR
    weak var resolver: TestResolver?
    var calleeName: String { ir.name }
    var cache: [[NumbaType]: NumbaType] = [:]
    init(ir: FunctionIR, resolver: TestResolver) {
        self.ir = ir
        self.resolver = resolver
    }
    func inferReturnType(_ args: [NumbaType]) throws -> NumbaType {
        if let r = cache[args] { return r }
        let r = try TypeInference(ir: ir, argTypes: args, resolver: resolver!, callee: self).run().returnType
        cache[args] = r
        return r
    }
}

final class TestResolver: GlobalResolver {
    var globals: [String: Value] = [:]
    init() {
        Runtime.bootstrap()
        globals["np"] = .object(Numpy.module)
        globals["numpy"] = .object(Numpy.module)
        if let math = Runtime.nativeModules["math"]?() { globals["math"] = .object(math) }
        globals["prange"] = .object(PyBuiltinFunction("prange") { _ in .none })
    }
    func resolveGlobal(_ name: String) -> Value? { globals[name] ?? Runtime.builtins.get(name) }
}

/// A parsed script whose functions can be typed.
final class TypingScript {
    let source: String
    let lines: [String]
    let filename: String
    let resolver = TestResolver()
    var functions: [String: (def: FunctionDef, stmt: Stmt)] = [:]
    var dispatchers: [String: TestDispatcher] = [:]

    init(_ source: String, filename: String = "test.py") throws {
        self.source = source
        self.filename = filename
        self.lines = source.components(separatedBy: "\n")
        let module = try Parser.parseModule(source)
        var body = module.body
        while !body.isEmpty {
            let s = body.removeFirst()
            if case .try(let b, _, _, _) = s.kind { body.append(contentsOf: b) }
            if case .functionDef(let f) = s.kind {
                functions[f.name] = (f, s)
                let ir = try IRBuilder(function: f, filename: filename, location: s.location).build()
                let d = TestDispatcher(ir: ir, resolver: resolver)
                dispatchers[f.name] = d
                resolver.globals[f.name] = .object(d)
            }
        }
    }

    convenience init(file path: String) throws {
        try self.init(String(contentsOfFile: path, encoding: .utf8), filename: (path as NSString).lastPathComponent)
    }

    func ir(_ name: String) throws -> FunctionIR {
        guard let d = dispatchers[name] else { throw XCTSkip("no function \(name)") }
        return d.ir
    }

    func infer(_ name: String, _ args: [NumbaType]) throws -> TypedFunction {
        guard let d = dispatchers[name] else { throw TypingError(message: "test: no function \(name)", location: .unknown, filename: filename) }
        return try TypeInference(ir: d.ir, argTypes: args, resolver: resolver, callee: d, sourceLines: lines).run()
    }

    /// The error message of a failing inference (nil when it types).
    func failure(_ name: String, _ args: [NumbaType]) -> String? {
        do {
            _ = try infer(name, args)
            return nil
        } catch {
            return "\(error)"
        }
    }
}

/// `../shared/conformance` or `../shared/bench` beside the repository, when present.
func sharedFile(_ relative: String) throws -> String {
    let here = URL(fileURLWithPath: #filePath)
    let repo = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = repo.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative).path
    guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) not present") }
    return path
}

extension NumbaType {
    static func arr(_ dt: NumbaType, _ nd: Int = 1, _ layout: ArrayLayout = .C) -> NumbaType { .array(dt, nd, layout) }
}
