// Array operations lowered natively: elementwise loops with broadcasting, slicing views,
// print() from compiled code, and bounds checks hoisted out of range loops.

import XCTest
import UpdraftArray
import UpdraftLLVM
import UpdraftRuntime
@testable import UpdraftCompiler

final class ArrayLoweringTests: XCTestCase {
    private func array(_ v: Value) throws -> NDArray { try XCTUnwrap(v.asObject as? NDArray) }
    private func values(_ v: Value) throws -> [Double] { try array(v).scalars.map(\.asDouble) }
    private func floats(_ xs: [Double], shape: [Int]? = nil) throws -> Value {
        let a = try NDArray(shape: shape ?? [xs.count], dtype: .float64)
        for (i, x) in xs.enumerated() { a.data.assumingMemoryBound(to: Double.self)[i] = x }
        return .object(a)
    }

    private func error(_ body: () throws -> Value) -> (String, String)? {
        do {
            _ = try body()
            return nil
        } catch let e as PythonError {
            return (e.exception.cls.name, e.exception.args.compactMap { ($0.asObject as? PyStr)?.value }.first ?? "")
        } catch {
            return ("?", "\(error)")
        }
    }

    func testElementwiseOperatorsBroadcastAndCompare() throws {
        let s = try LoweringScript("""
        def axpy(x, y):
            return x + y * 2.0
        def gt(x):
            return x > 1.0
        def inplace(x, y):
            x += y
            return x
        def root(x):
            return np.sqrt(x)
        def ints(a):
            return a // 0 + a % 3
        """)
        let x = try floats([0, 1, 4, 9])
        XCTAssertEqual(try values(s.call("axpy", [x, x])), [0, 3, 12, 27])
        XCTAssertEqual(try array(s.call("gt", [x])).dtype, .bool)
        XCTAssertEqual(try values(s.call("gt", [x])), [0, 0, 1, 1])
        XCTAssertEqual(try values(s.call("root", [x])), [0, 1, 2, 3])
        // Broadcasting (2, 3) with (3,): the row repeats; the in-place result is the argument.
        let m = try floats([0, 1, 2, 3, 4, 5], shape: [2, 3])
        let row = try floats([10, 20, 30])
        let sum = try s.call("axpy", [m, row])
        XCTAssertEqual(try array(sum).shape, [2, 3])
        XCTAssertEqual(try values(sum), [20, 41, 62, 23, 44, 65])
        let back = try s.call("inplace", [m, row])
        XCTAssertTrue(try array(back) === array(m))
        XCTAssertEqual(try values(m), [10, 21, 32, 13, 24, 35])
        let bad = error { try s.call("axpy", [x, row]) }
        XCTAssertEqual(bad?.0, "ValueError")
        XCTAssertEqual(bad?.1, "operands could not be broadcast together with shapes (4,) (3,) ")
        // numpy's integer division by zero gives 0, no exception.
        let a = try NDArray(shape: [4], dtype: .int64)
        for i in 0..<4 { a.data.assumingMemoryBound(to: Int64.self)[i] = Int64(i * 2) }
        XCTAssertEqual(try values(s.call("ints", [.object(a)])), [0, 2, 1, 0])
    }

    func testSlicesAreViewsOfTheCallersBuffer() throws {
        let s = try LoweringScript("""
        def every_other(a):
            v = a[1:100:2]
            v[0] = -1.0
            return v
        def corner(m):
            m[1:, 1:] = 7.0
            return m.T, m[:, 0], m[-1]
        """)
        let a = try floats([0, 1, 2, 3, 4, 5])
        let v = try array(s.call("every_other", [a]))
        XCTAssertEqual(v.shape, [3])
        XCTAssertEqual(v.strides, [16])
        XCTAssertEqual(try values(.object(v)), [-1, 3, 5])
        XCTAssertEqual(try values(a), [0, -1, 2, 3, 4, 5])
        let m = try floats([0, 1, 2, 3, 4, 5], shape: [2, 3])
        guard case .object(let o) = try s.call("corner", [m]), let t = o as? PyTuple else { return XCTFail("not a tuple") }
        XCTAssertEqual(try array(t.items[0]).shape, [3, 2])
        XCTAssertEqual(try values(t.items[0]), [0, 3, 1, 7, 2, 7])
        XCTAssertEqual(try values(t.items[1]), [0, 3])
        XCTAssertEqual(try values(t.items[2]), [3, 7, 7])
    }

    func testPrintWritesToTheInterpretersStdout() throws {
        let s = try LoweringScript("""
        def show(n, x):
            print("n", n, x, n > 1)
            print()
            return n
        """)
        var captured = ""
        OutputStream.stdout.capture = { captured += $0 }
        defer { OutputStream.stdout.capture = nil }
        _ = try s.call("show", [.int(3), .float(0.25)])
        XCTAssertEqual(captured, "n 3 0.25 True\n\n")
    }

    func testRangeIndexedStoresKeepTheirBoundsChecks() throws {
        let s = try LoweringScript("""
        def fill(a, start, stop, step):
            for j in range(start, stop, step):
                a[j] = 1.0
            return a
        """)
        let a = try floats([0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try values(s.call("fill", [a, .int(-6), .int(0), .int(2)])), [1, 0, 1, 0, 1, 0])
        let past = error { try s.call("fill", [a, .int(1), .int(8), .int(3)]) }
        XCTAssertEqual(past?.1, "index 7 is out of bounds for axis 0 with size 6")
        let before = error { try s.call("fill", [a, .int(3), .int(-10), .int(-4)]) }
        XCTAssertEqual(before?.1, "index -9 is out of bounds for axis 0 with size 6")
    }
}
