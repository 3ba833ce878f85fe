// numpy's array_str / array_repr / array2string (numpy/_core/arrayprint.py) with the default
// print options: threshold=1000, edgeitems=3, linewidth=75, legacy=False.

import UpdraftRuntime

enum PrintOptions {
    static let threshold = 1000
    static let edgeItems = 3
    static let lineWidth = 75
}

/// `str(a)`: numpy's `array_str`.
public func arrayStr(_ a: NDArray) throws -> String {
    if a.ndim == 0 {
        // A 0-d array prints as its scalar.
        return scalarStr(NPScalar(a.dtype, a.scalar(atOffset: 0)))
    }
    if a.count == 0 { return "[]" }
    return array2string(a, lineWidth: PrintOptions.lineWidth, separator: " ", prefix: "")
}

/// `repr(a)`: numpy's `array_repr`.
public func arrayRepr(_ a: NDArray) throws -> String {
    let prefix = "array("
    // array2string takes the closing ")" off the line width.
    let lst = a.count == 0 ? "[]" : array2string(a, lineWidth: PrintOptions.lineWidth - 1, separator: ", ", prefix: prefix)
    var extras: [String] = []
    if (a.count == 0 && a.shape != [0]) || a.count > PrintOptions.threshold {
        extras.append("shape=\(shapeText(a.shape))")
    }
    if !a.dtype.isReprDefault || a.count == 0 {
        extras.append("dtype=\(a.dtype.name)")
    }
    if extras.isEmpty { return prefix + lst + ")" }

    let arrStr = prefix + lst + ","
    let extraStr = extras.joined(separator: ", ") + ")"
    let lastLineLength: Int
    if let nl = arrStr.utf8.lastIndex(of: UInt8(ascii: "\n")) {
        lastLineLength = arrStr.utf8.distance(from: nl, to: arrStr.utf8.endIndex) - 1
    } else {
        lastLineLength = arrStr.utf8.count
    }
    let spacer = lastLineLength + extraStr.utf8.count + 1 > PrintOptions.lineWidth
        ? "\n" + String(repeating: " ", count: prefix.utf8.count) : " "
    return arrStr + spacer + extraStr
}

/// `_array2string` for a non-empty array.
func array2string(_ a: NDArray, lineWidth: Int, separator: String, prefix: String) -> String {
    let summarise = a.count > PrintOptions.threshold
    let format = ElementFormat(a.dtype, data: shownElements(a, summarise: summarise), zeroDimensional: a.ndim == 0)
    let nextLinePrefix = " " + String(repeating: " ", count: prefix.utf8.count)
    var printer = ArrayPrinter(array: a, format: format, separator: separator,
                               summarise: summarise)
    return printer.recurse(index: [], hangingIndent: nextLinePrefix, width: lineWidth)
}

/// The elements numpy builds the formatter from: all of them, or with `summarise` only the
/// leading and trailing `edgeitems` along every axis (`_leading_trailing`).
private func shownElements(_ a: NDArray, summarise: Bool) -> [Scalar] {
    if !summarise { return a.scalars }
    let edge = PrintOptions.edgeItems
    let axisOffsets: [[Int]] = (0..<a.ndim).map { axis in
        let n = a.shape[axis]
        let indices = n > 2 * edge ? Array(0..<edge) + Array((n - edge)..<n) : Array(0..<n)
        return indices.map { $0 * a.strides[axis] }
    }
    var out: [Scalar] = []
    func walk(_ axis: Int, _ offset: Int) {
        if axis == a.ndim {
            out.append(a.scalar(atOffset: offset))
            return
        }
        for o in axisOffsets[axis] { walk(axis + 1, offset + o) }
    }
    walk(0, 0)
    return out
}

/// numpy's `_formatArray` (legacy=False).
private struct ArrayPrinter {
    let array: NDArray
    let format: ElementFormat
    let separator: String
    let summarise: Bool

    init(array: NDArray, format: ElementFormat, separator: String, summarise: Bool) {
        self.array = array
        self.format = format
        self.separator = separator
        self.summarise = summarise
    }

    private func element(_ index: [Int]) -> String {
        var off = 0
        for (axis, i) in index.enumerated() {
            let j = i < 0 ? i + array.shape[axis] : i
            off += j * array.strides[axis]
        }
        return format.format(array.scalar(atOffset: off))
    }

