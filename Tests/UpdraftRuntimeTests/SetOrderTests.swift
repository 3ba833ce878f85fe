// Set and frozenset iteration order, hashing and lookups against CPython 3.11: sets iterate in
// the slot order of CPython's hash table (Objects/setobject.c), so every operation must build
// its result the way CPython does. Generated from python3 (3.11.7) output; expected values are
// hard-coded.

import XCTest
@testable import UpdraftRuntime

final class SetOrderTests: XCTestCase {
    override func setUp() { Runtime.bootstrap() }

    /// Runs `mutate` on `value`, then returns `value`.
    private func after(_ value: Value, _ mutate: (Value) throws -> Value) throws -> Value {
        _ = try mutate(value)
        return value
    }

    func testConstruction() {
        checkPy(#"set([16, 1, 2, 3, 4])"#, #"{1, 2, 3, 4, 16}"#) { S(i(16), i(1), i(2), i(3), i(4)) }
        checkPy(#"set([5, 13, 21])"#, #"{13, 21, 5}"#) { S(i(5), i(13), i(21)) }
        checkPy(#"set([21, 13, 5])"#, #"{13, 5, 21}"#) { S(i(21), i(13), i(5)) }
        checkPy(#"set([-1, -2, 0, 1, -9, 7])"#, #"{0, 1, 7, -2, -9, -1}"#) { S(i(-1), i(-2), i(0), i(1), i(-9), i(7)) }
        checkPy(#"set([None, 1, 2, 3, 8, 16])"#, #"{1, 2, 3, 8, 16, None}"#) { S(none, i(1), i(2), i(3), i(8), i(16)) }
        checkPy(#"set([3, None, 99, 1000, -1])"#, #"{99, 3, 1000, -1, None}"#) { S(i(3), none, i(99), i(1000), i(-1)) }
        checkPy(#"set([None] + list(range(30)))"#, #"{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, None}"#) { S(none, i(0), i(1), i(2), i(3), i(4), i(5), i(6), i(7), i(8), i(9), i(10), i(11), i(12), i(13), i(14), i(15), i(16), i(17), i(18), i(19), i(20), i(21), i(22), i(23), i(24), i(25), i(26), i(27), i(28), i(29)) }
        checkPy(#"set([1.5, 9.5, 17.5, 0.5, -2.75, 1e10])"#, #"{0.5, 1.5, 10000000000.0, 9.5, 17.5, -2.75}"#) { S(f(1.5), f(9.5), f(17.5), f(0.5), f(-2.75), f(1e10)) }
        checkPy(#"set([(1, 2), (3,), (), (1, 9), 7, (1.5, -2)])"#, #"{(1, 2), 7, (1.5, -2), (), (3,), (1, 9)}"#) { S(T(i(1), i(2)), T(i(3)), T(), T(i(1), i(9)), i(7), T(f(1.5), i(-2))) }
        checkPy(#"set([True, 2, 9, 17, False, 8])"#, #"{False, True, 2, 8, 9, 17}"#) { S(yes, i(2), i(9), i(17), no, i(8)) }
        checkPy(#"set([1, 1.0, True, 0, 0.0, False, -0.0])"#, #"{0, 1}"#) { S(i(1), f(1.0), yes, i(0), f(0.0), no, f(-0.0)) }
        checkPy(#"set([2**61 - 1, 2**61, -(2**62), 10**20, 3, 2**64 + 3])"#, #"{2305843009213693951, 2305843009213693952, 3, 100000000000000000000, 18446744073709551619, -4611686018427387904}"#) { S(bigInt("2305843009213693951"), bigInt("2305843009213693952"), bigInt("-4611686018427387904"), bigInt("100000000000000000000"), i(3), bigInt("18446744073709551619")) }
        checkPy(#"set(range(-10, 60, 7))"#, #"{32, 4, 39, 11, 46, 18, 53, -10, 25, -3}"#) { try B("set", range(-10, 60, 7)) }
        checkPy(#"set(range(100, 0, -9))"#, #"{64, 1, 100, 37, 73, 10, 46, 82, 19, 55, 91, 28}"#) { try B("set", range(100, 0, -9)) }
        checkPy(#"set({16: 0, 1: 1, 33: 2, 2: 3, 65: 4})"#, #"{16, 1, 33, 2, 65}"#) { try B("set", D((i(16), i(0)), (i(1), i(1)), (i(33), i(2)), (i(2), i(3)), (i(65), i(4)))) }
        checkPy(#"set(set([5, 13, 21, 29]))"#, #"{29, 13, 21, 5}"#) { try B("set", S(i(5), i(13), i(21), i(29))) }
        checkPy(#"frozenset([37, 5, 21, 13])"#, #"frozenset({13, 5, 21, 37})"#) { try B("frozenset", L(i(37), i(5), i(21), i(13))) }
        checkPy(#"set(frozenset([37, 5, 21, 13, 45, 53]))"#, #"{45, 5, 37, 21, 53, 13}"#) { try B("set", try B("frozenset", L(i(37), i(5), i(21), i(13), i(45), i(53)))) }
        checkPy(#"set([x * 7919 % 1009 for x in range(40)])"#, #"{0, 641, 517, 393, 397, 273, 914, 149, 794, 29, 670, 546, 550, 426, 302, 947, 182, 823, 58, 699, 703, 579, 455, 335, 976, 211, 852, 87, 856, 91, 732, 608, 488, 364, 1005, 240, 244, 885, 120, 761}"#) { try B("set", L(i(0), i(856), i(703), i(550), i(397), i(244), i(91), i(947), i(794), i(641), i(488), i(335), i(182), i(29), i(885), i(732), i(579), i(426), i(273), i(120), i(976), i(823), i(670), i(517), i(364), i(211), i(58), i(914), i(761), i(608), i(455), i(302), i(149), i(1005), i(852), i(699), i(546), i(393), i(240), i(87))) }
        checkPy(#"list(set([x * 7919 % 100003 for x in range(60000)]))[:8]"#, #"[0, 1, 3, 5, 7, 9, 11, 13]"#) { .list(Array(try iterateToArray(try B("set", .list((0..<60000).map { i($0 * 7919 % 100003) }))).prefix(8))) }
        checkPy(#"len(set(range(50001)))"#, #"50001"#) { i(try length(try B("set", range(0, 50001)))) }
    }

    func testMutation() {
        checkPy(#"(lambda s: (s.add(32), s)[-1])(set([0, 8, 16, 24]))"#, #"{0, 32, 8, 16, 24}"#) { try self.after(S(i(0), i(8), i(16), i(24))) { try M($0, "add", i(32)) } }
        checkPy(#"(lambda s: (s.discard(8), s.discard(16), s.add(32), s)[-1])(set([0, 8, 16, 24]))"#, #"{0, 32, 24}"#) { try self.after(S(i(0), i(8), i(16), i(24))) { _ = try M($0, "discard", i(8)); _ = try M($0, "discard", i(16)); return try M($0, "add", i(32)) } }
        checkPy(#"(lambda s: (s.discard(32), s.discard(64), s.add(1024), s.add(96), s)[-1])(set(range(0, 320, 32)))"#, #"{0, 1024, 96, 128, 160, 192, 224, 256, 288}"#) { try self.after(try B("set", range(0, 320, 32))) { _ = try M($0, "discard", i(32)); _ = try M($0, "discard", i(64)); _ = try M($0, "add", i(1024)); return try M($0, "add", i(96)) } }
        checkPy(#"(lambda s: (s.remove(9), s.remove(4), s)[-1])(set([1, 9, 17, 4]))"#, #"{1, 17}"#) { try self.after(S(i(1), i(9), i(17), i(4))) { _ = try M($0, "remove", i(9)); return try M($0, "remove", i(4)) } }
        checkPy(#"set([1]).remove(2)"#, #"KeyError: 2"#) { try M(S(i(1)), "remove", i(2)) }
        checkPy(#"(lambda s: ([s.pop() for _ in range(4)], s))(set(range(8, 80, 8)))"#, #"([32, 64, 8, 40], {72, 16, 48, 24, 56})"#) { let s = try B("set", range(8, 80, 8)); var popped: [Value] = []; for _ in 0..<4 { popped.append(try M(s, "pop")) }; return T(.list(popped), s) }
        checkPy(#"(lambda s: ([s.pop() for _ in range(5)], s.add(0), s.pop(), s.pop(), s))(set(range(20)))"#, #"([0, 1, 2, 3, 4], None, 5, 6, {0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})"#) { let s = try B("set", range(0, 20)); var out: [Value] = []; var popped: [Value] = []; for _ in 0..<5 { popped.append(try M(s, "pop")) }; out.append(.list(popped)); out.append(try M(s, "add", i(0))); out.append(try M(s, "pop")); out.append(try M(s, "pop")); out.append(s); return .tuple(out) }
        checkPy(#"(lambda s: (s.pop(), s.pop(), s.clear(), s.update([5, 3, 100]), s.pop(), s))(set([1, 2, 3]))"#, #"(1, 2, None, None, 3, {100, 5})"#) { let s = S(i(1), i(2), i(3)); var out: [Value] = []; out.append(try M(s, "pop")); out.append(try M(s, "pop")); out.append(try M(s, "clear")); out.append(try M(s, "update", L(i(5), i(3), i(100)))); out.append(try M(s, "pop")); out.append(s); return .tuple(out) }
        checkPy(#"set().pop()"#, #"KeyError: 'pop from an empty set'"#) { try M(S(), "pop") }
        checkPy(#"(lambda s: (s.discard(3), s.copy())[-1])(set([3, 11, 19, 27]))"#, #"{19, 27, 11}"#) { let s = S(i(3), i(11), i(19), i(27)); _ = try M(s, "discard", i(3)); return try M(s, "copy") }
        checkPy(#"(lambda s: (s.update([40, 8], set([24, 72]), {56: 1, 88: 2}, (104,)), s)[-1])(set([0]))"#, #"{0, 56, 8, 24, 40, 72, 104, 88}"#) { try self.after(S(i(0))) { try M($0, "update", L(i(40), i(8)), S(i(24), i(72)), D((i(56), i(1)), (i(88), i(2))), T(i(104))) } }
        checkPy(#"(lambda s: (s.intersection_update([49, 33, 1, 100], set([1, 33, 49, 65])), s)[-1])(set([1, 17, 33, 49, 2]))"#, #"{49, 1, 33}"#) { try self.after(S(i(1), i(17), i(33), i(49), i(2))) { try M($0, "intersection_update", L(i(49), i(33), i(1), i(100)), S(i(1), i(33), i(49), i(65))) } }
        checkPy(#"(lambda s: (s.difference_update([9], set([25])), s)[-1])(set([1, 9, 17, 25, 33]))"#, #"{1, 33, 17}"#) { try self.after(S(i(1), i(9), i(17), i(25), i(33))) { try M($0, "difference_update", L(i(9)), S(i(25))) } }
        checkPy(#"(lambda s: (s.difference_update(range(0, 64, 4)), s)[-1])(set(range(0, 64, 2)) | set([1, 3]))"#, #"{1, 2, 3, 6, 10, 14, 18, 22, 26, 30, 34, 38, 42, 46, 50, 54, 58, 62}"#) { try self.after(try binaryOp(.bitOr, try B("set", range(0, 64, 2)), S(i(1), i(3)))) { try M($0, "difference_update", range(0, 64, 4)) } }
        checkPy(#"(lambda s: (s.symmetric_difference_update([17, 25, 33, 9]), s)[-1])(set([1, 9, 17]))"#, #"{1, 33, 25}"#) { try self.after(S(i(1), i(9), i(17))) { try M($0, "symmetric_difference_update", L(i(17), i(25), i(33), i(9))) } }
        checkPy(#"(lambda s: (s.symmetric_difference_update({17: 0, 33: 1, 2: 2, 49: 3}), s)[-1])(set([1, 2, 3, 17]))"#, #"{1, 3, 33, 49}"#) { try self.after(S(i(1), i(2), i(3), i(17))) { try M($0, "symmetric_difference_update", D((i(17), i(0)), (i(33), i(1)), (i(2), i(2)), (i(49), i(3)))) } }
        checkPy(#"(lambda s: (s.__ior__(set([33, 17, 49, 2])), s)[-1])(set([1, 17, 9, 33]))"#, #"{1, 33, 2, 9, 17, 49}"#) { try self.after(S(i(1), i(17), i(9), i(33))) { try inplaceOp(.bitOr, $0, S(i(33), i(17), i(49), i(2))) } }
        checkPy(#"(lambda s: (s.__iand__(set([33, 17, 49, 2])), s)[-1])(set([1, 17, 9, 33]))"#, #"{33, 17}"#) { try self.after(S(i(1), i(17), i(9), i(33))) { try inplaceOp(.bitAnd, $0, S(i(33), i(17), i(49), i(2))) } }
        checkPy(#"(lambda s: (s.__isub__(set([33, 17, 49, 2])), s)[-1])(set([1, 17, 9, 33]))"#, #"{1, 9}"#) { try self.after(S(i(1), i(17), i(9), i(33))) { try inplaceOp(.sub, $0, S(i(33), i(17), i(49), i(2))) } }
        checkPy(#"(lambda s: (s.__ixor__(set([33, 17, 49, 2])), s)[-1])(set([1, 17, 9, 33]))"#, #"{1, 2, 9, 49}"#) { try self.after(S(i(1), i(17), i(9), i(33))) { try inplaceOp(.bitXor, $0, S(i(33), i(17), i(49), i(2))) } }
    }

    func testAlgebra() {
        checkPy(#"set([16, 1]).union([33, 2], {49: 0, 3: 1}, set([65]))"#, #"{16, 1, 2, 33, 49, 3, 65}"#) { try M(S(i(16), i(1)), "union", L(i(33), i(2)), D((i(49), i(0)), (i(3), i(1))), S(i(65))) }
        checkPy(#"set([1, 17, 33, 49, 2]).intersection([49, 33, 1, 100])"#, #"{49, 1, 33}"#) { try M(S(i(1), i(17), i(33), i(49), i(2)), "intersection", L(i(49), i(33), i(1), i(100))) }
        checkPy(#"set([1, 17, 33, 49, 2]).intersection(set([49, 33, 1, 100, 65, 81]))"#, #"{1, 49, 33}"#) { try M(S(i(1), i(17), i(33), i(49), i(2)), "intersection", S(i(49), i(33), i(1), i(100), i(65), i(81))) }
        checkPy(#"set([1, 2.0, 3]).intersection([2, 1.0])"#, #"{1.0, 2}"#) { try M(S(i(1), f(2.0), i(3)), "intersection", L(i(2), f(1.0))) }
        checkPy(#"set([1.0, 2]) & set([1, 2, 3])"#, #"{1.0, 2}"#) { try binaryOp(.bitAnd, S(f(1.0), i(2)), S(i(1), i(2), i(3))) }
        checkPy(#"set([1, 2, 3]) & set([1.0, 2])"#, #"{1.0, 2}"#) { try binaryOp(.bitAnd, S(i(1), i(2), i(3)), S(f(1.0), i(2))) }
        checkPy(#"set([1, 9, 17, 25, 33]).difference(set([9]), [25])"#, #"{1, 17, 33}"#) { try M(S(i(1), i(9), i(17), i(25), i(33)), "difference", S(i(9)), L(i(25))) }
        checkPy(#"set([1, 9, 17, 25, 33]).difference({17: 0, 2: 1})"#, #"{1, 25, 9, 33}"#) { try M(S(i(1), i(9), i(17), i(25), i(33)), "difference", D((i(17), i(0)), (i(2), i(1)))) }
        checkPy(#"set(range(0, 80, 8)).difference([8, 16])"#, #"{0, 32, 64, 40, 72, 48, 24, 56}"#) { try M(try B("set", range(0, 80, 8)), "difference", L(i(8), i(16))) }
        checkPy(#"set([1, 9, 17]).symmetric_difference([17, 25, 33, 9])"#, #"{1, 33, 25}"#) { try M(S(i(1), i(9), i(17)), "symmetric_difference", L(i(17), i(25), i(33), i(9))) }
        checkPy(#"set([1, 9, 17]).symmetric_difference({33: 0, 9: 1})"#, #"{33, 17, 1}"#) { try M(S(i(1), i(9), i(17)), "symmetric_difference", D((i(33), i(0)), (i(9), i(1)))) }
        checkPy(#"set([16, 1, 2, 48]) | set([32, 3, 48, 80])"#, #"{32, 1, 2, 3, 16, 48, 80}"#) { try binaryOp(.bitOr, S(i(16), i(1), i(2), i(48)), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"frozenset([16, 1, 2, 48]) | set([32, 3, 48, 80])"#, #"frozenset({32, 1, 2, 3, 16, 48, 80})"#) { try binaryOp(.bitOr, try B("frozenset", L(i(16), i(1), i(2), i(48))), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"set([16, 1, 2, 48]) & set([32, 3, 48, 80])"#, #"{48}"#) { try binaryOp(.bitAnd, S(i(16), i(1), i(2), i(48)), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"frozenset([16, 1, 2, 48]) & set([32, 3, 48, 80])"#, #"frozenset({48})"#) { try binaryOp(.bitAnd, try B("frozenset", L(i(16), i(1), i(2), i(48))), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"set([16, 1, 2, 48]) - set([32, 3, 48, 80])"#, #"{16, 1, 2}"#) { try binaryOp(.sub, S(i(16), i(1), i(2), i(48)), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"frozenset([16, 1, 2, 48]) - set([32, 3, 48, 80])"#, #"frozenset({16, 1, 2})"#) { try binaryOp(.sub, try B("frozenset", L(i(16), i(1), i(2), i(48))), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"set([16, 1, 2, 48]) ^ set([32, 3, 48, 80])"#, #"{32, 1, 2, 3, 80, 16}"#) { try binaryOp(.bitXor, S(i(16), i(1), i(2), i(48)), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"frozenset([16, 1, 2, 48]) ^ set([32, 3, 48, 80])"#, #"frozenset({32, 1, 2, 3, 80, 16})"#) { try binaryOp(.bitXor, try B("frozenset", L(i(16), i(1), i(2), i(48))), S(i(32), i(3), i(48), i(80))) }
        checkPy(#"set([1, 2]) | [3]"#, #"TypeError: unsupported operand type(s) for |: 'set' and 'list'"#) { try binaryOp(.bitOr, S(i(1), i(2)), L(i(3))) }
        checkPy(#"(set([1, 2]) < frozenset([1, 2, 3]), set([1, 2]) == frozenset([2, 1]), set([1, 4]) <= set([1, 2]), set([1, 2, 3]) > set([3]))"#, #"(True, True, False, True)"#) { T(try compare(.lt, S(i(1), i(2)), try B("frozenset", L(i(1), i(2), i(3)))), try compare(.eq, S(i(1), i(2)), try B("frozenset", L(i(2), i(1)))), try compare(.ltE, S(i(1), i(4)), S(i(1), i(2))), try compare(.gt, S(i(1), i(2), i(3)), S(i(3)))) }
        checkPy(#"set([1, 2]).issubset([2, 1, 5]), set([1, 2]).issuperset(range(3))"#, #"(True, False)"#) { T(try M(S(i(1), i(2)), "issubset", L(i(2), i(1), i(5))), try M(S(i(1), i(2)), "issuperset", range(0, 3))) }
    }

    func testDictViews() {
        checkPy(#"{16: 0, 1: 0, 2: 0}.keys() | set([32, 3])"#, #"{16, 1, 2, 32, 3}"#) { try binaryOp(.bitOr, try M(D((i(16), i(0)), (i(1), i(0)), (i(2), i(0))), "keys"), S(i(32), i(3))) }
        checkPy(#"set([32, 3]) | {16: 0, 1: 0, 2: 0}.keys()"#, #"{32, 1, 2, 3, 16}"#) { try binaryOp(.bitOr, S(i(32), i(3)), try M(D((i(16), i(0)), (i(1), i(0)), (i(2), i(0))), "keys")) }
        checkPy(#"{16: 0, 1: 0, 33: 0}.keys() & set([33, 1, 16, 2])"#, #"{16, 1, 33}"#) { try binaryOp(.bitAnd, try M(D((i(16), i(0)), (i(1), i(0)), (i(33), i(0))), "keys"), S(i(33), i(1), i(16), i(2))) }
        checkPy(#"{16: 0, 1: 0, 33: 0, 49: 0}.keys() & [33, 1, 16, 2]"#, #"{16, 33, 1}"#) { try binaryOp(.bitAnd, try M(D((i(16), i(0)), (i(1), i(0)), (i(33), i(0)), (i(49), i(0))), "keys"), L(i(33), i(1), i(16), i(2))) }
        checkPy(#"{16: 0, 1: 0, 33: 0}.keys() - [1]"#, #"{16, 33}"#) { try binaryOp(.sub, try M(D((i(16), i(0)), (i(1), i(0)), (i(33), i(0))), "keys"), L(i(1))) }
        checkPy(#"[17, 1] ^ {16: 0, 1: 0, 33: 0}.keys()"#, #"{16, 17, 33}"#) { try binaryOp(.bitXor, L(i(17), i(1)), try M(D((i(16), i(0)), (i(1), i(0)), (i(33), i(0))), "keys")) }
        checkPy(#"{1: 2, 9: 3, 17: 4}.items() ^ {9: 3, 17: 5, 25: 6}.items()"#, #"{(17, 5), (25, 6), (1, 2), (17, 4)}"#) { try binaryOp(.bitXor, try M(D((i(1), i(2)), (i(9), i(3)), (i(17), i(4))), "items"), try M(D((i(9), i(3)), (i(17), i(5)), (i(25), i(6))), "items")) }
    }

    func testHashAndLookup() {
        checkPy(#"hash(frozenset([1, 2, 3]))"#, #"-272375401224217160"#) { i(try hashValue(try B("frozenset", L(i(1), i(2), i(3))))) }
        checkPy(#"hash(frozenset())"#, #"133146708735736"#) { i(try hashValue(try B("frozenset"))) }
        checkPy(#"hash(frozenset([frozenset([1]), frozenset([2, 3])]))"#, #"-7613823993159379898"#) { i(try hashValue(try B("frozenset", L(try B("frozenset", L(i(1))), try B("frozenset", L(i(2), i(3))))))) }
        checkPy(#"hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1)))"#, #"True"#) { .bool(try hashValue(try B("frozenset", range(0, 100))) == hashValue(try B("frozenset", range(99, -1, -1)))) }
        checkPy(#"(set([1]) in set([frozenset([1]), frozenset([1, 2])]), set([3]) in set([frozenset([1])]))"#, #"(True, False)"#) { T(.bool(try contains(S(try B("frozenset", L(i(1))), try B("frozenset", L(i(1), i(2)))), S(i(1)))), .bool(try contains(S(try B("frozenset", L(i(1)))), S(i(3))))) }
        checkPy(#"set([frozenset([5])]).remove(set([6]))"#, #"KeyError: {6}"#) { try M(S(try B("frozenset", L(i(5)))), "remove", S(i(6))) }
        checkPy(#"set([1]) in {frozenset([1]): 0}"#, #"TypeError: unhashable type: 'set'"#) { .bool(try contains(D((try B("frozenset", L(i(1))), i(0))), S(i(1)))) }
        checkPy(#"set([[1]])"#, #"TypeError: unhashable type: 'list'"#) { try B("set", L(L(i(1)))) }
        checkPy(#"(lambda s: [s.add(x + 10) for x in s])(set([1, 2, 3]))"#, #"RuntimeError: Set changed size during iteration"#) { let s = S(i(1), i(2), i(3)); let it = try getIterator(s); while let x = try it.next() { _ = try M(s, "add", try binaryOp(.add, x, i(10))) }; return .none }
        checkPy(#"(lambda s, it: (next(it), s.discard(3), s.add(33), list(it))[-1])(*(lambda s: (s, iter(s)))(set([1, 2, 3])))"#, #"[2, 33]"#) { let s = S(i(1), i(2), i(3)); let it = try getIterator(s); _ = try it.next(); _ = try M(s, "discard", i(3)); _ = try M(s, "add", i(33)); var rest: [Value] = []; while let x = try it.next() { rest.append(x) }; return .list(rest) }
    }
}
