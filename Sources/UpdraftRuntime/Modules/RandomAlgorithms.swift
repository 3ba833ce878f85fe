// The algorithms behind the `random` module's methods, transcribed from random.py (3.11):
// seeding, randrange, sample, choices and normalvariate. Keeping CPython's exact sequence of
// generator calls is what makes seeded scripts print the same numbers.

import BigInt
import Foundation

// MARK: - Seeding

/// A generator seeded as `Random.seed(a, version)` seeds: ints by their absolute value, floats
/// and other hashables by their hash, strs and bytes (version 2) by their (UTF-8) bytes and SHA-512.
func seededGenerator(_ a: Value, version: Value) throws -> MersenneTwister {
    if a.isNone { return MersenneTwister() }
    if let big = a.bigIntValue { return MersenneTwister(seed: BigInt(big.magnitude)) }
    let seedBytes = bytesLike(a)
    if a.stringValue != nil || seedBytes != nil {
        let isByteArray = a.asObject is PyByteArray
        if try !isByteArray && valuesEqual(version, .int(1)) {
            // The pre-3.2 string hash, for reproducing old sequences (bytes read as Latin-1).
            let scalars = seedBytes.map { $0.map { Unicode.Scalar($0) } } ?? Array((a.stringValue ?? "").unicodeScalars)
            var x: UInt64 = scalars.first.map { UInt64($0.value) << 7 } ?? 0
            for c in scalars { x = (1000003 &* x) ^ UInt64(c.value) }
            x ^= UInt64(scalars.count)
            return MersenneTwister(seed: BigInt(x))
        }
        if try valuesEqual(version, .int(2)) {
            let bytes = seedBytes ?? Array((a.stringValue ?? "").utf8)
            var n = BigUInt(0)
            for byte in bytes + sha512(bytes) { n = n << 8 | BigUInt(byte) }
            return MersenneTwister(seed: BigInt(n))
        }
    }
    switch a {
    case .float:
        break
    case .object(let o) where o is PyStr || o is PyByteSequence:
        break
    default:
        throw PythonError.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    }
    // CPython seeds other hashables with their hash, read as an unsigned size_t.
    let h = try hashValue(a)
    return MersenneTwister(seed: BigInt(UInt(bitPattern: h)))
}

// MARK: - Integer draws

/// `operator.index(v)`, or for floats `int(v)` when integral (CPython's deprecated path).
private func randrangeArgument(_ v: Value, _ what: String) throws -> BigInt {
    do {
        return try indexBigInt(v)
    } catch let error as PythonError where error.isInstance(of: .typeError) {
        guard case .float(let d) = v else {
            throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
        }
        guard d.isFinite else {
            throw d.isNaN ? PythonError.valueError("cannot convert float NaN to integer")
                : PythonError.overflowError("cannot convert float infinity to integer")
        }
        guard d == d.rounded(.towardZero), let big = pyFloatToBigInt(d) else {
            throw PythonError.valueError("non-integer \(what) for randrange()")
        }
        return big
    }
}

/// `Random.randrange(start, stop=None, step=1)` from random.py.
func randomRandrange(_ r: PyRandom, _ start: Value, _ stop: Value?, _ step: Value?) throws -> BigInt {
    let istart = try randrangeArgument(start, "arg 1")
    guard let stop, !stop.isNone else {
        if let step, !(step.isIntegral && step.bigIntValue == 1 && !isBool(step)) {
            throw PythonError.typeError("Missing a non-None stop argument")
        }
        if istart.sign == .plus && !istart.isZero { return r.generator.randbelow(istart) }
        throw PythonError.valueError("empty range for randrange()")
    }
    let istop = try randrangeArgument(stop, "stop")
    let width = istop - istart
    let istep = try step.map { try randrangeArgument($0, "step") } ?? 1
    if istep == 1 {
        if width.sign == .plus && !width.isZero { return istart + r.generator.randbelow(width) }
        throw PythonError.valueError("empty range for randrange() (\(istart), \(istop), \(width))")
    }
    let n: BigInt
    if istep.sign == .plus && !istep.isZero {
        n = floorDivide(width + istep - 1, istep)
    } else if istep.sign == .minus {
        n = floorDivide(width + istep + 1, istep)
    } else {
        throw PythonError.valueError("zero step for randrange()")
    }
    if n.sign == .minus || n.isZero { throw PythonError.valueError("empty range for randrange()") }
    return istart + istep * r.generator.randbelow(n)
}

private func isBool(_ v: Value) -> Bool {
    if case .bool = v { return true }
    return false
}

// MARK: - Sequences

/// Lists longer than this cannot be allocated; CPython raises MemoryError for them.
private let maximumListSize = 1 << 40

/// True for the types `collections.abc.Sequence` recognises among Updraft's builtins.
private func isSequence(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is PyStructSequence
}

