// Expression tree shapes and CPython's operator precedence.

import XCTest
@testable import UpdraftSyntax

final class ExpressionTests: XCTestCase {
    func testArithmeticPrecedence() {
        XCTAssertEqual(dumpExpr("a + b * c - d"),
                       "BinOp(BinOp(Name(a) + BinOp(Name(b) * Name(c))) - Name(d))")
        XCTAssertEqual(dumpExpr("a // b % c @ d / e"),
                       "BinOp(BinOp(BinOp(BinOp(Name(a) // Name(b)) % Name(c)) @ Name(d)) / Name(e))")
    }

    func testBitwisePrecedence() {
        XCTAssertEqual(dumpExpr("a | b ^ c & d << e + f"),
                       "BinOp(Name(a) | BinOp(Name(b) ^ BinOp(Name(c) & BinOp(Name(d) << BinOp(Name(e) + Name(f))))))")
        XCTAssertEqual(dumpExpr("a >> b >> c"), "BinOp(BinOp(Name(a) >> Name(b)) >> Name(c))")
    }

    func testPowerIsRightAssociativeAndBindsTighterThanUnaryMinus() {
        XCTAssertEqual(dumpExpr("-2 ** 2"), "UnaryOp(- BinOp(Constant(2) ** Constant(2)))")
        XCTAssertEqual(dumpExpr("a ** b ** c"), "BinOp(Name(a) ** BinOp(Name(b) ** Name(c)))")
        XCTAssertEqual(dumpExpr("a ** -b"), "BinOp(Name(a) ** UnaryOp(- Name(b)))")
        XCTAssertEqual(dumpExpr("~+-x"), "UnaryOp(~ UnaryOp(+ UnaryOp(- Name(x))))")
    }

    func testBooleanOperators() {
        XCTAssertEqual(dumpExpr("a or b and not c or d"),
                       "BoolOp(or [Name(a), BoolOp(and [Name(b), UnaryOp(not Name(c))]), Name(d)])")
        XCTAssertEqual(dumpExpr("not a == b"), "UnaryOp(not Compare(Name(a) == Name(b)))")
    }

    func testChainedComparisons() {
        XCTAssertEqual(dumpExpr("a < b <= c is not d not in e in f is g != h"),
                       "Compare(Name(a) < Name(b) <= Name(c) is not Name(d) not in Name(e) in Name(f) is Name(g) != Name(h))")
        XCTAssertEqual(dumpExpr("a | b < c + d"), "Compare(BinOp(Name(a) | Name(b)) < BinOp(Name(c) + Name(d)))")
    }

    func testConditionalAndLambda() {
        XCTAssertEqual(dumpExpr("a if b else c if d else e"),
                       "IfExp(Name(b), Name(a), IfExp(Name(d), Name(c), Name(e)))")
        XCTAssertEqual(dumpExpr("lambda x, y=1, *a, k, **kw: x + y"),
                       "Lambda(arguments([], [arg(x, -), arg(y, -)], arg(a, -), [arg(k, -)], [-], arg(kw, -), [Constant(1)]), BinOp(Name(x) + Name(y)))")
        XCTAssertEqual(dumpExpr("lambda: 0"), "Lambda(arguments([], [], -, [], [], -, []), Constant(0))")
        XCTAssertEqual(dumpExpr("lambda a, /, b: a"),
                       "Lambda(arguments([arg(a, -)], [arg(b, -)], -, [], [], -, []), Name(a))")
    }

    func testCalls() {
        XCTAssertEqual(dumpExpr("f(a, *b, c=1, **d)"),
                       "Call(Name(f), [Name(a), Starred(Name(b))], [keyword(c, Constant(1)), keyword(**, Name(d))])")
        XCTAssertEqual(dumpExpr("f(x for x in y)"),
                       "Call(Name(f), [GeneratorExp(Name(x), [comprehension(Name(x), Name(y), [])])], [])")
        XCTAssertEqual(dumpExpr("f(a)(b).c[d]"),
                       "Subscript(Attribute(Call(Call(Name(f), [Name(a)], []), [Name(b)], []), c), Name(d))")
        XCTAssertEqual(dumpExpr("f(a,)"), "Call(Name(f), [Name(a)], [])")
        XCTAssertEqual(dumpExpr("f(x=1, *y)"), "Call(Name(f), [Starred(Name(y))], [keyword(x, Constant(1))])")
    }

