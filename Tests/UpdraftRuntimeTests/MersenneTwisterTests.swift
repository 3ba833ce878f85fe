// Generated from CPython 3.11.7 output (random module after random.seed(...)); expected values are hard-coded.
import Foundation
import XCTest
import BigInt
import UpdraftRuntime

/// The error text of a throwing random call, nil when it succeeds.
fileprivate func failure(_ body: () throws -> Void) -> String? {
    do { try body(); return nil } catch let e as RandomError {
        return "\(e.exceptionType): \(e.message)"
    } catch { return "unexpected \(error)" }
}

final class MersenneTwisterTests: XCTestCase {
    func testRandomAfterSeed42() {
        var mt = MersenneTwister(seed: 42)
        // [0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124]
        let expected: [UInt64] = [0x3fe4762f307200c5, 0x3f999c6b5eeb2060, 0x3fd19a1491f589dc, 0x3fcc922b623b8c1c, 0x3fe7912c1468f47e]
        XCTAssertEqual((0..<5).map { _ in mt.random().bitPattern }, expected)
    }

    func testRandintAfterSeed42() throws {
        var mt = MersenneTwister(seed: 42)
        XCTAssertEqual(try (0..<10).map { _ in try mt.randint(1, 100) }, [82, 15, 4, 95, 36, 32, 29, 18, 95, 14])
        mt = MersenneTwister(seed: 42)
        XCTAssertEqual(try (0..<10).map { _ in try mt.randint(BigInt(1), BigInt(100)) }, [82, 15, 4, 95, 36, 32, 29, 18, 95, 14].map { BigInt($0) })
    }

    func testUniformShuffleChoice() throws {
        var mt = MersenneTwister(seed: 42)
        XCTAssertEqual(mt.uniform(1, 2), 1.6394267984578836)
        mt = MersenneTwister(seed: 42)
        var xs = Array(0..<10)
        mt.shuffle(&xs)
        XCTAssertEqual(xs, [7, 3, 2, 8, 5, 6, 9, 4, 0, 1])
        mt = MersenneTwister(seed: 42)
        let letters = ["a", "b", "c", "d"]
        XCTAssertEqual(try (0..<8).map { _ in letters[try mt.choiceIndex(4)] }, ["a", "a", "c", "b", "b", "b", "a", "a"])
    }

    func testGaussKeepsState() {
        var mt = MersenneTwister(seed: 42)
        // [-0.14409032957792836, -0.1729036003315193, -0.11131586156766246, 0.7019837250988631, -0.12758828378288709, 7.005293171318085]
        var got = (0..<5).map { _ in mt.gauss().bitPattern }
        got.append(mt.gauss(mu: 10, sigma: 2).bitPattern)
        XCTAssertEqual(got, [0xbfc2718d4a9a8111, 0xbfc621b486646b7c, 0xbfbc7f3240f58c66, 0x3fe676a692b3f6c1, 0xbfc054d01919a25b, 0x401c056b92b6d02e])
    }

    func testSample() throws {
        var mt = MersenneTwister(seed: 42)
        XCTAssertEqual(try mt.sampleIndices(populationSize: 100, k: 5), [81, 14, 3, 94, 35])
        XCTAssertEqual(try mt.sampleIndices(populationSize: 10, k: 10), [3, 9, 2, 5, 0, 4, 6, 7, 1, 8])
        XCTAssertEqual(try mt.sampleIndices(populationSize: 100000, k: 20), [3905, 12280, 28657, 30495, 66237, 78907, 3478, 73563, 26062, 93850, 85181, 91924, 71426, 54987, 28893, 58878, 77236, 36463, 851, 99458])
    }

    func testOtherDistributions() throws {
        var mt = MersenneTwister(seed: 42)
        XCTAssertEqual(mt.normalvariate().bitPattern, 0x3fcf66da833dc5a5)  // 0.2453263417078634
        XCTAssertEqual(mt.expovariate(1.5).bitPattern, 0x3fcb71fc219a5528)  // 0.21441604271664372
        XCTAssertEqual(mt.getrandbits(100), BigInt("137577423665220539048064734942"))
        XCTAssertEqual(try mt.randrange(BigInt(0), BigInt(100), step: BigInt(7)), BigInt(70))
        XCTAssertEqual(try mt.randrange(BigInt(10).power(30)), BigInt("122436551213992682217031886515"))
        XCTAssertEqual(try mt.randrange(BigInt(50), BigInt(0), step: BigInt(-3)), BigInt(11))
        XCTAssertEqual(mt.getrandbits(33), BigInt(136505587))
        XCTAssertEqual(mt.triangular(low: 0, high: 10, mode: 3).bitPattern, 0x3ffad331c14cb383)  // 1.6765611220136811
        mt = MersenneTwister(seed: 42)
        XCTAssertEqual(mt.choicesIndices(populationSize: 10, k: 6), [6, 0, 2, 2, 7, 6])
        XCTAssertEqual(try mt.choicesIndices(cumulativeWeights: [1, 3, 3.5, 10], k: 6), [3, 0, 3, 0, 1, 3])
    }

