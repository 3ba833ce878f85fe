// object, BaseException and type methods, on user classes built from Swift closures. The
// expected strings are what python3 prints for the equivalent class definitions.

import BigInt
import XCTest
@testable import UpdraftRuntime

final class ObjectMethodsTests: XCTestCase {
    override func setUp() { Runtime.bootstrap() }

    func testInitArguments() {
        // class Vec: pass; Vec(1)
        let vec = makeTestClass("Vec")
        check(try construct(vec, []).pyType === vec ? .bool(true) : .bool(false), "True")
        check(try construct(vec, [.int(1)]), "TypeError: Vec() takes no arguments")
        check(try construct(vec, [], [("x", .int(1))]), "TypeError: Vec() takes no arguments")

        // class P: def __init__(self, x): self.x = x
        let p = makeTestClass("P", ["__init__": fn("__init__") { a in
            try setAttribute(a[0], "x", a[1])
            return .none
        }])
        check(try getAttribute(try construct(p, [.int(3)]), "x"), "3")

        // class Q: def __init__(self, x): super().__init__(x)
        let q = makeTestClass("Q", ["__init__": fn("__init__") { a in
            try callMethodValue(PyType.object.lookup("__init__") ?? .none, receiver: a[0], Args([a[1]]))
        }])
        check(try construct(q, [.int(3)]), "TypeError: object.__init__() takes exactly one argument (the instance to initialize)")

        // class S: def __new__(cls, *a): return object.__new__(cls)  -- extra args are ignored
        let sNew = fn("__new__") { a in try method(.object(PyType.object), "__new__", [a[0]]) }
        let sc = makeTestClass("S", ["__new__": .object(PyStaticMethod(sNew))])
        check(.bool(try construct(sc, [.int(1), .int(2)]).pyType === sc), "True")
        // object.__new__(S, 1) with __new__ overridden
        check(try method(.object(PyType.object), "__new__", [.object(sc), .int(1)]),
              "TypeError: object.__new__() takes exactly one argument (the type to instantiate)")
        check(try method(.object(PyType.object), "__new__", [.int(1)]),
              "TypeError: object.__new__(X): X is not a type object (int)")
        check(try method(.object(PyType.object), "__new__", [.object(PyType.int)]),
              "TypeError: object.__new__(int) is not safe, use int.__new__()")
    }

    func testReprStrEq() throws {
        let vec = makeTestClass("Vec", ["__repr__": fn("__repr__") { _ in s("Vec()") }])
        let v = try construct(vec, [])
        check(.str(try repr(v)), "'Vec()'")
        check(.str(try str(v)), "'Vec()'")
        // object.__repr__(v) ignores the override
        let defaultRepr = try method(.object(PyType.object), "__repr__", [v]).stringValue ?? ""
        XCTAssertTrue(defaultRepr.hasPrefix("<__main__.Vec object at 0x"), defaultRepr)
        check(try method(.object(PyType.object), "__str__", [v]), "'Vec()'")
        check(try method(v, "__eq__", [v]), "True")
        check(try method(v, "__eq__", [.int(1)]), "NotImplemented")
        check(try method(v, "__ne__", [.int(1)]), "NotImplemented")
        check(try method(v, "__ne__", [v]), "False")
        check(try method(v, "__lt__", [v]), "NotImplemented")
        check(try method(v, "__format__", [s("")]), "'Vec()'")
        check(try method(v, "__format__", [s("5")]), "TypeError: unsupported format string passed to Vec.__format__")
        checkString(try formatValue(v, ""), "'Vec()'")
        checkString(try formatValue(v, ">5"), "TypeError: unsupported format string passed to Vec.__format__")
        XCTAssertEqual(try method(v, "__hash__", []).bigIntValue, BigInt(try hashValue(v)))
    }

    func testUserFormat() throws {
        let money = makeTestClass("Money", ["__format__": fn("__format__") { a in s("$" + (a[1].stringValue ?? "")) }])
        let m = try construct(money, [])
        checkString(try formatValue(m, "x"), "'$x'")
        checkString(try strFormat("{:>5} {}", args: [m, m], kwargs: nil), "'$>5 $'")
        let bad = makeTestClass("Bad", ["__format__": fn("__format__") { _ in .int(1) }])
        checkString(try formatValue(try construct(bad, []), ""), "TypeError: __format__ must return a str, not int")
    }

