// The constructors and methods of list, tuple, dict, set and frozenset against CPython 3.11.

import XCTest
@testable import UpdraftRuntime

final class ContainerMethodsTests: XCTestCase {
    override func setUp() { Runtime.bootstrap() }

    /// Runs `mutate` on `value`, then returns `value` (Python: `(v := ..., v.m(), v)[-1]`).
    private func after(_ value: Value, _ mutate: (Value) throws -> Value) throws -> Value {
        _ = try mutate(value)
        return value
    }

    func testListConstructor() {
        checkPy(#"list()"#, #"[]"#) { try B("list") }
        checkPy(#"list('ab')"#, #"['a', 'b']"#) { try B("list", st("ab")) }
        checkPy(#"list(range(3))"#, #"[0, 1, 2]"#) { try B("list", range(0, 3)) }
        checkPy(#"list({1: 2, 3: 4})"#, #"[1, 3]"#) { try B("list", D((i(1), i(2)), (i(3), i(4)))) }
        checkPy(#"list(Seq(3))"#, #"[0, 10, 20]"#) { try B("list", try Seq(3)) }
        checkPy(#"list(1)"#, #"TypeError: 'int' object is not iterable"#) { try B("list", i(1)) }
        checkPy(#"list(1, 2)"#, #"TypeError: list expected at most 1 argument, got 2"#) { try B("list", i(1), i(2)) }
        checkPy(#"list(x=1)"#, #"TypeError: list() takes no keyword arguments"#) { try B("list", kw: [("x", i(1))]) }
    }

    func testListMutators() {
        checkPy(#"(lambda l: (l.append(3), l)[1])([1, 2])"#, #"[1, 2, 3]"#) { try self.after(L(i(1), i(2))) { try M($0, "append", i(3)) } }
        checkPy(#"(lambda l: (l.extend('ab'), l)[1])([1])"#, #"[1, 'a', 'b']"#) { try self.after(L(i(1))) { try M($0, "extend", st("ab")) } }
        checkPy(#"(lambda l: (l.extend(l), l)[1])([1, 2])"#, #"[1, 2, 1, 2]"#) { try self.after(L(i(1), i(2))) { try M($0, "extend", $0) } }
        checkPy(#"(lambda l: (l.insert(1, 9), l)[1])([1, 2])"#, #"[1, 9, 2]"#) { try self.after(L(i(1), i(2))) { try M($0, "insert", i(1), i(9)) } }
        checkPy(#"(lambda l: (l.insert(-10, 9), l)[1])([1, 2])"#, #"[9, 1, 2]"#) { try self.after(L(i(1), i(2))) { try M($0, "insert", i(-10), i(9)) } }
        checkPy(#"(lambda l: (l.insert(10, 9), l)[1])([1, 2])"#, #"[1, 2, 9]"#) { try self.after(L(i(1), i(2))) { try M($0, "insert", i(10), i(9)) } }
        checkPy(#"(lambda l: (l.insert(-1, 9), l)[1])([1, 2])"#, #"[1, 9, 2]"#) { try self.after(L(i(1), i(2))) { try M($0, "insert", i(-1), i(9)) } }
        checkPy(#"[1, 2, 3].pop()"#, #"3"#) { try M(L(i(1), i(2), i(3)), "pop") }
        checkPy(#"[1, 2, 3].pop(0)"#, #"1"#) { try M(L(i(1), i(2), i(3)), "pop", i(0)) }
        checkPy(#"[1, 2, 3].pop(-2)"#, #"2"#) { try M(L(i(1), i(2), i(3)), "pop", i(-2)) }
        checkPy(#"(lambda l: (l.remove(2), l)[1])([1, 2, 3, 2])"#, #"[1, 3, 2]"#) { try self.after(L(i(1), i(2), i(3), i(2))) { try M($0, "remove", i(2)) } }
        checkPy(#"(lambda l: (l.reverse(), l)[1])([1, 2, 3])"#, #"[3, 2, 1]"#) { try self.after(L(i(1), i(2), i(3))) { try M($0, "reverse") } }
        checkPy(#"(lambda l: (l.clear(), l)[1])([1, 2, 3])"#, #"[]"#) { try self.after(L(i(1), i(2), i(3))) { try M($0, "clear") } }
        checkPy(#"(lambda l: (l.sort(), l)[1])([3, 1, 2])"#, #"[1, 2, 3]"#) { try self.after(L(i(3), i(1), i(2))) { try M($0, "sort") } }
        checkPy(#"(lambda l: (l.sort(key=abs, reverse=True), l)[1])([1, -3, 2, 3])"#, #"[-3, 3, 2, 1]"#) {
            try self.after(L(i(1), i(-3), i(2), i(3))) { try M($0, "sort", kw: [("key", bi("abs")), ("reverse", yes)]) }
        }
        checkPy(#"(lambda l: (l.sort(key=lambda x: l.append(x)), l)[1])([2, 1])"#, #"TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"#) {
            try self.after(L(i(2), i(1))) { l in try M(l, "sort", kw: [("key", pyFunction { a in try M(l, "append", a[0]) })]) }
        }
        checkPy(#"(lambda l: (l.sort(key=lambda x: (l.append(x), x)[1]), l)[1])([2, 1])"#, #"ValueError: list modified during sort"#) {
            let l = L(i(2), i(1))
            let key = pyFunction { a in _ = try M(l, "append", a[0]); return a[0] }
            return try self.after(l) { try M($0, "sort", kw: [("key", key)]) }
        }
        checkPy(#"[1, 2].copy()"#, #"[1, 2]"#) { try M(L(i(1), i(2)), "copy") }
        checkPy(#"(lambda l: l.copy() is l)([1])"#, #"False"#) { let l = L(i(1)); return .bool(try M(l, "copy").isIdentical(to: l)) }
    }

    func testListSearches() {
        checkPy(#"[1, 2, 1].index(1, 1)"#, #"2"#) { try M(L(i(1), i(2), i(1)), "index", i(1), i(1)) }
        checkPy(#"[1, 2, 1].index(1, -1)"#, #"2"#) { try M(L(i(1), i(2), i(1)), "index", i(1), i(-1)) }
        checkPy(#"[1, 2, 1].index(2, 0, 1)"#, #"ValueError: 2 is not in list"#) { try M(L(i(1), i(2), i(1)), "index", i(2), i(0), i(1)) }
        checkPy(#"[1, 2.0].index(2)"#, #"1"#) { try M(L(i(1), f(2.0)), "index", i(2)) }
        checkPy(#"[1].index(1, 2**70)"#, #"ValueError: 1 is not in list"#) { try M(L(i(1)), "index", i(1), bigInt("1180591620717411303424")) }
        checkPy(#"[1, 2, 1, 1.0, True].count(1)"#, #"4"#) { try M(L(i(1), i(2), i(1), f(1.0), yes), "count", i(1)) }
        checkPy(#"[].index(5)"#, #"ValueError: 5 is not in list"#) { try M(L(), "index", i(5)) }
        checkPy(#"[].index('a')"#, #"ValueError: 'a' is not in list"#) { try M(L(), "index", st("a")) }
        checkPy(#"[1, 2].index(1, 'a')"#, #"TypeError: slice indices must be integers or have an __index__ method"#) { try M(L(i(1), i(2)), "index", i(1), st("a")) }
        checkPy(#"[].index()"#, #"TypeError: index expected at least 1 argument, got 0"#) { try M(L(), "index") }
        checkPy(#"[].index(1, 2, 3, 4)"#, #"TypeError: index expected at most 3 arguments, got 4"#) { try M(L(), "index", i(1), i(2), i(3), i(4)) }
        checkPy(#"[].index(1, x=2)"#, #"TypeError: list.index() takes no keyword arguments"#) { try M(L(), "index", i(1), kw: [("x", i(2))]) }
    }

    func testListErrors() {
        checkPy(#"[].append()"#, #"TypeError: list.append() takes exactly one argument (0 given)"#) { try M(L(), "append") }
        checkPy(#"[].append(1, 2)"#, #"TypeError: list.append() takes exactly one argument (2 given)"#) { try M(L(), "append", i(1), i(2)) }
        checkPy(#"[].append(x=1)"#, #"TypeError: list.append() takes no keyword arguments"#) { try M(L(), "append", kw: [("x", i(1))]) }
        checkPy(#"[].extend()"#, #"TypeError: list.extend() takes exactly one argument (0 given)"#) { try M(L(), "extend") }
        checkPy(#"[].extend(1)"#, #"TypeError: 'int' object is not iterable"#) { try M(L(), "extend", i(1)) }
        checkPy(#"[].insert(1)"#, #"TypeError: insert expected 2 arguments, got 1"#) { try M(L(), "insert", i(1)) }
        checkPy(#"[].insert(i=1)"#, #"TypeError: list.insert() takes no keyword arguments"#) { try M(L(), "insert", kw: [("i", i(1))]) }
        checkPy(#"[].insert(2**70, 1)"#, #"OverflowError: Python int too large to convert to C ssize_t"#) { try M(L(), "insert", bigInt("1180591620717411303424"), i(1)) }
        checkPy(#"[].pop()"#, #"IndexError: pop from empty list"#) { try M(L(), "pop") }
        checkPy(#"[1].pop(5)"#, #"IndexError: pop index out of range"#) { try M(L(i(1)), "pop", i(5)) }
        checkPy(#"[1].pop('a')"#, #"TypeError: 'str' object cannot be interpreted as an integer"#) { try M(L(i(1)), "pop", st("a")) }
        checkPy(#"[].pop(1, 2)"#, #"TypeError: pop expected at most 1 argument, got 2"#) { try M(L(), "pop", i(1), i(2)) }
        checkPy(#"[].pop(x=1)"#, #"TypeError: list.pop() takes no keyword arguments"#) { try M(L(), "pop", kw: [("x", i(1))]) }
        checkPy(#"[].remove(1)"#, #"ValueError: list.remove(x): x not in list"#) { try M(L(), "remove", i(1)) }
        checkPy(#"[].count()"#, #"TypeError: list.count() takes exactly one argument (0 given)"#) { try M(L(), "count") }
        checkPy(#"[].sort(1)"#, #"TypeError: sort() takes no positional arguments"#) { try M(L(), "sort", i(1)) }
        checkPy(#"[].sort(x=1)"#, #"TypeError: 'x' is an invalid keyword argument for sort()"#) { try M(L(), "sort", kw: [("x", i(1))]) }
        checkPy(#"[].reverse(1)"#, #"TypeError: list.reverse() takes no arguments (1 given)"#) { try M(L(), "reverse", i(1)) }
        checkPy(#"[].copy(1)"#, #"TypeError: list.copy() takes no arguments (1 given)"#) { try M(L(), "copy", i(1)) }
        checkPy(#"[].clear(1)"#, #"TypeError: list.clear() takes no arguments (1 given)"#) { try M(L(), "clear", i(1)) }
        checkPy(#"list.append(3, 1)"#, #"TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"#) { try call(try getAttribute(bi("list"), "append"), [i(3), i(1)]) }
        checkPy(#"[3, 1, 'a'].sort()"#, #"TypeError: '<' not supported between instances of 'str' and 'int'"#) { try M(L(i(3), i(1), st("a")), "sort") }
        checkPy(#"(lambda l: (l.__len__(), l.__getitem__(1), l.__contains__(2)))([1, 2])"#, #"(2, 2, True)"#) {
            let l = L(i(1), i(2))
            return T(try M(l, "__len__"), try M(l, "__getitem__", i(1)), try M(l, "__contains__", i(2)))
        }
    }

    func testTuple() {
        checkPy(#"tuple()"#, #"()"#) { try B("tuple") }
        checkPy(#"tuple('ab')"#, #"('a', 'b')"#) { try B("tuple", st("ab")) }
        checkPy(#"tuple([1])"#, #"(1,)"#) { try B("tuple", L(i(1))) }
        checkPy(#"(lambda t: tuple(t) is t)((1, 2))"#, #"True"#) { let t = T(i(1), i(2)); return .bool(try B("tuple", t).isIdentical(to: t)) }
        checkPy(#"tuple(1, 2)"#, #"TypeError: tuple expected at most 1 argument, got 2"#) { try B("tuple", i(1), i(2)) }
        checkPy(#"tuple(x=1)"#, #"TypeError: tuple() takes no keyword arguments"#) { try B("tuple", kw: [("x", i(1))]) }
        checkPy(#"(1, 2, 1, 1.0).count(1)"#, #"3"#) { try M(T(i(1), i(2), i(1), f(1.0)), "count", i(1)) }
        checkPy(#"(1, 2, 1).index(1, 1)"#, #"2"#) { try M(T(i(1), i(2), i(1)), "index", i(1), i(1)) }
        checkPy(#"(1, 2).index(3)"#, #"ValueError: tuple.index(x): x not in tuple"#) { try M(T(i(1), i(2)), "index", i(3)) }
        checkPy(#"().index()"#, #"TypeError: index expected at least 1 argument, got 0"#) { try M(T(), "index") }
        checkPy(#"().index(1, 2, 3, 4)"#, #"TypeError: index expected at most 3 arguments, got 4"#) { try M(T(), "index", i(1), i(2), i(3), i(4)) }
        checkPy(#"().count()"#, #"TypeError: tuple.count() takes exactly one argument (0 given)"#) { try M(T(), "count") }
        checkPy(#"().count(x=1)"#, #"TypeError: tuple.count() takes no keyword arguments"#) { try M(T(), "count", kw: [("x", i(1))]) }
    }

    func testDictConstructor() {
        checkPy(#"dict()"#, #"{}"#) { try B("dict") }
        checkPy(#"dict(a=1, b=2)"#, #"{'a': 1, 'b': 2}"#) { try B("dict", kw: [("a", i(1)), ("b", i(2))]) }
        checkPy(#"dict({'a': 1}, b=2)"#, #"{'a': 1, 'b': 2}"#) { try B("dict", D((st("a"), i(1))), kw: [("b", i(2))]) }
        checkPy(#"dict([('a', 1)], a=3)"#, #"{'a': 3}"#) { try B("dict", L(T(st("a"), i(1))), kw: [("a", i(3))]) }
        checkPy(#"dict(zip('ab', range(2)))"#, #"{'a': 0, 'b': 1}"#) { try B("dict", try B("zip", st("ab"), range(0, 2))) }
        checkPy(#"dict([[1, 2], 'ab'])"#, #"{1: 2, 'a': 'b'}"#) { try B("dict", L(L(i(1), i(2)), st("ab"))) }
        checkPy(#"dict(1)"#, #"TypeError: 'int' object is not iterable"#) { try B("dict", i(1)) }
        checkPy(#"dict([1])"#, #"TypeError: cannot convert dictionary update sequence element #0 to a sequence"#) { try B("dict", L(i(1))) }
        checkPy(#"dict([[1]])"#, #"ValueError: dictionary update sequence element #0 has length 1; 2 is required"#) { try B("dict", L(L(i(1)))) }
        checkPy(#"dict(1, 2)"#, #"TypeError: dict expected at most 1 argument, got 2"#) { try B("dict", i(1), i(2)) }
        checkPy(#"dict([([], 1)])"#, #"TypeError: unhashable type: 'list'"#) { try B("dict", L(T(L(), i(1)))) }
    }

    func testDictMethods() {
        let d = { D((st("a"), i(1)), (st("b"), i(2))) }
        checkPy(#"{'a': 1}.get('a')"#, #"1"#) { try M(D((st("a"), i(1))), "get", st("a")) }
        checkPy(#"{'a': 1}.get('z')"#, #"None"#) { try M(D((st("a"), i(1))), "get", st("z")) }
        checkPy(#"{'a': 1}.get('z', 0)"#, #"0"#) { try M(D((st("a"), i(1))), "get", st("z"), i(0)) }
        checkPy(#"(lambda d: (d.setdefault('c', 3), d.setdefault('a', 9), d))({'a': 1, 'b': 2})"#, #"(3, 1, {'a': 1, 'b': 2, 'c': 3})"#) {
            let x = d()
            return T(try M(x, "setdefault", st("c"), i(3)), try M(x, "setdefault", st("a"), i(9)), x)
        }
        checkPy(#"(lambda d: (d.setdefault('c'), d))({'a': 1, 'b': 2})"#, #"(None, {'a': 1, 'b': 2, 'c': None})"#) {
            let x = d()
            return T(try M(x, "setdefault", st("c")), x)
        }
        checkPy(#"(lambda d: (d.pop('a'), d.pop('z', 0), d))({'a': 1, 'b': 2})"#, #"(1, 0, {'b': 2})"#) {
            let x = d()
            return T(try M(x, "pop", st("a")), try M(x, "pop", st("z"), i(0)), x)
        }
        checkPy(#"(lambda d: (d.popitem(), d))({'a': 1, 'b': 2})"#, #"(('b', 2), {'a': 1})"#) { let x = d(); return T(try M(x, "popitem"), x) }
        checkPy(#"{'a': 1, 'b': 2}.keys()"#, #"dict_keys(['a', 'b'])"#) { try M(d(), "keys") }
        checkPy(#"{'a': 1, 'b': 2}.values()"#, #"dict_values([1, 2])"#) { try M(d(), "values") }
        checkPy(#"{'a': 1, 'b': 2}.items()"#, #"dict_items([('a', 1), ('b', 2)])"#) { try M(d(), "items") }
        checkPy(#"(lambda d: (d.update({'c': 3}, d=4), d.update([('a', 0)]), d)[2])({'a': 1, 'b': 2})"#, #"{'a': 0, 'b': 2, 'c': 3, 'd': 4}"#) {
            let x = d()
            _ = try M(x, "update", D((st("c"), i(3))), kw: [("d", i(4))])
            _ = try M(x, "update", L(T(st("a"), i(0))))
            return x
        }
        checkPy(#"(lambda d: (d.clear(), d)[1])({'a': 1, 'b': 2})"#, #"{}"#) { try self.after(d()) { try M($0, "clear") } }
        checkPy(#"(lambda d: (d.copy(), d.copy() is d))({'a': 1, 'b': 2})"#, #"({'a': 1, 'b': 2}, False)"#) {
            let x = d()
            return T(try M(x, "copy"), .bool(try M(x, "copy").isIdentical(to: x)))
        }
        checkPy(#"dict.fromkeys('ab')"#, #"{'a': None, 'b': None}"#) { try M(bi("dict"), "fromkeys", st("ab")) }
        checkPy(#"{}.fromkeys([1, 2], 0)"#, #"{1: 0, 2: 0}"#) { try M(D(), "fromkeys", L(i(1), i(2)), i(0)) }
        checkPy(#"(lambda d: (d.__setitem__('z', 5), d.__getitem__('z'), d.__len__(), d.__contains__('a')))({'a': 1})"#, #"(None, 5, 2, True)"#) {
            let x = D((st("a"), i(1)))
            return T(try M(x, "__setitem__", st("z"), i(5)), try M(x, "__getitem__", st("z")), try M(x, "__len__"),
                     try M(x, "__contains__", st("a")))
        }
        checkPy(#"{'a': 1}.keys().isdisjoint(['b'])"#, #"True"#) { try M(try M(D((st("a"), i(1))), "keys"), "isdisjoint", L(st("b"))) }
    }

    func testDictErrors() {
        checkPy(#"{}.get()"#, #"TypeError: get expected at least 1 argument, got 0"#) { try M(D(), "get") }
        checkPy(#"{}.get(1, 2, 3)"#, #"TypeError: get expected at most 2 arguments, got 3"#) { try M(D(), "get", i(1), i(2), i(3)) }
        checkPy(#"{}.get(x=1)"#, #"TypeError: dict.get() takes no keyword arguments"#) { try M(D(), "get", kw: [("x", i(1))]) }
        checkPy(#"{1: 2}.get([])"#, #"TypeError: unhashable type: 'list'"#) { try M(D((i(1), i(2))), "get", L()) }
        checkPy(#"{}.pop()"#, #"TypeError: pop expected at least 1 argument, got 0"#) { try M(D(), "pop") }
        checkPy(#"{}.pop(1)"#, #"KeyError: 1"#) { try M(D(), "pop", i(1)) }
        checkPy(#"{}.pop('k')"#, #"KeyError: 'k'"#) { try M(D(), "pop", st("k")) }
        checkPy(#"{}.pop(1, 2, 3)"#, #"TypeError: pop expected at most 2 arguments, got 3"#) { try M(D(), "pop", i(1), i(2), i(3)) }
        checkPy(#"{}.popitem()"#, #"KeyError: 'popitem(): dictionary is empty'"#) { try M(D(), "popitem") }
        checkPy(#"{}.popitem(1)"#, #"TypeError: dict.popitem() takes no arguments (1 given)"#) { try M(D(), "popitem", i(1)) }
        checkPy(#"{}.update(1)"#, #"TypeError: 'int' object is not iterable"#) { try M(D(), "update", i(1)) }
        checkPy(#"{}.update([1])"#, #"TypeError: cannot convert dictionary update sequence element #0 to a sequence"#) { try M(D(), "update", L(i(1))) }
        checkPy(#"{}.update(1, 2)"#, #"TypeError: update expected at most 1 argument, got 2"#) { try M(D(), "update", i(1), i(2)) }
        checkPy(#"{}.setdefault()"#, #"TypeError: setdefault expected at least 1 argument, got 0"#) { try M(D(), "setdefault") }
        checkPy(#"{}.setdefault(1, 2, 3)"#, #"TypeError: setdefault expected at most 2 arguments, got 3"#) { try M(D(), "setdefault", i(1), i(2), i(3)) }
        checkPy(#"{}.keys(1)"#, #"TypeError: dict.keys() takes no arguments (1 given)"#) { try M(D(), "keys", i(1)) }
        checkPy(#"{}.copy(1)"#, #"TypeError: dict.copy() takes no arguments (1 given)"#) { try M(D(), "copy", i(1)) }
        checkPy(#"dict.fromkeys()"#, #"TypeError: fromkeys expected at least 1 argument, got 0"#) { try M(bi("dict"), "fromkeys") }
        checkPy(#"dict.fromkeys(1)"#, #"TypeError: 'int' object is not iterable"#) { try M(bi("dict"), "fromkeys", i(1)) }
        checkPy(#"dict.fromkeys(1, 2, 3)"#, #"TypeError: fromkeys expected at most 2 arguments, got 3"#) { try M(bi("dict"), "fromkeys", i(1), i(2), i(3)) }
    }

    func testSetConstructors() {
        checkPy(#"set()"#, #"set()"#) { try B("set") }
        checkPy(#"set([1, 2, 2, 3])"#, #"{1, 2, 3}"#) { try B("set", L(i(1), i(2), i(2), i(3))) }
        checkPy(#"set({1: 2})"#, #"{1}"#) { try B("set", D((i(1), i(2)))) }
        checkPy(#"frozenset()"#, #"frozenset()"#) { try B("frozenset") }
        checkPy(#"frozenset([1, 2])"#, #"frozenset({1, 2})"#) { try B("frozenset", L(i(1), i(2))) }
        checkPy(#"(lambda f: frozenset(f) is f)(frozenset([1]))"#, #"True"#) {
            let fz = try B("frozenset", L(i(1)))
            return .bool(try B("frozenset", fz).isIdentical(to: fz))
        }
        checkPy(#"set(1, 2)"#, #"TypeError: set expected at most 1 argument, got 2"#) { try B("set", i(1), i(2)) }
        checkPy(#"set(x=1)"#, #"TypeError: set() takes no keyword arguments"#) { try B("set", kw: [("x", i(1))]) }
        checkPy(#"frozenset(1, 2)"#, #"TypeError: frozenset expected at most 1 argument, got 2"#) { try B("frozenset", i(1), i(2)) }
        checkPy(#"set([[]])"#, #"TypeError: unhashable type: 'list'"#) { try B("set", L(L())) }
    }

    func testSetMethods() {
        let s12 = { S(i(1), i(2)) }
        checkPy(#"(lambda s: (s.add(3), s.add(1), s)[2])({1, 2})"#, #"{1, 2, 3}"#) {
            let x = s12()
            _ = try M(x, "add", i(3))
            _ = try M(x, "add", i(1))
            return x
        }
        checkPy(#"(lambda s: (s.discard(1), s.discard(7), s)[2])({1, 2})"#, #"{2}"#) {
            let x = s12()
            _ = try M(x, "discard", i(1))
            _ = try M(x, "discard", i(7))
            return x
        }
        checkPy(#"(lambda s: (s.remove(2), s)[1])({1, 2})"#, #"{1}"#) { try self.after(s12()) { try M($0, "remove", i(2)) } }
        checkPy(#"(lambda s: (s.pop(), s))({1, 2})"#, #"(1, {2})"#) { let x = s12(); return T(try M(x, "pop"), x) }
        checkPy(#"(lambda s: (s.clear(), s)[1])({1, 2})"#, #"set()"#) { try self.after(s12()) { try M($0, "clear") } }
        checkPy(#"(lambda s: (s.update([3], (4, 1)), s)[1])({1, 2})"#, #"{1, 2, 3, 4}"#) { try self.after(s12()) { try M($0, "update", L(i(3)), T(i(4), i(1))) } }
        checkPy(#"{1, 2}.union([3], [4])"#, #"{1, 2, 3, 4}"#) { try M(s12(), "union", L(i(3)), L(i(4))) }
        checkPy(#"{1, 2}.union()"#, #"{1, 2}"#) { try M(s12(), "union") }
        checkPy(#"{1, 2, 3}.intersection([2, 3, 4], {3, 2})"#, #"{2, 3}"#) { try M(S(i(1), i(2), i(3)), "intersection", L(i(2), i(3), i(4)), S(i(3), i(2))) }
        checkPy(#"{1, 2}.intersection()"#, #"{1, 2}"#) { try M(s12(), "intersection") }
        checkPy(#"{1, 2, 3}.difference([2], {3})"#, #"{1}"#) { try M(S(i(1), i(2), i(3)), "difference", L(i(2)), S(i(3))) }
        checkPy(#"{1, 2}.symmetric_difference([2, 3])"#, #"{1, 3}"#) { try M(s12(), "symmetric_difference", L(i(2), i(3))) }
        checkPy(#"{1, 2}.issubset([1, 2, 3])"#, #"True"#) { try M(s12(), "issubset", L(i(1), i(2), i(3))) }
        checkPy(#"{1, 2}.issubset({1})"#, #"False"#) { try M(s12(), "issubset", S(i(1))) }
        checkPy(#"{1, 2}.issuperset([1])"#, #"True"#) { try M(s12(), "issuperset", L(i(1))) }
        checkPy(#"{1, 2}.issuperset({1, 3})"#, #"False"#) { try M(s12(), "issuperset", S(i(1), i(3))) }
        checkPy(#"{1, 2}.isdisjoint([3])"#, #"True"#) { try M(s12(), "isdisjoint", L(i(3))) }
        checkPy(#"{1, 2}.isdisjoint({2})"#, #"False"#) { try M(s12(), "isdisjoint", S(i(2))) }
        checkPy(#"(lambda s: (s.intersection_update([2, 3], [2]), s)[1])({1, 2, 3})"#, #"{2}"#) {
            try self.after(S(i(1), i(2), i(3))) { try M($0, "intersection_update", L(i(2), i(3)), L(i(2))) }
        }
        checkPy(#"(lambda s: (s.difference_update([1], [3]), s)[1])({1, 2, 3})"#, #"{2}"#) {
            try self.after(S(i(1), i(2), i(3))) { try M($0, "difference_update", L(i(1)), L(i(3))) }
        }
        checkPy(#"(lambda s: (s.symmetric_difference_update([2, 4]), s)[1])({1, 2, 3})"#, #"{1, 3, 4}"#) {
            try self.after(S(i(1), i(2), i(3))) { try M($0, "symmetric_difference_update", L(i(2), i(4))) }
        }
        checkPy(#"(lambda s: (s.difference_update(s), s)[1])({1, 2})"#, #"set()"#) { try self.after(s12()) { try M($0, "difference_update", $0) } }
        checkPy(#"(lambda s: (s.copy(), s.copy() is s))({1, 2})"#, #"({1, 2}, False)"#) { let x = s12(); return T(try M(x, "copy"), .bool(try M(x, "copy").isIdentical(to: x))) }
        checkPy(#"{frozenset([1])}.__contains__({1})"#, #"True"#) {
            try M(S(try B("frozenset", L(i(1)))), "__contains__", S(i(1)))
        }
        checkPy(#"(lambda s: (s.discard({1}), s)[1])({frozenset([1]), 2})"#, #"{2}"#) {
            try self.after(S(try B("frozenset", L(i(1))), i(2))) { try M($0, "discard", S(i(1))) }
        }
        // Popping everything returns each item once.
        checkPy(#"(lambda s: sorted(s.pop() for _ in range(1000)))(set(range(1000))) == list(range(1000))"#, #"True"#) {
            let x = try B("set", range(0, 1000))
            var got: [Value] = []
            for _ in 0..<1000 { got.append(try M(x, "pop")) }
            return try compare(.eq, try B("sorted", .list(got)), try B("list", range(0, 1000)))
        }
    }

    func testFrozensetMethods() {
        let fz = { try B("frozenset", L(i(1), i(2))) }
        checkPy(#"frozenset([1, 2]).union([3])"#, #"frozenset({1, 2, 3})"#) { try M(try fz(), "union", L(i(3))) }
        checkPy(#"frozenset([1, 2]).intersection([2])"#, #"frozenset({2})"#) { try M(try fz(), "intersection", L(i(2))) }
        checkPy(#"frozenset([1, 2]).difference([2])"#, #"frozenset({1})"#) { try M(try fz(), "difference", L(i(2))) }
        checkPy(#"frozenset([1, 2]).symmetric_difference([2, 3])"#, #"frozenset({1, 3})"#) { try M(try fz(), "symmetric_difference", L(i(2), i(3))) }
        checkPy(#"frozenset([1, 2]).issubset([1, 2])"#, #"True"#) { try M(try fz(), "issubset", L(i(1), i(2))) }
        checkPy(#"(lambda f: f.copy() is f)(frozenset([1, 2]))"#, #"True"#) { let x = try fz(); return .bool(try M(x, "copy").isIdentical(to: x)) }
        checkPy(#"frozenset().add(1)"#, #"AttributeError: 'frozenset' object has no attribute 'add'"#) { try M(try B("frozenset"), "add", i(1)) }
        checkPy(#"{1}.union(frozenset([2]))"#, #"{1, 2}"#) { try M(S(i(1)), "union", try fz()) }
    }

    func testSetErrors() {
        checkPy(#"set().remove(1)"#, #"KeyError: 1"#) { try M(S(), "remove", i(1)) }
        checkPy(#"set().remove({1})"#, #"KeyError: {1}"#) { try M(S(), "remove", S(i(1))) }
        checkPy(#"set().remove([])"#, #"TypeError: unhashable type: 'list'"#) { try M(S(), "remove", L()) }
        checkPy(#"set().pop()"#, #"KeyError: 'pop from an empty set'"#) { try M(S(), "pop") }
        checkPy(#"{1}.pop(1)"#, #"TypeError: set.pop() takes no arguments (1 given)"#) { try M(S(i(1)), "pop", i(1)) }
        checkPy(#"set().add()"#, #"TypeError: set.add() takes exactly one argument (0 given)"#) { try M(S(), "add") }
        checkPy(#"set().add([])"#, #"TypeError: unhashable type: 'list'"#) { try M(S(), "add", L()) }
        checkPy(#"set().discard()"#, #"TypeError: set.discard() takes exactly one argument (0 given)"#) { try M(S(), "discard") }
        checkPy(#"set().discard([])"#, #"TypeError: unhashable type: 'list'"#) { try M(S(), "discard", L()) }
        checkPy(#"set().symmetric_difference(1, 2)"#, #"TypeError: set.symmetric_difference() takes exactly one argument (2 given)"#) { try M(S(), "symmetric_difference", i(1), i(2)) }
        checkPy(#"set().union([1], [2], 3)"#, #"TypeError: 'int' object is not iterable"#) { try M(S(), "union", L(i(1)), L(i(2)), i(3)) }
        checkPy(#"set().issubset(1)"#, #"TypeError: 'int' object is not iterable"#) { try M(S(), "issubset", i(1)) }
        checkPy(#"set().issubset()"#, #"TypeError: set.issubset() takes exactly one argument (0 given)"#) { try M(S(), "issubset") }
        checkPy(#"set().issuperset([], [])"#, #"TypeError: set.issuperset() takes exactly one argument (2 given)"#) { try M(S(), "issuperset", L(), L()) }
        checkPy(#"set().isdisjoint()"#, #"TypeError: set.isdisjoint() takes exactly one argument (0 given)"#) { try M(S(), "isdisjoint") }
        checkPy(#"set().copy(1)"#, #"TypeError: set.copy() takes no arguments (1 given)"#) { try M(S(), "copy", i(1)) }
        checkPy(#"set().update(1)"#, #"TypeError: 'int' object is not iterable"#) { try M(S(), "update", i(1)) }
        checkPy(#"set().intersection_update(1)"#, #"TypeError: 'int' object is not iterable"#) { try M(S(), "intersection_update", i(1)) }
        checkPy(#"set().symmetric_difference_update(1)"#, #"TypeError: 'int' object is not iterable"#) { try M(S(), "symmetric_difference_update", i(1)) }
        checkPy(#"set.union(1)"#, #"TypeError: descriptor 'union' for 'set' objects doesn't apply to a 'int' object"#) { try call(try getAttribute(bi("set"), "union"), [i(1)]) }
        checkPy(#"set.add(frozenset(), 1)"#, #"TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object"#) { try call(try getAttribute(bi("set"), "add"), [try B("frozenset"), i(1)]) }
    }
}
