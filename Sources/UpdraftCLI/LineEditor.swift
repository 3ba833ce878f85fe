// LineEditor: reads the REPL's input lines. On a terminal it edits in raw mode (arrows, history,
// Emacs keys) on top of LineBuffer; on a pipe or file it reads plain lines and prints prompts to
// stderr, as `python3 -i` does, so stdout holds only the program's output.
// Foundation/Glibc only: readline and libedit are not on a fresh machine.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

public final class LineEditor {
    /// Thrown on Ctrl-C; the REPL prints "KeyboardInterrupt" and prompts again.
    public struct Interrupted: Error {
        public init() {}
    }

    private let historyLimit: Int
    private var history: [String] = []
    /// One reader for the whole session: bytes read past a newline (pasted or piped text) belong
    /// to the next call, so they must outlive a single readLine.
    private let input = ByteReader(fd: STDIN_FILENO)

    public init(historyLimit: Int = 1000) {
        self.historyLimit = max(0, historyLimit)
    }

    /// Blank lines and repeats of the previous entry are skipped, like readline's ignoreboth.
    public func addHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != history.last else { return }
        history.append(line)
        if history.count > historyLimit { history.removeFirst(history.count - historyLimit) }
    }

    /// Prints `prompt` and reads one line (without its newline). Returns nil at end of input; the
    /// newline CPython prints then is already written, so the caller just exits.
    public func readLine(prompt: String) throws -> String? {
        fflush(stdout)  // values the REPL print()ed must appear before the prompt
        // Edit in place only if we can draw on a terminal too; stdout redirected to a file must
        // not collect escape sequences, so we then draw on stderr (CPython's choice for prompts).
        if isatty(STDIN_FILENO) == 1 {
            if isatty(STDOUT_FILENO) == 1 { return try readEdited(prompt: prompt, out: STDOUT_FILENO) }
            if isatty(STDERR_FILENO) == 1 { return try readEdited(prompt: prompt, out: STDERR_FILENO) }
        }
        writeAll(STDERR_FILENO, prompt)
        guard var bytes = input.readLine() else {
            writeAll(STDERR_FILENO, "\n")
            return nil
        }
        if bytes.last == 13 { bytes.removeLast() }  // CRLF files: Python's universal newlines
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Terminal editing

    private func readEdited(prompt: String, out: Int32) throws -> String? {
        guard enableRawMode() else {  // not really a terminal after all: fall back to plain lines
            writeAll(out, prompt)
            return input.readLine().map { String(decoding: $0, as: UTF8.self) }
        }
        defer { disableRawMode() }
        var buffer = LineBuffer(history: history)
        func refresh() { writeAll(out, buffer.render(prompt: prompt, columns: terminalColumns(out))) }
        refresh()
        while true {
            let key = readKey()
            switch key {
            case .eof:
                refresh()  // keys still buffered may have changed the line since the last draw
                writeAll(out, "\r\n")
                return nil
            case .enter:
                buffer.moveEnd()
                refresh()
                writeAll(out, "\r\n")
                return buffer.line
            case .interrupt:
                buffer.moveEnd()
                refresh()
                writeAll(out, "\r\n")
                throw Interrupted()
            case .ctrlD:
                if buffer.isEmpty {
                    refresh()
                    writeAll(out, "\r\n")
                    return nil
                }
                buffer.deleteForward()
            case .text(let s): buffer.insert(s)
            case .tab: buffer.insert("    ")  // indentation, since there is no completion
            case .backspace: buffer.backspace()
            case .delete: buffer.deleteForward()
            case .left: buffer.moveLeft()
            case .right: buffer.moveRight()
            case .wordLeft: buffer.moveWordLeft()
            case .wordRight: buffer.moveWordRight()
            case .home: buffer.moveHome()
            case .end: buffer.moveEnd()
            case .up: buffer.historyPrevious()
            case .down: buffer.historyNext()
            case .killToEnd: buffer.killToEnd()
            case .killToStart: buffer.killToStart()
            case .deleteWord: buffer.deleteWordBackward()
            case .clearScreen: writeAll(out, "\u{1b}[H\u{1b}[2J")
            case .ignored: continue
            }
            // A paste arrives as many keys at once: draw once it is all in, not per character.
            if !input.hasBufferedBytes { refresh() }
        }
    }

    private enum Key {
        case text(String), enter, tab, backspace, delete, left, right, wordLeft, wordRight
        case home, end, up, down, killToEnd, killToStart, deleteWord, clearScreen
        case interrupt, ctrlD, eof, ignored
    }

    /// How long to wait for the rest of an escape sequence or UTF-8 character. A lone Esc key
    /// has no rest, and must not hang the editor waiting for it.
    private static let sequenceTimeoutMs: Int32 = 100

    private func readKey() -> Key {
        guard let byte = input.next() else { return .eof }
        switch byte {
        case 1: return .home                        // Ctrl-A
        case 2: return .left                        // Ctrl-B
        case 3: return .interrupt                   // Ctrl-C (ISIG is off, so it is a byte)
        case 4: return .ctrlD
        case 5: return .end                         // Ctrl-E
        case 6: return .right                       // Ctrl-F
        case 8, 127: return .backspace              // Ctrl-H, and what Backspace sends
        case 9: return .tab
        case 10, 13: return .enter                  // ICRNL is off, so Enter arrives as 13
        case 11: return .killToEnd                  // Ctrl-K
        case 12: return .clearScreen                // Ctrl-L
        case 14: return .down                       // Ctrl-N
        case 16: return .up                         // Ctrl-P
        case 21: return .killToStart                // Ctrl-U
        case 23: return .deleteWord                 // Ctrl-W
        case 27: return readEscapeSequence()
        case 0..<32: return .ignored
        default: return readUTF8(lead: byte)
        }
    }

    /// Decodes ESC [ params final, ESC O final (application cursor mode), and Alt-B/Alt-F.
    private func readEscapeSequence() -> Key {
        guard let kind = input.next(timeoutMs: Self.sequenceTimeoutMs) else { return .ignored }
        switch kind {
        case UInt8(ascii: "["):
            var params: [UInt8] = []
            // Parameters and intermediates are 0x20-0x3F; the final byte is 0x40-0x7E.
            while let b = input.next(timeoutMs: Self.sequenceTimeoutMs) {
                if (0x40...0x7E).contains(b) { return csiKey(params: String(decoding: params, as: UTF8.self), final: b) }
                if params.count > 16 { return .ignored }  // not a key we know; drop it
                params.append(b)
            }
            return .ignored
        case UInt8(ascii: "O"):
            guard let b = input.next(timeoutMs: Self.sequenceTimeoutMs) else { return .ignored }
            return csiKey(params: "", final: b)
        case UInt8(ascii: "b"): return .wordLeft
        case UInt8(ascii: "f"): return .wordRight
        default: return .ignored
        }
    }

    private func csiKey(params: String, final: UInt8) -> Key {
        // "1;5" (Ctrl) or "1;3" (Alt) modifiers turn the horizontal arrows into word moves.
        let modified = params.hasSuffix(";5") || params.hasSuffix(";3")
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return modified ? .wordRight : .right
        case UInt8(ascii: "D"): return modified ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch params {  // VT220-style keys, as sent by the Linux console, tmux and screen
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            default: return .ignored
            }
        default: return .ignored
        }
    }

    private func readUTF8(lead: UInt8) -> Key {
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var bytes = [lead]
        while bytes.count < length, let b = input.next(timeoutMs: Self.sequenceTimeoutMs) { bytes.append(b) }
        let s = String(decoding: bytes, as: UTF8.self)
        return s.unicodeScalars.contains("\u{FFFD}") ? .ignored : .text(s)  // malformed input
    }

    private func terminalColumns(_ fd: Int32) -> Int {
        var size = winsize()
        // Asked on every redraw, so a resized window needs no SIGWINCH handler.
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

// MARK: Raw mode

/// The terminal mode to restore; global because the atexit hook is a C function pointer that
/// cannot capture. Only touched from the REPL's thread.
nonisolated(unsafe) private var savedTermios: termios?

/// Registered once, on first use: restores the terminal if the process exits mid-edit.
private let restoreAtExit: Void = { atexit { disableRawMode() } }()

private func enableRawMode() -> Bool {
    _ = restoreAtExit
    var original = termios()
    guard tcgetattr(STDIN_FILENO, &original) == 0 else { return false }
    var raw = original
    // No CR->NL translation or flow control, and keys like Ctrl-C/Ctrl-Z/Ctrl-V come to us as bytes.
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_cflag |= tcflag_t(CS8)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
        cc[Int(VMIN)] = 1  // read(2) returns as soon as one byte is there
        cc[Int(VTIME)] = 0
    }
    // TCSANOW, not TCSAFLUSH: text typed ahead while the last command ran must not be lost.
    guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return false }
    savedTermios = original
    return true
}

