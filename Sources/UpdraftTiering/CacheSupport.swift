// `@jit(cache=True)`: where a function's cache entries live and what they are keyed on (see
// UpdraftLLVM's ObjectCache for the file format). Entries go to `__pycache__` next to the script,
// or to `$NUMBA_CACHE_DIR`; the key is the function's source text hash, its signature, the LLVM
// version and the host CPU's name and features. Cached code uses a symbol derived from the key,
// so it is the same in every process. `NUMBA_DEBUG_CACHE=1` or `UPDRAFT_TIER_LOG=1` prints
// hits, misses and writes on stderr; problems with an entry always print a warning.

import Foundation
import UpdraftCompiler
import UpdraftLLVM
import UpdraftRuntime

enum CacheSupport {
    nonisolated(unsafe) private static var usedSymbols: Set<String> = []

    /// The cache entry and fixed symbol for `function` at `argTypes`, nil when the function cannot
    /// be cached (no source file, or the same entry already loaded in this process).
    static func entry(_ function: PyFunction, _ argTypes: [NumbaType]) -> (entry: CacheEntry, symbol: String)? {
        guard let source = function.source else { return nil }
        let file = source.filename
        guard file.hasSuffix(".py"), FileManager.default.fileExists(atPath: file) else { return nil }
        let first = source.location.line
        let last = Swift.max(source.definition.body.last?.location.endLine ?? first, first)
        guard first >= 1, last <= source.lines.count else { return nil }
        let text = source.lines[(first - 1)..<last].joined(separator: "\n")
        let signature = argTypes.map(\.description).joined(separator: ", ")
        let key = "source \(ObjectCache.hex(ObjectCache.fnv1a(Array(text.utf8)))) sig (\(signature)) \(ObjectCache.machineKey)"
        let env = ProcessInfo.processInfo.environment
        let url = URL(fileURLWithPath: file).standardizedFileURL
        let stem = url.deletingPathExtension().lastPathComponent
        let dir: String
        if let custom = env["NUMBA_CACHE_DIR"], !custom.isEmpty {
            dir = custom
        } else {
            dir = url.deletingLastPathComponent().appendingPathComponent("__pycache__").path
        }
        let clean = String(function.qualname.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
        let sigHash = ObjectCache.hex(ObjectCache.fnv1a(Array((url.path + "|" + function.qualname + "|" + signature).utf8)))
        let path = dir + "/\(stem).\(clean)-\(sigHash.prefix(12)).updraft-cache"
        let symbol = "updraft.cached.\(clean).\(ObjectCache.hex(ObjectCache.fnv1a(Array((key + path).utf8))))"
        guard !usedSymbols.contains(symbol) else { return nil }
        usedSymbols.insert(symbol)
        let verbose = env["NUMBA_DEBUG_CACHE"].map { $0 != "0" && !$0.isEmpty } ?? false
            || env["UPDRAFT_TIER_LOG"].map { $0 != "0" && !$0.isEmpty } ?? false
        let entry = CacheEntry(path: path, key: key, log: { text in
            // The tier log (`--tier-log`, UPDRAFT_TIER_LOG=1) or numba's NUMBA_DEBUG_CACHE=1.
            TierLog.event(text, force: verbose)
        }, warn: { text in
            OutputStream.stderr.write("NumbaWarning: \(text)\n")
        })
        return (entry, symbol)
    }
}
