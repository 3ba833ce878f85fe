// Accumulator element types of the reduction loops, and the typed gathers that read a strided
// run of any dtype into a contiguous buffer of the accumulator type (numpy's casting buffers).

import UpdraftRuntime

/// A complex128 value as a reduction accumulator.
struct Complex: Equatable {
    var re: Double
    var im: Double
}

protocol ReduceElement {
    static var zero: Self { get }
    /// The dtype whose elements are exactly this type in memory (used to skip the gather).
    static var nativeDType: DType { get }
    /// Reads `n` elements of dtype `t` at `src` (byte stride `stride`) into `dst`, converting.
    static func gather(_ t: DType, _ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<Self>)
    var scalar: Scalar { get }
}

@inline(__always)
private func gatherLoop<S, A>(_ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<A>,
                              _: S.Type, _ conv: (S) -> A) {
    var off = 0
    for i in 0..<n {
        dst[i] = conv(src.loadUnaligned(fromByteOffset: off, as: S.self))
        off += stride
    }
}

extension Double: ReduceElement {
    static var zero: Double { 0 }
    static var nativeDType: DType { .float64 }
    var scalar: Scalar { .float(self) }
    static func gather(_ t: DType, _ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<Double>) {
        switch t {
        case .bool: gatherLoop(src, stride, n, dst, UInt8.self) { $0 != 0 ? 1 : 0 }
        case .int8: gatherLoop(src, stride, n, dst, Int8.self) { Double($0) }
        case .int16: gatherLoop(src, stride, n, dst, Int16.self) { Double($0) }
        case .int32: gatherLoop(src, stride, n, dst, Int32.self) { Double($0) }
        case .int64: gatherLoop(src, stride, n, dst, Int64.self) { Double($0) }
        case .uint8: gatherLoop(src, stride, n, dst, UInt8.self) { Double($0) }
        case .uint16: gatherLoop(src, stride, n, dst, UInt16.self) { Double($0) }
        case .uint32: gatherLoop(src, stride, n, dst, UInt32.self) { Double($0) }
        case .uint64: gatherLoop(src, stride, n, dst, UInt64.self) { Double($0) }
        case .float32: gatherLoop(src, stride, n, dst, Float.self) { Double($0) }
        case .float64, .complex128: gatherLoop(src, stride, n, dst, Double.self) { $0 }
        }
    }
}

extension Float: ReduceElement {
    static var zero: Float { 0 }
    static var nativeDType: DType { .float32 }
    var scalar: Scalar { .float(Double(self)) }
    static func gather(_ t: DType, _ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<Float>) {
        switch t {
        case .bool: gatherLoop(src, stride, n, dst, UInt8.self) { $0 != 0 ? 1 : 0 }
        case .int8: gatherLoop(src, stride, n, dst, Int8.self) { Float($0) }
        case .int16: gatherLoop(src, stride, n, dst, Int16.self) { Float($0) }
        case .int32: gatherLoop(src, stride, n, dst, Int32.self) { Float($0) }
        case .int64: gatherLoop(src, stride, n, dst, Int64.self) { Float($0) }
        case .uint8: gatherLoop(src, stride, n, dst, UInt8.self) { Float($0) }
        case .uint16: gatherLoop(src, stride, n, dst, UInt16.self) { Float($0) }
        case .uint32: gatherLoop(src, stride, n, dst, UInt32.self) { Float($0) }
        case .uint64: gatherLoop(src, stride, n, dst, UInt64.self) { Float($0) }
        case .float32: gatherLoop(src, stride, n, dst, Float.self) { $0 }
        case .float64, .complex128: gatherLoop(src, stride, n, dst, Double.self) { Float($0) }
        }
    }
}

