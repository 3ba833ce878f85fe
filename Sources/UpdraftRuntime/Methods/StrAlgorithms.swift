// The searching, splitting and replacing algorithms behind the str methods, on code-point
// arrays (`PyStr.scalars`) so that indices and counts are Python's.

typealias Scalars = [Unicode.Scalar]

@inline(__always)
func makeString<S: Sequence>(_ s: S) -> String where S.Element == Unicode.Scalar {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s)
    return String(v)
}

/// First index of `needle` in `hay[start..<end]`, or nil. Shared by str (code points) and
/// bytes (octets).
@inline(__always)
func subsequenceFind<T: Equatable>(_ hay: [T], _ needle: [T], _ start: Int, _ end: Int) -> Int? {
    let n = needle.count
    if end - start < n { return nil }
    if n == 0 { return start }
    return hay.withUnsafeBufferPointer { h in
        needle.withUnsafeBufferPointer { nb in
            let first = nb[0]
            var i = start
            let last = end - n
            while i <= last {
                if h[i] == first {
                    var j = 1
                    while j < n && h[i + j] == nb[j] { j += 1 }
                    if j == n { return i }
                }
                i += 1
            }
            return nil
        }
    }
}

/// Last index of `needle` in `hay[start..<end]`, or nil.
@inline(__always)
func subsequenceRFind<T: Equatable>(_ hay: [T], _ needle: [T], _ start: Int, _ end: Int) -> Int? {
    let n = needle.count
    if end - start < n { return nil }
    if n == 0 { return end }
    var i = end - n
    while i >= start {
        var j = 0
        while j < n && hay[i + j] == needle[j] { j += 1 }
        if j == n { return i }
        i -= 1
    }
    return nil
}

func scalarFind(_ hay: Scalars, _ needle: Scalars, _ start: Int, _ end: Int) -> Int? {
    subsequenceFind(hay, needle, start, end)
}

func scalarRFind(_ hay: Scalars, _ needle: Scalars, _ start: Int, _ end: Int) -> Int? {
    subsequenceRFind(hay, needle, start, end)
}

/// Non-overlapping occurrences of `needle` in `hay[start..<end]`, at most `limit`.
func scalarCount(_ hay: Scalars, _ needle: Scalars, _ start: Int, _ end: Int, limit: Int = Int.max) -> Int {
    if end - start < needle.count { return 0 }
    if needle.isEmpty { return min(end - start + 1, limit) }
    var count = 0
    var i = start
    while count < limit, let k = scalarFind(hay, needle, i, end) {
        count += 1
        i = k + needle.count
    }
    return count
}

extension String {
    func hasPrefixScalars(_ p: String) -> Bool {
        utf8.count >= p.utf8.count && utf8.prefix(p.utf8.count).elementsEqual(p.utf8)
    }
    func hasSuffixScalars(_ p: String) -> Bool {
        utf8.count >= p.utf8.count && utf8.suffix(p.utf8.count).elementsEqual(p.utf8)
    }
}

// MARK: - Algorithms

func splitString(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int) -> [String] {
    let sc = s.scalars
    var out: [String] = []
    guard let sep else {
        var i = 0
        var splits = 0
        let n = sc.count
        while i < n {
            while i < n && sc[i].pyIsSpace { i += 1 }
            if i == n { break }
            if splits == maxsplit {
                out.append(makeString(sc[i..<n]))
                break
            }
            let start = i
            while i < n && !sc[i].pyIsSpace { i += 1 }
            out.append(makeString(sc[start..<i]))
            splits += 1
        }
        return out
    }
    let needle = sep.scalars
    var start = 0
    var splits = 0
    while splits < maxsplit, let k = scalarFind(sc, needle, start, sc.count) {
        out.append(makeString(sc[start..<k]))
        start = k + needle.count
        splits += 1
    }
    out.append(makeString(sc[start...]))
    return out
}

func rsplitString(_ s: PyStr, _ sep: PyStr?, _ maxsplit: Int) -> [String] {
    let sc = s.scalars
    var out: [String] = []
    guard let sep else {
        var i = sc.count
        var splits = 0
        while i > 0 {
            while i > 0 && sc[i - 1].pyIsSpace { i -= 1 }
            if i == 0 { break }
            if splits == maxsplit {
                out.append(makeString(sc[0..<i]))
                break
            }
            let end = i
            while i > 0 && !sc[i - 1].pyIsSpace { i -= 1 }
            out.append(makeString(sc[i..<end]))
            splits += 1
        }
        return out.reversed()
    }
    let needle = sep.scalars
    var end = sc.count
    var splits = 0
    while splits < maxsplit, let k = scalarRFind(sc, needle, 0, end) {
        out.append(makeString(sc[(k + needle.count)..<end]))
        end = k
        splits += 1
    }
    out.append(makeString(sc[..<end]))
    return out.reversed()
}

func splitLines(_ s: PyStr, keepends: Bool) -> [String] {
    let sc = s.scalars
    var out: [String] = []
    var i = 0
    let n = sc.count
    while i < n {
        let start = i
        while i < n && !sc[i].pyIsLineBreak { i += 1 }
        var eol = i
        if i < n {
            if sc[i] == "\r" && i + 1 < n && sc[i + 1] == "\n" { i += 2 } else { i += 1 }
            if keepends { eol = i }
        }
        out.append(makeString(sc[start..<eol]))
    }
    return out
}

func replaceString(_ s: PyStr, _ old: PyStr, _ new: PyStr, _ count: Int) -> String {
    if count == 0 { return s.value }
    if old.value.isEmpty {
        var out = String.UnicodeScalarView()
        var done = 0
        for c in s.value.unicodeScalars {
            if done < count {
                out.append(contentsOf: new.value.unicodeScalars)
                done += 1
            }
            out.append(c)
        }
        if done < count { out.append(contentsOf: new.value.unicodeScalars) }
        return String(out)
    }
    // Works on UTF-8 bytes: UTF-8 is self-synchronising, so a byte match of valid UTF-8 is a
    // code-point match, and byte copying is far cheaper than re-encoding scalars.
    var hay = s.value, needle = old.value, replacement = new.value
    return hay.withUTF8 { h in
        needle.withUTF8 { nd in
            replacement.withUTF8 { rp in
                var out: [UInt8] = []
                out.reserveCapacity(h.count)
                var start = 0
                var done = 0
                let n = nd.count, last = h.count - n
                var i = 0
                while done < count && i <= last {
                    if h[i] == nd[0] {
                        var j = 1
                        while j < n && h[i + j] == nd[j] { j += 1 }
                        if j == n {
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: h[start..<i]))
                            out.append(contentsOf: rp)
                            i += n
                            start = i
                            done += 1
                            continue
                        }
                    }
                    i += 1
                }
                if done == 0 { return s.value }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: h[start...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
