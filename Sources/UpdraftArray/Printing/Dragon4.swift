// numpy's float-to-text conversion (numpy/_core/src/multiarray/dragon4.c): Steele & White's
// Dragon4 with Burger & Dybvig's digit-exponent estimate, over exact big integers, in numpy's
// "unique" digit mode (shortest round-trip digits, optionally cut off after `precision` digits
// and extended to at least `minDigits` digits), and its positional and scientific layouts with
// the trim modes and padding that `np.array2string` and the scalar reprs use.

/// numpy's TrimMode: what happens to trailing zeros and the decimal point.
enum TrimMode {
    case none          // 'k': keep trailing zeros (pad to min_digits)
    case zeros         // '.': trim trailing zeros, keep the point
    case leaveOneZero  // '0': trim, but leave one zero after the point
    case dptZeros      // '-': trim trailing zeros and the point
}

/// Unsigned big integer in 32-bit limbs, least significant first, without leading zero limbs,
/// over a fixed slice of a scratch allocation (no allocation per operation).
struct Dragon4BigInt {
    let p: UnsafeMutablePointer<UInt32>
    var n = 0

    /// Limbs per number: 2^1076 * 10^340 needs 2200 bits; round up generously.
    static let capacity = 80

    init(_ p: UnsafeMutablePointer<UInt32>) { self.p = p }

    mutating func set(_ v: UInt64) {
        n = 0
        if v != 0 {
            p[0] = UInt32(truncatingIfNeeded: v)
            n = 1
            if v >> 32 != 0 { p[1] = UInt32(truncatingIfNeeded: v >> 32); n = 2 }
        }
    }

    mutating func setPow2(_ k: Int) {
        let w = k / 32
        for i in 0..<w { p[i] = 0 }
        p[w] = 1 << UInt32(k % 32)
        n = w + 1
    }

    mutating func copy(from o: Dragon4BigInt) {
        p.update(from: o.p, count: o.n)
        n = o.n
    }

    mutating func shiftLeft(_ k: Int) {
        if n == 0 || k == 0 { return }
        let words = k / 32, bits = UInt32(k % 32)
        if bits == 0 {
            var i = n - 1
            while i >= 0 { p[i + words] = p[i]; i -= 1 }
            for j in 0..<words { p[j] = 0 }
            n += words
            return
        }
        p[n + words] = 0
        var i = n - 1
        while i >= 0 {
            let v = p[i]
            p[i + words + 1] |= v >> (32 - bits)
            p[i + words] = v << bits
            i -= 1
        }
        for j in 0..<words { p[j] = 0 }
        n += words + 1
        while n > 0 && p[n - 1] == 0 { n -= 1 }
    }

    mutating func multiply(by m: UInt32) {
        var carry: UInt64 = 0
        for i in 0..<n {
            let v = UInt64(p[i]) &* UInt64(m) &+ carry
            p[i] = UInt32(truncatingIfNeeded: v)
            carry = v >> 32
        }
        if carry != 0 { p[n] = UInt32(truncatingIfNeeded: carry); n += 1 }
    }

    mutating func multiplyPow10(_ k: Int) {
        var k = k
        while k >= 9 { multiply(by: 1_000_000_000); k -= 9 }
        if k > 0 {
            var f: UInt32 = 1
            for _ in 0..<k { f &*= 10 }
            multiply(by: f)
        }
    }