    func testHashWithEq() throws {
        // A class defining __eq__ without __hash__ is unhashable.
        let e = makeTestClass("E", ["__eq__": fn("__eq__") { _ in .bool(true) }])
        check(.int(try hashValue(try construct(e, []))), "TypeError: unhashable type: 'E'")
        let plain = makeTestClass("Plain")
        XCTAssertNoThrow(try hashValue(try construct(plain, [])))
    }

    func testSetattr() throws {
        // class W: def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
        let w = makeTestClass("W", ["__setattr__": fn("__setattr__") { a in
            try method(.object(PyType.object), "__setattr__", [a[0], a[1], try binaryOp(.mul, a[2], .int(2))])
        }])
        let obj = try construct(w, [])
        try setAttribute(obj, "x", .int(5))
        check(try getAttribute(obj, "x"), "10")
        check(try method(.object(PyType.object), "__setattr__", [obj, .int(1), .int(2)]),
              "TypeError: attribute name must be string, not 'int'")
        check(try method(.object(PyType.object), "__delattr__", [obj, s("x")]), "None")
        check(try getAttribute(obj, "x"), "AttributeError: 'W' object has no attribute 'x'")
    }

    func testExceptions() throws {
        let e = try construct(PyType.valueError, [s("bad"), .int(2)])
        check(try getAttribute(e, "args"), "('bad', 2)")
        check(try method(e, "__str__", []), "\"('bad', 2)\"")
        check(try method(e, "__repr__", []), "\"ValueError('bad', 2)\"")
        check(.bool(try method(e, "with_traceback", [N]).isIdentical(to: e)), "True")
        // class MyErr(Exception): def __init__(self, a, b): super().__init__(a)
        let myErr = makeTestClass("MyErr", bases: [PyType.exception], ["__init__": fn("__init__") { a in
            try callMethodValue(PyType.baseException.lookup("__init__") ?? .none, receiver: a[0], Args([a[1]]))
        }])
        let m = try construct(myErr, [s("x"), s("y")])
        check(try getAttribute(m, "args"), "('x',)")
        check(.str(try str(m)), "'x'")
        check(.str(try repr(m)), "\"MyErr('x')\"")
        check(try construct(PyType.keyError, [s("k")]).asObject.map { _ in .str(try str(try construct(PyType.keyError, [s("k")]))) } ?? N, "\"'k'\"")
    }

    func testTypeConstructor() throws {
        check(try construct(PyType.type, [.int(1)]), "<class 'int'>")
        check(try construct(PyType.type, [s("a")]), "<class 'str'>")
        check(try construct(PyType.type, [.int(1), .int(2)]), "TypeError: type() takes 1 or 3 arguments")
        let cls = try construct(PyType.type, [s("Point"), t(), d([(s("dims"), .int(2))])])
        check(cls, "<class '__main__.Point'>")
        let p = try call(cls, [])
        check(try getAttribute(p, "dims"), "2")
        check(try getAttribute(cls, "__name__"), "'Point'")
        let sub = try construct(PyType.type, [s("P3"), t(cls), d([])])
        check(try getAttribute(sub, "__mro__"), "(<class '__main__.P3'>, <class '__main__.Point'>, <class 'object'>)")
        check(try construct(PyType.type, [.int(1), t(), d([])]), "TypeError: type.__new__() argument 1 must be str, not int")
        check(try construct(PyType.type, [s("X"), l(), d([])]), "TypeError: type.__new__() argument 2 must be tuple, not list")
        check(try construct(PyType.type, [s("X"), t(), l()]), "TypeError: type.__new__() argument 3 must be dict, not list")
        check(try construct(PyType.type, [s("X"), t(.object(PyType.bool)), d([])]), "TypeError: type 'bool' is not an acceptable base type")
        check(try construct(PyType.type, [s("X"), t(cls, cls), d([])]), "TypeError: duplicate base class Point")
        check(try construct(PyType.type, [s("X"), t(.object(PyType.object), cls), d([])]),
              "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases object, Point")
    }

