// RandomDistributions.swift — reproduces the pure-Python algorithms of
// CPython 3.11's Lib/random.py on top of MersenneTwister: randrange,
// randint, choice, shuffle, sample, choices, uniform, triangular, gauss,
// normalvariate, lognormvariate, expovariate — same draws in the same order,
// same float expressions, so sequences match CPython after random.seed(n).
// Errors carry Python's exception type and message.

import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's floor division for ints.
private func floorDiv(_ a: BigInt, _ b: BigInt) -> BigInt {
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) { return q - 1 }
    return q
}

extension MersenneTwister {
    /// `random.randrange(start)` (stop nil) or `randrange(start, stop[, step])`.
    /// A nil step means the default 1.
    public mutating func randrange(_ start: BigInt, _ stop: BigInt? = nil, step: BigInt? = nil) throws -> BigInt {
        guard let stop = stop else {
            if let s = step, s != 1 {
                throw RandomError("Missing a non-None stop argument", exceptionType: "TypeError")
            }
            if start > 0 { return randbelow(start) }
            throw RandomError("empty range for randrange()")
        }
        let width = stop - start
        let istep = step ?? 1
        if istep == 1 {
            if width > 0 { return start + randbelow(width) }
            throw RandomError("empty range for randrange() (\(start), \(stop), \(width))")
        }
        let n: BigInt
        if istep > 0 {
            n = floorDiv(width + istep - 1, istep)
        } else if istep < 0 {
            n = floorDiv(width + istep + 1, istep)
        } else {
            throw RandomError("zero step for randrange()")
        }
        if n <= 0 { throw RandomError("empty range for randrange()") }
        return start + istep * randbelow(n)
    }

    /// `random.randrange` for machine ints.
    public mutating func randrange(_ start: Int, _ stop: Int? = nil, step: Int? = nil) throws -> Int {
        if let stop = stop, step == nil || step == 1 {
            let (width, overflow) = stop.subtractingReportingOverflow(start)
            if !overflow && width > 0 { return start + randbelow(width) }
        }
        let r = try randrange(BigInt(start), stop.map { BigInt($0) }, step: step.map { BigInt($0) })
        return Int(exactly: r) ?? 0
    }

    /// `random.randint(a, b)`: randrange(a, b + 1).
    public mutating func randint(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        try randrange(a, b + 1)
    }

    /// `random.randint` for machine ints.
    public mutating func randint(_ a: Int, _ b: Int) throws -> Int {
        let (width, overflow) = b.subtractingReportingOverflow(a)
        if !overflow && width >= 0 && width < Int.max { return a + randbelow(width + 1) }
        let r = try randint(BigInt(a), BigInt(b))
        return Int(exactly: r) ?? 0
    }

    /// `random.choice(seq)` as an index into a sequence of `count` items.
    public mutating func choiceIndex(_ count: Int) throws -> Int {
        if count <= 0 {
            throw RandomError("Cannot choose from an empty sequence", exceptionType: "IndexError")
        }
        return randbelow(count)
    }

    /// `random.shuffle(x)`.
    public mutating func shuffle<T>(_ x: inout [T]) {
        var i = x.count - 1
        while i >= 1 {
            let j = randbelow(i + 1)
            x.swapAt(i, j)
            i -= 1
        }
    }

    /// `random.sample(range(n), k)`: the chosen indices, in selection order.
    public mutating func sampleIndices(populationSize n: Int, k: Int) throws -> [Int] {
        guard k >= 0 && k <= n else {
            throw RandomError("Sample larger than population or is negative")
        }
        var result = [Int](repeating: 0, count: k)
        var setsize = 21
        if k > 5 {
            let p = ceil(log(Double(k) * 3) / log(4.0))
            setsize += Int(pow(4.0, p))
        }
        if n <= setsize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for i in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result[i] = j
            }
        }
        return result
    }

    /// `random.choices(range(n), k=k)` (no weights): the chosen indices.
    public mutating func choicesIndices(populationSize n: Int, k: Int) -> [Int] {
        let nf = Double(n)
        return (0..<max(k, 0)).map { _ in Int((random() * nf).rounded(.down)) }
    }

    /// `random.choices(range(n), cum_weights=cumWeights, k=k)`: the chosen indices.
    /// (For `weights=`, pass the running sums computed as Python's
    /// itertools.accumulate would, in the same float/int arithmetic.)
    public mutating func choicesIndices(cumulativeWeights cum: [Double], k: Int) throws -> [Int] {
        guard let last = cum.last else {
            throw RandomError("Total of weights must be greater than zero")
        }
        let total = last + 0.0
        if total <= 0.0 { throw RandomError("Total of weights must be greater than zero") }
        if !total.isFinite { throw RandomError("Total of weights must be finite") }
        let hi = cum.count - 1
        return (0..<max(k, 0)).map { _ in
            let x = random() * total
            var lo = 0, h = hi
            while lo < h {          // bisect_right(cum, x, 0, hi)
                let mid = (lo + h) / 2
                if x < cum[mid] { h = mid } else { lo = mid + 1 }
            }
            return lo
        }
    }

    /// `random.uniform(a, b)`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }

    /// `random.triangular(low, high, mode)`; nil mode means the midpoint.
    public mutating func triangular(low: Double = 0.0, high: Double = 1.0, mode: Double? = nil) -> Double {
        var u = random()
        var c: Double
        if let m = mode {
            if high - low == 0 { return low }    // ZeroDivisionError path
            c = (m - low) / (high - low)
        } else {
            c = 0.5
        }
        var lo = low, hi = high
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&lo, &hi)
        }
        return lo + (hi - lo) * (u * c).squareRoot()
    }

    /// `random.gauss(mu, sigma)`, keeping CPython's `gauss_next` state.
    public mutating func gauss(mu: Double = 0.0, sigma: Double = 1.0) -> Double {
        var z = gaussNext
        gaussNext = nil
        if z == nil {
            let x2pi = random() * (2.0 * Double.pi)
            let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
            z = cos(x2pi) * g2rad
            gaussNext = sin(x2pi) * g2rad
        }
        return mu + (z ?? 0) * sigma
    }

    /// `random.normalvariate(mu, sigma)` (Kinderman–Monahan).
    public mutating func normalvariate(mu: Double = 0.0, sigma: Double = 1.0) -> Double {
        let magic = 4 * exp(-0.5) / (2.0).squareRoot()
        var z: Double
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            z = magic * (u1 - 0.5) / u2
            let zz = z * z / 4.0
            if zz <= -log(u2) { break }
        }
        return mu + z * sigma
    }

    /// `random.lognormvariate(mu, sigma)`.
    public mutating func lognormvariate(mu: Double, sigma: Double) -> Double {
        exp(normalvariate(mu: mu, sigma: sigma))
    }

    /// `random.expovariate(lambd)` (lambd == 0 is the caller's ZeroDivisionError).
    public mutating func expovariate(_ lambd: Double) -> Double {
        -log(1.0 - random()) / lambd
    }
}
