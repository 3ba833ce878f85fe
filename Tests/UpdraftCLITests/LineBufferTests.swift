// Tests for LineBuffer, the terminal-free core of the REPL's line editor: each key binding is a
// method, so the editing rules are checked here without a terminal.

import UpdraftCLI
import XCTest

final class LineBufferTests: XCTestCase {
    private func buffer(_ text: String, cursor: Int? = nil, history: [String] = []) -> LineBuffer {
        var b = LineBuffer(history: history)
        b.insert(text)
        if let cursor {
            b.moveHome()
            for _ in 0..<cursor { b.moveRight() }
        }
        return b
    }

    func testInsertAtCursor() {
        var b = buffer("prnt", cursor: 2)
        b.insert("i")
        XCTAssertEqual(b.line, "print")
        XCTAssertEqual(b.cursor, 3)
    }

    func testMultibyteCharactersAreSingleCursorSteps() {
        var b = buffer("é日本🐍")
        XCTAssertEqual(b.text.count, 4)
        b.moveLeft()
        b.backspace()
        XCTAssertEqual(b.line, "é日🐍")
        XCTAssertEqual(b.cursor, 2)
    }

    func testCombiningMarkMergesWithPreviousCharacter() {
        var b = buffer("e")
        b.insert("\u{301}")
        XCTAssertEqual(b.text, ["e\u{301}"])
        XCTAssertEqual(b.cursor, 1)
    }

    func testBackspaceAndDeleteAtEdgesAreHarmless() {
        var b = buffer("ab", cursor: 0)
        b.backspace()
        XCTAssertEqual(b.line, "ab")
        b.deleteForward()
        XCTAssertEqual(b.line, "b")
        b.moveEnd()
        b.deleteForward()
        XCTAssertEqual(b.line, "b")
        b.backspace()
        XCTAssertEqual(b.line, "")
    }

    func testMotionIsClamped() {
        var b = buffer("abc")
        b.moveRight()
        XCTAssertEqual(b.cursor, 3)
        b.moveHome()
        b.moveLeft()
        XCTAssertEqual(b.cursor, 0)
        b.moveEnd()
        XCTAssertEqual(b.cursor, 3)
    }

    func testKills() {
        var b = buffer("x = foo(1)", cursor: 4)
        b.killToEnd()
        XCTAssertEqual(b.line, "x = ")
        b = buffer("x = foo(1)", cursor: 4)
        b.killToStart()
        XCTAssertEqual(b.line, "foo(1)")
        XCTAssertEqual(b.cursor, 0)
    }

    func testDeleteWordStopsAtWhitespaceLikeReadline() {
        var b = buffer("total = sum(x.y  ")
        b.deleteWordBackward()
        XCTAssertEqual(b.line, "total = ")
        b.deleteWordBackward()
        XCTAssertEqual(b.line, "total ")
        b = buffer("a bc d", cursor: 4)
        b.deleteWordBackward()
        XCTAssertEqual(b.line, "a  d")
        XCTAssertEqual(b.cursor, 2)
    }

    func testWordMotionUsesIdentifierCharacters() {
        var b = buffer("print(my_var)")
        b.moveWordLeft()
        XCTAssertEqual(b.cursor, 6)
        b.moveWordLeft()
        XCTAssertEqual(b.cursor, 0)
        b.moveWordRight()
        XCTAssertEqual(b.cursor, 5)
    }

    func testHistoryKeepsTheLineBeingEdited() {
        var b = buffer("unfinished", history: ["a = 1", "b = 2"])
        b.historyPrevious()
        XCTAssertEqual(b.line, "b = 2")
        XCTAssertEqual(b.cursor, 5)
        b.historyPrevious()
        XCTAssertEqual(b.line, "a = 1")
        b.historyPrevious()  // already at the oldest entry
        XCTAssertEqual(b.line, "a = 1")
        b.historyNext()
        XCTAssertEqual(b.line, "b = 2")
        b.historyNext()
        XCTAssertEqual(b.line, "unfinished")
        b.historyNext()  // already at the new line
        XCTAssertEqual(b.line, "unfinished")
    }

    func testEditedHistoryEntryIsWhatGetsReturned() {
        var b = LineBuffer(history: ["x = 1"])
        b.historyPrevious()
        b.backspace()
        b.insert("2")
        XCTAssertEqual(b.line, "x = 2")
        XCTAssertEqual(b.history, ["x = 1"])
    }

    func testDisplayWidth() {
        XCTAssertEqual(LineBuffer.displayWidth("a"), 1)
        XCTAssertEqual(LineBuffer.displayWidth("é"), 1)
        XCTAssertEqual(LineBuffer.displayWidth("e\u{301}"), 1)
        XCTAssertEqual(LineBuffer.displayWidth("日"), 2)
        XCTAssertEqual(LineBuffer.displayWidth("🐍"), 2)
        XCTAssertEqual(LineBuffer.displayWidth("\u{301}"), 0)
        XCTAssertEqual(LineBuffer.displayWidth(">>> 日本"), 8)
    }

    func testRenderPutsCursorAfterPromptAndText() {
        let b = buffer("日本x", cursor: 2)
        XCTAssertEqual(b.render(prompt: ">>> ", columns: 80), "\r>>> 日本x\u{1b}[K\r\u{1b}[8C")
        XCTAssertEqual(LineBuffer().render(prompt: "", columns: 80), "\r\u{1b}[K\r")
    }

    func testRenderScrollsALongLineAroundTheCursor() {
        let long = String(repeating: "a", count: 10) + String(repeating: "b", count: 10)
        // 15 columns, prompt 4 wide: 10 cells of text fit, the last column stays free.
        XCTAssertEqual(buffer(long).render(prompt: ">>> ", columns: 15),
                       "\r>>> " + String(repeating: "b", count: 10) + "\u{1b}[K\r\u{1b}[14C")
        XCTAssertEqual(buffer(long, cursor: 0).render(prompt: ">>> ", columns: 15),
                       "\r>>> " + String(repeating: "a", count: 10) + "\u{1b}[K\r\u{1b}[4C")
    }
}
