// The builtin functions against CPython 3.11's results and error messages.

import BigInt
import Foundation
import XCTest
@testable import UpdraftRuntime

final class BuiltinsTests: XCTestCase {
    override func setUp() { Runtime.bootstrap() }

    func testLen() {
        checkPy(#"len([1, 2, 3])"#, #"3"#) { try B("len", L(i(1), i(2), i(3))) }
        checkPy(#"len(range(0, 10, 3))"#, #"4"#) { try B("len", range(0, 10, 3)) }
        checkPy(#"len(Seq(4))"#, #"4"#) { try B("len", try Seq(4)) }
        checkPy(#"len()"#, #"TypeError: len() takes exactly one argument (0 given)"#) { try B("len") }
        checkPy(#"len(5)"#, #"TypeError: object of type 'int' has no len()"#) { try B("len", i(5)) }
        checkPy(#"len([], x=1)"#, #"TypeError: len() takes no keyword arguments"#) { try B("len", L(), kw: [("x", i(1))]) }
    }

    func testRange() {
        checkPy(#"range(5)"#, #"range(0, 5)"#) { try B("range", i(5)) }
        checkPy(#"range(1, 10, 2)"#, #"range(1, 10, 2)"#) { try B("range", i(1), i(10), i(2)) }
        checkPy(#"list(range(10, 0, -3))"#, #"[10, 7, 4, 1]"#) { try B("list", try B("range", i(10), i(0), i(-3))) }
        checkPy(#"range(Idx())"#, #"range(0, 5)"#) { try B("range", Idx()) }
        checkPy(#"range(1, 2, 0)"#, #"ValueError: range() arg 3 must not be zero"#) { try B("range", i(1), i(2), i(0)) }
        checkPy(#"range(1.5)"#, #"TypeError: 'float' object cannot be interpreted as an integer"#) { try B("range", f(1.5)) }
        checkPy(#"range()"#, #"TypeError: range expected at least 1 argument, got 0"#) { try B("range") }
        checkPy(#"range(1, 2, 3, 4)"#, #"TypeError: range expected at most 3 arguments, got 4"#) { try B("range", i(1), i(2), i(3), i(4)) }
        checkPy(#"range(x=1)"#, #"TypeError: range() takes no keyword arguments"#) { try B("range", kw: [("x", i(1))]) }
        checkPy(#"range(5).index(3)"#, #"3"#) { try M(try B("range", i(5)), "index", i(3)) }
        checkPy(#"range(5).index(7)"#, #"ValueError: 7 is not in range"#) { try M(try B("range", i(5)), "index", i(7)) }
        checkPy(#"range(0, 10, 2).index(4.0)"#, #"2"#) { try M(try B("range", i(0), i(10), i(2)), "index", f(4.0)) }
        checkPy(#"range(5).count(2)"#, #"1"#) { try M(try B("range", i(5)), "count", i(2)) }
        checkPy(#"range(1, 9, 2).stop"#, #"9"#) { try getAttribute(try B("range", i(1), i(9), i(2)), "stop") }
        checkPy(#"range(3, 9, 2).start"#, #"3"#) { try getAttribute(try B("range", i(3), i(9), i(2)), "start") }
    }

    func testBigRanges() {
        let two64 = bigInt("18446744073709551616")
        let two63 = bigInt("9223372036854775808")
        let e18 = bigInt("1000000000000000000")
        let e20 = bigInt("100000000000000000000")
        checkPy(#"range(0, 10**20, 10**18)"#, #"range(0, 100000000000000000000, 1000000000000000000)"#) { try B("range", i(0), e20, e18) }
        checkPy(#"len(range(0, 10**20, 10**18))"#, #"100"#) { try B("len", try B("range", i(0), e20, e18)) }
        checkPy(#"range(0, 10**20, 10**18)[-1]"#, #"99000000000000000000"#) { try getItem(try B("range", i(0), e20, e18), i(-1)) }
        checkPy(#"10**19 in range(0, 10**20, 10**18)"#, #"True"#) {
            .bool(try contains(try B("range", i(0), e20, e18), bigInt("10000000000000000000")))
        }
        checkPy(#"range(0, 10**20, 10**18).index(5 * 10**18)"#, #"5"#) {
            try M(try B("range", i(0), e20, e18), "index", bigInt("5000000000000000000"))
        }
        checkPy(#"list(range(2**63 - 1, 2**63 + 2))"#, #"[9223372036854775807, 9223372036854775808, 9223372036854775809]"#) {
            try B("list", try B("range", i(Int.max), bigInt("9223372036854775810")))
        }
        checkPy(#"len(range(2**64))"#, #"OverflowError: Python int too large to convert to C ssize_t"#) { try B("len", try B("range", two64)) }
        checkPy(#"range(2**64)[2**63:2**63 + 3]"#, #"range(9223372036854775808, 9223372036854775811)"#) {
            try getItem(try B("range", two64), .object(PySlice(start: two63, stop: bigInt("9223372036854775811"), step: .none)))
        }
        checkPy(#"range(2**64)[::2**62]"#, #"range(0, 18446744073709551616, 4611686018427387904)"#) {
            try getItem(try B("range", two64), .object(PySlice(start: .none, stop: .none, step: bigInt("4611686018427387904"))))
        }
        checkPy(#"range(2**64)[2**64]"#, #"IndexError: range object index out of range"#) { try getItem(try B("range", two64), two64) }
        checkPy(#"list(reversed(range(2**63, 2**63 + 3)))"#, #"[9223372036854775810, 9223372036854775809, 9223372036854775808]"#) {
            try B("list", try B("reversed", try B("range", two63, bigInt("9223372036854775811"))))
        }
        checkPy(#"range(2**64) == range(0, 2**64), range(2**64) == range(5)"#, #"(True, False)"#) {
            T(try compare(.eq, try B("range", two64), try B("range", i(0), two64)),
              try compare(.eq, try B("range", two64), try B("range", i(5))))
        }
        checkPy(#"hash(range(2**64)) == hash(range(0, 2**64, 1))"#, #"True"#) {
            try compare(.eq, try B("hash", try B("range", two64)), try B("hash", try B("range", i(0), two64, i(1))))
        }
        checkPy(#"range(2**64).count(5), range(2**64).stop, bool(range(2**64, 0))"#, #"(1, 18446744073709551616, False)"#) {
            T(try M(try B("range", two64), "count", i(5)), try getAttribute(try B("range", two64), "stop"),
              .bool(try isTruthy(try B("range", two64, i(0)))))
        }
        checkPy(#"range(-2**63, 2**63 - 1).step"#, #"1"#) { try getAttribute(try B("range", i(Int.min), i(Int.max)), "step") }
    }

    func testEnumerate() {
        checkPy(#"list(enumerate('ab'))"#, #"[(0, 'a'), (1, 'b')]"#) { try B("list", try B("enumerate", st("ab"))) }
        checkPy(#"list(enumerate([1, 2], 5))"#, #"[(5, 1), (6, 2)]"#) { try B("list", try B("enumerate", L(i(1), i(2)), i(5))) }
        checkPy(#"list(enumerate([1, 2], 2**64))"#, #"[(18446744073709551616, 1), (18446744073709551617, 2)]"#) {
            try B("list", try B("enumerate", L(i(1), i(2)), bigInt("18446744073709551616")))
        }
        checkPy(#"list(enumerate(iterable='ab', start=1))"#, #"[(1, 'a'), (2, 'b')]"#) {
            try B("list", try B("enumerate", kw: [("iterable", st("ab")), ("start", i(1))]))
        }
        checkPy(#"enumerate()"#, #"TypeError: enumerate() missing required argument 'iterable'"#) { try B("enumerate") }
        checkPy(#"enumerate(1)"#, #"TypeError: 'int' object is not iterable"#) { try B("enumerate", i(1)) }
        checkPy(#"enumerate([], 1, 2)"#, #"TypeError: enumerate() takes at most 2 arguments (3 given)"#) { try B("enumerate", L(), i(1), i(2)) }
        checkPy(#"enumerate([], start=1.5)"#, #"TypeError: 'float' object cannot be interpreted as an integer"#) { try B("enumerate", L(), kw: [("start", f(1.5))]) }
        checkPy(#"enumerate([], x=1)"#, #"TypeError: 'x' is an invalid keyword argument for enumerate()"#) { try B("enumerate", L(), kw: [("x", i(1))]) }
        checkPy(#"enumerate(start=1)"#, #"TypeError: 'start' is an invalid keyword argument for enumerate()"#) { try B("enumerate", kw: [("start", i(1))]) }
        checkPy(#"type(enumerate([])).__name__"#, #"'enumerate'"#) { .str(try B("enumerate", L()).typeName) }
    }

    func testZip() {
        checkPy(#"list(zip('ab', [1, 2, 3]))"#, #"[('a', 1), ('b', 2)]"#) { try B("list", try B("zip", st("ab"), L(i(1), i(2), i(3)))) }
        checkPy(#"list(zip())"#, #"[]"#) { try B("list", try B("zip")) }
        checkPy(#"list(zip([1, 2], [3, 4], strict=True))"#, #"[(1, 3), (2, 4)]"#) {
            try B("list", try B("zip", L(i(1), i(2)), L(i(3), i(4)), kw: [("strict", yes)]))
        }
        checkPy(#"list(zip([1], [1, 2], strict=True))"#, #"ValueError: zip() argument 2 is longer than argument 1"#) {
            try B("list", try B("zip", L(i(1)), L(i(1), i(2)), kw: [("strict", yes)]))
        }
        checkPy(#"list(zip([1, 2], [1], strict=True))"#, #"ValueError: zip() argument 2 is shorter than argument 1"#) {
            try B("list", try B("zip", L(i(1), i(2)), L(i(1)), kw: [("strict", yes)]))
        }
        checkPy(#"list(zip([1, 2], [1, 2], [1], strict=True))"#, #"ValueError: zip() argument 3 is shorter than arguments 1-2"#) {
            try B("list", try B("zip", L(i(1), i(2)), L(i(1), i(2)), L(i(1)), kw: [("strict", yes)]))
        }
        checkPy(#"list(zip([1], [1], [1, 2], strict=True))"#, #"ValueError: zip() argument 3 is longer than arguments 1-2"#) {
            try B("list", try B("zip", L(i(1)), L(i(1)), L(i(1), i(2)), kw: [("strict", yes)]))
        }
        checkPy(#"zip(1)"#, #"TypeError: 'int' object is not iterable"#) { try B("zip", i(1)) }
        checkPy(#"zip([1], x=True)"#, #"TypeError: 'x' is an invalid keyword argument for zip()"#) { try B("zip", L(i(1)), kw: [("x", yes)]) }
        checkPy(#"zip([1], strict=True, x=1)"#, #"TypeError: zip() takes at most 1 keyword argument (2 given)"#) { try B("zip", L(i(1)), kw: [("strict", yes), ("x", i(1))]) }
    }

    func testMapAndFilter() {
        checkPy(#"list(map(abs, [-1, 2, -3]))"#, #"[1, 2, 3]"#) { try B("list", try B("map", bi("abs"), L(i(-1), i(2), i(-3)))) }
        checkPy(#"list(map(pow, [2, 3], [3, 2]))"#, #"[8, 9]"#) { try B("list", try B("map", bi("pow"), L(i(2), i(3)), L(i(3), i(2)))) }
        checkPy(#"list(map(pow, [2, 3], [3, 2], [5]))"#, #"[3]"#) {
            try B("list", try B("map", bi("pow"), L(i(2), i(3)), L(i(3), i(2)), L(i(5))))
        }
        checkPy(#"map(len)"#, #"TypeError: map() must have at least two arguments."#) { try B("map", bi("len")) }
        checkPy(#"map(len, 1)"#, #"TypeError: 'int' object is not iterable"#) { try B("map", bi("len"), i(1)) }
        checkPy(#"map(len, [], x=1)"#, #"TypeError: map() takes no keyword arguments"#) { try B("map", bi("len"), L(), kw: [("x", i(1))]) }
        checkPy(#"list(filter(None, [0, 1, '', 'a', [], [0]]))"#, #"[1, 'a', [0]]"#) {
            try B("list", try B("filter", none, L(i(0), i(1), st(""), st("a"), L(), L(i(0)))))
        }
        checkPy(#"list(filter(bool, [0, 1, 2]))"#, #"[1, 2]"#) { try B("list", try B("filter", bi("bool"), L(i(0), i(1), i(2)))) }
        checkPy(#"list(filter(abs, [0, -1, 2]))"#, #"[-1, 2]"#) { try B("list", try B("filter", bi("abs"), L(i(0), i(-1), i(2)))) }
        checkPy(#"filter(len)"#, #"TypeError: filter expected 2 arguments, got 1"#) { try B("filter", bi("len")) }
        checkPy(#"filter(None, 1)"#, #"TypeError: 'int' object is not iterable"#) { try B("filter", none, i(1)) }
        checkPy(#"filter(None, [], x=1)"#, #"TypeError: filter() takes no keyword arguments"#) { try B("filter", none, L(), kw: [("x", i(1))]) }
    }

    func testSorted() {
        checkPy(#"sorted([3, 1, 2])"#, #"[1, 2, 3]"#) { try B("sorted", L(i(3), i(1), i(2))) }
        checkPy(#"sorted([3, 1, 2], reverse=True)"#, #"[3, 2, 1]"#) { try B("sorted", L(i(3), i(1), i(2)), kw: [("reverse", yes)]) }
        checkPy(#"sorted('bca')"#, #"['a', 'b', 'c']"#) { try B("sorted", st("bca")) }
        checkPy(#"sorted([(1, 'b'), (1, 'a'), (0, 'z')])"#, #"[(0, 'z'), (1, 'a'), (1, 'b')]"#) {
            try B("sorted", L(T(i(1), st("b")), T(i(1), st("a")), T(i(0), st("z"))))
        }
        checkPy(#"sorted([-3, 3, 1, -1], key=abs)"#, #"[1, -1, -3, 3]"#) { try B("sorted", L(i(-3), i(3), i(1), i(-1)), kw: [("key", bi("abs"))]) }
        checkPy(#"sorted([-3, 3, 1, -1], key=abs, reverse=True)"#, #"[-3, 3, 1, -1]"#) {
            try B("sorted", L(i(-3), i(3), i(1), i(-1)), kw: [("key", bi("abs")), ("reverse", yes)])
        }
        checkPy(#"sorted([3.5, 1, 2**70, -1.5, True])"#, #"[-1.5, 1, True, 3.5, 1180591620717411303424]"#) {
            try B("sorted", L(f(3.5), i(1), bigInt("1180591620717411303424"), f(-1.5), yes))
        }
        checkPy(#"sorted([Box(3), Box(1), Box(2)])"#, #"[Box(1), Box(2), Box(3)]"#) { try B("sorted", L(try Box(i(3)), try Box(i(1)), try Box(i(2)))) }
        checkPy(#"sorted([1, 2], key=lambda x: -x)"#, #"[2, 1]"#) { try B("sorted", L(i(1), i(2)), kw: [("key", negate)]) }
        checkPy(#"sorted([3, 1], key=None, reverse=1)"#, #"[3, 1]"#) { try B("sorted", L(i(3), i(1)), kw: [("key", none), ("reverse", i(1))]) }
        checkPy(#"sorted([1, 'a'])"#, #"TypeError: '<' not supported between instances of 'str' and 'int'"#) { try B("sorted", L(i(1), st("a"))) }
        checkPy(#"sorted(['x', 1])"#, #"TypeError: '<' not supported between instances of 'int' and 'str'"#) { try B("sorted", L(st("x"), i(1))) }
        checkPy(#"sorted([1, 2, 3, 'x', 0])"#, #"TypeError: '<' not supported between instances of 'str' and 'int'"#) { try B("sorted", L(i(1), i(2), i(3), st("x"), i(0))) }
        checkPy(#"sorted([3, 2, 1, 'x'])"#, #"TypeError: '<' not supported between instances of 'str' and 'int'"#) { try B("sorted", L(i(3), i(2), i(1), st("x"))) }
        checkPy(#"sorted([1, 2], key=lambda x: 1 / 0)"#, #"ZeroDivisionError: division by zero"#) {
            try B("sorted", L(i(1), i(2)), kw: [("key", pyFunction { a in try binaryOp(.div, a[0], i(0)) })])
        }
        checkPy(#"sorted()"#, #"TypeError: sorted expected 1 argument, got 0"#) { try B("sorted") }
        checkPy(#"sorted([], [])"#, #"TypeError: sorted expected 1 argument, got 2"#) { try B("sorted", L(), L()) }
        checkPy(#"sorted([], key=1, x=2)"#, #"TypeError: 'x' is an invalid keyword argument for sort()"#) { try B("sorted", L(), kw: [("key", i(1)), ("x", i(2))]) }
        checkPy(#"sorted([3, 1], reverse=None)"#, #"TypeError: 'NoneType' object cannot be interpreted as an integer"#) { try B("sorted", L(i(3), i(1)), kw: [("reverse", none)]) }
        checkPy(#"sorted([3, 1], reverse=1.5)"#, #"TypeError: 'float' object cannot be interpreted as an integer"#) { try B("sorted", L(i(3), i(1)), kw: [("reverse", f(1.5))]) }
        checkPy(#"sorted([], a=1, b=2, c=3)"#, #"TypeError: sort() takes at most 2 keyword arguments (3 given)"#) { try B("sorted", L(), kw: [("a", i(1)), ("b", i(2)), ("c", i(3))]) }
    }

    /// Long inputs exercise runs, merges and galloping; the checksums fix the result order.
    func testSortedLongInputsAreStable() {
        // Python: xs = [(i * 7919) % 1000 for i in range(3000)]
        //         r = sorted(range(3000), key=lambda i: xs[i] // 10)
        //         sum(k * v for k, v in enumerate(r)) % 1000000007
        let xs = (0..<3000).map { ($0 * 7919) % 1000 }
        let key = pyFunction { a in .int(xs[(try? indexValue(a[0])) ?? 0] / 10) }
        checkPy(#"(lambda xs: sum(k * v for k, v in enumerate(sorted(range(3000), key=lambda i: xs[i] // 10))) % 1000000007)([(i * 7919) % 1000 for i in range(3000)])"#, #"767598923"#) {
            let r = try iterateToArray(try B("sorted", range(0, 3000), kw: [("key", key)]))
            var total = 0
            for (k, v) in r.enumerated() { total = (total + k * ((try? indexValue(v)) ?? 0)) % 1000000007 }
            return .int(total)
        }
        checkPy(#"(lambda xs: sum(k * v for k, v in enumerate(sorted(range(3000), key=lambda i: xs[i] // 10, reverse=True))) % 1000000007)([(i * 7919) % 1000 for i in range(3000)])"#, #"768138923"#) {
            let r = try iterateToArray(try B("sorted", range(0, 3000), kw: [("key", key), ("reverse", yes)]))
            var total = 0
            for (k, v) in r.enumerated() { total = (total + k * ((try? indexValue(v)) ?? 0)) % 1000000007 }
            return .int(total)
        }
        // Partially ordered input: ascending runs, a descending run, duplicates.
        let partly: [Value] = (0..<500).map { .int($0) } + (0..<300).map { .int(1000 - $0) }
            + (0..<700).map { .int(($0 * 31) % 97) } + (0..<400).map { .int($0 / 3) }
        checkPy(#"(lambda r: sum(k * v for k, v in enumerate(r)) % 1000000007)(sorted(list(range(500)) + [1000 - i for i in range(300)] + [(i * 31) % 97 for i in range(700)] + [i // 3 for i in range(400)]))"#, #"674252524"#) {
            let r = try iterateToArray(try B("sorted", .list(partly)))
            var total = 0
            for (k, v) in r.enumerated() { total = (total + k * ((try? indexValue(v)) ?? 0)) % 1000000007 }
            return .int(total)
        }
    }

    /// `sortlog(xs)` (defined with the test classes) sorts `LB` objects whose `__lt__` logs
    /// each comparison, and returns the number of comparisons, a hash of their sequence, and
    /// whether the result was sorted. Inputs are shaped to reach galloping in both merge
    /// directions.
    private func sortLog(_ xs: [Int], reverse: Bool = false) throws -> Value {
        var log: [(Int, Int)] = []
        let lb = defineClass("LB", [
            "__lt__": { a in
                let x = try indexValue(try getAttribute(a[0], "v"))
                let y = try indexValue(try getAttribute(a[1], "v"))
                log.append((x, y))
                return .bool(x < y)
            },
        ])
        let items: [Value] = try xs.map { x in
            let o = instance(lb)
            try setAttribute(o, "v", .int(x))
            return o
        }
        let sorted = try iterateToArray(try B("sorted", .list(items), kw: reverse ? [("reverse", yes)] : []))
        var h: UInt64 = 0
        let p: UInt64 = (1 << 61) - 1
        for (a, b) in log {
            h = UInt64((BigUInt(h) * 1000003 + BigUInt(a) * 1009 + BigUInt(b)) % BigUInt(p))
        }
        let values = try sorted.map { try indexValue(try getAttribute($0, "v")) }
        return .tuple([.int(log.count), .int(Int(h)), .bool(values == (reverse ? xs.sorted(by: >) : xs.sorted()))])
    }

    /// The sequence of `<` comparisons is CPython's, so side effects happen in the same order.
    func testSortComparisonSequencesOnShapedInputs() {
        checkPy(#"sortlog([(i * 37) % 150 for i in range(150)])"#, #"(876, 2056404315590857751, True)"#) { try self.sortLog((0..<150).map { ($0 * 37) % 150 }) }
        checkPy(#"sortlog(list(range(500, 1000)) + list(range(500)))"#, #"(1025, 1206054675553764006, True)"#) { try self.sortLog(Array(500..<1000) + Array(0..<500)) }
        checkPy(#"sortlog([(i * 7919) % 2003 for i in range(2000)])"#, #"(18771, 915709149046437108, True)"#) { try self.sortLog((0..<2000).map { ($0 * 7919) % 2003 }) }
        checkPy(#"sortlog(list(range(0, 600, 2)) + list(range(1, 600, 2)) + [5] * 50)"#, #"(1293, 433433520732491569, True)"#) {
            try self.sortLog(Array(stride(from: 0, to: 600, by: 2)) + Array(stride(from: 1, to: 600, by: 2)) + Array(repeating: 5, count: 50))
        }
        checkPy(#"sortlog([(1000 - i) // 3 for i in range(1000)])"#, #"(5141, 1988556903252192682, True)"#) { try self.sortLog((0..<1000).map { (1000 - $0) / 3 }) }
        checkPy(#"sortlog([(i * 7919) % 2003 for i in range(2000)], reverse=True)"#, #"(18668, 1757342013634828739, True)"#) {
            try self.sortLog((0..<2000).map { ($0 * 7919) % 2003 }, reverse: true)
        }
        checkPy(#"sortlog(list(range(300)) + list(range(100, 200)) + list(range(1000, 1300)) + list(range(250, 280)))"#, #"(1084, 987815689865482731, True)"#) {
            try self.sortLog(Array(0..<300) + Array(100..<200) + Array(1000..<1300) + Array(250..<280))
        }
        checkPy(#"sortlog([i % 64 * 100 + i // 64 for i in range(4096)])"#, #"(22757, 399825572230688437, True)"#) { try self.sortLog((0..<4096).map { $0 % 64 * 100 + $0 / 64 }) }
    }

    func testMinMax() {
        checkPy(#"min([3, 1, 2])"#, #"1"#) { try B("min", L(i(3), i(1), i(2))) }
        checkPy(#"max(3, 1, 2)"#, #"3"#) { try B("max", i(3), i(1), i(2)) }
        checkPy(#"min('bca')"#, #"'a'"#) { try B("min", st("bca")) }
        checkPy(#"max([], default=7)"#, #"7"#) { try B("max", L(), kw: [("default", i(7))]) }
        checkPy(#"min([-3, 1, 2], key=abs)"#, #"1"#) { try B("min", L(i(-3), i(1), i(2)), kw: [("key", bi("abs"))]) }
        checkPy(#"max([-3, 1, 2], key=abs)"#, #"-3"#) { try B("max", L(i(-3), i(1), i(2)), kw: [("key", bi("abs"))]) }
        checkPy(#"max([1, 3, 3.0])"#, #"3"#) { try B("max", L(i(1), i(3), f(3.0))) }
        checkPy(#"min([1.0, 1])"#, #"1.0"#) { try B("min", L(f(1.0), i(1))) }
        checkPy(#"max(Box(1), Box(3), Box(2))"#, #"Box(3)"#) {
            try B("max", try Box(i(1)), try Box(i(3)), try Box(i(2)))
        }
        checkPy(#"min()"#, #"TypeError: min expected at least 1 argument, got 0"#) { try B("min") }
        checkPy(#"min(1)"#, #"TypeError: 'int' object is not iterable"#) { try B("min", i(1)) }
        checkPy(#"min([])"#, #"ValueError: min() arg is an empty sequence"#) { try B("min", L()) }
        checkPy(#"max([])"#, #"ValueError: max() arg is an empty sequence"#) { try B("max", L()) }
        checkPy(#"min([], default=None, key=None, x=1)"#, #"TypeError: min() takes at most 2 keyword arguments (3 given)"#) {
            try B("min", L(), kw: [("default", none), ("key", none), ("x", i(1))])
        }
        checkPy(#"min([1], x=1)"#, #"TypeError: 'x' is an invalid keyword argument for min()"#) { try B("min", L(i(1)), kw: [("x", i(1))]) }
        checkPy(#"min(1, 2, default=0)"#, #"TypeError: Cannot specify a default for min() with multiple positional arguments"#) { try B("min", i(1), i(2), kw: [("default", i(0))]) }
        checkPy(#"max([1, 'a'])"#, #"TypeError: '>' not supported between instances of 'str' and 'int'"#) { try B("max", L(i(1), st("a"))) }
        checkPy(#"min([1, 'a'])"#, #"TypeError: '<' not supported between instances of 'str' and 'int'"#) { try B("min", L(i(1), st("a"))) }
        checkPy(#"max(1, 2, 3, key=1)"#, #"TypeError: 'int' object is not callable"#) { try B("max", i(1), i(2), i(3), kw: [("key", i(1))]) }
    }

    func testSum() {
        checkPy(#"sum([1, 2, 3])"#, #"6"#) { try B("sum", L(i(1), i(2), i(3))) }
        checkPy(#"sum([1, 2], 10)"#, #"13"#) { try B("sum", L(i(1), i(2)), i(10)) }
        checkPy(#"sum([0.1] * 10)"#, #"0.9999999999999999"#) { try B("sum", .list(Array(repeating: f(0.1), count: 10))) }
        checkPy(#"sum([1e100, 1.0, -1e100])"#, #"0.0"#) { try B("sum", L(f(1e100), f(1.0), f(-1e100))) }
        checkPy(#"sum([[1], [2]], [])"#, #"[1, 2]"#) { try B("sum", L(L(i(1)), L(i(2))), L()) }
        checkPy(#"sum([], start=5)"#, #"5"#) { try B("sum", L(), kw: [("start", i(5))]) }
        checkPy(#"sum([True, True])"#, #"2"#) { try B("sum", L(yes, yes)) }
        checkPy(#"sum(range(101))"#, #"5050"#) { try B("sum", range(0, 101)) }
        checkPy(#"sum([2**62, 2**62, 2**62])"#, #"13835058055282163712"#) { try B("sum", L(i(1 << 62), i(1 << 62), i(1 << 62))) }
        checkPy(#"sum([1, 0.5])"#, #"1.5"#) { try B("sum", L(i(1), f(0.5))) }
        checkPy(#"sum()"#, #"TypeError: sum() takes at least 1 positional argument (0 given)"#) { try B("sum") }
        checkPy(#"sum('ab')"#, #"TypeError: unsupported operand type(s) for +: 'int' and 'str'"#) { try B("sum", st("ab")) }
        checkPy(#"sum(['a', 'b'], '')"#, #"TypeError: sum() can't sum strings [use ''.join(seq) instead]"#) { try B("sum", L(st("a"), st("b")), st("")) }
        checkPy(#"sum([1], 5, 6)"#, #"TypeError: sum() takes at most 2 arguments (3 given)"#) { try B("sum", L(i(1)), i(5), i(6)) }
        checkPy(#"sum([1], x=5)"#, #"TypeError: 'x' is an invalid keyword argument for sum()"#) { try B("sum", L(i(1)), kw: [("x", i(5))]) }
        checkPy(#"sum(start=0)"#, #"TypeError: sum() takes at least 1 positional argument (0 given)"#) { try B("sum", kw: [("start", i(0))]) }
        checkPy(#"sum([1, 'a'])"#, #"TypeError: unsupported operand type(s) for +: 'int' and 'str'"#) { try B("sum", L(i(1), st("a"))) }
    }

    func testAnyAll() {
        checkPy(#"any([0, '', 1])"#, #"True"#) { try B("any", L(i(0), st(""), i(1))) }
        checkPy(#"any([])"#, #"False"#) { try B("any", L()) }
        checkPy(#"all([1, 'a'])"#, #"True"#) { try B("all", L(i(1), st("a"))) }
        checkPy(#"all([])"#, #"True"#) { try B("all", L()) }
        checkPy(#"all([1, 0])"#, #"False"#) { try B("all", L(i(1), i(0))) }
        checkPy(#"any(1)"#, #"TypeError: 'int' object is not iterable"#) { try B("any", i(1)) }
        checkPy(#"all()"#, #"TypeError: all() takes exactly one argument (0 given)"#) { try B("all") }
    }

    func testIterAndNext() {
        checkPy(#"next(iter([1, 2]))"#, #"1"#) { try B("next", try B("iter", L(i(1), i(2)))) }
        checkPy(#"list(iter(Countdown()))"#, #"[2, 1, 0]"#) { try B("list", try B("iter", try Countdown())) }
        checkPy(#"next(Countdown())"#, #"2"#) { try B("next", try Countdown()) }
        checkPy(#"next(iter([]), 'd')"#, #"'d'"#) { try B("next", try B("iter", L()), st("d")) }
        checkPy(#"next(iter([]))"#, #"StopIteration: "#) { try B("next", try B("iter", L())) }
        checkPy(#"list(iter([5, 4, 3, 2].pop, 3))"#, #"[2]"#) {
            try B("list", try B("iter", try getAttribute(L(i(5), i(4), i(3), i(2)), "pop"), i(3)))
        }
        checkPy(#"next(1)"#, #"TypeError: 'int' object is not an iterator"#) { try B("next", i(1)) }
        checkPy(#"next([])"#, #"TypeError: 'list' object is not an iterator"#) { try B("next", L()) }
        checkPy(#"iter()"#, #"TypeError: iter expected at least 1 argument, got 0"#) { try B("iter") }
        checkPy(#"iter(1)"#, #"TypeError: 'int' object is not iterable"#) { try B("iter", i(1)) }
        checkPy(#"iter(1, 2)"#, #"TypeError: iter(v, w): v must be callable"#) { try B("iter", i(1), i(2)) }
        checkPy(#"iter(1, 2, 3)"#, #"TypeError: iter expected at most 2 arguments, got 3"#) { try B("iter", i(1), i(2), i(3)) }
        checkPy(#"iter(x=1)"#, #"TypeError: iter() takes no keyword arguments"#) { try B("iter", kw: [("x", i(1))]) }
        checkPy(#"type(iter(len, 1)).__name__"#, #"'callable_iterator'"#) { .str(try B("iter", bi("len"), i(1)).typeName) }
    }

    func testReversed() {
        checkPy(#"list(reversed([1, 2, 3]))"#, #"[3, 2, 1]"#) { try B("list", try B("reversed", L(i(1), i(2), i(3)))) }
        checkPy(#"list(reversed((1, 2)))"#, #"[2, 1]"#) { try B("list", try B("reversed", T(i(1), i(2)))) }
        checkPy(#"list(reversed('abc'))"#, #"['c', 'b', 'a']"#) { try B("list", try B("reversed", st("abc"))) }
        checkPy(#"list(reversed(range(5)))"#, #"[4, 3, 2, 1, 0]"#) { try B("list", try B("reversed", range(0, 5))) }
        checkPy(#"list(reversed(range(1, 10, 3)))"#, #"[7, 4, 1]"#) { try B("list", try B("reversed", range(1, 10, 3))) }
        checkPy(#"list(reversed(range(0)))"#, #"[]"#) { try B("list", try B("reversed", range(0, 0))) }
        checkPy(#"list(reversed({1: 2, 3: 4}))"#, #"[3, 1]"#) { try B("list", try B("reversed", D((i(1), i(2)), (i(3), i(4))))) }
        checkPy(#"list(reversed({1: 2, 3: 4}.items()))"#, #"[(3, 4), (1, 2)]"#) {
            try B("list", try B("reversed", try M(D((i(1), i(2)), (i(3), i(4))), "items")))
        }
        checkPy(#"list(reversed({1: 2, 3: 4}.values()))"#, #"[4, 2]"#) {
            try B("list", try B("reversed", try M(D((i(1), i(2)), (i(3), i(4))), "values")))
        }
        checkPy(#"list(reversed(Seq(3)))"#, #"[20, 10, 0]"#) { try B("list", try B("reversed", try Seq(3))) }
        checkPy(#"list(reversed(Rev()))"#, #"[3, 2, 1]"#) { try B("list", try B("reversed", Rev())) }
        checkPy(#"reversed(1)"#, #"TypeError: 'int' object is not reversible"#) { try B("reversed", i(1)) }
        checkPy(#"reversed({1})"#, #"TypeError: 'set' object is not reversible"#) { try B("reversed", S(i(1))) }
        checkPy(#"reversed()"#, #"TypeError: reversed expected 1 argument, got 0"#) { try B("reversed") }
        checkPy(#"reversed([], x=1)"#, #"TypeError: reversed() takes no keyword arguments"#) { try B("reversed", L(), kw: [("x", i(1))]) }
        checkPy(#"type(reversed([])).__name__"#, #"'list_reverseiterator'"#) { .str(try B("reversed", L()).typeName) }
    }

    func testNumericArgumentBinding() {
        checkPy(#"abs(-5)"#, #"5"#) { try B("abs", i(-5)) }
        checkPy(#"abs()"#, #"TypeError: abs() takes exactly one argument (0 given)"#) { try B("abs") }
        checkPy(#"abs('a')"#, #"TypeError: bad operand type for abs(): 'str'"#) { try B("abs", st("a")) }
        checkPy(#"round()"#, #"TypeError: round() missing required argument 'number' (pos 1)"#) { try B("round") }
        checkPy(#"round(1, 2, 3)"#, #"TypeError: round() takes at most 2 arguments (3 given)"#) { try B("round", i(1), i(2), i(3)) }
        checkPy(#"round(1, x=2)"#, #"TypeError: 'x' is an invalid keyword argument for round()"#) { try B("round", i(1), kw: [("x", i(2))]) }
        checkPy(#"round(number=1.5)"#, #"2"#) { try B("round", kw: [("number", f(1.5))]) }
        checkPy(#"divmod(7, 2)"#, #"(3, 1)"#) { try B("divmod", i(7), i(2)) }
        checkPy(#"divmod(1)"#, #"TypeError: divmod expected 2 arguments, got 1"#) { try B("divmod", i(1)) }
        checkPy(#"divmod(7, 2, 3)"#, #"TypeError: divmod expected 2 arguments, got 3"#) { try B("divmod", i(7), i(2), i(3)) }
        checkPy(#"pow(2, 10)"#, #"1024"#) { try B("pow", i(2), i(10)) }
        checkPy(#"pow(2, exp=3)"#, #"8"#) { try B("pow", i(2), kw: [("exp", i(3))]) }
        checkPy(#"pow(base=2, exp=3, mod=5)"#, #"3"#) { try B("pow", kw: [("base", i(2)), ("exp", i(3)), ("mod", i(5))]) }
        checkPy(#"pow(1)"#, #"TypeError: pow() missing required argument 'exp' (pos 2)"#) { try B("pow", i(1)) }
        checkPy(#"pow(1, 2, 3, 4)"#, #"TypeError: pow() takes at most 3 arguments (4 given)"#) { try B("pow", i(1), i(2), i(3), i(4)) }
        checkPy(#"pow(x=2, exp=3)"#, #"TypeError: pow() missing required argument 'base' (pos 1)"#) { try B("pow", kw: [("x", i(2)), ("exp", i(3))]) }
    }

    func testHexOctBinChrOrd() {
        checkPy(#"hex(255)"#, #"'0xff'"#) { try B("hex", i(255)) }
        checkPy(#"hex(-255)"#, #"'-0xff'"#) { try B("hex", i(-255)) }
        checkPy(#"hex(2**70)"#, #"'0x400000000000000000'"#) { try B("hex", bigInt("1180591620717411303424")) }
        checkPy(#"hex(Idx())"#, #"'0x5'"#) { try B("hex", Idx()) }
        checkPy(#"oct(8)"#, #"'0o10'"#) { try B("oct", i(8)) }
        checkPy(#"oct(-8)"#, #"'-0o10'"#) { try B("oct", i(-8)) }
        checkPy(#"bin(5)"#, #"'0b101'"#) { try B("bin", i(5)) }
        checkPy(#"bin(-5)"#, #"'-0b101'"#) { try B("bin", i(-5)) }
        checkPy(#"bin(0)"#, #"'0b0'"#) { try B("bin", i(0)) }
        checkPy(#"bin(True)"#, #"'0b1'"#) { try B("bin", yes) }
        checkPy(#"hex(1.5)"#, #"TypeError: 'float' object cannot be interpreted as an integer"#) { try B("hex", f(1.5)) }
        checkPy(#"oct('a')"#, #"TypeError: 'str' object cannot be interpreted as an integer"#) { try B("oct", st("a")) }
        checkPy(#"chr(65)"#, #"'A'"#) { try B("chr", i(65)) }
        checkPy(#"chr(233)"#, #"'é'"#) { try B("chr", i(233)) }
        checkPy(#"chr(-1)"#, #"ValueError: chr() arg not in range(0x110000)"#) { try B("chr", i(-1)) }
        checkPy(#"chr(0x110000)"#, #"ValueError: chr() arg not in range(0x110000)"#) { try B("chr", i(0x110000)) }
        checkPy(#"chr(2**40)"#, #"OverflowError: Python int too large to convert to C int"#) { try B("chr", i(1 << 40)) }
        checkPy(#"chr(1.5)"#, #"TypeError: 'float' object cannot be interpreted as an integer"#) { try B("chr", f(1.5)) }
        checkPy(#"chr('a')"#, #"TypeError: 'str' object cannot be interpreted as an integer"#) { try B("chr", st("a")) }
        checkPy(#"ord('a')"#, #"97"#) { try B("ord", st("a")) }
        checkPy(#"ord('é')"#, #"233"#) { try B("ord", st("é")) }
        checkPy(#"ord('\U0001F600')"#, #"128512"#) { try B("ord", st("\u{1F600}")) }
        checkPy(#"ord('ab')"#, #"TypeError: ord() expected a character, but string of length 2 found"#) { try B("ord", st("ab")) }
        checkPy(#"ord('')"#, #"TypeError: ord() expected a character, but string of length 0 found"#) { try B("ord", st("")) }
        checkPy(#"ord(1)"#, #"TypeError: ord() expected string of length 1, but int found"#) { try B("ord", i(1)) }
    }

    func testIsinstanceAndIssubclass() {
        checkPy(#"isinstance(1, int)"#, #"True"#) { try B("isinstance", i(1), bi("int")) }
        checkPy(#"isinstance(True, int)"#, #"True"#) { try B("isinstance", yes, bi("int")) }
        checkPy(#"isinstance(1, bool)"#, #"False"#) { try B("isinstance", i(1), bi("bool")) }
        checkPy(#"isinstance(1.0, (str, (float, int)))"#, #"True"#) {
            try B("isinstance", f(1.0), T(bi("str"), T(bi("float"), bi("int"))))
        }
        checkPy(#"isinstance([], (tuple, dict))"#, #"False"#) { try B("isinstance", L(), T(bi("tuple"), bi("dict"))) }
        checkPy(#"isinstance(None, object)"#, #"True"#) { try B("isinstance", none, bi("object")) }
        checkPy(#"isinstance(Derived(), Base)"#, #"True"#) { try B("isinstance", Derived(), .object(TestClasses.baseType)) }
        checkPy(#"isinstance(Base(), Derived)"#, #"False"#) { try B("isinstance", Base(), .object(TestClasses.derivedType)) }
        checkPy(#"isinstance(KeyError('x'), LookupError)"#, #"True"#) {
            try B("isinstance", try B("KeyError", st("x")), bi("LookupError"))
        }
        checkPy(#"isinstance(1, 1)"#, #"TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"#) { try B("isinstance", i(1), i(1)) }
        checkPy(#"isinstance(1, (int, 1))"#, #"True"#) { try B("isinstance", i(1), T(bi("int"), i(1))) }
        checkPy(#"isinstance(1, (str, 1))"#, #"TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"#) { try B("isinstance", i(1), T(bi("str"), i(1))) }
        checkPy(#"isinstance(1)"#, #"TypeError: isinstance expected 2 arguments, got 1"#) { try B("isinstance", i(1)) }
        checkPy(#"issubclass(bool, int)"#, #"True"#) { try B("issubclass", bi("bool"), bi("int")) }
        checkPy(#"issubclass(Derived, (str, Base))"#, #"True"#) {
            try B("issubclass", .object(TestClasses.derivedType), T(bi("str"), .object(TestClasses.baseType)))
        }
        checkPy(#"issubclass(KeyError, LookupError)"#, #"True"#) { try B("issubclass", bi("KeyError"), bi("LookupError")) }
        checkPy(#"issubclass(1, int)"#, #"TypeError: issubclass() arg 1 must be a class"#) { try B("issubclass", i(1), bi("int")) }
        checkPy(#"issubclass(int, 1)"#, #"TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"#) { try B("issubclass", bi("int"), i(1)) }
    }

    func testAttributeFunctions() {
        checkPy(#"getattr(Box(3), 'v')"#, #"3"#) { try B("getattr", try Box(i(3)), st("v")) }
        checkPy(#"getattr(Box(3), 'w', 9)"#, #"9"#) { try B("getattr", try Box(i(3)), st("w"), i(9)) }
        checkPy(#"getattr(1, 'x')"#, #"AttributeError: 'int' object has no attribute 'x'"#) { try B("getattr", i(1), st("x")) }
        checkPy(#"getattr(1, 2)"#, #"TypeError: attribute name must be string, not 'int'"#) { try B("getattr", i(1), i(2)) }
        checkPy(#"getattr(1)"#, #"TypeError: getattr expected at least 2 arguments, got 1"#) { try B("getattr", i(1)) }
        checkPy(#"hasattr([], 'append')"#, #"True"#) { try B("hasattr", L(), st("append")) }
        checkPy(#"hasattr([], 'nope')"#, #"False"#) { try B("hasattr", L(), st("nope")) }
        checkPy(#"hasattr(1, 2)"#, #"TypeError: attribute name must be string, not 'int'"#) { try B("hasattr", i(1), i(2)) }
        checkPy(#"(lambda b: (setattr(b, 'v', 5), b.v)[1])(Box(1))"#, #"5"#) {
            let b = try Box(i(1))
            _ = try B("setattr", b, st("v"), i(5))
            return try getAttribute(b, "v")
        }
        checkPy(#"setattr(1, 'x', 2)"#, #"AttributeError: 'int' object has no attribute 'x'"#) { try B("setattr", i(1), st("x"), i(2)) }
        checkPy(#"(lambda b: (delattr(b, 'v'), hasattr(b, 'v'))[1])(Box(1))"#, #"False"#) {
            let b = try Box(i(1))
            _ = try B("delattr", b, st("v"))
            return try B("hasattr", b, st("v"))
        }
        checkPy(#"delattr(1, 'x')"#, #"AttributeError: 'int' object has no attribute 'x'"#) { try B("delattr", i(1), st("x")) }
        checkPy(#"vars(Box(3))"#, #"{'v': 3}"#) { try B("vars", try Box(i(3))) }
        checkPy(#"vars(1)"#, #"TypeError: vars() argument must have __dict__ attribute"#) { try B("vars", i(1)) }
        checkPy(#"'v' in dir(Box(3))"#, #"True"#) { .bool(try contains(try B("dir", try Box(i(3))), st("v"))) }
        checkPy(#"dir(1, 2)"#, #"TypeError: dir expected at most 1 argument, got 2"#) { try B("dir", i(1), i(2)) }
        checkPy(#"callable(len)"#, #"True"#) { try B("callable", bi("len")) }
        checkPy(#"callable(Box)"#, #"True"#) { try B("callable", .object(TestClasses.boxType)) }
        checkPy(#"callable(1)"#, #"False"#) { try B("callable", i(1)) }
        checkPy(#"callable()"#, #"TypeError: callable() takes exactly one argument (0 given)"#) { try B("callable") }
    }

    func testReprAsciiFormatHashId() throws {
        XCTAssertEqual(try B("repr", L(i(1), st("a"))).stringValue, "[1, 'a']")
        checkPy(#"repr()"#, #"TypeError: repr() takes exactly one argument (0 given)"#) { try B("repr") }
        XCTAssertEqual(try B("ascii", st("h\u{e9}llo\u{1234}\u{1F600}")).stringValue, #"'h\xe9llo\u1234\U0001f600'"#)
        checkPy(#"format(5)"#, #"'5'"#) { try B("format", i(5)) }
        checkPy(#"format(1, 2)"#, #"TypeError: format() argument 2 must be str, not int"#) { try B("format", i(1), i(2)) }
        checkPy(#"format()"#, #"TypeError: format expected at least 1 argument, got 0"#) { try B("format") }
        checkPy(#"hash([])"#, #"TypeError: unhashable type: 'list'"#) { try B("hash", L()) }
        checkPy(#"hash((1, 2)) == hash((1, 2))"#, #"True"#) {
            try compare(.eq, try B("hash", T(i(1), i(2))), try B("hash", T(i(1), i(2))))
        }
        let box = try Box(i(1))
        checkPy(#"(lambda b: id(b) == id(b))(Box(1))"#, #"True"#) { try compare(.eq, try B("id", box), try B("id", box)) }
        checkPy(#"id()"#, #"TypeError: id() takes exactly one argument (0 given)"#) { try B("id") }
    }

    func testTypeAndDescriptors() {
        checkPy(#"type(1)"#, #"<class 'int'>"#) { try B("type", i(1)) }
        checkPy(#"type(True)"#, #"<class 'bool'>"#) { try B("type", yes) }
        checkPy(#"type([])"#, #"<class 'list'>"#) { try B("type", L()) }
        checkPy(#"type(Box(1))"#, #"<class '__main__.Box'>"#) { try B("type", try Box(i(1))) }
        checkPy(#"type()"#, #"TypeError: type() takes 1 or 3 arguments"#) { try B("type") }
        checkPy(#"type(1, 2)"#, #"TypeError: type() takes 1 or 3 arguments"#) { try B("type", i(1), i(2)) }
        checkPy(#"type('X', (), {})"#, #"<class '__main__.X'>"#) { try B("type", st("X"), T(), D()) }
        checkPy(#"type('X', [], {})"#, #"TypeError: type.__new__() argument 2 must be tuple, not list"#) { try B("type", st("X"), L(), D()) }
        checkPy(#"type(1, (), {})"#, #"TypeError: type.__new__() argument 1 must be str, not int"#) { try B("type", i(1), T(), D()) }
        checkPy(#"type('X', (), [])"#, #"TypeError: type.__new__() argument 3 must be dict, not list"#) { try B("type", st("X"), T(), L()) }
        checkPy(#"type('X', (Base,), {'a': 1}).a"#, #"1"#) {
            try getAttribute(try B("type", st("X"), T(.object(TestClasses.baseType)), D((st("a"), i(1)))), "a")
        }
        checkPy(#"property(1).fget"#, #"1"#) { try getAttribute(try B("property", i(1)), "fget") }
        checkPy(#"property(1, 2, 3, 4, 5)"#, #"TypeError: property() takes at most 4 arguments (5 given)"#) { try B("property", i(1), i(2), i(3), i(4), i(5)) }
        checkPy(#"staticmethod()"#, #"TypeError: staticmethod expected 1 argument, got 0"#) { try B("staticmethod") }
        checkPy(#"classmethod(1, 2)"#, #"TypeError: classmethod expected 1 argument, got 2"#) { try B("classmethod", i(1), i(2)) }
        checkPy(#"staticmethod(len).__func__"#, #"<built-in function len>"#) { try getAttribute(try B("staticmethod", bi("len")), "__func__") }
        checkPy(#"super(1)"#, #"TypeError: super() argument 1 must be a type, not int"#) { try B("super", i(1)) }
        checkPy(#"super(int, 'a')"#, #"TypeError: super(type, obj): obj must be an instance or subtype of type"#) { try B("super", bi("int"), st("a")) }
        checkPy(#"super(1, 2)"#, #"TypeError: super() argument 1 must be a type, not int"#) { try B("super", i(1), i(2)) }
        checkPy(#"slice(5)"#, #"slice(None, 5, None)"#) { try B("slice", i(5)) }
        checkPy(#"slice(1, 5, 2).indices(3)"#, #"(1, 3, 2)"#) { try M(try B("slice", i(1), i(5), i(2)), "indices", i(3)) }
        checkPy(#"slice(2, 8).stop"#, #"8"#) { try getAttribute(try B("slice", i(2), i(8)), "stop") }
        checkPy(#"slice(1, 2, 3, 4)"#, #"TypeError: slice expected at most 3 arguments, got 4"#) { try B("slice", i(1), i(2), i(3), i(4)) }
        checkPy(#"slice(1, x=2)"#, #"TypeError: slice() takes no keyword arguments"#) { try B("slice", i(1), kw: [("x", i(2))]) }
        checkPy(#"[1, 2, 3, 4][slice(None, None, -2)]"#, #"[4, 2]"#) {
            try getItem(L(i(1), i(2), i(3), i(4)), try B("slice", none, none, i(-2)))
        }
    }

    func testConstantsAndExit() {
        checkPy(#"NotImplemented"#, #"NotImplemented"#) { bi("NotImplemented") }
        checkPy(#"Ellipsis"#, #"Ellipsis"#) { bi("Ellipsis") }
        checkPy(#"ZeroDivisionError"#, #"<class 'ZeroDivisionError'>"#) { bi("ZeroDivisionError") }
        checkPy(#"IOError"#, #"<class 'OSError'>"#) { bi("IOError") }
        checkPy(#"repr(exit)"#, #"'Use exit() or Ctrl-D (i.e. EOF) to exit'"#) { .str(try repr(bi("exit"))) }
        checkPy(#"exit(3)"#, #"SystemExit: 3"#) { try B("exit", i(3)) }
        checkPy(#"exit()"#, #"SystemExit: None"#) { try B("exit") }
        checkPy(#"exit(1, 2)"#, #"TypeError: Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given"#) { try B("exit", i(1), i(2)) }
    }

    func testInput() throws {
        // Feed stdin from a pipe for the duration of the test.
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let savedStdin = dup(0)
        dup2(fds[0], 0)
        close(fds[0])
        let text = "hello\nworld"
        _ = text.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        defer {
            dup2(savedStdin, 0)
            close(savedStdin)
            clearerr(stdin)
        }
        var prompt = ""
        OutputStream.stdout.capture = { prompt += $0 }
        defer { OutputStream.stdout.capture = nil }
        XCTAssertEqual(try B("input", st("name? ")).stringValue, "hello")
        XCTAssertEqual(prompt, "name? ")
        XCTAssertEqual(try B("input").stringValue, "world")
        checkPy(#"input(1, 2)"#, #"TypeError: input expected at most 1 argument, got 2"#) { try B("input", i(1), i(2)) }
        XCTAssertEqual(outcome { try B("input") }, "EOFError: EOF when reading a line")
    }

    func testPrint() throws {
        XCTAssertEqual(try captureOutput { _ = try B("print", i(1), st("a"), L(i(2))) }, "1 a [2]\n")
        XCTAssertEqual(try captureOutput { _ = try B("print", i(1), i(2), kw: [("sep", st("-")), ("end", st("!"))]) }, "1-2!")
        XCTAssertEqual(try captureOutput { _ = try B("print", i(1), i(2), kw: [("sep", none), ("end", none)]) }, "1 2\n")
        XCTAssertEqual(try captureOutput { _ = try B("print") }, "\n")
        checkPy(#"print(sep=1)"#, #"TypeError: sep must be None or a string, not int"#) { try B("print", kw: [("sep", i(1))]) }
        checkPy(#"print(end=1)"#, #"TypeError: end must be None or a string, not int"#) { try B("print", kw: [("end", i(1))]) }
        checkPy(#"print(x=1)"#, #"TypeError: 'x' is an invalid keyword argument for print()"#) { try B("print", kw: [("x", i(1))]) }
        // Output before a failing __str__ is still written, as CPython writes piece by piece.
        let bad = defineClass("Bad", ["__str__": { _ in throw PythonError.valueError("no") }])
        var written = ""
        OutputStream.stdout.capture = { written += $0 }
        defer { OutputStream.stdout.capture = nil }
        XCTAssertThrowsError(try B("print", i(1), instance(bad)))
        XCTAssertEqual(written, "1 ")
        // A file object with a write method receives each piece.
        var pieces: [String] = []
        let sink = defineClass("Sink", ["write": { a in pieces.append(a[1].stringValue ?? "?"); return .none }])
        _ = try B("print", i(1), i(2), kw: [("file", instance(sink))])
        XCTAssertEqual(pieces, ["1", " ", "2", "\n"])
    }
}
