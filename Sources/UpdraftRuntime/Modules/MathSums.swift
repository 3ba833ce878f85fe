// `math.fsum` (Shewchuk's exact partial sums, as CPython's msum) and `math.hypot`/`math.dist`
// (CPython 3.11's scaled, compensated vector norm), so results match CPython to the last bit.

import Foundation

func installMathSums(_ math: PyModule) {
    math.define("fsum") { args in
        try args.expect("math.fsum", min: 1, max: 1)
        var values: [Double] = []
        let it = try getIterator(args[0])
        while let item = try it.next() { values.append(try floatArgument(item)) }
        return .float(try exactSum(values))
    }

    math.define("hypot") { args in
        try args.expect("math.hypot", min: 0, max: Int.max)
        var coordinates: [Double] = []
        coordinates.reserveCapacity(args.count)
        var maxValue = 0.0
        var foundNaN = false
        for v in args.positional {
            let x = Swift.abs(try floatArgument(v))
            coordinates.append(x)
            foundNaN = foundNaN || x.isNaN
            if x > maxValue { maxValue = x }
        }
        return .float(vectorNorm(coordinates, maxValue, foundNaN))
    }

    math.define("dist") { args in
        try positionalArguments("math.dist", "dist", args, min: 2, max: 2)
        let p = try iterateToArray(args[0])
        let q = try iterateToArray(args[1])
        if p.count != q.count {
            throw PythonError.valueError("both points must have the same number of dimensions")
        }
        var diffs: [Double] = []
        var maxValue = 0.0
        var foundNaN = false
        for (a, b) in zip(p, q) {
            let x = Swift.abs(try floatArgument(a) - floatArgument(b))
            diffs.append(x)
            foundNaN = foundNaN || x.isNaN
            if x > maxValue { maxValue = x }
        }
        return .float(vectorNorm(diffs, maxValue, foundNaN))
    }
}

/// CPython's `math_fsum`: the correctly rounded sum of `values`.
public func exactSum(_ values: [Double]) throws -> Double {
    var partials: [Double] = []
    var specialSum = 0.0
    var infSum = 0.0
    for value in values {
        var x = value
        var i = 0
        for j in 0..<partials.count {
            var y = partials[j]
            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
            let hi = x + y
            let yr = hi - x
            let lo = y - yr
            if lo != 0 {
                partials[i] = lo
                i += 1
            }
            x = hi
        }
        partials.removeSubrange(i...)
        if x != 0 {
            if !x.isFinite {
                // Either an intermediate overflow or an inf/nan among the summands.
                if value.isFinite { throw PythonError.overflowError("intermediate overflow in fsum") }
                if value.isInfinite { infSum += value }
                specialSum += value
                partials.removeAll()
            } else {
                partials.append(x)
            }
        }
    }
    if specialSum != 0 {
        if infSum.isNaN { throw PythonError.valueError("-inf + inf in fsum") }
        return specialSum
    }
    var hi = 0.0
    var n = partials.count
    if n > 0 {
        n -= 1
        hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
        }
        // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
    }
    return hi
}

/// CPython 3.11's `vector_norm`: sqrt of the sum of squares, scaled by a power of two, with
/// Veltkamp-Dekker squaring, compensated summation and a differential correction.
func vectorNorm(_ input: [Double], _ maxValue: Double, _ foundNaN: Bool) -> Double {
    if maxValue.isInfinite { return maxValue }
    if foundNaN { return Double.nan }
    if maxValue == 0 || input.count <= 1 { return maxValue }
    let maxExponent = Int(maxValue.exponent) + 1
    if maxExponent < -1023 {
        // Subnormal inputs: scale them up to normals first.
        let minNormal = Double.leastNormalMagnitude
        return minNormal * vectorNorm(input.map { $0 / minNormal }, maxValue / minNormal, foundNaN)
    }
    let t27 = 134217729.0  // 2**27 + 1
    let scale = Foundation.scalbn(1.0, -maxExponent)
    var csum = 1.0
    var frac1 = 0.0
    var frac2 = 0.0
    var frac3 = 0.0
    for value in input {
        let x = value * scale
        let t = x * t27
        let hi = t - (t - x)
        let lo = x - hi

        var term = hi * hi
        var old = csum
        csum += term
        frac1 += (old - csum) + term

        term = 2.0 * hi * lo
        old = csum
        csum += term
        frac2 += (old - csum) + term

        frac3 += lo * lo
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).squareRoot()
    let t = h * t27
    let hi = t - (t - h)
    let lo = h - hi

    var term = -hi * hi
    var old = csum
    csum += term
    frac1 += (old - csum) + term

    term = -2.0 * hi * lo
    old = csum
    csum += term
    frac2 += (old - csum) + term

    term = -lo * lo
    old = csum
    csum += term
    frac3 += (old - csum) + term

    let x = csum - 1.0 + (frac1 + frac2 + frac3)
    return (h + x / (2.0 * h)) / scale
}