    func testNumericDunders() throws {
        func obj(_ name: String, _ methods: [String: Value]) throws -> Value {
            try construct(makeTestClass(name, methods), [])
        }
        let i = try obj("I", ["__int__": fn("__int__") { _ in .int(5) }])
        let badInt = try obj("I", ["__int__": fn("__int__") { _ in s("x") }])
        let x = try obj("X", ["__index__": fn("__index__") { _ in .int(255) }])
        let badIndex = try obj("X", ["__index__": fn("__index__") { _ in s("y") }])
        let f = try obj("F", ["__float__": fn("__float__") { _ in .float(2.5) }])
        let badFloat = try obj("F", ["__float__": fn("__float__") { _ in .int(1) }])
        let tr = try obj("T", ["__trunc__": fn("__trunc__") { _ in .int(7) }])
        let g = try obj("G", [:])
        check(try construct(PyType.int, [i]), "5")
        check(try construct(PyType.int, [badInt]), "TypeError: __int__ returned non-int (type str)")
        check(try construct(PyType.int, [x]), "255")
        check(try construct(PyType.int, [badIndex]), "TypeError: __index__ returned non-int (type str)")
        check(try construct(PyType.int, [tr]), "7")
        check(try construct(PyType.int, [g]), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'G'")
        check(try construct(PyType.float, [f]), "2.5")
        check(try construct(PyType.float, [x]), "255.0")
        check(try construct(PyType.float, [badFloat]), "TypeError: F.__float__ returned non-float (type int)")
        check(try construct(PyType.float, [badIndex]), "TypeError: __index__ returned non-int (type str)")
        check(try construct(PyType.float, [g]), "TypeError: float() argument must be a string or a real number, not 'G'")
        checkString(try percentFormat("%d", i), "'5'")
        checkString(try percentFormat("%x", i), "TypeError: %x format: an integer is required, not I")
        checkString(try percentFormat("%x", x), "'ff'")
        checkString(try percentFormat("%d", x), "'255'")
        checkString(try percentFormat("%f", f), "'2.500000'")
        checkString(try percentFormat("%f", x), "'255.000000'")
        checkString(try percentFormat("%c", x), "'\u{ff}'")
        checkString(try percentFormat("%d", f), "TypeError: %d format: a real number is required, not F")
        check(try method(s("ab"), "center", [x]).asObject.map { _ in .int(try length(try method(s("ab"), "center", [x]))) } ?? N, "255")

        let r = try obj("R", ["__round__": fn("__round__") { a in .tuple([s("r"), a.count > 1 ? a[1] : N]) }])
        check(try roundValue(r, nil), "('r', None)")
        check(try roundValue(r, .int(2)), "('r', 2)")
        check(try roundValue(r, N), "('r', None)")
        check(try roundValue(g, nil), "TypeError: type G doesn't define __round__ method")
        let ab = try obj("A", ["__abs__": fn("__abs__") { _ in s("abs") }])
        check(try absValue(ab), "'abs'")
        check(try absValue(g), "TypeError: bad operand type for abs(): 'G'")
        let dm = try obj("D", ["__divmod__": fn("__divmod__") { a in .tuple([s("dm"), a[1]]) },
                               "__rdivmod__": fn("__rdivmod__") { a in .tuple([s("rdm"), a[1]]) }])
        check(try divmodValue(dm, .int(1)), "('dm', 1)")
        check(try divmodValue(.int(1), dm), "('rdm', 1)")
        check(try divmodValue(g, .int(1)), "TypeError: unsupported operand type(s) for divmod(): 'G' and 'int'")
        let p = try obj("P", ["__pow__": fn("__pow__") { a in .tuple([s("pow"), a[1], a.count > 2 ? a[2] : N]) }])
        check(try powValue(p, .int(2), .int(3)), "('pow', 2, 3)")
        check(try powValue(.int(2), p, .int(3)), "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'P', 'int'")
        check(try powValue(g, .int(2), .int(3)), "TypeError: unsupported operand type(s) for ** or pow(): 'G', 'int', 'int'")
    }
}
