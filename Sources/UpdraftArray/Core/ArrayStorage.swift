// The memory behind arrays: one aligned allocation, reference counted by Swift, shared by an
// array and every view of it. Compiled code receives `pointer` directly.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UpdraftRuntime

public final class ArrayStorage {
    public let pointer: UnsafeMutableRawPointer
    public let byteCount: Int
    /// The mapping to unmap on release, for storages taken straight from the kernel.
    private let mapping: (base: UnsafeMutableRawPointer, length: Int)?

    /// 64-byte alignment: a cache line, and enough for any vector width LLVM picks.
    public static let alignment = 64

    /// From this size on, storages are mapped from the kernel, 2 MiB-aligned, and advised for
    /// transparent huge pages (numpy advises huge pages from 4 MiB too). A fresh 40 MB buffer
    /// then takes 20 page faults instead of 10,000, and zero-filled arrays cost nothing until
    /// touched, since the kernel's pages are already zero (numpy gets that from calloc).
    static let largeThreshold = 4 << 20
    static let hugePageSize = 2 << 20

    /// Raises MemoryError when the allocation fails.
    public init(byteCount: Int, zeroed: Bool = true) throws {
        self.byteCount = byteCount
        if byteCount >= ArrayStorage.largeThreshold {
            let huge = ArrayStorage.hugePageSize
            let (length, overflow) = byteCount.addingReportingOverflow(huge)
            if overflow { throw PythonError(PyType.memoryError, "Unable to allocate \(byteCount) bytes") }
            if !zeroed, let reused = MappingCache.shared.take(length: length) {
                pointer = ArrayStorage.hugeAligned(reused)
                mapping = (reused, length)
                return
            }
            guard let raw = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                  raw != MAP_FAILED else {
                throw PythonError(PyType.memoryError, "Unable to allocate \(byteCount) bytes")
            }
            pointer = ArrayStorage.hugeAligned(raw)
            mapping = (raw, length)
            #if os(Linux)
            _ = madvise(pointer, byteCount, 14 /* MADV_HUGEPAGE */)
            #endif
            return
        }
        var raw: UnsafeMutableRawPointer?
        // posix_memalign(0) may return nil; always ask for at least one line.
        let size = Swift.max(byteCount, ArrayStorage.alignment)
        guard posix_memalign(&raw, ArrayStorage.alignment, size) == 0, let p = raw else {
            throw PythonError(PyType.memoryError, "Unable to allocate \(byteCount) bytes")
        }
        pointer = p
        mapping = nil
        if zeroed { memset(pointer, 0, size) }
    }

    /// The first 2 MiB boundary inside a mapping made one huge page longer than needed.
    private static func hugeAligned(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        let misalignment = Int(bitPattern: raw) & (hugePageSize - 1)
        return raw + (misalignment == 0 ? 0 : hugePageSize - misalignment)
    }

    deinit {
        if let mapping {
            if !MappingCache.shared.keep(mapping.base, length: mapping.length) { munmap(mapping.base, mapping.length) }
        } else {
            free(pointer)
        }
    }
}

/// A few recently released large mappings, kept for reuse by the next array of the same size.
/// Array code allocates and drops same-sized temporaries all the time (`a * 0.5 + b` makes
/// one per operator); reusing the mapping skips the kernel's page faults and zeroing, which
/// cost as much as the arithmetic. glibc's malloc does the same below 32 MiB (its dynamic
/// mmap threshold) — this extends it to larger arrays, with a cap on what is held.
final class MappingCache: @unchecked Sendable {
    static let shared = MappingCache()
    private var entries: [(base: UnsafeMutableRawPointer, length: Int)] = []
    private var mutex = pthread_mutex_t()
    static let maxEntries = 4
    static let maxBytes = 512 << 20

    private init() { pthread_mutex_init(&mutex, nil) }

    func take(length: Int) -> UnsafeMutableRawPointer? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard let i = entries.lastIndex(where: { $0.length == length }) else { return nil }
        return entries.remove(at: i).base
    }

    /// True when the mapping was kept (the caller must not unmap it).
    func keep(_ base: UnsafeMutableRawPointer, length: Int) -> Bool {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if length > MappingCache.maxBytes { return false }
        entries.append((base, length))
        while entries.count > MappingCache.maxEntries || entries.reduce(0, { $0 + $1.length }) > MappingCache.maxBytes {
            let old = entries.removeFirst()
            munmap(old.base, old.length)
        }
        return true
    }
}
