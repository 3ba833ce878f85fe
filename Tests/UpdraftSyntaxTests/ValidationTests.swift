// CPython's compile-time SyntaxErrors: found after a successful parse, by the symbol table
// and the compiler, in that order.

import XCTest
@testable import UpdraftSyntax

final class ValidationTests: XCTestCase {
    private func check(_ source: String, _ message: String, line: Int, column: Int,
                       file: StaticString = #filePath, lineNumber: UInt = #line) {
        let error = syntaxError(source)
        XCTAssertEqual(error?.message, message, source, file: file, line: lineNumber)
        XCTAssertEqual(error?.line, line, source, file: file, line: lineNumber)
        XCTAssertEqual(error?.column, column, source, file: file, line: lineNumber)
    }

    func testOutsideFunctionOrLoop() {
        check("return 1\n", "'return' outside function", line: 1, column: 0)
        check("class A:\n  return 1\n", "'return' outside function", line: 2, column: 2)
        check("yield 2\n", "'yield' outside function", line: 1, column: 0)
        check("x = [i for i in (yield)]\n", "'yield' outside function", line: 1, column: 17)
        check("break\n", "'break' outside loop", line: 1, column: 0)
        check("continue\n", "'continue' not properly in loop", line: 1, column: 0)
        check("for x in y:\n  def f():\n    break\n", "'break' outside loop", line: 3, column: 4)
        check("while 1:\n  class A:\n    continue\n", "'continue' not properly in loop", line: 3, column: 4)
        check("while 1:\n  pass\nelse:\n  break\n", "'break' outside loop", line: 4, column: 2)
        XCTAssertNil(syntaxError("def f():\n  yield\n  return\nf = lambda: (yield)\nwhile 1:\n  try:\n    break\n  finally:\n    continue\n"))
    }

    func testScopeDeclarations() {
        check("nonlocal x\n", "nonlocal declaration not allowed at module level", line: 1, column: 0)
        check("def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", line: 2, column: 2)
        check("def f(x):\n  global x\n", "name 'x' is parameter and global", line: 2, column: 2)
        check("def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration", line: 3, column: 2)
        check("def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", line: 3, column: 2)
        check("def f():\n  [(yield i) for i in x]\n", "'yield' inside list comprehension", line: 2, column: 4)
        XCTAssertNil(syntaxError("def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n"))
        XCTAssertNil(syntaxError("def f():\n  class C:\n    def g(self):\n      nonlocal y\n  y = 0\n"))
    }

    func testArguments() {
        check("def f(a, a): pass\n", "duplicate argument 'a' in function definition", line: 1, column: 9)
        check("f(a=1, a=2)\n", "keyword argument repeated: a", line: 1, column: 7)
        check("f(a=1, 2)\n", "positional argument follows keyword argument", line: 1, column: 8)
        check("f(**k, a)\n", "positional argument follows keyword argument unpacking", line: 1, column: 8)
        check("def f(a=1, b): pass\n", "non-default argument follows default argument", line: 1, column: 11)
    }

    func testStarredExpressions() {
        check("*a = 1\n", "starred assignment target must be in a list or tuple", line: 1, column: 0)
        check("a, *b, *c = x\n", "multiple starred expressions in assignment", line: 1, column: 0)
        check("x = *a\n", "can't use starred expression here", line: 1, column: 4)
        XCTAssertNil(syntaxError("a, *b = x\n[*a] = y\nprint(*a, *b)\nx = *a, *b\nfor a, *b in c: pass\n"))
    }
}
