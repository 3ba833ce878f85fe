// Runtime helpers that compiled code calls: raising exceptions, allocating arrays the interpreter
// owns, growing list buffers. They are exported with @_cdecl and registered in the JIT by address
// (`NativeHelpers.symbols`), so they resolve however the binary was linked.
//
// Compiled code never calls back into Python. It runs on the interpreter's thread, except the
// chunks of parallel loops, which may allocate and raise: the error record and the arena (the
// process-wide keep-alive list) are guarded by a lock.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftRuntime

/// Process-wide state shared by compiled code and the call boundary.
public enum NativeRuntime {
    /// Guards `pendingError` and appends to `arena`: parallel chunks (prange, gufunc and ufunc
    /// threads) allocate and raise concurrently.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: (type: String, args: [Value])?
    /// The exception a compiled function raised (class name, message, extra args), set before it
    /// returns status 1. With several threads failing at once, the last one set is kept.
    public static var pendingError: (type: String, args: [Value])? {
        get { lock.lock(); defer { lock.unlock() }; return pending }
        set { lock.lock(); pending = newValue; lock.unlock() }
    }
    /// Objects created by compiled code (arrays, lists) during the current call: they stay alive
    /// until the result has been converted back to Python values. Appends go through
    /// `keepAlive` (any thread); trimming happens on the calling thread after threads joined.
    nonisolated(unsafe) public static var arena: [AnyObject] = []

    /// Keeps `object` alive until the current call's arena is trimmed; safe from any thread.
    public static func keepAlive(_ object: AnyObject) {
        lock.lock()
        arena.append(object)
        lock.unlock()
    }

    /// Drops what was kept alive after `mark` (the arena's count when a call started).
    public static func trimArena(to mark: Int) {
        lock.lock()
        if arena.count > mark { arena.removeSubrange(mark...) }
        lock.unlock()
    }
    /// The argument types of each `print(...)` call site in compiled code (the helper's first
    /// argument indexes this): the arguments arrive as a tuple of these types in memory.
    nonisolated(unsafe) public static var printSignatures: [[NumbaType]] = []

    /// Registers a print call site's argument types; returns its index.
    public static func registerPrint(_ types: [NumbaType]) -> Int {
        if let i = printSignatures.firstIndex(of: types) { return i }
        printSignatures.append(types)
        return printSignatures.count - 1
    }

    /// The Python exception for the pending error (and clears it).
    public static func takeError() -> PythonError {
        let e = pendingError ?? (type: "SystemError", args: [.str("compiled code failed without an error")])
        pendingError = nil
        let cls: PyType
        if case .object(let o)? = Runtime.builtins.get(e.type), let t = o as? PyType { cls = t } else { cls = PyType.exception }
        return PythonError(PyExceptionObject(cls: cls, args: e.args))
    }
}

/// A list's storage for compiled code: a malloc'd `{ data, count, capacity }` header and its items.
public final class NativeList {
    public let header: UnsafeMutablePointer<ListHeader>
    public let itemsize: Int

    public struct ListHeader {
        public var data: UnsafeMutableRawPointer?
        public var count: Int64
        public var capacity: Int64
    }

    public init(itemsize: Int, capacity: Int) {
        self.itemsize = itemsize
        header = UnsafeMutablePointer<ListHeader>.allocate(capacity: 1)
        let cap = Swift.max(capacity, 4)
        header.pointee = ListHeader(data: malloc(cap * itemsize), count: 0, capacity: Int64(cap))
    }

    deinit {
        free(header.pointee.data)
        header.deallocate()
    }

    public var count: Int { Int(header.pointee.count) }

    /// Makes room for `extra` more items.
    public func reserve(_ extra: Int) {
        let need = Int(header.pointee.count) + extra
        guard need > Int(header.pointee.capacity) else { return }
        var cap = Int(header.pointee.capacity)
        while cap < need { cap = cap * 2 }
        header.pointee.data = realloc(header.pointee.data, cap * itemsize)
        header.pointee.capacity = Int64(cap)
    }

