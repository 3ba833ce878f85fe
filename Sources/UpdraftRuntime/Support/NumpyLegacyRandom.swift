// NumpyLegacyRandom.swift — reproduces NumPy's legacy `RandomState`
// (np.random.seed / rand / random_sample / randn / normal / uniform /
// randint / choice / shuffle / permutation) bit for bit as numpy 2.x:
// mt19937_seed (= init_genrand), legacy_double (53-bit, as Python),
// legacy_gauss (polar Box–Muller with the cached second value),
// random_bounded_uint64_fill with masked rejection sampling (32-bit draws
// when the range fits in 32 bits, else 64-bit), and random_interval for
// the legacy shuffle.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MersenneTwister {
    /// `np.random.seed(seed)` for 0 <= seed < 2**32.
    public mutating func numpySeed(_ seed: UInt32) {
        initGenrand(seed)
    }

    /// NumPy's `mt19937_next64`: two 32-bit draws, high word first.
    public mutating func nextUInt64() -> UInt64 {
        let hi = UInt64(nextUInt32())
        return hi << 32 | UInt64(nextUInt32())
    }

    /// `np.random.random_sample()` / `rand()` / `random()`: legacy_double.
    public mutating func legacyRandomSample() -> Double {
        random()
    }

    /// `np.random.standard_normal()` / `randn()`: legacy_gauss.
    public mutating func legacyStandardNormal() -> Double {
        if let g = numpyGauss {
            numpyGauss = nil
            return g
        }
        var x1: Double, x2: Double, r2: Double
        repeat {
            x1 = 2.0 * random() - 1.0
            x2 = 2.0 * random() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        numpyGauss = f * x1
        return f * x2
    }

    /// `np.random.normal(loc, scale)`: loc + scale * legacy_gauss.
    public mutating func legacyNormal(loc: Double = 0.0, scale: Double = 1.0) -> Double {
        loc + scale * legacyStandardNormal()
    }

    /// `np.random.uniform(low, high)`: low + (high - low) * legacy_double.
    public mutating func legacyUniform(low: Double = 0.0, high: Double = 1.0) -> Double {
        low + (high - low) * random()
    }

    /// One draw of `random_bounded_uint64` with masked rejection: a value in
    /// [0, rng] (rng = high - low - 1 for randint).
    public mutating func legacyBoundedUInt64(_ rng: UInt64) -> UInt64 {
        if rng == 0 { return 0 }
        if rng <= 0xFFFF_FFFF {
            if rng == 0xFFFF_FFFF { return UInt64(nextUInt32()) }
            let mask = UInt32(truncatingIfNeeded: smallestMask(rng))
            var v = nextUInt32() & mask
            while UInt64(v) > rng { v = nextUInt32() & mask }
            return UInt64(v)
        }
        if rng == UInt64.max { return nextUInt64() }
        let mask = smallestMask(rng)
        var v = nextUInt64() & mask
        while v > rng { v = nextUInt64() & mask }
        return v
    }

    /// `np.random.randint(low, high)` for the default int64 dtype (high
    /// exclusive); nil when low >= high (ValueError "low >= high" in NumPy).
    public mutating func legacyRandint(low: Int64, high: Int64) -> Int64? {
        guard low < high else { return nil }
        let rng = UInt64(bitPattern: high &- low) &- 1
        return low &+ Int64(bitPattern: legacyBoundedUInt64(rng))
    }

    /// `np.random.randint(low, high, size=count)`.
    public mutating func legacyRandint(low: Int64, high: Int64, count: Int) -> [Int64]? {
        guard low < high else { return nil }
        var out: [Int64] = []
        out.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) {
            guard let v = legacyRandint(low: low, high: high) else { return nil }
            out.append(v)
        }
        return out
    }

    /// NumPy's `random_interval(max)`: uniform in [0, max], used by shuffle.
    public mutating func legacyRandomInterval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        let mask = smallestMask(max)
        if max <= 0xFFFF_FFFF {
            var v = UInt64(nextUInt32()) & mask
            while v > max { v = UInt64(nextUInt32()) & mask }
            return v
        }
        var v = nextUInt64() & mask
        while v > max { v = nextUInt64() & mask }
        return v
    }

    /// `np.random.shuffle(x)` for a 1-d sequence (legacy Fisher–Yates).
    public mutating func legacyShuffle<T>(_ x: inout [T]) {
        var i = x.count - 1
        while i >= 1 {
            let j = Int(legacyRandomInterval(UInt64(i)))
            x.swapAt(i, j)
            i -= 1
        }
    }

    /// `np.random.permutation(n)`.
    public mutating func legacyPermutation(_ n: Int) -> [Int] {
        var a = Array(0..<max(n, 0))
        legacyShuffle(&a)
        return a
    }

    /// `np.random.choice(n)` with replacement and no p: an index in [0, n);
    /// nil when n <= 0 (NumPy raises ValueError).
    public mutating func legacyChoiceIndex(_ n: Int) -> Int? {
        guard n > 0, let v = legacyRandint(low: 0, high: Int64(n)) else { return nil }
        return Int(v)
    }

    private func smallestMask(_ v: UInt64) -> UInt64 {
        var m = v
        m |= m >> 1; m |= m >> 2; m |= m >> 4
        m |= m >> 8; m |= m >> 16; m |= m >> 32
        return m
    }
}
