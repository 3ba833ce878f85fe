// How numba types are represented in LLVM. Every type has one LLVM value type, built from literal
// (unnamed) structs so that separately compiled modules agree on it:
//
//   bool → i1 (i8 in memory: array elements, the call boundary), intN/uintN → iN, float32/64 → float/double
//   array(dt, N) → { i8* data, [N x i64] shape, [N x i64] strides (bytes), i8* owner }  (owner: the NDArray)
//   UniTuple(T x N) → [N x T]; Tuple(A, B, ...) → { A, B, ... }
//   reflected list(T) → { i8* data, i64 count, i64 capacity }* (a Swift-owned growable buffer)
//   range_state → { start, stop, step }; iterators → pointers to their state (an entry-block alloca)
//   unicode_type → i8* (a NUL-terminated constant); exception instance → { i8* class name, i8* message }
//   none and compile-time-only values (functions, modules, classes) → i8 (never read)

import UpdraftCompiler

/// A construct the lowering does not implement: the dispatcher falls back to object mode.
public struct LoweringUnsupported: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Maps numba types to LLVM types in one context.
public struct TypeLowering {
    public let c: LLContext
    public init(context: LLContext) { c = context }

    public func llvm(_ t: NumbaType) throws -> LLType {
        switch t {
        case .boolean, .literalBool: return c.i1
        case .integer(let bits, _): return c.int(bits: bits)
        case .literalInt: return c.i64
        case .float(32): return c.float
        case .float(64): return c.double
        case .none, .module, .function, .boundFunction, .dispatcher, .numberClass, .dtype, .exceptionClass, .undefined:
            return c.i8
        case .array(_, let nd, _, _): return arrayStruct(nd)
        case .uniTuple(let e, let n): return c.arrayType(try llvm(e), count: n)
        case .tuple(let ts): return c.structType(try ts.map { try llvm($0) })
        case .list: return listStruct.pointer()
        case .rangeState: return c.structType([c.i64, c.i64, c.i64])
        case .rangeIter: return c.structType([c.i64, c.i64, c.i64]).pointer()
        case .arrayIter(let a), .listIter(let a), .tupleIter(let a):
            return c.structType([c.i64, try llvm(a)]).pointer()
        case .enumerate(let inner):
            return c.structType([c.i64, try llvm(inner)]).pointer()
        case .zip(let its):
            return c.structType(try its.map { try llvm($0) }).pointer()
        case .pair(let a, let b): return c.structType([try llvm(a), try llvm(b)])
        case .unicode, .literalString: return c.bytePointer
        case .slice2, .slice3: return c.structType([c.i64, c.i64, c.i64, c.i1, c.i1])
        case .exceptionInstance: return c.structType([c.bytePointer, c.bytePointer])
        default:
            throw LoweringUnsupported("values of type \(t)")
        }
    }

    /// `{ i8* data, [N x i64] shape, [N x i64] strides, i8* owner }`.
    public func arrayStruct(_ nd: Int) -> LLType {
        c.structType([c.bytePointer, c.arrayType(c.i64, count: nd), c.arrayType(c.i64, count: nd), c.bytePointer])
    }

    /// `{ i8* data, i64 count, i64 capacity }`: the payload of a list.
    public var listStruct: LLType { c.structType([c.bytePointer, c.i64, c.i64]) }

    /// The type of an element stored in memory (array items, list items, call-boundary slots).
    public func memory(_ t: NumbaType) throws -> LLType {
        if t.unliteral == .boolean { return c.i8 }
        return try llvm(t)
    }

    /// Bytes of a scalar in memory.
    public func itemsize(_ t: NumbaType) -> Int {
        switch t.unliteral {
        case .boolean: return 1
        case .integer(let b, _): return b / 8
        case .float(let b): return b / 8
        default: return 8
        }
    }
}
