// PyHash.swift — reproduces CPython 3.11's numeric and container hashes on
// 64-bit builds (Python/pyhash.c _Py_HashDouble, Objects/longobject.c
// long_hash, Objects/tupleobject.c tuplehash, Objects/setobject.c
// frozenset_hash): numbers hash by their value modulo 2^61 - 1 so that
// hash(3) == hash(3.0), -1 becomes -2, hash(inf) == 314159; nan hashes by
// identity in CPython and is 0 here. str/bytes hashes are randomized
// (SipHash with a per-process key) in CPython and are not reproduced.

import BigInt

/// _PyHASH_MODULUS = 2^61 - 1.
public let pyHashModulus: UInt64 = (1 << 61) - 1
private let hashBits: UInt64 = 61
/// hash(float('inf')).
public let pyHashInf = 314159

/// `hash(v)` for an int that fits in a machine word.
public func pyHashInt(_ v: Int) -> Int {
    let m = UInt64(v.magnitude) % pyHashModulus
    var h = Int(m)
    if v < 0 { h = -h }
    return h == -1 ? -2 : h
}

/// `hash(v)` for any int.
public func pyHashBigInt(_ v: BigInt) -> Int {
    if let small = Int(exactly: v) { return pyHashInt(small) }
    // Horner over 64-bit words: x = (x * 2^64 + w) mod P, using 2^64 ≡ 8 (mod P).
    var x: UInt64 = 0
    for w in v.magnitude.words.reversed() {
        x = mulmodP(x, 8)
        x = addmodP(x, UInt64(w) % pyHashModulus)
    }
    var h = Int(x)
    if v.sign == .minus { h = -h }
    return h == -1 ? -2 : h
}

@inline(__always)
private func addmodP(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let s = a + b   // both < 2^61: no overflow
    return s >= pyHashModulus ? s - pyHashModulus : s
}

@inline(__always)
private func mulmodP(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (hi, lo) = a.multipliedFullWidth(by: b)
    // value = hi·2^64 + lo; 2^64 ≡ 2^3, and reduce lo = lh·2^61 + ll ≡ lh + ll.
    var r = (lo & pyHashModulus) + (lo >> 61) + (hi << 3)
    while r >= pyHashModulus { r -= pyHashModulus }
    return r
}

/// `hash(x)` for a float (nan gives 0; CPython hashes nan by object identity).
public func pyHashFloat(_ v: Double) -> Int {
    if !v.isFinite {
        if v.isInfinite { return v > 0 ? pyHashInf : -pyHashInf }
        return 0
    }
    // Integral values in range take the int path (same result, faster).
    if v == v.rounded(.towardZero) && v.magnitude < 9.2e18 {
        return pyHashInt(Int(v))
    }
    // frexp: |v| = m × 2^e with 0.5 <= m < 1 (Swift normalizes subnormals too).
    var e = Int(v.exponent) + 1
    var m = v.significand / 2
    var sign: UInt64 = 1
    if v < 0 { sign = UInt64.max }   // -1 as unsigned
    var x: UInt64 = 0
    while m != 0 {
        x = ((x << 28) & pyHashModulus) | x >> (hashBits - 28)
        m *= 268435456.0
        e -= 28
        let y = UInt64(m)
        m -= Double(y)
        x += y
        if x >= pyHashModulus { x -= pyHashModulus }
    }
    let ee: Int = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
    let ue = UInt64(ee)
    x = ((x << ue) & pyHashModulus) | x >> (hashBits - ue)
    x = x &* sign
    if x == UInt64.max { x = UInt64.max - 1 }
    return Int(bitPattern: UInt(x))
}

/// `hash(t)` for a tuple, from its items' hashes (CPython 3.11's xxHash-style tuplehash).
public func pyHashTuple(_ hashes: [Int]) -> Int {
    let prime1: UInt64 = 11400714785074694791
    let prime2: UInt64 = 14029467366897019727
    let prime5: UInt64 = 2870177450012600261
    var acc = prime5
    for h in hashes {
        let lane = UInt64(bitPattern: Int64(h))
        acc = acc &+ lane &* prime2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* prime1
    }
    acc = acc &+ (UInt64(hashes.count) ^ (prime5 ^ 3527539))
    if acc == UInt64.max { return 1546275796 }
    return Int(bitPattern: UInt(acc))
}

/// `hash(frozenset(...))` from its distinct elements' hashes (order-independent).
public func pyHashFrozenSet(_ hashes: [Int]) -> Int {
    func shuffleBits(_ h: UInt64) -> UInt64 {
        ((h ^ 89869747) ^ (h << 16)) &* 3644798167
    }
    var hash: UInt64 = 0
    for h in hashes { hash ^= shuffleBits(UInt64(bitPattern: Int64(h))) }
    hash ^= (UInt64(hashes.count) &+ 1) &* 1927868237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907133923
    if hash == UInt64.max { hash = 590923713 }
    return Int(bitPattern: UInt(hash))
}
