// `cache=True`: the optimised module's object code on disk. An entry is one file per function and
// signature:
//
//     UPDRAFT-CACHE 1\n
//     <key>\n                      source text hash, signature, LLVM version, CPU name, CPU features
//     <byte count> <fnv1a-64 hex>\n
//     <object file bytes>
//
// A hit adds the object file to the JIT (no lowering, optimisation or code generation). An entry
// whose key differs (the source or the machine changed), or which is truncated or corrupt, is
// ignored with a warning on stderr, rebuilt and rewritten. Writes go to a temporary file in the
// same directory and are renamed into place, so concurrent processes never read half a file.
// Code that calls other compiled functions (whose symbols are per process) is not cached.

internal import CLLVM
import Foundation
import UpdraftCompiler

public enum ObjectCache {
    /// 64-bit FNV-1a: stable across processes (Swift's Hasher is seeded per process).
    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    public static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// What, besides the function's own text and signature, the machine code depends on.
    public static var machineKey: String {
        let cpu = LLVMGetHostCPUName().map { p -> String in defer { LLVMDisposeMessage(p) }; return String(cString: p) } ?? ""
        let features = LLVMGetHostCPUFeatures().map { p -> String in defer { LLVMDisposeMessage(p) }; return String(cString: p) } ?? ""
        return "llvm \(LLVMNative.version) cpu \(cpu) features \(hex(fnv1a(Array(features.utf8))))"
    }

    enum Lookup { case hit([UInt8]), missing, invalid(String) }

    static func read(_ path: String, key: String) -> Lookup {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: path) else { return .invalid("cannot be read") }
        let bytes = [UInt8](data)
        var lines: [String] = []
        var start = 0, i = 0
        while lines.count < 3 && i < bytes.count {
            if bytes[i] == 10 {
                lines.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = i + 1
            }
            i += 1
        }
        guard lines.count == 3, lines[0] == "UPDRAFT-CACHE 1" else { return .invalid("is not a cache entry (truncated or corrupt)") }
        guard lines[1] == key else { return .invalid("is stale (the source or the machine changed)") }
        let parts = lines[2].split(separator: " ")
        guard parts.count == 2, let count = Int(parts[0]) else { return .invalid("has a corrupt header") }
        let payload = Array(bytes[start...])
        guard payload.count == count else { return .invalid("is truncated (\(payload.count) of \(count) bytes)") }
        guard hex(fnv1a(payload)) == parts[1] else { return .invalid("is corrupt (checksum mismatch)") }
        return .hit(payload)
    }

    static func write(_ path: String, key: String, object: [UInt8]) throws {
        var data = Data("UPDRAFT-CACHE 1\n\(key)\n\(object.count) \(hex(fnv1a(object)))\n".utf8)
        data.append(contentsOf: object)
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let temp = path + ".tmp\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temp, contents: data) else {
            throw LLVMError("cannot write \(temp)")
        }
        if rename(temp, path) != 0 {
            unlink(temp)
            throw LLVMError("cannot rename the cache entry into place")
        }
    }
}

/// Where and under which key a compiled signature is cached.
public struct CacheEntry {
    public let path: String
    public let key: String
    /// Lines for the tier log (hits, misses, writes).
    public let log: (String) -> Void
    public let warn: (String) -> Void
    public init(path: String, key: String, log: @escaping (String) -> Void, warn: @escaping (String) -> Void) {
        self.path = path
        self.key = key
        self.log = log
        self.warn = warn
    }
}

extension NativeEngine {
    /// `compile`, going through the on-disk cache `entry`.
    public func compileCached(_ typed: TypedFunction, symbol: String, options: LoweringOptions, dumps: NativeDumps,
                              title: String, entry: CacheEntry) throws -> CompiledFunction {
        lock.lock()
        defer { lock.unlock() }
        switch ObjectCache.read(entry.path, key: entry.key) {
        case .hit(let object):
            do {
                try jit.addObject(object, name: symbol)
                let f = CompiledFunction(symbol: symbol, argTypes: typed.argTypes, returnType: typed.returnType,
                                         optimizedIR: "", engine: self)
                _ = try f.entry()
                entry.log("cache hit: \(title) from \(entry.path)")
                return f
            } catch {
                entry.warn("cache entry \(entry.path) cannot be loaded (\(error)); recompiling")
                throw error  // the symbol may be half-defined: the caller falls back
            }
        case .invalid(let why):
            entry.warn("cache entry \(entry.path) \(why); recompiling")
        case .missing:
            entry.log("cache miss: \(title)")
        }
        let (module, optimized) = try lowerAndOptimize(typed, symbol: symbol, options: options, dumps: dumps, title: title)
        // Calls to other compiled functions use per-process symbols: such code is not cached.
        let external = module.functions.filter { LLVMIsDeclaration($0.ref) != 0 && $0.name.hasPrefix("updraft.") }
        if external.isEmpty {
            let object = try machine.emitObject(module)
            do {
                try ObjectCache.write(entry.path, key: entry.key, object: object)
                entry.log("cache write: \(title) to \(entry.path)")
            } catch {
                entry.warn("cannot write cache entry \(entry.path): \(error)")
            }
            try jit.addObject(object, name: symbol)
        } else {
            entry.log("not cached: \(title) calls other compiled functions")
            try jit.add(module)
        }
        return CompiledFunction(symbol: symbol, argTypes: typed.argTypes, returnType: typed.returnType,
                                optimizedIR: optimized, engine: self)
    }
}
