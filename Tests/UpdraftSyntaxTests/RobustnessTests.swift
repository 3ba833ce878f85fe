// Hostile input: deep nesting must end in a SyntaxError (never a stack overflow), and random
// damage to a valid program must either parse or raise SyntaxError, never trap.

import XCTest
@testable import UpdraftSyntax

final class RobustnessTests: XCTestCase {
    func testTenThousandOpenParentheses() {
        let error = syntaxError(String(repeating: "(", count: 10_000))
        XCTAssertEqual(error?.message, "too many nested parentheses")
        XCTAssertEqual(error?.column, 200)
    }

    func testDeepButLegalNesting() {
        let source = String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)
        XCTAssertNil(syntaxError(source))
        XCTAssertNil(syntaxError("x = " + String(repeating: "-", count: 500) + "1"))
    }

    func testDeepNonBracketNestingIsCapped() {
        let sources = [
            String(repeating: "-", count: 100_000) + "1",
            String(repeating: "not ", count: 50_000) + "x",
            String(repeating: "lambda: ", count: 20_000) + "0",
            String(repeating: "1 if x else ", count: 20_000) + "0",
            String(repeating: "2 ** ", count: 20_000) + "1",
            "x = " + Array(repeating: "1", count: 50_000).joined(separator: " + "),
            "x = a" + String(repeating: ".b", count: 50_000),
            "if x: pass\n" + String(repeating: "elif y: pass\n", count: 20_000),
        ]
        for source in sources {
            XCTAssertEqual(syntaxError(source)?.message, "too many nested expressions", String(source.prefix(20)))
        }
    }

    func testDeepIndentation() {
        var source = ""
        for level in 0..<150 { source += String(repeating: " ", count: level) + "if x:\n" }
        source += String(repeating: " ", count: 150) + "pass\n"
        let error = syntaxError(source)
        XCTAssertEqual(error?.message, "too many levels of indentation")
        XCTAssertEqual(error?.kind, "IndentationError")
    }

    func testRandomMutationsParseOrRaiseSyntaxError() {
        let program = """
        import os, sys as system
        from collections import (OrderedDict, defaultdict)

        @decorator(arg=1)
        class Shape(Base, metaclass=Meta):
            '''A shape.'''
            sides: int = 4

            def area(self, w, h=2, *args, scale=1.0, **kw) -> float:
                total = 0
                for i, (a, b) in enumerate(zip(args, kw)):
                    if i % 2 == 0 and not a:
                        continue
                    elif b is None:
                        break
                    total += a ** -b if b else a // 2
                else:
                    pass
                while total > 10:
                    total >>= 1
                try:
                    return [x * y for x in range(w) if x for y in {h: 1}]
                except (ValueError, TypeError) as err:
                    raise RuntimeError(f"bad {err!r:>10} {w=}") from err
                finally:
                    del total
            lam = lambda x, *y: (x, *y)

        with open(__file__) as f, open('x') as g:
            data = f.read()[1:-1:2]
        print(data, sep='', end="\\n", *[1, 2], **{'flush': True})
        assert (n := len(data)) >= 0, "negative"
        gen = (yield_ for yield_ in range(3))
        """
        let scalars = Array(program.unicodeScalars)
        let inserts: [Unicode.Scalar] = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "'", "\"", "\n", " ", "\\", "#", "*", "f", "\t"]
        var rng = SplitMix64(seed: 0x5EED)
        var errors = 0
        for _ in 0..<2_000 {
            var mutated = scalars
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                guard !mutated.isEmpty else { break }
                let i = Int(rng.next() % UInt64(mutated.count))
                switch rng.next() % 4 {
                case 0: mutated.remove(at: i)
                case 1: mutated.insert(mutated[i], at: i)
                case 2 where i + 1 < mutated.count: mutated.swapAt(i, i + 1)
                default: mutated.insert(inserts[Int(rng.next() % UInt64(inserts.count))], at: i)
                }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: mutated)
            let source = String(text)
            do {
                _ = try Parser.parseModule(source)
            } catch let error as SyntaxError {
                errors += 1
                XCTAssertGreaterThanOrEqual(error.line, 1, source)
                XCTAssertNotNil(error.sourceLine, source)
            } catch {
                XCTFail("non-SyntaxError \(error) for \(source.debugDescription)")
            }
            _ = Parser.inputIsIncomplete(source)
        }
        XCTAssertGreaterThan(errors, 500)
    }

    func testIncompleteInput() {
        let incomplete = ["if x:", "def f(a):", "x = (1,", "'''abc", "x = \\", "class A:", "f(",
                          "for x in y:\n  pass\nelse:", "try:\n  x", "@dec", "if x:\n  y = 1", "if x: y = 1",
                          "x = [i for i in", "from x import (a,", "while True:\n    x = 1\n    if x:\n"]
        for source in incomplete {
            XCTAssertTrue(Parser.inputIsIncomplete(source), source.debugDescription)
        }
        let complete = ["x = 1", "x =", "1 +", "lambda x:", "x = )", "if x:\n  y = 1\n", "\"abc", "print 'x'",
                        "", "# comment", "return 1", "def f():\n  return 1\n"]
        for source in complete {
            XCTAssertFalse(Parser.inputIsIncomplete(source), source.debugDescription)
        }
    }
}

/// A small deterministic generator so the mutation test is reproducible.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
