// numpy's bit generators and the sampling algorithms built on them, bit for bit as numpy 2.x:
// MT19937 for the legacy RandomState (its core lives in UpdraftRuntime's MersenneTwister),
// PCG64 (XSL-RR 128/64) seeded through SeedSequence for `default_rng`, the bounded-integer
// samplers of numpy/random/src/distributions (masked rejection for RandomState, Lemire's
// method for Generator, with the 8/16-bit buffering), `random_interval` for shuffles, and the
// 256-level ziggurat `random_standard_normal`.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UpdraftRuntime

/// numpy's `bitgen_t` interface.
protocol BitGen: AnyObject {
    func nextUInt32() -> UInt32
    func nextUInt64() -> UInt64
    func nextDouble() -> Double
}

/// MT19937 as RandomState uses it (with the legacy Gaussian cache).
final class MTBitGen: BitGen {
    var mt: MersenneTwister
    init(_ mt: MersenneTwister) { self.mt = mt }
    @inline(__always) func nextUInt32() -> UInt32 { mt.nextUInt32() }
    @inline(__always) func nextUInt64() -> UInt64 { mt.nextUInt64() }
    @inline(__always) func nextDouble() -> Double { mt.random() }
    func gauss() -> Double { mt.legacyStandardNormal() }
}

/// PCG64: a 128-bit LCG with the XSL-RR output function, and numpy's buffered 32-bit draws.
final class PCG64: BitGen {
    static let multiplier: UInt128 = (UInt128(2549297995355413924) << 64) | UInt128(4865540595714422341)
    var state: UInt128 = 0
    var inc: UInt128 = 0
    var hasUInt32 = false
    var uinteger: UInt32 = 0

    /// `pcg64_set_seed` with the four 64-bit words SeedSequence generates.
    init(words: [UInt64]) {
        let initState = (UInt128(words[0]) << 64) | UInt128(words[1])
        let initSeq = (UInt128(words[2]) << 64) | UInt128(words[3])
        state = 0
        inc = (initSeq << 1) | 1
        step()
        state &+= initState
        step()
    }

    @inline(__always) private func step() { state = state &* PCG64.multiplier &+ inc }

    @inline(__always) func nextUInt64() -> UInt64 {
        step()
        let hi = UInt64(truncatingIfNeeded: state >> 64), lo = UInt64(truncatingIfNeeded: state)
        let rot = UInt64(truncatingIfNeeded: state >> 122)
        let x = hi ^ lo
        return (x >> rot) | (x << ((0 &- rot) & 63))
    }

    @inline(__always) func nextUInt32() -> UInt32 {
        if hasUInt32 {
            hasUInt32 = false
            return uinteger
        }
        let next = nextUInt64()
        hasUInt32 = true
        uinteger = UInt32(truncatingIfNeeded: next >> 32)
        return UInt32(truncatingIfNeeded: next)
    }

    @inline(__always) func nextDouble() -> Double {
        Double(nextUInt64() >> 11) * (1.0 / 9007199254740992.0)
    }
}

/// numpy's SeedSequence (bit_generator.pyx): entropy hashed into a 4-word pool, and
/// `generate_state` from the pool.
enum SeedSequence {
    static let initA: UInt32 = 0x43b0d7e5
    static let multA: UInt32 = 0x931e8875
    static let initB: UInt32 = 0x8b51f9dd
    static let multB: UInt32 = 0x58f38ded
    static let mixMultL: UInt32 = 0xca01f9dd
    static let mixMultR: UInt32 = 0x4973f715
    static let poolSize = 4

