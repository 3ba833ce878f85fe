// FormatSpec.swift — reproduces CPython 3.11's format-spec mini-language
// parser (`parse_internal_render_format_spec` in Python/formatter_unicode.c):
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// with CPython's ValueError texts, plus the shared padding / digit-grouping
// machinery (`calc_number_widths`, `fill_number`,
// `_PyUnicode_InsertThousandsGrouping`) used by FormatNumber.swift.

/// An error raised while formatting. `exceptionType` names the Python
/// exception to raise: "ValueError" (almost always), "OverflowError"
/// (`%c arg not in range(0x110000)`, `int too large to convert to float`)
/// or "MemoryError" (a result longer than `pyFormatMaxLength`).
public struct FormatError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var exceptionType: String
    public init(_ message: String, exceptionType: String = "ValueError") {
        self.message = message
        self.exceptionType = exceptionType
    }
    public init(message: String) { self.init(message) }
    public var description: String { "\(exceptionType): \(message)" }
}

/// Results longer than this many characters throw a MemoryError-typed
/// FormatError instead of trying to allocate them (CPython would try).
public let pyFormatMaxLength = 1 << 30

/// A parsed format specification.
public struct FormatSpec: Equatable {
    /// The fill character given before an alignment token, if any.
    public var fill: Unicode.Scalar?
    /// '<', '>', '=' or '^'; nil when not given (each type has its default).
    public var align: Unicode.Scalar?
    /// '+', '-' or ' '; nil when not given.
    public var sign: Unicode.Scalar?
    /// The 'z' flag (coerce negative zero to zero).
    public var noNegativeZero = false
    /// The '#' flag.
    public var alternate = false
    /// The '0' flag before the width (only recorded without an explicit fill).
    public var zeroPad = false
    public var width: Int?
    /// ',' or '_'; nil when not given.
    public var grouping: Unicode.Scalar?
    public var precision: Int?
    /// The presentation type; nil when not given. (A literal NUL type
    /// character is kept: floats treat it as no type, ints and strs reject it.)
    public var type: Unicode.Scalar?
    /// The spec text as written.
    public var source: String = ""
    /// More than one character was left for the type: every formatter
    /// throws "Invalid format specifier '...' for object of type '...'".
    public var hasInvalidTail = false

    public init() {}

    /// True for the empty spec `''` (format() then means str()).
    public var isEmpty: Bool { source.isEmpty }

    /// Parses a spec. Errors that depend on the object's type
    /// ("Invalid format specifier ... for object of type ...", "Cannot specify
    /// ',' with 's'." for strings without a type) are reported by the
    /// formatting functions, in the same order CPython reports them.
    public static func parse(_ spec: String) throws -> FormatSpec {
        var f = FormatSpec()
        f.source = spec
        let s = Array(spec.unicodeScalars)
        let end = s.count
        var pos = 0
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }

