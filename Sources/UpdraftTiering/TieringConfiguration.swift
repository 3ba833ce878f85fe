// Process-wide settings of the JIT, set by the command line and numba's environment variables.

import Foundation
import UpdraftCompiler
import UpdraftLLVM

public enum JitMode: String, Sendable {
    case off, auto, eager
}

public enum TieringConfiguration {
    /// `--jit=off` / `NUMBA_DISABLE_JIT=1`: every decorator returns the function unchanged.
    nonisolated(unsafe) public static var mode: JitMode = .auto
    /// The dumps asked for on the command line (`--dump=...`, `--dump-after=...`).
    nonisolated(unsafe) public static var commandLineDumps = DumpOptions()

    /// What to dump for a compilation starting now: the command line's choices plus numba's
    /// `NUMBA_DUMP_*` variables as they are *now* — a script (or notebook cell) that sets
    /// `os.environ['NUMBA_DUMP_CFG'] = '1'` before a function compiles gets the dump, as in numba.
    public static var dumps: DumpOptions {
        get {
            var d = commandLineDumps
            var env: [String: String] = [:]
            for key in DumpOptions.environmentKeys {
                if let v = getenv(key) { env[key] = String(cString: v) }
            }
            d.merge(environment: env)
            return d
        }
        set { commandLineDumps = newValue }
    }

    /// The LLVM-level dumps (`--dump=llvm,opt,asm`) for a compilation starting now.
    static var nativeDumps: NativeDumps {
        let d = dumps
        var native = NativeDumps()
        native.llvm = d.llvm
        native.optimized = d.optimized
        native.assembly = d.assembly
        native.write = d.write
        return native
    }
}
