// The memory behind arrays: one aligned, zero-initialised allocation, reference counted by
// Swift, shared by an array and every view of it. Compiled code receives `pointer` directly.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UpdraftRuntime

public final class ArrayStorage {
    public let pointer: UnsafeMutableRawPointer
    public let byteCount: Int

    /// 64-byte alignment: a cache line, and enough for any vector width LLVM picks.
    public static let alignment = 64

    /// Raises numpy's MemoryError when the allocation fails.
    public init(byteCount: Int, zeroed: Bool = true) throws {
        self.byteCount = byteCount
        var raw: UnsafeMutableRawPointer?
        // posix_memalign(0) may return nil; always ask for at least one line.
        let size = Swift.max(byteCount, ArrayStorage.alignment)
        guard posix_memalign(&raw, ArrayStorage.alignment, size) == 0, let p = raw else {
            throw PythonError(PyType.memoryError, "Unable to allocate \(byteCount) bytes for an array")
        }
        pointer = p
        if zeroed { memset(pointer, 0, size) }
    }

    deinit { free(pointer) }
}