    /// The items' bytes when the list came from Python (to reflect back only what changed).
    public var snapshot: Data?
}

private func cString(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }

/// `raise Class(message)`: message is a C string; an empty one with `nargs == 0` means no args.
@_cdecl("updraft_raise")
public func updraftRaise(_ cls: UnsafePointer<CChar>?, _ message: UnsafePointer<CChar>?, _ nargs: Int64) {
    NativeRuntime.pendingError = (cString(cls), nargs == 0 ? [] : [.str(cString(message))])
}

/// An exception whose args are given as a Python-typed record: used for `raise E("text", x)`.
@_cdecl("updraft_raise_args")
public func updraftRaiseArgs(_ cls: UnsafePointer<CChar>?, _ kinds: UnsafePointer<CChar>?, _ values: UnsafePointer<Int64>?, _ count: Int64) {
    var args: [Value] = []
    let k = cString(kinds).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    for i in 0..<Int(count) {
        let raw = values![i]
        let kind = i < k.count ? k[i] : "i"
        switch kind.first {
        case "i": args.append(.int(Int(raw)))
        case "f": args.append(.float(Double(bitPattern: UInt64(bitPattern: raw))))
        case "b": args.append(.bool(raw != 0))
        case "s": args.append(.str(String(kind.dropFirst())))
        default: args.append(.none)
        }
    }
    NativeRuntime.pendingError = (cString(cls), args)
}

/// numpy's out-of-bounds message.
@_cdecl("updraft_raise_index")
public func updraftRaiseIndex(_ index: Int64, _ axis: Int64, _ size: Int64) {
    NativeRuntime.pendingError = ("IndexError", [.str("index \(index) is out of bounds for axis \(axis) with size \(size)")])
}

/// `print(args...)` from compiled code, as numba does it: each argument boxed to a Python value
/// (floats of any width become Python floats, arrays the arrays) and written with `str()`,
/// separated by spaces, to the interpreter's buffered stdout (so the order with object-mode
/// prints is kept). Returns 1 with the error set if `str()` fails.
@_cdecl("updraft_print")
public func updraftPrint(_ signature: Int64, _ values: UnsafeRawPointer?) -> Int32 {
    let types = NativeRuntime.printSignatures[Int(signature)]
    var parts: [String] = []
    if let values, !types.isEmpty {
        guard case .object(let o) = NativeBoxing.read(.tuple(types), at: values), let t = o as? PyTuple else { return 1 }
        do {
            parts = try t.items.map { try str($0) }
        } catch let e as PythonError {
            NativeRuntime.pendingError = (e.exception.cls.name, e.exception.args)
            return 1
        } catch {
            return 1
        }
    }
    OutputStream.stdout.write(parts.joined(separator: " ") + "\n")
    return 0
}

/// numpy's broadcasting error; `shapes` holds `count` shapes, each its ndim then its dims.
@_cdecl("updraft_raise_broadcast")
public func updraftRaiseBroadcast(_ shapes: UnsafePointer<Int64>?, _ count: Int64) {
    var text = "", pos = 0
    for _ in 0..<Int(count) {
        let nd = Int(shapes![pos])
        let dims = (0..<nd).map { String(shapes![pos + 1 + $0]) }
        pos += 1 + nd
        text += "(" + dims.joined(separator: ",") + (nd == 1 ? ",) " : ") ")
    }
    NativeRuntime.pendingError = ("ValueError", [.str("operands could not be broadcast together with shapes " + text)])
}

