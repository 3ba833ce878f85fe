// The call boundary's data conversions: Python values written into the memory layout of their
// numba type (what the generated wrapper loads), and results read back into Python values.
// Layouts follow LLVM's x86-64 data layout for the types in LoweredTypes.swift.

import Foundation
import UpdraftArray
import UpdraftCompiler
import UpdraftRuntime

public enum NativeBoxing {
    /// Size and alignment in memory of a value of type `t`.
    public static func layout(_ t: NumbaType) -> (size: Int, align: Int) {
        switch t.unliteral {
        case .boolean: return (1, 1)
        case .integer(let b, _): return (b / 8, b / 8)
        case .float(let b): return (b / 8, b / 8)
        case .array(_, let nd, _, _): return (16 + 16 * nd, 8)
        case .uniTuple(let e, let n):
            let l = layout(e)
            return (l.size * n, l.align)
        case .tuple(let ts):
            var off = 0, align = 1
            for e in ts {
                let l = layout(e)
                off = (off + l.align - 1) / l.align * l.align + l.size
                align = Swift.max(align, l.align)
            }
            return ((off + align - 1) / align * align, align)
        case .none: return (1, 1)
        default: return (8, 8)
        }
    }

    /// Field offsets of a tuple type in memory.
    static func offsets(_ ts: [NumbaType]) -> [Int] {
        var off = 0, result: [Int] = []
        for e in ts {
            let l = layout(e)
            off = (off + l.align - 1) / l.align * l.align
            result.append(off)
            off += l.size
        }
        return result
    }

    /// The array struct `{ data, shape[N], strides[N], owner }` of `a`.
    public static func writeArray(_ a: NDArray, to out: UnsafeMutableRawPointer) {
        let p = out.assumingMemoryBound(to: Int.self)
        p[0] = Int(bitPattern: a.data)
        let nd = a.ndim
        for i in 0..<nd {
            p[1 + i] = a.shape[i]
            p[1 + nd + i] = a.strides[i]
        }
        p[1 + 2 * nd] = Int(bitPattern: Unmanaged.passUnretained(a).toOpaque())
    }

    /// Writes `v` as a `t` at `p`. Lists are copied into NativeList buffers (kept in `keep`, to be
    /// reflected back after the call). Returns false when the value does not convert.
    public static func write(_ v: Value, _ t: NumbaType, to p: UnsafeMutableRawPointer, keep: inout [(PyList, NativeList, NumbaType)]) -> Bool {
        switch t.unliteral {
        case .boolean:
            guard let b = try? isTruthy(v) else { return false }
            p.storeBytes(of: b ? 1 : 0, as: UInt8.self)
        case .integer(let bits, _):
            let i: Int64
            switch v {
            case .int(let x): i = Int64(x)
            case .bool(let b): i = b ? 1 : 0
            case .float(let d): i = d.isFinite && Swift.abs(d) < 9.2e18 ? Int64(d) : 0
            case .object(let o):
                guard let s = o as? NPScalar else { return false }
                i = s.value.asInt64
            default: return false
            }
            switch bits {
            case 8: p.storeBytes(of: UInt8(truncatingIfNeeded: i), as: UInt8.self)
            case 16: p.storeBytes(of: UInt16(truncatingIfNeeded: i), as: UInt16.self)
            case 32: p.storeBytes(of: UInt32(truncatingIfNeeded: i), as: UInt32.self)
            default: p.storeBytes(of: i, as: Int64.self)
            }
        case .float(let bits):
            let d: Double
            switch v {
            case .float(let x): d = x
            case .int(let x): d = Double(x)
            case .bool(let b): d = b ? 1 : 0
            case .object(let o):
                guard let s = o as? NPScalar else { return false }
                d = s.value.asDouble
            default: return false
            }
            if bits == 32 { p.storeBytes(of: Float(d), as: Float.self) } else { p.storeBytes(of: d, as: Double.self) }
        case .none:
            p.storeBytes(of: 0, as: UInt8.self)
        case .array:
            guard case .object(let o) = v, let a = o as? NDArray else { return false }
            writeArray(a, to: p)
        case .uniTuple(let e, let n):
            guard case .object(let o) = v, let tup = o as? PyTuple, tup.items.count == n else { return false }
            let size = layout(e).size
            for (i, item) in tup.items.enumerated() where !write(item, e, to: p + i * size, keep: &keep) { return false }
        case .tuple(let ts):
            guard case .object(let o) = v, let tup = o as? PyTuple, tup.items.count == ts.count else { return false }
            for (i, off) in offsets(ts).enumerated() where !write(tup.items[i], ts[i], to: p + off, keep: &keep) { return false }
        case .list(let e, _):
            guard case .object(let o) = v, let list = o as? PyList else { return false }
            let size = layout(e).size
            let native = NativeList(itemsize: size, capacity: list.items.count)
            var scratch: [(PyList, NativeList, NumbaType)] = []
            for (i, item) in list.items.enumerated() {
                guard write(item, e, to: native.header.pointee.data! + i * size, keep: &scratch) else { return false }
            }
            native.header.pointee.count = Int64(list.items.count)
            native.snapshot = Data(bytes: native.header.pointee.data!, count: list.items.count * size)
            keep.append((list, native, e))
            p.storeBytes(of: UnsafeMutableRawPointer(native.header), as: UnsafeMutableRawPointer.self)
        case .unicode:
            guard case .object(let o) = v, let s = o as? PyStr else { return false }
            let copy = strdup(s.value)!
            NativeRuntime.keepAlive(CStringBox(copy))
            p.storeBytes(of: UnsafeRawPointer(copy), as: UnsafeRawPointer.self)
        default:
            return false
        }
        return true
    }

