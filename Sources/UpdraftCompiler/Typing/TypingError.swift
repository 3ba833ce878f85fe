// Typing failures, worded like numba's (`Cannot unify int64 and unicode_type for 'y'`, `No
// implementation of function Function(<built-in function add>) found for signature: >>>
// add(unicode_type, int64)`) with more context: where each conflicting type came from and the
// source line with a caret under the failing expression.

import UpdraftSyntax

public struct TypingError: Error, CustomStringConvertible {
    /// The first line(s): what failed.
    public var message: String
    /// Further explanation (where conflicting types came from), one note a line.
    public var notes: [String]
    public var location: SourceLocation
    public var filename: String
    /// The source line display (`File "f.py", line 16:` / the line / a caret), filled in by the
    /// inference when it knows the source text.
    public var sourceDisplay: String?
    var isFinalFlag = false

    public init(message: String, notes: [String] = [], location: SourceLocation, filename: String) {
        self.message = message
        self.notes = notes
        self.location = location
        self.filename = filename
    }

    public var description: String {
        var out = message
        for n in notes { out += "\n" + n }
        if let d = sourceDisplay { out += "\n\n" + d }
        return out
    }

    /// `File "f.py", line 16:`, then the enclosing `def` line (with `<source elided>` when lines
    /// are skipped), the failing line and a caret under its column — numba's layout.
    public static func sourceDisplay(filename: String, location: SourceLocation, lines: [String],
                                     functionLine: Int?) -> String {
        var out = "File \"\(filename)\", line \(location.line):"
        let n = location.line
        guard n >= 1 && n <= lines.count else { return out }
        if let def = functionLine, def >= 1, def < n, def <= lines.count {
            out += "\n" + lines[def - 1]
            if n - def > 1 { out += "\n" + indentation(of: lines[n - 1]) + "<source elided>" }
        }
        let line = lines[n - 1]
        out += "\n" + line
        let column = max(location.column, indentation(of: line).count)
        out += "\n" + String(repeating: " ", count: column) + "^"
        return out
    }

    static func indentation(of line: String) -> String { String(line.prefix(while: { $0 == " " || $0 == "\t" })) }
}