        if end - pos >= 2 && isAlign(s[pos + 1]) {
            f.align = s[pos + 1]
            f.fill = s[pos]
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            f.align = s[pos]
            pos += 1
        }
        if end - pos >= 1 && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
            f.sign = s[pos]
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "z" {
            f.noNegativeZero = true
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "#" {
            f.alternate = true
            pos += 1
        }
        if f.fill == nil && end - pos >= 1 && s[pos] == "0" {
            f.zeroPad = true
            pos += 1
        }
        let (width, widthDigits) = try parseInteger(s, &pos)
        if widthDigits > 0 { f.width = width }

        if end - pos >= 1 && s[pos] == "," {
            f.grouping = ","
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "_" {
            if f.grouping != nil { throw FormatError("Cannot specify both ',' and '_'.") }
            f.grouping = "_"
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "," && f.grouping == "_" {
            throw FormatError("Cannot specify both ',' and '_'.")
        }
        if end - pos >= 1 && s[pos] == "." {
            pos += 1
            let (precision, precisionDigits) = try parseInteger(s, &pos)
            if precisionDigits == 0 { throw FormatError("Format specifier missing precision") }
            f.precision = precision
        }
        if end - pos > 1 {
            f.hasInvalidTail = true
            return f
        }
        if end - pos == 1 {
            f.type = s[pos]
        }
        if let g = f.grouping, let t = f.type {
            switch t {
            case "d", "e", "f", "g", "E", "G", "%", "F", "\0":   // a NUL type counts as none here
                break
            case "b", "o", "x", "X":
                if g != "_" { fallthrough }
            default:
                throw FormatError("Cannot specify '\(g)' with \(describeTypeChar(t)).")
            }
        }
        return f
    }

    /// Reads a run of (Unicode) decimal digits; CPython's `get_integer`.
    private static func parseInteger(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> (Int, Int) {
        var acc = 0
        var count = 0
        while pos < s.count, let d = decimalDigitValue(s[pos]) {
            if acc > (Int.max - d) / 10 {
                throw FormatError("Too many decimal digits in format string")
            }
            acc = acc * 10 + d
            pos += 1
            count += 1
        }
        return (acc, count)
    }

    /// The fill character in effect (explicit fill, else '0' for the '0' flag, else space).
    public var effectiveFill: Unicode.Scalar { fill ?? (zeroPad ? "0" : " ") }

    /// The alignment in effect for a type whose default alignment is `defaultAlign`.
    public func effectiveAlign(default defaultAlign: Unicode.Scalar) -> Unicode.Scalar {
        if let a = align { return a }
        if zeroPad && defaultAlign == ">" { return "=" }
        return defaultAlign
    }

    func invalidTailError(_ typeName: String) -> FormatError {
        FormatError("Invalid format specifier '\(source)' for object of type '\(typeName)'")
    }
}

/// The value of a Unicode decimal digit (category Nd), as Py_UNICODE_TODECIMAL.
func decimalDigitValue(_ c: Unicode.Scalar) -> Int? {
    if c.value < 128 {
        if c.value >= 48 && c.value <= 57 { return Int(c.value - 48) }
        return nil
    }
    let p = c.properties
    guard p.numericType == .decimal, let v = p.numericValue else { return nil }
    return Int(v)
}

/// `'%c'` for printable ASCII, else `'\x%x'`, as CPython's error messages.
func describeTypeChar(_ t: Unicode.Scalar) -> String {
    if t.value > 32 && t.value < 128 { return "'\(Character(t))'" }
    return "'\\x\(String(t.value, radix: 16))'"
}

func unknownFormatCode(_ t: Unicode.Scalar, _ typeName: String) -> FormatError {
    FormatError("Unknown format code \(describeTypeChar(t)) for object of type '\(typeName)'")
}

/// Digit grouping in effect: separator and group size (nil = no grouping).
struct DigitGrouping {
    var separator: Unicode.Scalar
    var size: Int
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` and left-pads them
/// with zeros (continuing the grouping) up to `minWidth` characters.
func insertGrouping(_ digits: ArraySlice<Unicode.Scalar>, minWidth: Int,
                    grouping: DigitGrouping?) -> [Unicode.Scalar] {
    var minWidth = max(0, minWidth)
    var remaining = digits.count
    var digitsPos = digits.endIndex
    var reversed: [Unicode.Scalar] = []
    reversed.reserveCapacity(max(remaining, minWidth) + remaining / 3 + 1)
    var useSeparator = false
    var loopBroken = false

    func emit(chars: Int, zeros: Int, sep: Unicode.Scalar?) {
        if let sep = sep { reversed.append(sep) }
        for _ in 0..<chars {
            digitsPos -= 1
            reversed.append(digits[digitsPos])
        }
        if zeros > 0 { reversed.append(contentsOf: repeatElement("0", count: zeros)) }
    }

    if let g = grouping, g.size > 0 {
        while true {
            let len = min(g.size, max(max(remaining, minWidth), 1))
            let nZeros = max(0, len - remaining)
            let nChars = max(0, min(remaining, len))
            emit(chars: nChars, zeros: nZeros, sep: useSeparator ? g.separator : nil)
            useSeparator = true
            remaining -= nChars
            minWidth -= len
            if remaining <= 0 && minWidth <= 0 {
                loopBroken = true
                break
            }
            minWidth -= 1
        }
    }
    if !loopBroken {
        let len = max(max(remaining, minWidth), 1)
        let nZeros = max(0, len - remaining)
        let nChars = max(0, min(remaining, len))
        emit(chars: nChars, zeros: nZeros, sep: useSeparator ? grouping?.separator : nil)
    }
    return reversed.reversed()
}

/// The pieces of a formatted number: `<sign><prefix><digits>[.<remainder>]`.
struct NumberParts {
    var negative = false
    var prefix: [Unicode.Scalar] = []
    var digits: ArraySlice<Unicode.Scalar> = []
    var hasDecimal = false
    var remainder: ArraySlice<Unicode.Scalar> = []
}

/// `calc_number_widths` + `fill_number`: sign, prefix, padding and grouping.
func renderNumber(_ parts: NumberParts, spec: FormatSpec, grouping: DigitGrouping?,
                  toUpper: Bool) throws -> String {
    let fill = spec.effectiveFill
    let align = spec.effectiveAlign(default: ">")
    let width = spec.width ?? -1

    var signChar: Unicode.Scalar? = nil
    switch spec.sign {
    case "+": signChar = parts.negative ? "-" : "+"
    case " ": signChar = parts.negative ? "-" : " "
    default: if parts.negative { signChar = "-" }
    }
    let nSign = signChar == nil ? 0 : 1
    let nonDigit = nSign + parts.prefix.count + (parts.hasDecimal ? 1 : 0) + parts.remainder.count
    let minWidth = (fill == "0" && align == "=") ? width - nonDigit : 0
    if minWidth > pyFormatMaxLength {
        throw FormatError("", exceptionType: "MemoryError")
    }
    var grouped: [Unicode.Scalar] = parts.digits.isEmpty
        ? [] : insertGrouping(parts.digits, minWidth: minWidth, grouping: grouping)
    let padding = width - (nonDigit + grouped.count)
    if padding > pyFormatMaxLength {
        throw FormatError("", exceptionType: "MemoryError")
    }
    var lpad = 0, spad = 0, rpad = 0
    if padding > 0 {
        switch align {
        case "<": rpad = padding
        case "^": lpad = padding / 2; rpad = padding - lpad
        case "=": spad = padding
        default: lpad = padding
        }
    }
    var out = String.UnicodeScalarView()
    out.reserveCapacity(max(width, 0) + nonDigit + grouped.count)
    if lpad > 0 { out.append(contentsOf: repeatElement(fill, count: lpad)) }
    if let s = signChar { out.append(s) }
    if toUpper {
        out.append(contentsOf: parts.prefix.map(asciiUpper))
        grouped = grouped.map(asciiUpper)
    } else {
        out.append(contentsOf: parts.prefix)
    }
    if spad > 0 { out.append(contentsOf: repeatElement(fill, count: spad)) }
    out.append(contentsOf: grouped)
    if parts.hasDecimal { out.append(".") }
    out.append(contentsOf: parts.remainder)
    if rpad > 0 { out.append(contentsOf: repeatElement(fill, count: rpad)) }
    return String(out)
}

@inline(__always)
func asciiUpper(_ c: Unicode.Scalar) -> Unicode.Scalar {
    if c.value >= 97 && c.value <= 122, let u = Unicode.Scalar(c.value - 32) { return u }
    return c
}

/// Pads `text` (of `length` code points) to `width` with `fill`, as `calc_padding`.
func padText(_ text: String.UnicodeScalarView.SubSequence, length: Int, width: Int,
             align: Unicode.Scalar, fill: Unicode.Scalar) throws -> String {
    let total = max(width, length)
    if total > pyFormatMaxLength { throw FormatError("", exceptionType: "MemoryError") }
    let lpad: Int
    switch align {
    case ">": lpad = total - length
    case "^": lpad = (total - length) / 2
    default: lpad = 0
    }
    let rpad = total - length - lpad
    var out = String.UnicodeScalarView()
    if lpad > 0 { out.append(contentsOf: repeatElement(fill, count: lpad)) }
    out.append(contentsOf: text)
    if rpad > 0 { out.append(contentsOf: repeatElement(fill, count: rpad)) }
    return String(out)
}
