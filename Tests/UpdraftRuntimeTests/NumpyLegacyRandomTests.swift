// Generated from CPython 3.11.7 output (numpy 2.4.6 legacy RandomState); expected values are hard-coded.
import Foundation
import XCTest
import BigInt
import UpdraftRuntime

final class NumpyLegacyRandomTests: XCTestCase {
    func testRandAfterSeed0() {
        var mt = MersenneTwister(numpySeed: 0)
        // np.random.seed(0); np.random.rand(3) == [0.5488135039273248, 0.7151893663724195, 0.6027633760716439]
        XCTAssertEqual((0..<3).map { _ in mt.legacyRandomSample().bitPattern }, [0x3fe18fe1565f12a8, 0x3fe6e2d4cf608733, 0x3fe349d66b6e894b])
    }

    func testRandnAfterSeed0() {
        var mt = MersenneTwister(numpySeed: 0)
        // np.random.seed(0); np.random.randn(3) == [1.764052345967664, 0.4001572083672233, 0.9787379841057392]
        XCTAssertEqual((0..<3).map { _ in mt.legacyStandardNormal().bitPattern }, [0x3ffc398ef3e5cfa5, 0x3fd99c2cfacc8953, 0x3fef51d25222c9ab])
    }

    func testRandintAfterSeed0() {
        var mt = MersenneTwister(numpySeed: 0)
        XCTAssertEqual(mt.legacyRandint(low: 0, high: 10, count: 5), [5, 0, 3, 3, 7])
    }

    func testMixedAfterSeed42() {
        var mt = MersenneTwister(numpySeed: 42)
        XCTAssertEqual((0..<2).map { _ in mt.legacyRandomSample().bitPattern }, [0x3fd7f8771e5f51ec, 0x3fee6c4068bbd654])
        XCTAssertEqual((0..<5).map { _ in mt.legacyStandardNormal().bitPattern }, [0x3fe4b9dd50245e68, 0x3ff85e548e01aa2b, 0xbfcdf8bcdf57a640, 0xbfcdf8332670db3b, 0x3ff94474a8407408])
        XCTAssertEqual(mt.legacyRandint(low: -5, high: 5, count: 4), [0, -1, -4, 2])
        XCTAssertEqual(mt.legacyPermutation(10), [9, 2, 8, 6, 0, 4, 3, 7, 1, 5])
    }

    func testShuffleNormalUniformChoice() {
        var mt = MersenneTwister(numpySeed: 7)
        var xs = Array(0..<12)
        mt.legacyShuffle(&xs)
        XCTAssertEqual(xs, [7, 10, 2, 5, 0, 1, 11, 8, 3, 6, 9, 4])
        XCTAssertEqual(mt.legacyNormal(loc: 3, scale: 2).bitPattern, 0x4007fc5a5cddbff4)
        XCTAssertEqual(mt.legacyUniform(low: -1, high: 1).bitPattern, 0x3fd6f1022de69c58)
        XCTAssertEqual(mt.legacyChoiceIndex(50), 7)
    }

    func testWideRandintRanges() {
        var mt = MersenneTwister(numpySeed: 123)
        XCTAssertEqual(mt.legacyRandint(low: 0, high: 1 << 40, count: 3), [1093983812973, 543006147906, 947860132962])
        XCTAssertEqual(mt.legacyRandint(low: -(1 << 62), high: 1 << 62, count: 3), [-3665095675934524399, -563198084457564054, 3193250579529852473])
        XCTAssertEqual(mt.legacyRandint(low: 0, high: 1 << 32, count: 3), [4212350166, 1764906721, 2941321312])
        XCTAssertEqual(mt.legacyRandint(low: 0, high: (1 << 32) + 1, count: 3), [1473938350, 3131244655, 256314621])
        XCTAssertEqual(mt.legacyRandint(low: 5, high: 6, count: 2), [5, 5])
        XCTAssertNil(mt.legacyRandint(low: 3, high: 3))
    }

    func testMaxSeed() {
        var mt = MersenneTwister(numpySeed: UInt32.max)
        XCTAssertEqual((0..<2).map { _ in mt.legacyRandomSample().bitPattern }, [0x3fb8fe69a3924820, 0x3fed323d824032b1])
    }
}