/// `Random.sample(population, k, *, counts=None)` from random.py.
func randomSample(_ r: PyRandom, _ population: Value, _ kValue: Value, counts: Value?) throws -> Value {
    guard isSequence(population) else {
        throw PythonError.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    }
    let n = try length(population)
    if let counts, !counts.isNone {
        var cumCounts: [Value] = []
        var running: Value?
        let it = try getIterator(counts)
        while let c = try it.next() {
            let next = try running.map { try binaryOp(.add, $0, c) } ?? c
            running = next
            cumCounts.append(next)
        }
        if cumCounts.count != n {
            throw PythonError.valueError("The number of counts does not match the population")
        }
        guard let last = cumCounts.popLast(), last.isIntegral else {
            throw PythonError.typeError("Counts must be integers")
        }
        if try isTruthy(compare(.ltE, last, .int(0))) {
            throw PythonError.valueError("Total of counts must be greater than zero")
        }
        let total = try indexInt(last)
        let selections = try randomSample(r, .object(PyRange(start: 0, stop: total, step: 1)), kValue, counts: nil)
        let picks = try iterateToArray(selections)
        return .list(try picks.map { s in try getItem(population, .int(try bisectRight(cumCounts, s, 0, cumCounts.count))) })
    }
    let inRange = try isTruthy(compare(.ltE, .int(0), kValue)) && isTruthy(compare(.ltE, kValue, .int(n)))
    if !inRange { throw PythonError.valueError("Sample larger than population or is negative") }
    let k = try repeatCount(kValue, .list([]))
    if k > maximumListSize { throw PythonError(.memoryError, "") }
    var result = [Value](repeating: .none, count: k)
    var setSize = 21
    if k > 5 {
        let exponent = Int((Foundation.log(Double(k) * 3) / Foundation.log(4.0)).rounded(.up))
        setSize += 1 << (2 * exponent)
    }
    if n <= setSize {
        var pool = try iterateToArray(population)
        for i in 0..<k {
            let j = Int(r.generator.randbelow(BigInt(n - i)))
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
        }
    } else {
        var selected = Set<Int>()
        for i in 0..<k {
            var j = Int(r.generator.randbelow(BigInt(n)))
            while selected.contains(j) { j = Int(r.generator.randbelow(BigInt(n))) }
            selected.insert(j)
            result[i] = try getItem(population, .int(j))
        }
    }
    return .list(result)
}

/// `Random.choices(population, weights=None, *, cum_weights=None, k=1)` from random.py.
func randomChoices(_ r: PyRandom, _ population: Value, weights: Value?, cumWeights cumIn: Value?, k kValue: Value?) throws -> Value {
    let n = try length(population)
    let k = try kValue.map(indexInt) ?? 1
    if k > maximumListSize { throw PythonError(.memoryError, "") }
    var cumWeights: [Value]
    if cumIn == nil || cumIn?.isNone == true {
        guard let weights, !weights.isNone else {
            let nf = Double(n)
            var out: [Value] = []
            for _ in 0..<Swift.max(0, k) {
                let index = (r.generator.random() * nf).rounded(.down)
                out.append(try getItem(population, .int(Int(index))))
            }
            return .list(out)
        }
        do {
            cumWeights = []
            var total: Value?
            let it = try getIterator(weights)
            while let w = try it.next() {
                let next = try total.map { try binaryOp(.add, $0, w) } ?? w
                total = next
                cumWeights.append(next)
            }
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            guard weights.isIntegral else { throw e }
            throw PythonError.typeError("The number of choices must be a keyword argument: k=\(try repr(weights))")
        }
    } else {
        if let weights, !weights.isNone {
            throw PythonError.typeError("Cannot specify both weights and cumulative weights")
        }
        cumWeights = try iterateToArray(cumIn ?? .none)
    }
    if cumWeights.count != n {
        throw PythonError.valueError("The number of weights does not match the population")
    }
    guard let lastWeight = cumWeights.last else {
        throw PythonError.indexError("list index out of range")
    }
    let totalValue = try binaryOp(.add, lastWeight, .float(0.0))
    let total = try floatArgument(totalValue)
    if total <= 0.0 { throw PythonError.valueError("Total of weights must be greater than zero") }
    if !total.isFinite { throw PythonError.valueError("Total of weights must be finite") }
    let hi = n - 1
    var out: [Value] = []
    for _ in 0..<Swift.max(0, k) {
        let x = Value.float(r.generator.random() * total)
        out.append(try getItem(population, .int(try bisectRight(cumWeights, x, 0, hi))))
    }
    return .list(out)
}

/// `bisect.bisect_right(a, x, lo, hi)` with Python's `<`.
func bisectRight(_ a: [Value], _ x: Value, _ loIn: Int, _ hiIn: Int) throws -> Int {
    var lo = loIn
    var hi = hiIn
    while lo < hi {
        let mid = (lo + hi) / 2
        if try sortLessThan(x, a[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo
}

/// Kinderman and Monahan's ratio-of-uniforms method, as random.py's normalvariate.
func normalVariate(_ r: PyRandom, _ mu: Double, _ sigma: Double) -> Double {
    let magic = 4 * Foundation.exp(-0.5) / 2.0.squareRoot()
    var z = 0.0
    while true {
        let u1 = r.generator.random()
        let u2 = 1.0 - r.generator.random()
        z = magic * (u1 - 0.5) / u2
        let zz = z * z / 4.0
        if zz <= -Foundation.log(u2) { break }
    }
    return mu + z * sigma
}