private func disableRawMode() {
    guard var original = savedTermios else { return }
    tcsetattr(STDIN_FILENO, TCSANOW, &original)
    savedTermios = nil
}

// MARK: I/O

private func writeAll(_ fd: Int32, _ s: String) {
    var bytes = Array(s.utf8)[...]
    while !bytes.isEmpty {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }  // closed or broken output: nothing sensible left to do
        bytes = bytes.dropFirst(n)
    }
}

/// Buffered reads straight from a file descriptor. Swift's readLine() keeps its own stdio buffer,
/// which would hide bytes from raw-mode key reads; this one serves both paths.
private final class ByteReader {
    private let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 4096)
    private var start = 0, end = 0

    init(fd: Int32) { self.fd = fd }

    var hasBufferedBytes: Bool { start < end }

    /// The next byte, or nil at end of input, on error, or when `timeoutMs` (if >= 0) passes.
    func next(timeoutMs: Int32 = -1) -> UInt8? {
        if start == end {
            if timeoutMs >= 0 {
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&pfd, 1, timeoutMs) > 0 else { return nil }
            }
            guard fill() else { return nil }
        }
        defer { start += 1 }
        return buffer[start]
    }

    /// Bytes up to the next newline (not included); a last line without newline counts; nil at EOF.
    func readLine() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if start == end, !fill() { return line.isEmpty ? nil : line }
            if let nl = buffer[start..<end].firstIndex(of: 10) {
                line += buffer[start..<nl]
                start = nl + 1
                return line
            }
            line += buffer[start..<end]
            start = end
        }
    }

    private func fill() -> Bool {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }  // e.g. SIGWINCH: not an end of input
            guard n > 0 else { return false }
            start = 0
            end = n
            return true
        }
    }
}