    func testSubscriptsAndSlices() {
        XCTAssertEqual(dumpExpr("a[i, j]"), "Subscript(Name(a), Tuple([Name(i), Name(j)]))")
        XCTAssertEqual(dumpExpr("a[1:3, ::2]"),
                       "Subscript(Name(a), Tuple([Slice(Constant(1), Constant(3), -), Slice(-, -, Constant(2))]))")
        XCTAssertEqual(dumpExpr("a[:]"), "Subscript(Name(a), Slice(-, -, -))")
        XCTAssertEqual(dumpExpr("a[x:]"), "Subscript(Name(a), Slice(Name(x), -, -))")
        XCTAssertEqual(dumpExpr("a[i,]"), "Subscript(Name(a), Tuple([Name(i)]))")
        XCTAssertEqual(dumpExpr("a[*b]"), "Subscript(Name(a), Tuple([Starred(Name(b))]))")
    }

    func testDisplays() {
        XCTAssertEqual(dumpExpr("()"), "Tuple([])")
        XCTAssertEqual(dumpExpr("(a,)"), "Tuple([Name(a)])")
        XCTAssertEqual(dumpExpr("(a)"), "Name(a)")
        XCTAssertEqual(dumpExpr("a, *b"), "Tuple([Name(a), Starred(Name(b))])")
        XCTAssertEqual(dumpExpr("[1, *a]"), "List([Constant(1), Starred(Name(a))])")
        XCTAssertEqual(dumpExpr("{}"), "Dict([])")
        XCTAssertEqual(dumpExpr("{1: 2, **d}"), "Dict([Constant(1): Constant(2), -: Name(d)])")
        XCTAssertEqual(dumpExpr("{1, *s}"), "Set([Constant(1), Starred(Name(s))])")
    }

    func testComprehensions() {
        XCTAssertEqual(dumpExpr("[x for x in a if x if y for z in x]"),
                       "ListComp(Name(x), [comprehension(Name(x), Name(a), [Name(x), Name(y)]), comprehension(Name(z), Name(x), [])])")
        XCTAssertEqual(dumpExpr("{k: v for k, v in d}"),
                       "DictComp(Name(k), Name(v), [comprehension(Tuple([Name(k), Name(v)]), Name(d), [])])")
        XCTAssertEqual(dumpExpr("{x for x in s}"), "SetComp(Name(x), [comprehension(Name(x), Name(s), [])])")
        XCTAssertEqual(dumpExpr("(x for (a, b) in c)"),
                       "GeneratorExp(Name(x), [comprehension(Tuple([Name(a), Name(b)]), Name(c), [])])")
    }

    func testWalrusAndYield() {
        XCTAssertEqual(dumpExpr("(n := 10)"), "NamedExpr(n, Constant(10))")
        XCTAssertEqual(dumpModule("def f():\n  x = yield y\n  yield from z\n  yield\n"),
                       "FunctionDef(f, arguments([], [], -, [], [], -, []), [Assign([Name(x)], Yield(Name(y))), Expr(YieldFrom(Name(z))), Expr(Yield(-))], [], -)")
    }

    func testConstants() {
        XCTAssertEqual(dumpExpr("None"), "Constant(None)")
        XCTAssertEqual(dumpExpr("..."), "Constant(Ellipsis)")
        XCTAssertEqual(dumpExpr("True"), "Constant(True)")
    }

    func testLocations() {
        XCTAssertEqual(dumpExprWithLocations("(a + b) * c"),
                       "BinOp@1:0-1:11(BinOp@1:1-1:6(Name@1:1-1:2(a) + Name@1:5-1:6(b)) * Name@1:10-1:11(c))")
        XCTAssertEqual(dumpExprWithLocations("f(\n  x)"),
                       "Call@1:0-2:4(Name@1:0-1:1(f), [Name@2:2-2:3(x)], [])")
        XCTAssertEqual(dumpExprWithLocations("café.x"), "Attribute@1:0-1:6(Name@1:0-1:4(café), x)")
    }
}
