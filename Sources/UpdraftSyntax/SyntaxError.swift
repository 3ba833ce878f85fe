// Syntax errors, formatted exactly as CPython prints them:
//
//   File "x.py", line 3
//     x = = 2
//         ^
// SyntaxError: invalid syntax

public struct SyntaxError: Error, Equatable, CustomStringConvertible {
    /// "SyntaxError", "IndentationError" or "TabError" — the Python exception class.
    public var kind: String
    public var message: String
    /// 1-based line of the error.
    public var line: Int
    /// 0-based column (in characters) where the caret goes.
    public var column: Int
    /// 0-based column one past the last caret; equal to `column + 1` for a single caret.
    public var endColumn: Int
    /// The text of the offending line, without its newline (nil when unknown).
    public var sourceLine: String?

    public init(_ message: String, kind: String = "SyntaxError", line: Int, column: Int,
                endColumn: Int? = nil, sourceLine: String? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.endColumn = max(endColumn ?? (column + 1), column + 1)
        self.sourceLine = sourceLine
    }

    public var description: String { formatted(filename: "<unknown>") }

    /// CPython's report: the file line, the source line with leading spaces stripped,
    /// the caret(s) under the error, then `Kind: message`.
    public func formatted(filename: String) -> String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if let text = sourceLine {
            let chars = Array(text)
            var start = 0
            while start < chars.count, chars[start] == " " || chars[start] == "\t" || chars[start] == "\u{0C}" {
                start += 1
            }
            let shown = String(chars[start...]).replacingTrailingWhitespace()
            if !shown.isEmpty {
                out += "    \(shown)\n"
                // CPython prints no caret when the offset falls before the shown text.
                if column < start { return out + "\(kind): \(message)\n" }
                let caretStart = max(0, min(column - start, shown.count))
                let width = max(1, min(endColumn - column, shown.count + 1 - caretStart))
                out += "    " + String(repeating: " ", count: caretStart) + String(repeating: "^", count: width) + "\n"
            }
        }
        out += "\(kind): \(message)\n"
        return out
    }
}

extension String {
    func replacingTrailingWhitespace() -> String {
        var chars = Array(self)
        while let last = chars.last, last == " " || last == "\t" || last == "\n" || last == "\r" {
            chars.removeLast()
        }
        return String(chars)
    }
}
