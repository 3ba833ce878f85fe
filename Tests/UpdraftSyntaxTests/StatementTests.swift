// Statement tree shapes: assignments, control flow, definitions, imports.

import XCTest
@testable import UpdraftSyntax

final class StatementTests: XCTestCase {
    func testAssignments() {
        XCTAssertEqual(dumpModule("a = b = c"), "Assign([Name(a), Name(b)], Name(c))")
        XCTAssertEqual(dumpModule("a, *b = c"), "Assign([Tuple([Name(a), Starred(Name(b))])], Name(c))")
        XCTAssertEqual(dumpModule("[a, (b, c)] = x"), "Assign([List([Name(a), Tuple([Name(b), Name(c)])])], Name(x))")
        XCTAssertEqual(dumpModule("a.b[c] = 1"), "Assign([Subscript(Attribute(Name(a), b), Name(c))], Constant(1))")
        XCTAssertEqual(dumpModule("x = 1, 2"), "Assign([Name(x)], Tuple([Constant(1), Constant(2)]))")
    }

    func testAugmentedAssignmentOperators() {
        let ops = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]
        for op in ops {
            XCTAssertEqual(dumpModule("x \(op)= y"), "AugAssign(Name(x) \(op)= Name(y))")
        }
    }

    func testAnnotatedAssignment() {
        XCTAssertEqual(dumpModule("x: int = 5"), "AnnAssign(Name(x), Name(int), Constant(5))")
        XCTAssertEqual(dumpModule("x: int"), "AnnAssign(Name(x), Name(int), -)")
        XCTAssertEqual(dumpModule("a.b: list[int]"), "AnnAssign(Attribute(Name(a), b), Subscript(Name(list), Name(int)), -)")
    }

    func testIfElifElse() {
        XCTAssertEqual(dumpModule("if a:\n  x\nelif b:\n  y\nelse:\n  z\n"),
                       "If(Name(a), [Expr(Name(x))], [If(Name(b), [Expr(Name(y))], [Expr(Name(z))])])")
        XCTAssertEqual(dumpModule("if x: y = 1"), "If(Name(x), [Assign([Name(y)], Constant(1))], [])")
    }

    func testLoops() {
        XCTAssertEqual(dumpModule("while x:\n  break\nelse:\n  pass\n"), "While(Name(x), [Break], [Pass])")
        XCTAssertEqual(dumpModule("for i, j in x:\n  continue\nelse:\n  pass\n"),
                       "For(Tuple([Name(i), Name(j)]), Name(x), [Continue], [Pass])")
        XCTAssertEqual(dumpModule("for x in 1, 2: pass"),
                       "For(Name(x), Tuple([Constant(1), Constant(2)]), [Pass], [])")
    }

    func testFunctionDefinitions() {
        XCTAssertEqual(dumpModule("def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> int:\n  return a\n"),
                       "FunctionDef(f, arguments([arg(a, -), arg(b, Name(int))], [arg(c, -)], arg(args, -), [arg(d, -), arg(e, -)], [-, Constant(3)], arg(kw, -), [Constant(1), Constant(2)]), [Return(Name(a))], [], Name(int))")
        XCTAssertEqual(dumpModule("def f(*, a): return"),
                       "FunctionDef(f, arguments([], [], -, [arg(a, -)], [-], -, []), [Return(-)], [], -)")
        XCTAssertEqual(dumpModule("@a.b(c)\n@d\ndef f(): pass\n"),
                       "FunctionDef(f, arguments([], [], -, [], [], -, []), [Pass], [Call(Attribute(Name(a), b), [Name(c)], []), Name(d)], -)")
    }

    func testClassDefinition() {
        XCTAssertEqual(dumpModule("class A(B, metaclass=M):\n  x = 1\n"),
                       "ClassDef(A, [Name(B)], [keyword(metaclass, Name(M))], [Assign([Name(x)], Constant(1))], [])")
        XCTAssertEqual(dumpModule("class A: pass"), "ClassDef(A, [], [], [Pass], [])")
    }

    func testTry() {
        XCTAssertEqual(dumpModule("try:\n  a\nexcept (A, B) as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  e\n"),
                       "Try([Expr(Name(a))], [ExceptHandler(Tuple([Name(A), Name(B)]), e, [Expr(Name(b))]), ExceptHandler(-, -, [Expr(Name(c))])], [Expr(Name(d))], [Expr(Name(e))])")
        XCTAssertEqual(dumpModule("try:\n  a\nfinally:\n  b\n"), "Try([Expr(Name(a))], [], [], [Expr(Name(b))])")
    }

    func testRaise() {
        XCTAssertEqual(dumpModule("raise"), "Raise(-, -)")
        XCTAssertEqual(dumpModule("raise X from Y"), "Raise(Name(X), Name(Y))")
    }

    func testWith() {
        XCTAssertEqual(dumpModule("with a as b, c: pass"),
                       "With([withitem(Name(a), Name(b)), withitem(Name(c), -)], [Pass])")
        XCTAssertEqual(dumpModule("with (a as b, c as d,): pass"),
                       "With([withitem(Name(a), Name(b)), withitem(Name(c), Name(d))], [Pass])")
        XCTAssertEqual(dumpModule("with (a, b): pass"), "With([withitem(Name(a), -), withitem(Name(b), -)], [Pass])")
        XCTAssertEqual(dumpModule("with (a, b)[0]: pass"), "With([withitem(Subscript(Tuple([Name(a), Name(b)]), Constant(0)), -)], [Pass])")
        XCTAssertEqual(dumpModule("with a as (b, c): pass"),
                       "With([withitem(Name(a), Tuple([Name(b), Name(c)]))], [Pass])")
    }

    func testSimpleStatements() {
        XCTAssertEqual(dumpModule("assert x, 'm'; del a, b[0]; pass;"),
                       "Assert(Name(x), Constant('m'))\nDelete([Name(a), Subscript(Name(b), Constant(0))])\nPass")
        XCTAssertEqual(dumpModule("del (a, b)"), "Delete([Tuple([Name(a), Name(b)])])")
        XCTAssertEqual(dumpModule("def f():\n  global a, b\n  def g():\n    nonlocal c\n  c = 1\n"),
                       "FunctionDef(f, arguments([], [], -, [], [], -, []), [Global(a, b), FunctionDef(g, arguments([], [], -, [], [], -, []), [Nonlocal(c)], [], -), Assign([Name(c)], Constant(1))], [], -)")
    }

    func testImports() {
        XCTAssertEqual(dumpModule("import a.b.c, d as e"), "Import(a.b.c, d as e)")
        XCTAssertEqual(dumpModule("from m import a, b as c"), "ImportFrom(m, [a, b as c], 0)")
        XCTAssertEqual(dumpModule("from . import x"), "ImportFrom(-, [x], 1)")
        XCTAssertEqual(dumpModule("from ...a.b import (x,\n y,)"), "ImportFrom(a.b, [x, y], 3)")
        XCTAssertEqual(dumpModule("from m import *"), "ImportFrom(m, [*], 0)")
    }

    func testStatementLocations() throws {
        let module = try Parser.parseModule("@d\ndef f():\n    x = 1\n\n    return x\ny = 2\n")
        XCTAssertEqual(module.body[0].location, SourceLocation(line: 2, column: 0, endLine: 5, endColumn: 12))
        XCTAssertEqual(module.body[1].location, SourceLocation(line: 6, column: 0, endLine: 6, endColumn: 5))
    }
}