    mutating func recurse(index: [Int], hangingIndent: String, width currWidth: Int) -> String {
        let axis = index.count
        let axesLeft = array.ndim - axis
        if axesLeft == 0 { return element(index) }

        let nextHangingIndent = hangingIndent + " "
        let nextWidth = currWidth - 1  // len(']')
        let aLen = array.shape[axis]
        let edge = PrintOptions.edgeItems
        let showSummary = summarise && 2 * edge < aLen
        let leadingItems = showSummary ? edge : 0
        let trailingItems = showSummary ? edge : aLen

        var s = ""
        if axesLeft == 1 {
            let sepStripped = rstrip(separator)
            let elemWidth = currWidth - Swift.max(sepStripped.utf8.count, 1)
            var line = hangingIndent
            for i in 0..<leadingItems {
                let word = recurse(index: index + [i], hangingIndent: nextHangingIndent, width: nextWidth)
                extendLine(&s, &line, word, elemWidth, hangingIndent)
                line += separator
            }
            if showSummary {
                extendLine(&s, &line, "...", elemWidth, hangingIndent)
                line += separator
            }
            var i = trailingItems
            while i > 1 {
                let word = recurse(index: index + [-i], hangingIndent: nextHangingIndent, width: nextWidth)
                extendLine(&s, &line, word, elemWidth, hangingIndent)
                line += separator
                i -= 1
            }
            let word = recurse(index: index + [-1], hangingIndent: nextHangingIndent, width: nextWidth)
            extendLine(&s, &line, word, elemWidth, hangingIndent)
            s += line
        } else {
            let lineSep = rstrip(separator) + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leadingItems {
                let nested = recurse(index: index + [i], hangingIndent: nextHangingIndent, width: nextWidth)
                s += hangingIndent + nested + lineSep
            }
            if showSummary {
                s += hangingIndent + "..." + lineSep
            }
            var i = trailingItems
            while i > 1 {
                let nested = recurse(index: index + [-i], hangingIndent: nextHangingIndent, width: nextWidth)
                s += hangingIndent + nested + lineSep
                i -= 1
            }
            let nested = recurse(index: index + [-1], hangingIndent: nextHangingIndent, width: nextWidth)
            s += hangingIndent + nested
        }
        // Remove the hanging indent and wrap in [].
        let body = s.utf8.dropFirst(hangingIndent.utf8.count)
        return "[" + String(Substring(body)) + "]"
    }

    /// numpy's `_extendLine` (every word here is a single line).
    private func extendLine(_ s: inout String, _ line: inout String, _ word: String, _ lineWidth: Int,
                            _ nextLinePrefix: String) {
        var needsWrap = line.utf8.count + word.utf8.count > lineWidth
        if line.utf8.count <= nextLinePrefix.utf8.count { needsWrap = false }
        if needsWrap {
            s += rstrip(line) + "\n"
            line = nextLinePrefix
        }
        line += word
    }
}

private func rstrip(_ s: String) -> String {
    var u = Substring(s).utf8
    while let last = u.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\n") { u = u.dropLast() }
    return String(Substring(u))
}

// MARK: numpy scalars

/// `str(np.float64(x))` etc.: numpy's `floattype_str` (positional between 1e-4 and a dtype cutoff).
func floatScalarText(_ x: Double, float32: Bool, trimPositional: TrimMode, trimScientific: TrimMode,
                     sign: Bool = false) -> String {
    let usePositional: Bool
    if x.isNaN || x == 0 {
        usePositional = true
    } else {
        let a = Swift.abs(x)
        usePositional = a < (float32 ? 1e6 : 1e16) && a >= 1e-4
    }
    if usePositional {
        return dragon4Positional(x, float32: float32, fractional: false, trim: trimPositional, sign: sign)
    }
    return dragon4Scientific(x, float32: float32, trim: trimScientific, sign: sign)
}

/// The text inside `(...)` of a complex scalar's str, or the whole text when the real part is +0.
private func complexScalarParts(_ re: Double, _ im: Double) -> (real: String?, imag: String) {
    if re == 0 && re.sign == .plus {
        return (nil, floatScalarText(im, float32: false, trimPositional: .dptZeros, trimScientific: .dptZeros))
    }
    let r: String
    if re.isFinite {
        r = floatScalarText(re, float32: false, trimPositional: .dptZeros, trimScientific: .dptZeros)
    } else {
        r = re.isNaN ? "nan" : (re > 0 ? "inf" : "-inf")
    }
    let i: String
    if im.isFinite {
        i = floatScalarText(im, float32: false, trimPositional: .dptZeros, trimScientific: .dptZeros, sign: true)
    } else {
        i = im.isNaN ? "+nan" : (im > 0 ? "+inf" : "-inf")
    }
    return (r, i)
}

/// `str(scalar)` of a numpy scalar.
public func scalarStr(_ s: NPScalar) -> String {
    switch s.value {
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .float(let d):
        return floatScalarText(d, float32: s.dtype == .float32, trimPositional: .leaveOneZero, trimScientific: .dptZeros)
    case .complex(let re, let im):
        let (r, i) = complexScalarParts(re, im)
        guard let r else { return i + "j" }
        return "(" + r + i + "j)"
    }
}

/// `repr(scalar)` of a numpy scalar: numpy 2's `np.float64(2.5)`, `np.True_`.
public func scalarRepr(_ s: NPScalar) -> String {
    switch s.value {
    case .bool(let b): return b ? "np.True_" : "np.False_"
    case .complex(let re, let im):
        let (r, i) = complexScalarParts(re, im)
        return "np.\(s.dtype.name)(" + (r ?? "") + i + "j)"
    default:
        return "np.\(s.dtype.name)(\(scalarStr(s)))"
    }
}
