// IPython magics in notebooks, `--cells` scripts and the REPL: `%timeit`, `%%timeit`, `%time`.
// A cell is rewritten before it runs: a magic line becomes a call of a native function that
// compiles the statement into a function of `__main__` and times it as IPython does.

import Foundation
import UpdraftInterpreter
import UpdraftRuntime

enum Magics {
    /// An unsupported magic or shell escape, reported like IPython's UsageError.
    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    /// The cell with its magic lines replaced by calls of `__updraft_magic__`.
    static func rewrite(_ cell: String) throws -> String {
        var lines = cell.components(separatedBy: "\n")
        if let first = lines.first?.trimmingCharacters(in: .whitespaces), first.hasPrefix("%%") {
            let parts = first.dropFirst(2).split(separator: " ", maxSplits: 1).map(String.init)
            let name = parts.first ?? ""
            guard name == "timeit" || name == "time" else {
                throw UsageError(description: "UsageError: Cell magic `%%\(name)` not found.")
            }
            let setup = parts.count > 1 ? parts[1] : ""
            let body = lines.dropFirst().joined(separator: "\n")
            return "__updraft_magic__(\(pyLiteral(name)), \(pyLiteral(body)), \(pyLiteral(setup)))\n"
        }
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indent = String(line.prefix { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("!") {
                throw UsageError(description: "UsageError: shell commands (`\(trimmed)`) are not supported by updraft")
            }
            guard trimmed.hasPrefix("%"), !trimmed.hasPrefix("%%") else { continue }
            let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
            let name = parts.first ?? ""
            guard name == "timeit" || name == "time" else {
                throw UsageError(description: "UsageError: Line magic function `%\(name)` not found.")
            }
            var stmt = parts.count > 1 ? parts[1] : ""
            // IPython's `%timeit -n N -r R stmt` options: accepted and honoured.
            var options: [String] = []
            while stmt.hasPrefix("-") {
                let opt = stmt.split(separator: " ", maxSplits: 2).map(String.init)
                guard opt.count >= 2 else { break }
                options.append(opt[0] + "=" + opt[1])
                stmt = opt.count > 2 ? opt[2] : ""
            }
            lines[i] = indent + "__updraft_magic__(\(pyLiteral(name)), \(pyLiteral(stmt)), \"\", \(pyLiteral(options.joined(separator: ","))))"
        }
        return lines.joined(separator: "\n")
    }

    /// A Python string literal for `s`.
    static func pyLiteral(_ s: String) -> String { pyStringRepr(s) }

    /// Installs `__updraft_magic__` in `__main__`.
    static func install(in interpreter: Interpreter) {
        var counter = 0
        interpreter.mainModule.globals.set("__updraft_magic__", .object(PyBuiltinFunction("magic") { args in
            guard args.count >= 2, let kind = args[0].stringValue, let stmt = args[1].stringValue else { return .none }
            let setup = args.count > 2 ? (args[2].stringValue ?? "") : ""
            let options = args.count > 3 ? (args[3].stringValue ?? "") : ""
            counter += 1
            let name = "__updraft_timed_\(counter)"
            // The statement becomes the body of a loop in a function, so it runs `n` times per
            // call with its names resolved in `__main__` (assignments stay local, as in IPython).
            var src = "def \(name)(__updraft_n):\n"
            for l in setup.components(separatedBy: "\n") where !l.trimmingCharacters(in: .whitespaces).isEmpty {
                src += "    " + l + "\n"
            }
            src += "    for __updraft_i in range(__updraft_n):\n"
            let body = stmt.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if body.isEmpty { src += "        pass\n" }
            for l in body { src += "        " + l + "\n" }
            try interpreter.execute(source: src, filename: "<magic-\(kind)>")
            guard let fn = interpreter.mainModule.globals.get(name) else { return .none }
            defer { interpreter.mainModule.globals.remove(name) }
            func run(_ n: Int) throws -> Double {
                let t0 = DispatchTime.now().uptimeNanoseconds
                _ = try call(fn, [.int(n)])
                return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            }
            if kind == "time" {
                var before = rusage(), after = rusage()
                getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &before)
                let wall = try run(1)
                getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &after)
                func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
                let user = seconds(after.ru_utime) - seconds(before.ru_utime)
                let sys = seconds(after.ru_stime) - seconds(before.ru_stime)
                OutputStream.stdout.write("CPU times: user \(formatTime(user)), sys: \(formatTime(sys)), total: \(formatTime(user + sys))\nWall time: \(formatTime(wall))\n")
                return .none
            }
            var loops = 0, repeats = 7
            for opt in options.split(separator: ",") {
                let kv = opt.split(separator: "=")
                if kv.count == 2, let v = Int(kv[1]) {
                    if kv[0] == "-n" { loops = v } else if kv[0] == "-r" { repeats = v }
                }
            }
            if loops == 0 {
                // IPython: the first power of ten whose total time reaches 0.2 s.
                loops = 1
                for index in 0..<10 {
                    loops = Int(pow(10.0, Double(index)))
                    if try run(loops) >= 0.2 { break }
                }
            }
            var runs: [Double] = []
            for _ in 0..<max(repeats, 1) { runs.append(try run(loops)) }
            let perLoop = runs.map { $0 / Double(loops) }
            let mean = perLoop.reduce(0, +) / Double(perLoop.count)
            let std = (perLoop.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(perLoop.count)).squareRoot()
            let loopText = loops.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
            OutputStream.stdout.write("\(formatTime(mean)) ± \(formatTime(std)) per loop (mean ± std. dev. of \(runs.count) run\(runs.count == 1 ? "" : "s"), \(loopText) loop\(loops == 1 ? "" : "s") each)\n")
            return .none
        }))
    }

    /// IPython's `_format_time`: 3 significant digits in s, ms, µs or ns.
    static func formatTime(_ t: Double) -> String {
        let units = ["s", "ms", "µs", "ns"]
        let scaling = [1.0, 1e3, 1e6, 1e9]
        let order = t > 0 ? min(max(-Int(floor(log10(t) / 3)), 0), 3) : 3
        return pyDoubleToString(t * scaling[order], code: "g", precision: 3) + " " + units[order]
    }
}