    static func compare(_ a: Dragon4BigInt, _ b: Dragon4BigInt) -> Int {
        if a.n != b.n { return a.n < b.n ? -1 : 1 }
        var i = a.n - 1
        while i >= 0 {
            let (x, y) = (a.p[i], b.p[i])
            if x != y { return x < y ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// self = a + b.
    mutating func setSum(_ a: Dragon4BigInt, _ b: Dragon4BigInt) {
        let (long, short) = a.n >= b.n ? (a, b) : (b, a)
        var carry: UInt64 = 0
        for i in 0..<long.n {
            let v = UInt64(long.p[i]) &+ (i < short.n ? UInt64(short.p[i]) : 0) &+ carry
            p[i] = UInt32(truncatingIfNeeded: v)
            carry = v >> 32
        }
        n = long.n
        if carry != 0 { p[n] = UInt32(truncatingIfNeeded: carry); n += 1 }
    }

    /// self -= b, for self >= b.
    mutating func subtract(_ b: Dragon4BigInt) {
        var borrow: UInt64 = 0
        for i in 0..<n {
            let x = UInt64(p[i]), y = (i < b.n ? UInt64(b.p[i]) : 0) &+ borrow
            p[i] = UInt32(truncatingIfNeeded: x &- y)
            borrow = x < y ? 1 : 0
        }
        while n > 0 && p[n - 1] == 0 { n -= 1 }
    }

    /// The quotient `self / divisor` (known to be below 10); leaves the remainder in self.
    mutating func divideSmallQuotient(_ divisor: Dragon4BigInt) -> UInt32 {
        var q: UInt32 = 0
        while Dragon4BigInt.compare(self, divisor) >= 0 {
            subtract(divisor)
            q += 1
        }
        return q
    }
}

/// The decomposition numpy's Dragon4_PrintFloat_IEEE_binary32/64 hand to Dragon4.
struct Dragon4Input {
    var mantissa: UInt64
    var exponent: Int
    var mantissaBit: Int
    var unequalMargins: Bool
    var negative: Bool
    /// nil for a finite value; otherwise "inf" or "nan".
    var special: String?

    init(_ x: Double, float32: Bool) {
        if float32 {
            let bits = Float(x).bitPattern
            let fm = UInt64(bits & 0x7F_FFFF), fe = Int((bits >> 23) & 0xFF)
            negative = bits >> 31 != 0
            special = fe == 0xFF ? (fm == 0 ? "inf" : "nan") : nil
            if fe != 0 {
                mantissa = (1 << 23) | fm; exponent = fe - 127 - 23; mantissaBit = 23
                unequalMargins = fe != 1 && fm == 0
            } else {
                mantissa = fm; exponent = 1 - 127 - 23
                mantissaBit = fm == 0 ? 0 : 63 - fm.leadingZeroBitCount
                unequalMargins = false
            }
        } else {
            let bits = x.bitPattern
            let fm = bits & 0xF_FFFF_FFFF_FFFF, fe = Int((bits >> 52) & 0x7FF)
            negative = bits >> 63 != 0
            special = fe == 0x7FF ? (fm == 0 ? "inf" : "nan") : nil
            if fe != 0 {
                mantissa = (1 << 52) | fm; exponent = fe - 1023 - 52; mantissaBit = 52
                unequalMargins = fe != 1 && fm == 0
            } else {
                mantissa = fm; exponent = 1 - 1023 - 52
                mantissaBit = fm == 0 ? 0 : 63 - fm.leadingZeroBitCount
                unequalMargins = false
            }
        }
    }
}

/// numpy's Dragon4() in DigitMode_Unique: the digits (ASCII) and the base-10 exponent of the first.
/// `cutoffMax`/`cutoffMin` are -1 for none; `fraction` selects CutoffMode_FractionLength.
func dragon4Digits(_ v: Dragon4Input, fraction: Bool, cutoffMax: Int, cutoffMin: Int,
                   bufferSize: Int) -> (digits: [UInt8], exponent: Int) {
    if v.mantissa == 0 { return ([UInt8(ascii: "0")], 0) }
    let isEven = v.mantissa % 2 == 0
    let cap = Dragon4BigInt.capacity
    let scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: 5 * cap)
    defer { scratch.deallocate() }
    scratch.initialize(repeating: 0, count: 5 * cap)
    var value = Dragon4BigInt(scratch)
    var scale = Dragon4BigInt(scratch + cap)
    var marginLow = Dragon4BigInt(scratch + 2 * cap)
    var marginHighStore = Dragon4BigInt(scratch + 3 * cap)
    var valueHigh = Dragon4BigInt(scratch + 4 * cap)
    value.set(v.mantissa)
    let exponent = v.exponent
    if v.unequalMargins {
        if exponent > 0 {
            value.shiftLeft(exponent + 2)
            scale.set(4)
            marginLow.setPow2(exponent)
        } else {
            value.shiftLeft(2)
            scale.setPow2(-exponent + 2)
            marginLow.set(1)
        }
    } else {
        if exponent > 0 {
            value.shiftLeft(exponent + 1)
            scale.set(2)
            marginLow.setPow2(exponent)
        } else {
            value.shiftLeft(1)
            scale.setPow2(-exponent + 1)
            marginLow.set(1)
        }
    }
    /// The high margin: twice the low one for a power of two with a narrower gap below.
    func updateMarginHigh() {
        guard v.unequalMargins else { return }
        marginHighStore.copy(from: marginLow)
        marginHighStore.shiftLeft(1)
    }
    updateMarginHigh()

    let log10_2 = 0.30102999566398119521373889472449
    var digitExponent = Int((Double(v.mantissaBit + exponent) * log10_2 - 0.69).rounded(.up))
    if cutoffMax >= 0 && fraction && digitExponent <= -cutoffMax {
        digitExponent = -cutoffMax + 1
    }
    if digitExponent > 0 {
        scale.multiplyPow10(digitExponent)
    } else if digitExponent < 0 {
        value.multiplyPow10(-digitExponent)
        marginLow.multiplyPow10(-digitExponent)
    }
    if Dragon4BigInt.compare(value, scale) >= 0 {
        digitExponent += 1
    } else {
        value.multiply(by: 10)
        marginLow.multiply(by: 10)
    }

    var cutoffMaxExponent = digitExponent - bufferSize
    if cutoffMax >= 0 {
        let desired = fraction ? -cutoffMax : digitExponent - cutoffMax
        if desired > cutoffMaxExponent { cutoffMaxExponent = desired }
    }
    var cutoffMinExponent = digitExponent
    if cutoffMin >= 0 {
        let desired = fraction ? -cutoffMin : digitExponent - cutoffMin
        if desired < cutoffMinExponent { cutoffMinExponent = desired }
    }
    var outExponent = digitExponent - 1

    var digits: [UInt8] = []
    var low = false, high = false
    var outputDigit: UInt32 = 0
    while true {
        digitExponent -= 1
        outputDigit = value.divideSmallQuotient(scale)
        updateMarginHigh()
        valueHigh.setSum(value, v.unequalMargins ? marginHighStore : marginLow)
        var cmp = Dragon4BigInt.compare(value, marginLow)
        low = isEven ? cmp <= 0 : cmp < 0
        cmp = Dragon4BigInt.compare(valueHigh, scale)
        high = isEven ? cmp >= 0 : cmp > 0
        if ((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent {
            break
        }
        digits.append(UInt8(48 + outputDigit))
        value.multiply(by: 10)
        marginLow.multiply(by: 10)
    }

    var roundDown = low
    if low == high {
        value.shiftLeft(1)
        let compare = Dragon4BigInt.compare(value, scale)
        roundDown = compare < 0
        if compare == 0 { roundDown = outputDigit & 1 == 0 }
    }
    if roundDown {
        digits.append(UInt8(48 + outputDigit))
    } else if outputDigit == 9 {
        while true {
            guard let last = digits.popLast() else {
                digits.append(UInt8(ascii: "1"))
                outExponent += 1
                break
            }
            if last != UInt8(ascii: "9") {
                digits.append(last + 1)
                break
            }
        }
    } else {
        digits.append(UInt8(48 + outputDigit + 1))
    }
    return (digits, outExponent)
}

/// numpy's scratch buffer size (Dragon4_Scratch.repr).
private let dragon4BufferSize = 16384

/// numpy's `dragon4_positional` / `Dragon4_Positional` in unique mode.
/// `precision`, `minDigits`, `padLeft`, `padRight`: -1 for none.
func dragon4Positional(_ x: Double, float32: Bool, precision: Int = -1, minDigits: Int = -1,
                       fractional: Bool, trim: TrimMode, sign: Bool = false,
                       padLeft: Int = -1, padRight: Int = -1) -> String {
    let v = Dragon4Input(x, float32: float32)
    let signChar: UInt8? = v.negative ? UInt8(ascii: "-") : (sign ? UInt8(ascii: "+") : nil)
    if let special = v.special { return infNanText(special, signChar) }

    var buf: [UInt8] = []
    let hasSign = signChar == nil ? 0 : 1
    if let s = signChar { buf.append(s) }
    let (digits, printExponent) = dragon4Digits(v, fraction: fractional, cutoffMax: precision,
                                                cutoffMin: minDigits, bufferSize: dragon4BufferSize - 1 - hasSign)
    let zero = UInt8(ascii: "0"), dot = UInt8(ascii: ".")
    let numDigits = digits.count
    var numWholeDigits = 0, numFractionDigits = 0
    if printExponent >= 0 {
        numWholeDigits = printExponent + 1
        if numDigits <= numWholeDigits {
            buf.append(contentsOf: digits)
            buf.append(contentsOf: repeatElement(zero, count: numWholeDigits - numDigits))
        } else {
            numFractionDigits = numDigits - numWholeDigits
            buf.append(contentsOf: digits[0..<numWholeDigits])
            buf.append(dot)
            buf.append(contentsOf: digits[numWholeDigits...])
        }
    } else {
        let numFractionZeros = -(printExponent + 1)
        buf.append(zero)
        buf.append(dot)
        buf.append(contentsOf: repeatElement(zero, count: numFractionZeros))
        buf.append(contentsOf: digits)
        numFractionDigits = numDigits + numFractionZeros
        numWholeDigits = 1
    }
    if trim != .dptZeros && numFractionDigits == 0 { buf.append(dot) }

    let addDigits = minDigits
    var desiredFractionalDigits = addDigits < 0 ? 0 : addDigits
    if !fractional { desiredFractionalDigits = addDigits - numWholeDigits }
    if trim == .leaveOneZero {
        if numFractionDigits == 0 {
            buf.append(zero)
            numFractionDigits += 1
        }
    } else if trim == .none && desiredFractionalDigits > numFractionDigits {
        buf.append(contentsOf: repeatElement(zero, count: desiredFractionalDigits - numFractionDigits))
        numFractionDigits = desiredFractionalDigits
    }
    if trim != .none && numFractionDigits > 0 {
        while buf.last == zero {
            buf.removeLast()
            numFractionDigits -= 1
        }
        if buf.last == dot {
            if trim == .leaveOneZero {
                buf.append(zero)
                numFractionDigits += 1
            } else if trim == .dptZeros {
                buf.removeLast()
            }
        }
    }
    if padRight >= numFractionDigits {
        if trim == .dptZeros && numFractionDigits == 0 { buf.append(UInt8(ascii: " ")) }
        buf.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padRight - numFractionDigits))
    }
    if padLeft > numWholeDigits + hasSign {
        buf.insert(contentsOf: repeatElement(UInt8(ascii: " "), count: padLeft - (numWholeDigits + hasSign)), at: 0)
    }
    return String(decoding: buf, as: UTF8.self)
}

/// numpy's `dragon4_scientific` / `Dragon4_Scientific` in unique mode.
func dragon4Scientific(_ x: Double, float32: Bool, precision: Int = -1, minDigits: Int = -1,
                       trim: TrimMode, sign: Bool = false, padLeft: Int = -1, expDigits: Int = -1) -> String {
    let v = Dragon4Input(x, float32: float32)
    let signChar: UInt8? = v.negative ? UInt8(ascii: "-") : (sign ? UInt8(ascii: "+") : nil)
    if let special = v.special { return infNanText(special, signChar) }

    var buf: [UInt8] = []
    let leftChars = 1 + (signChar == nil ? 0 : 1)
    if padLeft > leftChars { buf.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padLeft - leftChars)) }
    if let s = signChar { buf.append(s) }
    let (digits, exponent) = dragon4Digits(v, fraction: false,
                                           cutoffMax: precision < 0 ? -1 : precision + 1,
                                           cutoffMin: minDigits < 0 ? -1 : minDigits + 1,
                                           bufferSize: dragon4BufferSize - buf.count)
    let zero = UInt8(ascii: "0"), dot = UInt8(ascii: ".")
    buf.append(digits[0])
    var numFractionDigits = digits.count - 1
    if numFractionDigits > 0 {
        buf.append(dot)
        buf.append(contentsOf: digits[1...])
    }
    if trim != .dptZeros && numFractionDigits == 0 { buf.append(dot) }
    let addDigits = Swift.max(minDigits, 0)
    if trim == .leaveOneZero {
        if numFractionDigits == 0 {
            buf.append(zero)
            numFractionDigits += 1
        }
    } else if trim == .none && addDigits > numFractionDigits {
        buf.append(contentsOf: repeatElement(zero, count: addDigits - numFractionDigits))
        numFractionDigits = addDigits
    }
    if trim != .none && numFractionDigits > 0 {
        while buf.last == zero { buf.removeLast() }
        if trim == .leaveOneZero && buf.last == dot { buf.append(zero) }
    }

    let minExpDigits = expDigits < 0 ? 2 : Swift.min(expDigits, 5)
    buf.append(UInt8(ascii: "e"))
    buf.append(exponent >= 0 ? UInt8(ascii: "+") : UInt8(ascii: "-"))
    let expText = Array(String(exponent.magnitude).utf8)
    if expText.count < minExpDigits { buf.append(contentsOf: repeatElement(zero, count: minExpDigits - expText.count)) }
    buf.append(contentsOf: expText)
    return String(decoding: buf, as: UTF8.self)
}

/// numpy's PrintInfNan: a sign only for infinities.
private func infNanText(_ special: String, _ sign: UInt8?) -> String {
    if special == "inf", let s = sign { return String(UnicodeScalar(s)) + "inf" }
    return special
}
