// MersenneTwister.swift — reproduces CPython 3.11's `random` module bit for
// bit: the MT19937 core of Modules/_randommodule.c (init_genrand,
// init_by_array over the 32-bit words of abs(seed), genrand_uint32,
// random(), getrandbits()) and the Lib/random.py algorithms built on it
// (_randbelow_with_getrandbits, randrange, randint, choice, shuffle,
// sample, choices, uniform, triangular, gauss with its gauss_next cache,
// normalvariate, expovariate). NumPy's legacy RandomState, which shares
// the generator, lives in NumpyLegacyRandom.swift.
//
// Seeds: an int seeds with abs(value); CPython seeds a float by its hash
// (pass BigInt(UInt(bitPattern: pyHashFloat(x)))); str/bytes seeds (SHA-512
// based in version 2) are the caller's to convert.

import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from a `random` function: Python's exception type and message.
public struct RandomError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var exceptionType: String
    public init(_ message: String, exceptionType: String = "ValueError") {
        self.message = message
        self.exceptionType = exceptionType
    }
    public var description: String { "\(exceptionType): \(message)" }
}

public struct MersenneTwister {
    static let n = 624
    static let m = 397
    public private(set) var state: [UInt32]
    public private(set) var index: Int
    /// `Random.gauss_next` (Python's `random.gauss` cache).
    public var gaussNext: Double?
    /// NumPy legacy `has_gauss` / `gauss` cache (see NumpyLegacyRandom.swift).
    public var numpyGauss: Double?

    /// `random.seed(seed)` for an int seed.
    public init(seed: BigInt) {
        state = [UInt32](repeating: 0, count: MersenneTwister.n)
        index = MersenneTwister.n
        self.seed(seed)
    }

    /// Seeded from the system's random source, as `random.seed()` / `Random()`.
    public init() {
        state = [UInt32](repeating: 0, count: MersenneTwister.n)
        index = MersenneTwister.n
        reseedFromSystem()
    }

    /// The 32-bit `init_genrand` path (`np.random.seed(n)`).
    public init(numpySeed: UInt32) {
        state = [UInt32](repeating: 0, count: MersenneTwister.n)
        index = MersenneTwister.n
        initGenrand(numpySeed)
    }

    /// Restores a state captured from `state` / `index`.
    public init?(state: [UInt32], index: Int, gaussNext: Double? = nil) {
        guard state.count == MersenneTwister.n, (0...MersenneTwister.n).contains(index) else { return nil }
        self.state = state
        self.index = index
        self.gaussNext = gaussNext
    }

    /// `random.seed(seed)` with an int: init_by_array over abs(seed)'s 32-bit words.
    public mutating func seed(_ seed: BigInt) {
        var key: [UInt32] = []
        for w in seed.magnitude.words {
            key.append(UInt32(truncatingIfNeeded: w))
            key.append(UInt32(truncatingIfNeeded: UInt64(w) >> 32))
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        initByArray(key)
        gaussNext = nil
        numpyGauss = nil
    }

    /// `random.seed()` / `random.seed(None)`: 624 words from the system source.
    public mutating func reseedFromSystem() {
        var rng = SystemRandomNumberGenerator()
        var key = [UInt32](repeating: 0, count: MersenneTwister.n)
        for i in 0..<key.count { key[i] = UInt32(truncatingIfNeeded: rng.next()) }
        initByArray(key)
        gaussNext = nil
        numpyGauss = nil
    }

    /// `init_genrand(s)`.
    public mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<MersenneTwister.n {
            let prev = state[i - 1]
            state[i] = 1812433253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
        }
        index = MersenneTwister.n
        gaussNext = nil
        numpyGauss = nil
    }

    /// `init_by_array(key)`.
    public mutating func initByArray(_ key: [UInt32]) {
        let n = MersenneTwister.n
        initGenrand(19650218)
        let keyLength = max(key.count, 1)
        var i = 1, j = 0
        var k = max(n, keyLength)
        while k > 0 {
            let prev = state[i - 1]
            let kj = j < key.count ? key[j] : 0
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1664525)) &+ kj &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= keyLength { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            k -= 1
        }
        state[0] = 0x8000_0000
    }

    private mutating func twist() {
        let n = MersenneTwister.n, m = MersenneTwister.m
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff
        let matrixA: UInt32 = 0x9908_b0df
        state.withUnsafeMutableBufferPointer { mt in
            for kk in 0..<n {
                let y = (mt[kk] & upper) | (mt[(kk + 1) % n] & lower)
                mt[kk] = mt[(kk + m) % n] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrixA)
            }
        }
        index = 0
    }

    /// `genrand_uint32()`.
    public mutating func nextUInt32() -> UInt32 {
        if index >= MersenneTwister.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `random.random()`: 53 random bits in [0, 1).
    public mutating func random() -> Double {
        let a = nextUInt32() >> 5
        let b = nextUInt32() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    /// `random.getrandbits(k)` for 0 <= k <= 64 (k <= 0 gives 0).
    public mutating func getrandbits64(_ k: Int) -> UInt64 {
        if k <= 0 { return 0 }
        if k <= 32 { return UInt64(nextUInt32() >> UInt32(32 - k)) }
        let low = UInt64(nextUInt32())
        let kk = min(k, 64)
        let high = UInt64(nextUInt32() >> UInt32(64 - kk))
        return high << 32 | low
    }

    /// `random.getrandbits(k)` (k < 0 is the caller's ValueError:
    /// "number of bits must be non-negative"; here it gives 0).
    public mutating func getrandbits(_ k: Int) -> BigInt {
        if k <= 64 { return BigInt(getrandbits64(k)) }
        var words: [UInt] = []
        var remaining = k
        var pending: UInt64 = 0
        var havePending = false
        while remaining > 0 {
            var r = nextUInt32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            remaining -= 32
            if havePending {
                words.append(UInt(pending | UInt64(r) << 32))
                havePending = false
            } else {
                pending = UInt64(r)
                havePending = true
            }
        }
        if havePending { words.append(UInt(pending)) }
        return BigInt(BigUInt(words: words))
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in [0, n); 0 when n <= 0.
    public mutating func randbelow(_ n: BigInt) -> BigInt {
        guard n.sign == .plus && !n.isZero else { return 0 }
        if let small = Int(exactly: n) { return BigInt(randbelow(small)) }
        let k = n.magnitude.bitWidth
        var r = getrandbits(k)
        while r >= n { r = getrandbits(k) }
        return r
    }

    /// `_randbelow_with_getrandbits(n)` for machine ints; 0 when n <= 0.
    public mutating func randbelow(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = getrandbits64(k)
        while r >= UInt64(n) { r = getrandbits64(k) }
        return Int(r)
    }
}
