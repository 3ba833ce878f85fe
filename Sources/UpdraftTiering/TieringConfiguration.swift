// Process-wide settings of the JIT, set by the command line and numba's environment variables.

import UpdraftCompiler

public enum JitMode: String, Sendable {
    case off, auto, eager
}

public enum TieringConfiguration {
    /// `--jit=off` / `NUMBA_DISABLE_JIT=1`: every decorator returns the function unchanged.
    nonisolated(unsafe) public static var mode: JitMode = .auto
    /// What to dump while compiling (`--dump=...`, `NUMBA_DUMP_*`).
    nonisolated(unsafe) public static var dumps = DumpOptions()
}