/// A new array (fill 0: uninitialised, 1: zeros, 2: ones) written as the array struct at `out`;
/// returns 0, or 1 with the error set (negative dimensions, too big).
@_cdecl("updraft_array_new")
public func updraftArrayNew(_ dtypeCode: Int64, _ ndim: Int64, _ shape: UnsafePointer<Int64>?, _ fill: Int64,
                            _ out: UnsafeMutableRawPointer?) -> Int32 {
    guard let dtype = DType(rawValue: Int(dtypeCode)), let out else { return 1 }
    let dims = (0..<Int(ndim)).map { Int(shape![$0]) }
    do {
        let a = try NDArray(shape: dims, dtype: dtype, zeroed: fill != 0)
        if fill == 2 && a.count > 0 {
            // One element, then doubling copies of what is filled so far.
            let size = dtype.itemsize, total = a.count * size
            dtype.store(Scalar.int(1).cast(to: dtype), a.data)
            var filled = size
            while filled < total {
                let n = Swift.min(filled, total - filled)
                memcpy(a.data + filled, a.data, n)
                filled += n
            }
        }
        NativeRuntime.keepAlive(a)
        NativeBoxing.writeArray(a, to: out)
        return 0
    } catch let e as PythonError {
        NativeRuntime.pendingError = (e.exception.cls.name, e.exception.args)
        return 1
    } catch {
        NativeRuntime.pendingError = ("MemoryError", [])
        return 1
    }
}

/// A new empty list of items of `itemsize` bytes; returns its header.
@_cdecl("updraft_list_new")
public func updraftListNew(_ itemsize: Int64, _ capacity: Int64) -> UnsafeMutableRawPointer {
    let list = NativeList(itemsize: Int(itemsize), capacity: Int(capacity))
    NativeRuntime.keepAlive(list)
    return UnsafeMutableRawPointer(list.header)
}

/// Makes room for one more item in the list with this header (compiled code then stores it).
@_cdecl("updraft_list_grow")
public func updraftListGrow(_ header: UnsafeMutableRawPointer?, _ itemsize: Int64) {
    guard let header else { return }
    let h = header.assumingMemoryBound(to: NativeList.ListHeader.self)
    let need = h.pointee.count + 1
    guard need > h.pointee.capacity else { return }
    var cap = Swift.max(h.pointee.capacity, 4)
    while cap < need { cap *= 2 }
    h.pointee.data = realloc(h.pointee.data, Int(cap * itemsize))
    h.pointee.capacity = cap
}

public enum NativeHelpers {
    typealias Raise = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int64) -> Void
    typealias RaiseArgs = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<Int64>?, Int64) -> Void
    typealias RaiseIndex = @convention(c) (Int64, Int64, Int64) -> Void
    typealias RaiseBroadcast = @convention(c) (UnsafePointer<Int64>?, Int64) -> Void
    typealias Print = @convention(c) (Int64, UnsafeRawPointer?) -> Int32
    typealias ArrayNew = @convention(c) (Int64, Int64, UnsafePointer<Int64>?, Int64, UnsafeMutableRawPointer?) -> Int32
    typealias ListNew = @convention(c) (Int64, Int64) -> UnsafeMutableRawPointer
    typealias ListGrow = @convention(c) (UnsafeMutableRawPointer?, Int64) -> Void

    /// Name → address of every helper, for `LLJIT.define(absoluteSymbols:)`.
    public static var symbols: [(name: String, address: UnsafeRawPointer)] {
        func addr<T>(_ f: T) -> UnsafeRawPointer { unsafeBitCast(f, to: UnsafeRawPointer.self) }
        return [
            ("updraft_raise", addr(updraftRaise as Raise)),
            ("updraft_raise_args", addr(updraftRaiseArgs as RaiseArgs)),
            ("updraft_raise_index", addr(updraftRaiseIndex as RaiseIndex)),
            ("updraft_raise_broadcast", addr(updraftRaiseBroadcast as RaiseBroadcast)),
            ("updraft_print", addr(updraftPrint as Print)),
            ("updraft_array_new", addr(updraftArrayNew as ArrayNew)),
            ("updraft_list_new", addr(updraftListNew as ListNew)),
            ("updraft_list_grow", addr(updraftListGrow as ListGrow)),
            ("updraft_parallel_launch", addr(updraftParallelLaunch)),
        ]
    }
}