    static func pool(entropy: [UInt32]) -> [UInt32] {
        var hashConst = initA
        func hashmix(_ v: UInt32) -> UInt32 {
            var value = v ^ hashConst
            hashConst = hashConst &* multA
            value = value &* hashConst
            return value ^ (value >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let r = (mixMultL &* x) &- (mixMultR &* y)
            return r ^ (r >> 16)
        }
        var mixer = [UInt32](repeating: 0, count: poolSize)
        for i in 0..<poolSize {
            mixer[i] = hashmix(i < entropy.count ? entropy[i] : 0)
        }
        for src in 0..<poolSize {
            for dst in 0..<poolSize where src != dst {
                mixer[dst] = mix(mixer[dst], hashmix(mixer[src]))
            }
        }
        if entropy.count > poolSize {
            for src in poolSize..<entropy.count {
                for dst in 0..<poolSize {
                    mixer[dst] = mix(mixer[dst], hashmix(entropy[src]))
                }
            }
        }
        return mixer
    }

    /// `generate_state(n, np.uint32)`.
    static func generateState(pool: [UInt32], words: Int) -> [UInt32] {
        var hashConst = initB
        var out: [UInt32] = []
        out.reserveCapacity(words)
        for i in 0..<words {
            var v = pool[i % pool.count]
            v ^= hashConst
            hashConst = hashConst &* multB
            v = v &* hashConst
            v ^= v >> 16
            out.append(v)
        }
        return out
    }

    /// `generate_state(n, np.uint64)`: pairs of 32-bit words, low word first.
    static func generateState64(pool: [UInt32], words: Int) -> [UInt64] {
        let w = generateState(pool: pool, words: 2 * words)
        return (0..<words).map { UInt64(w[2 * $0]) | (UInt64(w[2 * $0 + 1]) << 32) }
    }

    /// The 32-bit words of a non-negative integer given by its 64-bit words (least significant
    /// first), without trailing zeros ([0] for 0), as `_int_to_uint32_array`.
    static func words(of w64: [UInt]) -> [UInt32] {
        var out: [UInt32] = []
        for w in w64 {
            out.append(UInt32(truncatingIfNeeded: w))
            out.append(UInt32(truncatingIfNeeded: UInt64(w) >> 32))
        }
        while let last = out.last, last == 0 { out.removeLast() }
        return out.isEmpty ? [0] : out
    }
}

/// The smallest all-ones mask covering `v` (numpy's `gen_mask`).
@inline(__always)
func genMask(_ v: UInt64) -> UInt64 {
    var m = v
    m |= m >> 1; m |= m >> 2; m |= m >> 4
    m |= m >> 8; m |= m >> 16; m |= m >> 32
    return m
}

/// numpy's `random_interval(max)`: a value in [0, max] by masked rejection (used by shuffles).
@inline(__always)
func randomInterval<G: BitGen>(_ g: G, _ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    let mask = genMask(max)
    if max <= 0xFFFF_FFFF {
        while true {
            let v = UInt64(g.nextUInt32()) & mask
            if v <= max { return v }
        }
    }
    while true {
        let v = g.nextUInt64() & mask
        if v <= max { return v }
    }
}

/// The bounded-integer samplers of numpy's distributions.c, with the buffer that the 8-bit,
/// 16-bit and bool versions keep across one fill.
struct BoundedSampler {
    /// Width of the output type: 64, 32, 16, 8, or 1 for bool.
    let bits: Int
    /// Masked rejection (RandomState) instead of Lemire's method (Generator).
    let masked: Bool
    private var bcnt = 0
    private var buf: UInt32 = 0

    init(bits: Int, masked: Bool) {
        self.bits = bits
        self.masked = masked
    }

    private mutating func buffered16<G: BitGen>(_ g: G) -> UInt32 {
        if bcnt == 0 { buf = g.nextUInt32(); bcnt = 1 } else { buf >>= 16; bcnt -= 1 }
        return buf & 0xFFFF
    }

    private mutating func buffered8<G: BitGen>(_ g: G) -> UInt32 {
        if bcnt == 0 { buf = g.nextUInt32(); bcnt = 3 } else { buf >>= 8; bcnt -= 1 }
        return buf & 0xFF
    }

