// The per-dtype element formatters of numpy's arrayprint.py (FloatingFormat, ComplexFloatingFormat,
// IntegerFormat, BoolFormat) with numpy's default print options: precision=8, floatmode='maxprec',
// suppress=False, sign='-', legacy=False. Each is built from the (possibly summarised) data and
// then formats single elements to a common width.

/// numpy's FloatingFormat.
struct FloatingFormat {
    let float32: Bool
    let signPlus: Bool
    var expFormat = false
    var padLeft = 0
    var padRight = 0
    var precision = 8
    var minDigits = -1
    var trim = TrimMode.zeros
    var expSize = -1

    init(_ data: [Double], float32: Bool, signPlus: Bool = false) {
        self.float32 = float32
        self.signPlus = signPlus
        fillFormat(data)
    }

    private mutating func fillFormat(_ data: [Double]) {
        let finite = data.filter { $0.isFinite }
        let absNonZero = finite.filter { $0 != 0 }.map { Swift.abs($0) }
        if let maxVal = absNonZero.max(), let minVal = absNonZero.min() {
            if float32 {
                // numpy compares and divides in float32; its cutoff is 10**min(8, finfo.precision).
                let (mx, mn) = (Float(maxVal), Float(minVal))
                expFormat = mx >= Float(1e6) || mn < Float(0.0001) || mx / mn > Float(1000)
            } else {
                expFormat = maxVal >= 1e8 || minVal < 0.0001 || maxVal / minVal > 1000
            }
        }

        if finite.isEmpty {
            padLeft = 0
            padRight = 0
            trim = .zeros
            expSize = -1
            minDigits = -1
        } else if expFormat {
            var maxInt = 0, maxFrac = 0, maxExp = 0
            for x in finite {
                let s = Array(dragon4Scientific(x, float32: float32, precision: precision, trim: .zeros, sign: signPlus).utf8)
                let e = s.firstIndex(of: UInt8(ascii: "e")) ?? s.count
                let d = s[..<e].firstIndex(of: UInt8(ascii: ".")) ?? e
                maxInt = Swift.max(maxInt, d)
                maxFrac = Swift.max(maxFrac, e - Swift.min(d + 1, e))
                maxExp = Swift.max(maxExp, s.count - Swift.min(e + 1, s.count))
            }
            expSize = maxExp - 1
            trim = .none
            precision = maxFrac
            minDigits = maxFrac
            padLeft = maxInt
            padRight = expSize + 2 + precision
        } else {
            var maxInt = 0, maxFrac = 0
            for x in finite {
                let s = Array(dragon4Positional(x, float32: float32, precision: precision, fractional: true,
                                                trim: .zeros, sign: signPlus).utf8)
                let d = s.firstIndex(of: UInt8(ascii: ".")) ?? s.count
                maxInt = Swift.max(maxInt, d)
                maxFrac = Swift.max(maxFrac, s.count - Swift.min(d + 1, s.count))
            }
            padLeft = maxInt
            padRight = maxFrac
            expSize = -1
            trim = .zeros
            minDigits = 0
        }

        // Non-finite values may need a wider left part.
        if finite.count != data.count {
            let negInf = signPlus || data.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset)
        }
    }

    func format(_ x: Double) -> String {
        if !x.isFinite {
            let ret: String
            if x.isNaN {
                ret = signPlus ? "+nan" : "nan"
            } else {
                ret = (x < 0 ? "-" : signPlus ? "+" : "") + "inf"
            }
            let pad = padLeft + padRight + 1 - ret.utf8.count
            return pad > 0 ? String(repeating: " ", count: pad) + ret : ret
        }
        if expFormat {
            return dragon4Scientific(x, float32: float32, precision: precision, minDigits: minDigits,
                                     trim: trim, sign: signPlus, padLeft: padLeft, expDigits: expSize)
        }
        return dragon4Positional(x, float32: float32, precision: precision, minDigits: minDigits,
                                 fractional: true, trim: trim, sign: signPlus,
                                 padLeft: padLeft, padRight: padRight)
    }
}

/// numpy's ComplexFloatingFormat: the real parts, then the imaginary parts with a forced sign.
struct ComplexFloatingFormat {
    let real: FloatingFormat
    let imag: FloatingFormat

    init(real re: [Double], imag im: [Double]) {
        real = FloatingFormat(re, float32: false)
        imag = FloatingFormat(im, float32: false, signPlus: true)
    }

    func format(_ re: Double, _ im: Double) -> String {
        let r = real.format(re)
        var i = Array(imag.format(im).utf8)
        // The 'j' goes before the padding at the end of the imaginary part.
        var end = i.count
        while end > 0 && i[end - 1] == UInt8(ascii: " ") { end -= 1 }
        i.insert(UInt8(ascii: "j"), at: end)
        return r + String(decoding: i, as: UTF8.self)
    }
}

/// The formatter of one array: chosen by dtype and built from the data that will be shown.
enum ElementFormat {
    case bool(trueText: String)
    case signed(width: Int)
    case unsigned(width: Int)
    case float(FloatingFormat)
    case complex(ComplexFloatingFormat)

    /// `_get_format_function` for `data` (the elements shown) of an array of `dtype` and `ndim`.
    init(_ dtype: DType, data: [Scalar], zeroDimensional: Bool) {
        switch dtype.kind {
        case .bool:
            self = .bool(trueText: zeroDimensional ? "True" : " True")
        case .signed:
            var lo = Int64.max, hi = Int64.min
            for s in data { let v = s.asInt64; lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            self = .signed(width: data.isEmpty ? 0 : Swift.max(String(hi).utf8.count, String(lo).utf8.count))
        case .unsigned:
            var lo = UInt64.max, hi = UInt64.min
            for s in data { let v = s.asUInt64; lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            self = .unsigned(width: data.isEmpty ? 0 : Swift.max(String(hi).utf8.count, String(lo).utf8.count))
        case .float:
            self = .float(FloatingFormat(data.map { $0.asDouble }, float32: dtype == .float32))
        case .complex:
            var re: [Double] = [], im: [Double] = []
            re.reserveCapacity(data.count)
            im.reserveCapacity(data.count)
            for s in data {
                if case .complex(let r, let i) = s { re.append(r); im.append(i) } else { re.append(s.asDouble); im.append(0) }
            }
            self = .complex(ComplexFloatingFormat(real: re, imag: im))
        }
    }

    func format(_ s: Scalar) -> String {
        switch self {
        case .bool(let t):
            return s.asBool ? t : "False"
        case .signed(let w):
            return rightAligned(String(s.asInt64), w)
        case .unsigned(let w):
            return rightAligned(String(s.asUInt64), w)
        case .float(let f):
            return f.format(s.asDouble)
        case .complex(let c):
            if case .complex(let r, let i) = s { return c.format(r, i) }
            return c.format(s.asDouble, 0)
        }
    }
}

@inline(__always)
private func rightAligned(_ s: String, _ width: Int) -> String {
    let n = s.utf8.count
    return n >= width ? s : String(repeating: " ", count: width - n) + s
}
