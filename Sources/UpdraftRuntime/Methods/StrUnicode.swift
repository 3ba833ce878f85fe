// Unicode character classes and case mapping with CPython's definitions (Objects/unicodectype.c
// and unicodeobject.c): which characters are whitespace, digits, printable; full case mappings
// with the Greek final-sigma rule; `title`, `capitalize`, `swapcase`, `casefold`.

extension Unicode.Scalar {
    /// `Py_UNICODE_ISSPACE`: used by `isspace`, `split()`, `strip()`.
    @inline(__always)
    var pyIsSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x85: return value >= 0x1C && value <= 0x1F
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Line boundaries of `splitlines`.
    @inline(__always)
    var pyIsLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    var pyIsDecimal: Bool {
        if value < 128 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType == .decimal
    }

    var pyIsDigit: Bool {
        if value < 128 { return value >= 0x30 && value <= 0x39 }
        let t = properties.numericType
        return t == .decimal || t == .digit
    }

    var pyIsNumeric: Bool {
        if value < 128 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
    }

    var pyIsAlpha: Bool {
        if value < 128 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    var pyIsAlnum: Bool { pyIsAlpha || pyIsDecimal || pyIsDigit || pyIsNumeric }

    var pyIsUpper: Bool {
        if value < 128 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var pyIsLower: Bool {
        if value < 128 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    var pyIsTitle: Bool { value >= 128 && properties.generalCategory == .titlecaseLetter }

    var pyIsCased: Bool {
        if value < 128 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isCased
    }

    var pyIsCaseIgnorable: Bool {
        if value < 128 { return value == 0x27 || value == 0x2E || value == 0x3A || value == 0x5E || value == 0x60 }
        return properties.isCaseIgnorable
    }

    var pyIsPrintable: Bool {
        if value < 128 { return value >= 0x20 && value < 0x7F }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default: return true
        }
    }
}

// MARK: - Case mapping

/// Appends the full mapping of `c` (a String from Swift's Unicode tables) to `out`.
@inline(__always)
private func appendMapping(_ c: Unicode.Scalar, _ kind: Int, _ out: inout String.UnicodeScalarView) {
    if c.value < 128 {
        var v = c.value
        if kind == 0, v >= 0x61 && v <= 0x7A { v -= 32 }               // upper
        if kind == 1, v >= 0x41 && v <= 0x5A { v += 32 }               // lower
        if kind == 2, v >= 0x61 && v <= 0x7A { v -= 32 }               // title
        out.append(Unicode.Scalar(UInt8(v)))
        return
    }
    let mapped: String
    switch kind {
    case 0: mapped = c.properties.uppercaseMapping
    case 1: mapped = c.properties.lowercaseMapping
    default: mapped = c.properties.titlecaseMapping
    }
    out.append(contentsOf: mapped.unicodeScalars)
}

private func appendUpper(_ c: Unicode.Scalar, _ out: inout String.UnicodeScalarView) { appendMapping(c, 0, &out) }
private func appendTitle(_ c: Unicode.Scalar, _ out: inout String.UnicodeScalarView) { appendMapping(c, 2, &out) }

/// CPython's `lower_ucs4`: the full lowercase mapping, with capital sigma becoming final sigma
/// at the end of a word.
private func appendLower(_ s: [Unicode.Scalar], _ i: Int, _ out: inout String.UnicodeScalarView) {
    let c = s[i]
    if c.value == 0x3A3 {
        out.append(finalSigma(s, i) ? "\u{3C2}" : "\u{3C3}")
        return
    }
    appendMapping(c, 1, &out)
}

/// The Final_Sigma context: a cased letter before (skipping case-ignorables), none after.
private func finalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && s[j].pyIsCaseIgnorable { j -= 1 }
    guard j >= 0 && s[j].pyIsCased else { return false }
    j = i + 1
    while j < s.count && s[j].pyIsCaseIgnorable { j += 1 }
    return j == s.count || !s[j].pyIsCased
}

func pyUpper(_ s: PyStr) -> String {
    if s.value.utf8.allSatisfy({ $0 < 128 }) { return s.value.uppercased() }
    var out = String.UnicodeScalarView()
    for c in s.value.unicodeScalars { appendUpper(c, &out) }
    return String(out)
}

func pyLower(_ s: PyStr) -> String {
    if s.value.utf8.allSatisfy({ $0 < 128 }) { return s.value.lowercased() }
    let scalars = s.scalars
    var out = String.UnicodeScalarView()
    for i in scalars.indices { appendLower(scalars, i, &out) }
    return String(out)
}

func pySwapcase(_ s: PyStr) -> String {
    let scalars = s.scalars
    var out = String.UnicodeScalarView()
    for (i, c) in scalars.enumerated() {
        if c.pyIsUpper { appendLower(scalars, i, &out) } else if c.pyIsLower { appendUpper(c, &out) } else { out.append(c) }
    }
    return String(out)
}

func pyTitle(_ s: PyStr) -> String {
    let scalars = s.scalars
    var out = String.UnicodeScalarView()
    var previousCased = false
    for (i, c) in scalars.enumerated() {
        if previousCased { appendLower(scalars, i, &out) } else { appendTitle(c, &out) }
        previousCased = c.pyIsCased
    }
    return String(out)
}

func pyCapitalize(_ s: PyStr) -> String {
    let scalars = s.scalars
    var out = String.UnicodeScalarView()
    for (i, c) in scalars.enumerated() {
        if i == 0 { appendTitle(c, &out) } else { appendLower(scalars, i, &out) }
    }
    return String(out)
}

/// Full case folding (CaseFolding.txt, statuses C and F). Swift exposes no folding table, so
/// this derives it: folding is lowercase(uppercase(c)) repeated to a fixed point, except for the
/// few characters where that differs (Cherokee folds to uppercase; dotless i does not fold).
func pyCasefold(_ s: PyStr) -> String {
    if s.value.utf8.allSatisfy({ $0 < 128 }) { return s.value.lowercased() }
    var out = String.UnicodeScalarView()
    for c in s.value.unicodeScalars { appendFold(c, &out) }
    return String(out)
}

private func appendFold(_ c: Unicode.Scalar, _ out: inout String.UnicodeScalarView) {
    let v = c.value
    if v < 128 { appendMapping(c, 1, &out); return }
    switch v {
    case 0x131: out.append(c); return                                  // ı stays
    case 0x13F8...0x13FD: out.append(Unicode.Scalar(v - 8) ?? c); return // Cherokee small → capital
    case 0xAB70...0xABBF: out.append(Unicode.Scalar(v - 0xAB70 + 0x13A0) ?? c); return
    case 0x13A0...0x13F5: out.append(c); return
    default: break
    }
    if !c.properties.changesWhenCaseMapped && !c.properties.changesWhenCaseFolded { out.append(c); return }
    var current = String(c)
    for _ in 0..<3 {
        var next = String.UnicodeScalarView()
        for x in current.unicodeScalars {
            if x.value == 0x131 || x.value == 0x130 { next.append(contentsOf: x.properties.lowercaseMapping.unicodeScalars); continue }
            for u in x.properties.uppercaseMapping.unicodeScalars {
                next.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            }
        }
        let n = String(next)
        if n.unicodeScalars.elementsEqual(current.unicodeScalars) { break }
        current = n
    }
    out.append(contentsOf: current.unicodeScalars)
}

// MARK: - Predicates over whole strings

func pyIsUpperString(_ s: PyStr) -> Bool {
    var cased = false
    for c in s.value.unicodeScalars {
        if c.pyIsLower || c.pyIsTitle { return false }
        if !cased && c.pyIsUpper { cased = true }
    }
    return cased
}

func pyIsLowerString(_ s: PyStr) -> Bool {
    var cased = false
    for c in s.value.unicodeScalars {
        if c.pyIsUpper || c.pyIsTitle { return false }
        if !cased && c.pyIsLower { cased = true }
    }
    return cased
}

func pyIsTitleString(_ s: PyStr) -> Bool {
    var cased = false
    var previousCased = false
    for c in s.value.unicodeScalars {
        if c.pyIsUpper || c.pyIsTitle {
            if previousCased { return false }
            previousCased = true
            cased = true
        } else if c.pyIsLower {
            if !previousCased { return false }
            previousCased = true
            cased = true
        } else {
            previousCased = false
        }
    }
    return cased
}

func pyIsIdentifier(_ s: PyStr) -> Bool {
    var first = true
    for c in s.value.unicodeScalars {
        if first {
            guard c == "_" || c.properties.isXIDStart else { return false }
            first = false
        } else if !c.properties.isXIDContinue {
            return false
        }
    }
    return !first
}