    func testSeeds() {
        let table: [(String, [UInt64])] = [
            ("0", [0x3feb0580f98a7dbe, 0x3fe84129978f9c1a, 0x3fdaeaa51052e978]),
            ("1", [0x3fc132d8f91b7584, 0x3feb1e2d5b3584f8, 0x3fe870d778409f13]),
            ("4294967296", [0x3fbced31cb3df170, 0x3fdabdb5477a4f26, 0x3f91139c02ebd380]),
            ("1267650600228229401496703205376", [0x3fe846ed805268b6, 0x3fcce11e215004a4, 0x3fef5cb802159ee2]),
            ("-5", [0x3fe3eecf89059360, 0x3fe7bcb8116f23ee, 0x3fe97239c6c3047f]),
            ("10000000000000000000000000000000000000000", [0x3fd63e0fe1299be2, 0x3fe8564b5f656ea7, 0x3fc92c23f3cc8234]),
        ]
        for (seed, expected) in table {
            guard let s = BigInt(seed) else { return XCTFail(seed) }
            var mt = MersenneTwister(seed: s)
            XCTAssertEqual((0..<3).map { _ in mt.random().bitPattern }, expected, "seed \(seed)")
        }
    }

    func testMixedSequence() throws {
        var mt = MersenneTwister(seed: 42)
        let table: [(String, String)] = [
            ("random", "0x3fe4762f307200c5"),
            ("randint", "811856238313"),
            ("gauss", "0x3fe5504d27a3eb5a"),
            ("randbelow", "8161164065522594326093698"),
            ("getrandbits", "92783382097018677491"),
            ("random", "0x3fcbfc5443b8faa0"),
            ("randint", "663595447017"),
            ("gauss", "0x4008d8fcee06f911"),
            ("randbelow", "3846082705536183891070899"),
            ("getrandbits", "823644991089766371249"),
            ("random", "0x3fe170291dad969a"),
            ("randint", "490573055992"),
            ("gauss", "0xc00d01483e4dc7f0"),
            ("randbelow", "8174558387454673225215684"),
            ("getrandbits", "171146518207368177782"),
            ("random", "0x3fcb8f66bf50bea4"),
            ("randint", "372646368774"),
            ("gauss", "0xbffe7d96fa73072c"),
            ("randbelow", "7348852508431416562447341"),
            ("getrandbits", "1002746180683920730007"),
            ("random", "0x3fd6035edcd46e50"),
            ("randint", "885899370430"),
            ("gauss", "0x4010d1281b42b77e"),
            ("randbelow", "3719409211105355410709744"),
            ("getrandbits", "38176554250816901616"),
            ("random", "0x3fe52911b0e95e2a"),
            ("randint", "321147882146"),
            ("gauss", "0x3ffe5adfbcb78820"),
            ("randbelow", "1953655308416866594598648"),
            ("getrandbits", "540083286100086354903"),
            ("random", "0x3fe45786e756210b"),
            ("randint", "177660600409"),
            ("gauss", "0xbfda3be16fadc648"),
            ("randbelow", "1381119682941576848145112"),
            ("getrandbits", "196180722703808856691"),
            ("random", "0x3fe117ac82eaa037"),
            ("randint", "177145113059"),
            ("gauss", "0x4003fbdc8501da2a"),
            ("randbelow", "5221542377221710828449650"),
            ("getrandbits", "754940217131801863910"),
        ]
        for (op, expected) in table {
            let got: String
            switch op {
            case "random": got = String(format: "0x%016lx", mt.random().bitPattern)
            case "randint": got = String(try mt.randint(-1000, 1_000_000_000_000))
            case "gauss": got = String(format: "0x%016lx", mt.gauss(mu: 1, sigma: 3).bitPattern)
            case "randbelow": got = mt.randbelow(BigInt(10).power(25)).description
            default: got = mt.getrandbits(70).description
            }
            XCTAssertEqual(got, expected, op)
        }
    }

    func testErrors() {
        var mt = MersenneTwister(seed: 1)
        XCTAssertEqual(failure { _ = try mt.randrange(BigInt(0)) }, "ValueError: empty range for randrange()")
        XCTAssertEqual(failure { _ = try mt.randrange(BigInt(5), BigInt(5)) }, "ValueError: empty range for randrange() (5, 5, 0)")
        XCTAssertEqual(failure { _ = try mt.randrange(BigInt(0), BigInt(10), step: BigInt(0)) }, "ValueError: zero step for randrange()")
        XCTAssertEqual(failure { _ = try mt.randrange(BigInt(0), BigInt(10), step: BigInt(-1)) }, "ValueError: empty range for randrange()")
        XCTAssertEqual(failure { _ = try mt.randrange(BigInt(10), nil, step: BigInt(2)) }, "TypeError: Missing a non-None stop argument")
        XCTAssertEqual(failure { _ = try mt.randint(BigInt(3), BigInt(1)) }, "ValueError: empty range for randrange() (3, 2, -1)")
        XCTAssertEqual(failure { _ = try mt.choiceIndex(0) }, "IndexError: Cannot choose from an empty sequence")
        XCTAssertEqual(failure { _ = try mt.sampleIndices(populationSize: 3, k: 4) }, "ValueError: Sample larger than population or is negative")
    }

    func testUnseededAndStateRestore() {
        var a = MersenneTwister()
        var b = MersenneTwister()
        XCTAssertNotEqual((0..<4).map { _ in a.nextUInt32() }, (0..<4).map { _ in b.nextUInt32() })
        var c = MersenneTwister(seed: 7)
        _ = c.random()
        guard var d = MersenneTwister(state: c.state, index: c.index) else { return XCTFail() }
        XCTAssertEqual(c.random(), d.random())
    }
}
