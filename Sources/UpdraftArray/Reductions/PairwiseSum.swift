// numpy's pairwise summation (`pairwise_sum` in numpy/_core/src/umath/loops_utils.h.src):
// runs below 8 elements add in order from -0.0; up to 128 elements use 8 interleaved
// accumulators; longer runs split in two at a multiple of 8. Eight separate accumulators
// (rather than a SIMD type) vectorize in release builds.

/// Generic over float32 and float64; the optimizer specializes it per type.
@inline(__always)
func pairwiseSum<T: BinaryFloatingPoint>(_ p: UnsafePointer<T>, _ n: Int) -> T {
    if n < 8 {
        var res: T = -0.0
        for i in 0..<n { res += p[i] }
        return res
    }
    if n <= 128 {
        var r0 = p[0], r1 = p[1], r2 = p[2], r3 = p[3]
        var r4 = p[4], r5 = p[5], r6 = p[6], r7 = p[7]
        var i = 8
        let end = n - n % 8
        while i < end {
            r0 += p[i]; r1 += p[i + 1]; r2 += p[i + 2]; r3 += p[i + 3]
            r4 += p[i + 4]; r5 += p[i + 5]; r6 += p[i + 6]; r7 += p[i + 7]
            i += 8
        }
        var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n { res += p[i]; i += 1 }
        return res
    }
    var n2 = n / 2
    n2 -= n2 % 8
    return pairwiseSum(p, n2) + pairwiseSum(p + n2, n - n2)
}

/// The complex form: numpy runs it over the float pairs (2n values), so the blocks are 4
/// complex accumulators, 64 elements, split points at multiples of 4 elements.
func pairwiseSum(_ p: UnsafePointer<Complex>, _ count: Int) -> Complex {
    let n = count * 2
    if n < 8 {
        var rr = -0.0, ri = -0.0
        for i in 0..<count { rr += p[i].re; ri += p[i].im }
        return Complex(re: rr, im: ri)
    }
    if n <= 128 {
        var r0 = p[0].re, r1 = p[0].im, r2 = p[1].re, r3 = p[1].im
        var r4 = p[2].re, r5 = p[2].im, r6 = p[3].re, r7 = p[3].im
        var i = 8
        let end = n - n % 8
        while i < end {
            let k = i / 2
            r0 += p[k].re; r1 += p[k].im; r2 += p[k + 1].re; r3 += p[k + 1].im
            r4 += p[k + 2].re; r5 += p[k + 2].im; r6 += p[k + 3].re; r7 += p[k + 3].im
            i += 8
        }
        var rr = (r0 + r2) + (r4 + r6)
        var ri = (r1 + r3) + (r5 + r7)
        while i < n { rr += p[i / 2].re; ri += p[i / 2].im; i += 2 }
        return Complex(re: rr, im: ri)
    }
    var n2 = n / 2
    n2 -= n2 % 8
    let a = pairwiseSum(p, n2 / 2), b = pairwiseSum(p + n2 / 2, (n - n2) / 2)
    return Complex(re: a.re + b.re, im: a.im + b.im)
}

/// Wrapping integer sum (order does not matter for integers).
@inline(__always)
func wrappingSum(_ p: UnsafePointer<Int64>, _ n: Int) -> Int64 {
    var s: Int64 = 0
    for i in 0..<n { s &+= p[i] }
    return s
}
