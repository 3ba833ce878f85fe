// LineBuffer: the pure editing state behind the REPL's LineEditor — text, cursor and history
// browsing — kept free of I/O so every key binding can be unit-tested without a terminal.

/// One line being edited. Text is stored as `[Character]` (grapheme clusters) so that the cursor
/// never lands inside a multi-byte or combined character.
public struct LineBuffer {
    public private(set) var text: [Character] = []
    /// Index into `text`; `0...text.count`.
    public private(set) var cursor = 0
    public let history: [String]
    /// `history.count` means "the new line", anything below is a history entry being shown.
    public private(set) var historyIndex: Int
    /// The new line as it was when the user first pressed Up, restored on the way back down.
    private var pendingLine: [Character] = []

    public init(history: [String] = []) {
        self.history = history
        self.historyIndex = history.count
    }

    public var line: String { String(text) }
    public var isEmpty: Bool { text.isEmpty }

    // MARK: Editing

    public mutating func insert(_ s: String) {
        // Re-segment the text before the cursor together with the insertion, so a combining mark
        // typed after "e" merges into "é" as a String would, instead of becoming its own Character.
        let before = Array(String(text[..<cursor]) + s)
        text = before + text[cursor...]
        cursor = before.count
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        cursor -= 1
        text.remove(at: cursor)
    }

    /// Delete the character under the cursor (Delete key, Ctrl-D on a non-empty line).
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: cursor)
    }

    public mutating func killToEnd() { text.removeSubrange(cursor...) }

    public mutating func killToStart() {
        text.removeSubrange(..<cursor)
        cursor = 0
    }

    /// Ctrl-W, with readline's unix-word-rubout meaning: whitespace before the cursor, then
    /// everything back to the previous whitespace (so `print(x.y` goes in one stroke, as in bash).
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, text[start - 1].isWhitespace { start -= 1 }
        while start > 0, !text[start - 1].isWhitespace { start -= 1 }
        text.removeSubrange(start..<cursor)
        cursor = start
    }

    // MARK: Cursor motion

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    /// Ctrl-Left / Alt-B: to the start of the previous identifier-ish word.
    public mutating func moveWordLeft() {
        while cursor > 0, !Self.isWordChar(text[cursor - 1]) { cursor -= 1 }
        while cursor > 0, Self.isWordChar(text[cursor - 1]) { cursor -= 1 }
    }

    /// Ctrl-Right / Alt-F: to the end of the next identifier-ish word.
    public mutating func moveWordRight() {
        while cursor < text.count, !Self.isWordChar(text[cursor]) { cursor += 1 }
        while cursor < text.count, Self.isWordChar(text[cursor]) { cursor += 1 }
    }

    private static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    // MARK: History

    /// Up: show the previous (older) entry; the new line is remembered when we first leave it.
    public mutating func historyPrevious() {
        guard historyIndex > 0 else { return }
        if historyIndex == history.count { pendingLine = text }
        historyIndex -= 1
        show(Array(history[historyIndex]))
    }

    /// Down: show the next (newer) entry, or the remembered new line past the newest one.
    public mutating func historyNext() {
        guard historyIndex < history.count else { return }
        historyIndex += 1
        show(historyIndex == history.count ? pendingLine : Array(history[historyIndex]))
    }

    private mutating func show(_ chars: [Character]) {
        text = chars
        cursor = chars.count
    }

    // MARK: Rendering

    /// Terminal columns a character occupies: 2 for East Asian wide and emoji, 0 for controls and
    /// lone combining marks, 1 otherwise. Our own table because wcwidth(3) answers -1 for all
    /// non-ASCII under the C locale, which is what a fresh container runs with.
    public static func displayWidth(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // U+FE0F asks for emoji presentation, which terminals draw two cells wide.
        if first.properties.isEmojiPresentation || c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) {
            return 2
        }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func displayWidth(_ s: String) -> Int { s.reduce(0) { $0 + displayWidth($1) } }

    /// The bytes that redraw prompt and line on one terminal row `columns` wide: `\r`, prompt,
    /// the visible slice of text, erase-to-end-of-line, then `\r` + move right to the cursor.
    /// A line too long for the row scrolls horizontally around the cursor (as linenoise does)
    /// instead of wrapping, because after a wrap `\r` would no longer reach the prompt's row.
    public func render(prompt: String, columns: Int) -> String {
        let widths = text.map(Self.displayWidth)
        let promptWidth = Self.displayWidth(prompt)
        // Text never goes in the last column: writing there leaves the terminal in its pending-wrap
        // state, where the erase below would wipe that character. The cursor may sit there.
        let room = max(1, columns - 1 - promptWidth)
        var start = 0, cursorColumn = widths[..<cursor].reduce(0, +)
        while cursorColumn > room, start < cursor {
            cursorColumn -= widths[start]
            start += 1
        }
        var end = text.count, shown = widths[start..<end].reduce(0, +)
        while shown > room, end > cursor {
            end -= 1
            shown -= widths[end]
        }
        var out = "\r" + prompt + String(text[start..<end]) + "\u{1b}[K\r"
        let column = promptWidth + cursorColumn
        if column > 0 { out += "\u{1b}[\(column)C" }  // ESC[0C would move one column, not zero
        return out
    }
}