    /// Reads a `t` at `p` as a Python value.
    public static func read(_ t: NumbaType, at p: UnsafeRawPointer) -> Value {
        switch t.unliteral {
        case .boolean: return .bool(p.load(as: UInt8.self) != 0)
        case .integer(let bits, let signed):
            switch (bits, signed) {
            case (8, true): return .int(Int(p.load(as: Int8.self)))
            case (8, false): return .int(Int(p.load(as: UInt8.self)))
            case (16, true): return .int(Int(p.load(as: Int16.self)))
            case (16, false): return .int(Int(p.load(as: UInt16.self)))
            case (32, true): return .int(Int(p.load(as: Int32.self)))
            case (32, false): return .int(Int(p.load(as: UInt32.self)))
            case (64, false):
                let u = p.load(as: UInt64.self)
                return u <= UInt64(Int.max) ? .int(Int(u)) : .object(NPScalar(.uint64, .uint(u)))
            default: return .int(Int(p.load(as: Int64.self)))
            }
        case .float(32): return .float(Double(p.load(as: Float.self)))
        case .float: return .float(p.load(as: Double.self))
        case .none: return .none
        case .array(_, let nd, _, _):
            let owner = p.load(fromByteOffset: 8 * (1 + 2 * nd), as: UnsafeRawPointer.self)
            let a = Unmanaged<NDArray>.fromOpaque(owner).takeUnretainedValue()
            // A view made by compiled code (a slice, a row, `.T`) shares the owner's storage.
            let data = p.load(as: UnsafeMutableRawPointer.self)
            let shape = (0..<nd).map { p.load(fromByteOffset: 8 * (1 + $0), as: Int.self) }
            let strides = (0..<nd).map { p.load(fromByteOffset: 8 * (1 + nd + $0), as: Int.self) }
            if data == a.data && shape == a.shape && strides == a.strides { return .object(a) }
            return .object(a.view(shape: shape, strides: strides, offset: data - a.storage.pointer))
        case .uniTuple(let e, let n):
            let size = layout(e).size
            return .tuple((0..<n).map { read(e, at: p + $0 * size) })
        case .tuple(let ts):
            return .tuple(zip(ts, offsets(ts)).map { read($0, at: p + $1) })
        case .list(let e, _):
            let h = p.load(as: UnsafeRawPointer.self).assumingMemoryBound(to: NativeList.ListHeader.self)
            return .list(readItems(e, h.pointee))
        case .unicode:
            return .str(String(cString: p.load(as: UnsafePointer<CChar>.self)))
        default:
            return .none
        }
    }

    static func readItems(_ e: NumbaType, _ h: NativeList.ListHeader) -> [Value] {
        let size = layout(e).size
        guard let data = h.data else { return [] }
        return (0..<Int(h.count)).map { read(e, at: UnsafeRawPointer(data + $0 * size)) }
    }

    /// Reflects a list argument's items back into the Python list (numba's reflected lists).
    public static func reflect(_ list: PyList, _ native: NativeList, _ e: NumbaType) {
        let h = native.header.pointee
        if let before = native.snapshot, before.count == Int(h.count) * native.itemsize {
            if before.isEmpty { return }
            if before.withUnsafeBytes({ memcmp($0.baseAddress!, h.data!, before.count) }) == 0 { return }
        }
        list.items = readItems(e, native.header.pointee)
    }
}

/// Frees a C string when the arena is cleared.
final class CStringBox {
    let pointer: UnsafeMutablePointer<CChar>
    init(_ p: UnsafeMutablePointer<CChar>) { pointer = p }
    deinit { free(pointer) }
}
