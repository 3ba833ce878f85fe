// The source as an array of Unicode scalars with a table of line starts: the lexer walks
// integers instead of String.Index, and errors fetch their source line by number.

struct SourceText {
    /// Newlines normalized to "\n" and a final "\n" added, as CPython's tokenizer does.
    let scalars: [Unicode.Scalar]
    /// `lineStarts[n - 1]` is the offset where line `n` begins.
    let lineStarts: [Int]

    init(_ source: String) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.utf8.count + 1)
        var previousWasCR = false
        var first = true
        for scalar in source.unicodeScalars {
            defer { first = false }
            if first && scalar == "\u{FEFF}" { continue }  // a UTF-8 byte order mark is not source
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(scalar)
        }
        if out.last != "\n" { out.append("\n") }
        var starts = [0]
        for (offset, scalar) in out.enumerated() where scalar == "\n" && offset + 1 < out.count {
            starts.append(offset + 1)
        }
        scalars = out
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// Offset one past the last character of `line`, excluding its newline.
    func lineEnd(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        if end > lineStarts[line - 1], end - 1 < scalars.count, scalars[end - 1] == "\n" { end -= 1 }
        return end
    }

    func lineLength(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        return lineEnd(line) - lineStarts[line - 1]
    }

    /// The text of a 1-based line without its newline; nil when out of range.
    func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        return text(lineStarts[line - 1], lineEnd(line))
    }

    func text(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    /// 1-based line holding `offset`.
    func line(of offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    func column(of offset: Int) -> Int {
        offset - lineStarts[line(of: offset) - 1]
    }
}
