// LLContext: an LLVM context (inside an ORC thread-safe context, so its modules can go to the JIT),
// with the types and constants built in it.
internal import CLLVM

/// Owns an LLVMContext. Not thread-safe: build each module on one thread at a time.
/// Keep the context alive while any of its types, values or modules are in use.
public final class LLContext {
    let ref: LLVMContextRef
    let threadSafe: LLVMOrcThreadSafeContextRef

    public init() {
        threadSafe = LLVMOrcCreateNewThreadSafeContext()
        ref = LLVMOrcThreadSafeContextGetContext(threadSafe)
    }

    deinit {
        // Reference counted: modules handed to the JIT keep the underlying context alive.
        LLVMOrcDisposeThreadSafeContext(threadSafe)
    }

    // MARK: Types

    public var void: LLType { LLType(LLVMVoidTypeInContext(ref)) }
    public var i1: LLType { LLType(LLVMInt1TypeInContext(ref)) }
    public var i8: LLType { LLType(LLVMInt8TypeInContext(ref)) }
    public var i16: LLType { LLType(LLVMInt16TypeInContext(ref)) }
    public var i32: LLType { LLType(LLVMInt32TypeInContext(ref)) }
    public var i64: LLType { LLType(LLVMInt64TypeInContext(ref)) }
    public var float: LLType { LLType(LLVMFloatTypeInContext(ref)) }
    public var double: LLType { LLType(LLVMDoubleTypeInContext(ref)) }
    /// `i8*`, the generic pointer of typed-pointer LLVM.
    public var bytePointer: LLType { i8.pointer() }

    public func int(bits: Int) -> LLType { LLType(LLVMIntTypeInContext(ref, UInt32(clamping: bits))) }

    /// A literal (unnamed) struct type.
    public func structType(_ elements: [LLType], packed: Bool = false) -> LLType {
        var refs: [LLVMTypeRef?] = elements.map { $0.ref }
        return LLType(LLVMStructTypeInContext(ref, &refs, UInt32(refs.count), packed ? 1 : 0))
    }

    /// A named (identified) struct type, e.g. `%array.f64.1d = type { double*, i64*, i64* }`.
    public func namedStruct(_ name: String, _ elements: [LLType]? = nil, packed: Bool = false) -> LLType {
        let type = LLType(LLVMStructCreateNamed(ref, name))
        if let elements { setBody(type, elements, packed: packed) }
        return type
    }

    public func setBody(_ type: LLType, _ elements: [LLType], packed: Bool = false) {
        var refs: [LLVMTypeRef?] = elements.map { $0.ref }
        LLVMStructSetBody(type.ref, &refs, UInt32(refs.count), packed ? 1 : 0)
    }

    public func functionType(_ result: LLType, _ params: [LLType], varArgs: Bool = false) -> LLType {
        var refs: [LLVMTypeRef?] = params.map { $0.ref }
        return LLType(LLVMFunctionType(result.ref, &refs, UInt32(refs.count), varArgs ? 1 : 0))
    }

    public func arrayType(_ element: LLType, count: Int) -> LLType {
        LLType(LLVMArrayType(element.ref, UInt32(clamping: count)))
    }

    public func vectorType(_ element: LLType, count: Int) -> LLType {
        LLType(LLVMVectorType(element.ref, UInt32(clamping: count)))
    }

    // MARK: Constants

    /// An integer constant of `type` (the bit pattern of `value`, truncated to the type's width).
    public func constInt(_ type: LLType, _ value: Int64) -> LLValue {
        LLValue(LLVMConstInt(type.ref, UInt64(bitPattern: value), 1))
    }
    public func constI64(_ value: Int64) -> LLValue { constInt(i64, value) }
    public func constI32(_ value: Int32) -> LLValue { constInt(i32, Int64(value)) }
    public func constBool(_ value: Bool) -> LLValue { constInt(i1, value ? 1 : 0) }
    public func constReal(_ type: LLType, _ value: Double) -> LLValue { LLValue(LLVMConstReal(type.ref, value)) }
    public func constDouble(_ value: Double) -> LLValue { constReal(double, value) }
    /// Zero of any type (null pointer, zeroinitializer).
    public func constNull(_ type: LLType) -> LLValue { LLValue(LLVMConstNull(type.ref)) }
    public func undef(_ type: LLType) -> LLValue { LLValue(LLVMGetUndef(type.ref)) }
    public func constStruct(_ values: [LLValue], packed: Bool = false) -> LLValue {
        var refs: [LLVMValueRef?] = values.map { $0.ref }
        return LLValue(LLVMConstStructInContext(ref, &refs, UInt32(refs.count), packed ? 1 : 0))
    }
    public func constNamedStruct(_ type: LLType, _ values: [LLValue]) -> LLValue {
        var refs: [LLVMValueRef?] = values.map { $0.ref }
        return LLValue(LLVMConstNamedStruct(type.ref, &refs, UInt32(refs.count)))
    }
    /// A pointer constant holding an absolute address (`inttoptr (i64 addr to T*)`).
    public func constPointer(_ address: UnsafeRawPointer?, type: LLType) -> LLValue {
        let bits = UInt64(UInt(bitPattern: address))
        return LLValue(LLVMConstIntToPtr(LLVMConstInt(i64.ref, bits, 0), type.ref))
    }
}
