// The `math` module's integer functions: gcd, lcm, factorial, comb, perm, isqrt, and prod.
// All are exact, over big ints where needed.

import BigInt

func installMathIntegerFunctions(_ math: PyModule) {
    math.define("gcd") { args in
        try args.expect("math.gcd", min: 0, max: Int.max)
        var result = BigInt(0)
        for v in args.positional {
            let n = try indexBigInt(v)
            result = result.isZero ? BigInt(n.magnitude) : BigInt(result.magnitude.greatestCommonDivisor(with: n.magnitude))
        }
        return .integer(result)
    }

    math.define("lcm") { args in
        try args.expect("math.lcm", min: 0, max: Int.max)
        var result = BigInt(1)
        var zero = false
        for v in args.positional {
            let n = try indexBigInt(v)
            if zero { continue }
            if n.isZero || result.isZero {
                zero = true
                continue
            }
            let g = BigInt(result.magnitude.greatestCommonDivisor(with: n.magnitude))
            result = BigInt((result / g * n).magnitude)
        }
        return .integer(zero ? 0 : result)
    }

    math.define("factorial") { args in
        try args.expect("math.factorial", min: 1, max: 1)
        let n = try indexBigInt(args[0])
        guard let small = Int(exactly: n) else {
            if n.sign == .minus { throw PythonError.valueError("factorial() not defined for negative values") }
            throw PythonError.overflowError("factorial() argument should not exceed \(Int.max)")
        }
        if small < 0 { throw PythonError.valueError("factorial() not defined for negative values") }
        return .integer(factorialBigInt(small))
    }

    math.define("comb") { args in
        try positionalArguments("math.comb", "comb", args, min: 2, max: 2)
        let n = try indexBigInt(args[0])
        var k = try indexBigInt(args[1])
        if n.sign == .minus { throw PythonError.valueError("n must be a non-negative integer") }
        if k.sign == .minus { throw PythonError.valueError("k must be a non-negative integer") }
        if k > n { return .int(0) }
        k = Swift.min(k, n - k)
        guard let kk = Int(exactly: k) else {
            throw PythonError.overflowError("min(n - k, k) must not exceed \(Int.max)")
        }
        // Each partial product n(n-1).../i! is itself a binomial coefficient, so the division
        // is exact at every step.
        var result = BigInt(1)
        var i = 1
        while i <= kk {
            result = result * (n - k + BigInt(i)) / BigInt(i)
            i += 1
        }
        return .integer(result)
    }

    math.define("perm") { args in
        try positionalArguments("math.perm", "perm", args, min: 1, max: 2)
        let n = try indexBigInt(args[0])
        if args.count == 1 || args[1].isNone {
            if n.sign == .minus { throw PythonError.valueError("n must be a non-negative integer") }
            guard let small = Int(exactly: n) else {
                throw PythonError.overflowError("n must not exceed \(Int.max)")
            }
            return .integer(factorialBigInt(small))
        }
        let k = try indexBigInt(args[1])
        if n.sign == .minus { throw PythonError.valueError("n must be a non-negative integer") }
        if k.sign == .minus { throw PythonError.valueError("k must be a non-negative integer") }
        if k > n { return .int(0) }
        guard let kk = Int(exactly: k) else { throw PythonError.overflowError("k must not exceed \(Int.max)") }
        return .integer(rangeProduct(from: n - k + 1, count: kk))
    }

    math.define("isqrt") { args in
        try args.expect("math.isqrt", min: 1, max: 1)
        let n = try indexBigInt(args[0])
        if n.sign == .minus { throw PythonError.valueError("isqrt() argument must be nonnegative") }
        return .integer(BigInt(n.magnitude.squareRoot()))
    }

    math.define("prod") { args in
        let bound = try clinicArguments("prod", args, ["iterable", "start"], positionalOnly: 1,
                                        minPositional: 1, maxPositional: 1)
        var result = bound[1] ?? .int(1)
        let it = try getIterator(bound[0] ?? .none)
        while let item = try it.next() {
            if case .int(let a) = result, case .int(let b) = item {
                let (r, overflow) = a.multipliedReportingOverflow(by: b)
                if !overflow {
                    result = .int(r)
                    continue
                }
            }
            result = try binaryOp(.mul, result, item)
        }
        return result
    }
}

/// `n!` by binary splitting, so the big multiplications are balanced.
public func factorialBigInt(_ n: Int) -> BigInt {
    if n < 2 { return 1 }
    return rangeProduct(from: 2, count: n - 1)
}

/// `from * (from+1) * ... * (from+count-1)`.
func rangeProduct(from start: BigInt, count: Int) -> BigInt {
    if count <= 0 { return 1 }
    if count <= 16 {
        var r = start
        var i = 1
        while i < count {
            r *= start + BigInt(i)
            i += 1
        }
        return r
    }
    let half = count / 2
    return rangeProduct(from: start, count: half) * rangeProduct(from: start + BigInt(half), count: count - half)
}
