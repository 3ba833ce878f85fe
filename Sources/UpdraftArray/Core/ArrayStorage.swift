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

    /// Recently freed large blocks (size, address), reused by the next allocation of the same
    /// size: a temporary like `a * 0.5` in `a * 0.5 + b` then costs no page faults or zeroing
    /// by the kernel. Arrays are used from one thread.
    nonisolated(unsafe) private static var spare: [(Int, UnsafeMutableRawPointer)] = []
    private static let spareMinimum = 1 << 22
    private static let spareCount = 4

    /// Raises numpy's MemoryError when the allocation fails.
    public init(byteCount: Int, zeroed: Bool = true) throws {
        self.byteCount = byteCount
        // posix_memalign(0) may return nil; always ask for at least one line.
        let size = Swift.max(byteCount, ArrayStorage.alignment)
        if size >= ArrayStorage.spareMinimum, let i = ArrayStorage.spare.firstIndex(where: { $0.0 == size }) {
            pointer = ArrayStorage.spare.remove(at: i).1
            if zeroed { memset(pointer, 0, size) }
            return
        }
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, ArrayStorage.alignment, size) == 0, let p = raw else {
            throw PythonError(PyType.memoryError, "Unable to allocate \(byteCount) bytes for an array")
        }
        pointer = p
        #if os(Linux)
        // Large arrays ask for transparent huge pages, as numpy does: far fewer page faults.
        if size >= 1 << 22 {
            let start = (Int(bitPattern: p) + 4095) & ~4095
            madvise(UnsafeMutableRawPointer(bitPattern: start), size - (start - Int(bitPattern: p)), MADV_HUGEPAGE)
        }
        #endif
        if zeroed { memset(pointer, 0, size) }
    }

    deinit {
        let size = Swift.max(byteCount, ArrayStorage.alignment)
        if size >= ArrayStorage.spareMinimum {
            if ArrayStorage.spare.count == ArrayStorage.spareCount { free(ArrayStorage.spare.removeFirst().1) }
            ArrayStorage.spare.append((size, pointer))
            return
        }
        free(pointer)
    }
}
