// The interactive interpreter: `>>> ` / `... ` prompts, expression values echoed with repr,
// compound statements ended by a blank line, errors reported without leaving the loop.

import Foundation
import UpdraftInterpreter
import UpdraftRuntime
import UpdraftSyntax

struct REPL {
    let editor = LineEditor()

    func run() -> Int32 {
        let interpreter = Interpreter(scriptPath: nil)
        Magics.install(in: interpreter)
        if isatty(0) != 0 {
            OutputStream.stderr.write("Updraft (Python 3.11 subset) — object mode interpreter\nType Ctrl-D to exit.\n")
        }
        while true {
            OutputStream.stdout.flush()
            let first: String?
            do {
                first = try editor.readLine(prompt: ">>> ")
            } catch {
                OutputStream.stderr.write("KeyboardInterrupt\n")
                continue
            }
            guard let line = first else { return 0 }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let isMagic = trimmed.hasPrefix("%") || trimmed.hasPrefix("!")
            guard var source = isMagic ? line : readContinuation(line) else { return 0 }
            editor.addHistory(source)
            if !source.hasSuffix("\n") { source += "\n" }
            do {
                if isMagic { source = try Magics.rewrite(source) }
                try interpreter.executeInteractive(source: source)
            } catch let e as Magics.UsageError {
                OutputStream.stderr.write(e.description + "\n")
            } catch let e as PythonError where e.isInstance(of: .systemExit) {
                return report(e, interpreter)
            } catch {
                _ = report(error, interpreter)
            }
        }
    }

    /// Reads `... ` lines while the input is incomplete; a compound statement ends at a
    /// blank line, as in CPython's REPL. Nil at end of input.
    private func readContinuation(_ first: String) -> String? {
        var lines = [first]
        let header = first.trimmingCharacters(in: .whitespaces)
        let compound = header.hasSuffix(":") || header.hasPrefix("@")
        while true {
            let joined = lines.joined(separator: "\n")
            let incomplete = Parser.inputIsIncomplete(joined + "\n")
            if !compound && !incomplete { return joined }
            let next: String?
            do {
                next = try editor.readLine(prompt: "... ")
            } catch {
                OutputStream.stderr.write("KeyboardInterrupt\n")
                return ""
            }
            guard let line = next else { return joined }
            if compound && line.trimmingCharacters(in: .whitespaces).isEmpty { return joined }
            lines.append(line)
        }
    }
}