    /// A value in [0, rng] (the caller adds the offset).
    mutating func draw<G: BitGen>(_ g: G, _ rng: UInt64) -> UInt64 {
        if rng == 0 { return 0 }
        switch bits {
        case 1:
            if bcnt == 0 { buf = g.nextUInt32(); bcnt = 31 } else { buf >>= 1; bcnt -= 1 }
            return UInt64(buf & 1)
        case 8:
            if rng == 0xFF { return UInt64(buffered8(g)) }
            if masked {
                let mask = UInt32(genMask(rng))
                while true {
                    let v = buffered8(g) & mask
                    if UInt64(v) <= rng { return UInt64(v) }
                }
            }
            let excl = UInt16(rng) &+ 1
            var m = UInt16(buffered8(g)) &* excl
            var left = m & 0xFF
            if left < excl {
                let threshold = (UInt16(0xFF) &- UInt16(rng)) % excl
                while left < threshold {
                    m = UInt16(buffered8(g)) &* excl
                    left = m & 0xFF
                }
            }
            return UInt64(m >> 8)
        case 16:
            if rng == 0xFFFF { return UInt64(buffered16(g)) }
            if masked {
                let mask = UInt32(genMask(rng))
                while true {
                    let v = buffered16(g) & mask
                    if UInt64(v) <= rng { return UInt64(v) }
                }
            }
            let excl = UInt32(rng) &+ 1
            var m = buffered16(g) &* excl
            var left = m & 0xFFFF
            if left < excl {
                let threshold = (UInt32(0xFFFF) &- UInt32(rng)) % excl
                while left < threshold {
                    m = buffered16(g) &* excl
                    left = m & 0xFFFF
                }
            }
            return UInt64(m >> 16)
        default:
            if rng <= 0xFFFF_FFFF {
                if rng == 0xFFFF_FFFF { return UInt64(g.nextUInt32()) }
                if masked {
                    let mask = UInt32(genMask(rng))
                    while true {
                        let v = g.nextUInt32() & mask
                        if UInt64(v) <= rng { return UInt64(v) }
                    }
                }
                let excl = UInt64(rng) + 1
                var m = UInt64(g.nextUInt32()) &* excl
                var left = m & 0xFFFF_FFFF
                if left < excl {
                    let threshold = (0xFFFF_FFFF - rng) % excl
                    while left < threshold {
                        m = UInt64(g.nextUInt32()) &* excl
                        left = m & 0xFFFF_FFFF
                    }
                }
                return m >> 32
            }
            if rng == UInt64.max { return g.nextUInt64() }
            if masked {
                let mask = genMask(rng)
                while true {
                    let v = g.nextUInt64() & mask
                    if v <= rng { return v }
                }
            }
            let excl = rng &+ 1
            var (hi, lo) = g.nextUInt64().multipliedFullWidth(by: excl)
            if lo < excl {
                let threshold = (UInt64.max &- rng) % excl
                while lo < threshold {
                    (hi, lo) = g.nextUInt64().multipliedFullWidth(by: excl)
                }
            }
            return hi
        }
    }
}

/// numpy's `random_standard_normal`: the 256-level ziggurat with the tables of
/// ziggurat_constants.h.
enum Ziggurat {
    static let ki: [UInt64] = zigKi
    static let wi: [Double] = zigWiBits.map { Double(bitPattern: $0) }
    static let fi: [Double] = zigFiBits.map { Double(bitPattern: $0) }
    static let r = 3.6541528853610087963519472518
    static let invR = 0.27366123732975827203338247596

    static func standardNormal<G: BitGen>(_ g: G) -> Double {
        while true {
            var r = g.nextUInt64()
            let idx = Int(r & 0xff)
            r >>= 8
            let sign = r & 1
            let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff
            var x = Double(rabs) * wi[idx]
            if sign & 1 != 0 { x = -x }
            if rabs < ki[idx] { return x }
            if idx == 0 {
                while true {
                    let xx = -invR * log1p(-g.nextDouble())
                    let yy = -log1p(-g.nextDouble())
                    if yy + yy > xx * xx {
                        return (rabs >> 8) & 1 != 0 ? -(Ziggurat.r + xx) : Ziggurat.r + xx
                    }
                }
            } else {
                if (fi[idx - 1] - fi[idx]) * g.nextDouble() + fi[idx] < exp(-0.5 * x * x) {
                    return x
                }
            }
        }
    }

    static let kiF: [UInt32] = zigKiFloat
    static let wiF: [Float] = zigWiFloatBits.map { Float(bitPattern: $0) }
    static let fiF: [Float] = zigFiFloatBits.map { Float(bitPattern: $0) }
    static let rF: Float = 3.6541528853610087963519472518
    static let invRF: Float = 0.27366123732975827203338247596

    @inline(__always)
    static func nextFloat<G: BitGen>(_ g: G) -> Float {
        Float(g.nextUInt32() >> 8) * (1.0 / 16777216.0)
    }

    /// numpy's `random_standard_normal_f` (float32 ziggurat).
    static func standardNormalFloat<G: BitGen>(_ g: G) -> Float {
        while true {
            let r = g.nextUInt32()
            let idx = Int(r & 0xff)
            let sign = (r >> 8) & 1
            let rabs = (r >> 9) & 0x0007_fffff
            var x = Float(rabs) * wiF[idx]
            if sign & 1 != 0 { x = -x }
            if rabs < kiF[idx] { return x }
            if idx == 0 {
                while true {
                    let xx = -invRF * log1pf(-nextFloat(g))
                    let yy = -log1pf(-nextFloat(g))
                    if yy + yy > xx * xx {
                        return (rabs >> 8) & 1 != 0 ? -(rF + xx) : rF + xx
                    }
                }
            } else {
                if (fiF[idx - 1] - fiF[idx]) * nextFloat(g) + fiF[idx] < expf(-0.5 * x * x) {
                    return x
                }
            }
        }
    }
}
