// The front half must never crash, whatever it is given: every function of the script corpus
// and of the shared conformance scripts goes through the whole pipeline with several argument
// type guesses. Errors (unsupported constructs, typing failures) are expected; traps are bugs.

import XCTest
import UpdraftArray
import UpdraftRuntime
import UpdraftSyntax
@testable import UpdraftCompiler

final class FrontHalfRobustnessTests: XCTestCase {
    func collectFunctions(_ body: [Stmt], into out: inout [(FunctionDef, Stmt)]) {
        for s in body {
            switch s.kind {
            case .functionDef(let f):
                out.append((f, s))
                collectFunctions(f.body, into: &out)
            case .classDef(let c): collectFunctions(c.body, into: &out)
            case .if(_, let b, let o), .while(_, let b, let o), .for(_, _, let b, let o):
                collectFunctions(b, into: &out); collectFunctions(o, into: &out)
            case .try(let b, let hs, let o, let f):
                collectFunctions(b, into: &out); collectFunctions(o, into: &out); collectFunctions(f, into: &out)
                for h in hs { collectFunctions(h.body, into: &out) }
            default: break
            }
        }
    }

    func testEveryCorpusFunctionCompilesOrFailsCleanly() throws {
        Runtime.bootstrap()
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var roots = [here.deletingLastPathComponent().appendingPathComponent("ScriptTests/Scripts")]
        let shared = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared")
        for sub in ["conformance", "bench"] { roots.append(shared.appendingPathComponent(sub)) }
        let guesses: [[NumbaType]] = [[.int64], [.float64], [.array(.float64, 1)], [.array(.int64, 2)], [.unicode],
                                      [.boolean], [.list(.int64, reflected: true)], [.none]]
        var functions = 0, compiled = 0
        for root in roots {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "py" {
                guard let text = try? String(contentsOf: url, encoding: .utf8),
                      let module = try? Parser.parseModule(text, filename: url.lastPathComponent) else { continue }
                var defs: [(FunctionDef, Stmt)] = []
                collectFunctions(module.body, into: &defs)
                let globals = Globals()
                globals.set("np", .object(Numpy.module))
                if let math = Runtime.nativeModules["math"]?() { globals.set("math", .object(math)) }
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for (f, s) in defs {
                    functions += 1
                    let arity = (f.args.positionalOnly + f.args.args).count
                    for guess in guesses {
                        let src = FunctionSource(definition: f, location: s.location, filename: url.lastPathComponent,
                                                 globals: globals, freeVariables: [:], lines: lines)
                        let state = CompilationState(source: src, qualname: f.name, parallel: true) { n in
                            globals.get(n) ?? Runtime.builtins.get(n)
                        }
                        state.argTypes = Array(repeating: guess[0], count: arity)
                        if (try? PassManager().run(Pipeline.frontHalf, on: state)) != nil { compiled += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(functions, 100)
        XCTAssertGreaterThan(compiled, 0)
        print("front half robustness: \(functions) functions x \(guesses.count) type guesses, \(compiled) compiled")
    }
}