extension Int64: ReduceElement {
    static var zero: Int64 { 0 }
    static var nativeDType: DType { .int64 }
    var scalar: Scalar { .int(self) }
    static func gather(_ t: DType, _ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<Int64>) {
        switch t {
        case .bool: gatherLoop(src, stride, n, dst, UInt8.self) { $0 != 0 ? 1 : 0 }
        case .int8: gatherLoop(src, stride, n, dst, Int8.self) { Int64($0) }
        case .int16: gatherLoop(src, stride, n, dst, Int16.self) { Int64($0) }
        case .int32: gatherLoop(src, stride, n, dst, Int32.self) { Int64($0) }
        case .int64: gatherLoop(src, stride, n, dst, Int64.self) { $0 }
        case .uint8: gatherLoop(src, stride, n, dst, UInt8.self) { Int64($0) }
        case .uint16: gatherLoop(src, stride, n, dst, UInt16.self) { Int64($0) }
        case .uint32: gatherLoop(src, stride, n, dst, UInt32.self) { Int64($0) }
        case .uint64: gatherLoop(src, stride, n, dst, UInt64.self) { Int64(bitPattern: $0) }
        case .float32: gatherLoop(src, stride, n, dst, Float.self) { doubleToInt64(Double($0)) }
        case .float64, .complex128: gatherLoop(src, stride, n, dst, Double.self) { doubleToInt64($0) }
        }
    }
}

extension UInt64: ReduceElement {
    static var zero: UInt64 { 0 }
    static var nativeDType: DType { .uint64 }
    var scalar: Scalar { .uint(self) }
    static func gather(_ t: DType, _ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<UInt64>) {
        switch t {
        case .uint8: gatherLoop(src, stride, n, dst, UInt8.self) { UInt64($0) }
        case .uint16: gatherLoop(src, stride, n, dst, UInt16.self) { UInt64($0) }
        case .uint32: gatherLoop(src, stride, n, dst, UInt32.self) { UInt64($0) }
        case .uint64: gatherLoop(src, stride, n, dst, UInt64.self) { $0 }
        default:
            var off = 0
            for i in 0..<n { dst[i] = t.load(src + off).asUInt64; off += stride }
        }
    }
}

extension Complex: ReduceElement {
    static var zero: Complex { Complex(re: 0, im: 0) }
    static var nativeDType: DType { .complex128 }
    var scalar: Scalar { .complex(re, im) }
    static func gather(_ t: DType, _ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<Complex>) {
        if t == .complex128 {
            gatherLoop(src, stride, n, dst, SIMD2<Double>.self) { Complex(re: $0[0], im: $0[1]) }
            return
        }
        let tmp = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(n, 1))
        defer { tmp.deallocate() }
        Double.gather(t, src, stride, n, tmp)
        for i in 0..<n { dst[i] = Complex(re: tmp[i], im: 0) }
    }
}

/// Truth values (any/all, count_nonzero) as 0/1 bytes.
extension UInt8: ReduceElement {
    static var zero: UInt8 { 0 }
    static var nativeDType: DType { .bool }
    var scalar: Scalar { .bool(self != 0) }
    static func gather(_ t: DType, _ src: UnsafeRawPointer, _ stride: Int, _ n: Int, _ dst: UnsafeMutablePointer<UInt8>) {
        switch t {
        case .bool, .int8, .uint8: gatherLoop(src, stride, n, dst, UInt8.self) { $0 != 0 ? 1 : 0 }
        case .int16, .uint16: gatherLoop(src, stride, n, dst, UInt16.self) { $0 != 0 ? 1 : 0 }
        case .int32, .uint32: gatherLoop(src, stride, n, dst, UInt32.self) { $0 != 0 ? 1 : 0 }
        case .int64, .uint64: gatherLoop(src, stride, n, dst, UInt64.self) { $0 != 0 ? 1 : 0 }
        case .float32: gatherLoop(src, stride, n, dst, Float.self) { $0 != 0 ? 1 : 0 }
        case .float64: gatherLoop(src, stride, n, dst, Double.self) { $0 != 0 ? 1 : 0 }
        case .complex128: gatherLoop(src, stride, n, dst, SIMD2<Double>.self) { $0[0] != 0 || $0[1] != 0 ? 1 : 0 }
        }
    }
}
