// Types, values, functions and basic blocks: borrowed handles (LLVM's context or module owns them),
// valid while the LLContext / LLModule that created them is alive.
internal import CLLVM

/// An LLVM type (owned by its context).
public struct LLType: Hashable, CustomStringConvertible, @unchecked Sendable {
    let ref: LLVMTypeRef
    init(_ ref: LLVMTypeRef) { self.ref = ref }

    public var description: String { takeMessage(LLVMPrintTypeToString(ref)) }
    public var isInteger: Bool { LLVMGetTypeKind(ref) == LLVMIntegerTypeKind }
    public var isFloatingPoint: Bool {
        let kind = LLVMGetTypeKind(ref)
        return kind == LLVMDoubleTypeKind || kind == LLVMFloatTypeKind || kind == LLVMHalfTypeKind
    }
    public var isPointer: Bool { LLVMGetTypeKind(ref) == LLVMPointerTypeKind }
    public var isVoid: Bool { LLVMGetTypeKind(ref) == LLVMVoidTypeKind }
    public var isStruct: Bool { LLVMGetTypeKind(ref) == LLVMStructTypeKind }
    /// Bit width of an integer type (0 for other types).
    public var intWidth: Int { isInteger ? Int(LLVMGetIntTypeWidth(ref)) : 0 }
    /// A typed pointer to this type (LLVM 14 uses typed pointers by default: `double*`).
    public func pointer(addressSpace: UInt32 = 0) -> LLType { LLType(LLVMPointerType(ref, addressSpace)) }
    /// The pointee of a pointer type, the element of an array or vector type.
    public var elementType: LLType? { LLVMGetElementType(ref).map(LLType.init) }
    /// The return type of a function type.
    public var returnType: LLType? {
        LLVMGetTypeKind(ref) == LLVMFunctionTypeKind ? LLVMGetReturnType(ref).map(LLType.init) : nil
    }
}

/// An LLVM value: constant, instruction, argument, global (owned by its module or context).
public struct LLValue: Hashable, CustomStringConvertible, @unchecked Sendable {
    let ref: LLVMValueRef
    init(_ ref: LLVMValueRef) { self.ref = ref }

    public var type: LLType { LLType(LLVMTypeOf(ref)) }
    public var name: String {
        get {
            var length = 0
            guard let chars = LLVMGetValueName2(ref, &length) else { return "" }
            return String(decoding: UnsafeRawBufferPointer(start: chars, count: length), as: UTF8.self)
        }
        nonmutating set { LLVMSetValueName2(ref, newValue, newValue.utf8.count) }
    }
    public var description: String { takeMessage(LLVMPrintValueToString(ref)) }
    public var isConstant: Bool { LLVMIsConstant(ref) != 0 }
    /// The value of an integer constant (sign-extended), nil for other values.
    public var constantInt: Int64? {
        LLVMIsAConstantInt(ref) != nil ? LLVMConstIntGetSExtValue(ref) : nil
    }
    /// The value of a floating-point constant, nil for other values.
    public var constantDouble: Double? {
        guard LLVMIsAConstantFP(ref) != nil else { return nil }
        var losesInfo: LLVMBool = 0
        return LLVMConstRealGetDouble(ref, &losesInfo)
    }
    /// Incoming edges of a phi node.
    public func addIncoming(_ incoming: [(value: LLValue, block: LLBlock)]) {
        var values: [LLVMValueRef?] = incoming.map { $0.value.ref }
        var blocks: [LLVMBasicBlockRef?] = incoming.map { $0.block.ref }
        LLVMAddIncoming(ref, &values, &blocks, UInt32(incoming.count))
    }
    /// Alignment of a load, store, alloca or global.
    public func setAlignment(_ bytes: UInt32) { LLVMSetAlignment(ref, bytes) }
}

/// A basic block.
public struct LLBlock: Hashable, @unchecked Sendable {
    let ref: LLVMBasicBlockRef
    init(_ ref: LLVMBasicBlockRef) { self.ref = ref }
    public var name: String { LLVMGetBasicBlockName(ref).map { String(cString: $0) } ?? "" }
    /// The terminator instruction, nil while the block is still open.
    public var terminator: LLValue? { LLVMGetBasicBlockTerminator(ref).map(LLValue.init) }
    public var function: LLFunction? {
        guard let parent = LLVMGetBasicBlockParent(ref) else { return nil }
        return LLFunction(parent)
    }
}

/// Linkage of a function or global.
public enum LLLinkage: Sendable {
    case external, `internal`, `private`, linkOnceODR

    var raw: LLVMLinkage {
        switch self {
        case .external: return LLVMExternalLinkage
        case .internal: return LLVMInternalLinkage
        case .private: return LLVMPrivateLinkage
        case .linkOnceODR: return LLVMLinkOnceODRLinkage
        }
    }
}

/// A function: its value and its function type (which LLVMBuildCall2 needs).
public struct LLFunction: Hashable, @unchecked Sendable {
    let ref: LLVMValueRef
    public let type: LLType

    init(_ ref: LLVMValueRef) {
        self.ref = ref
        self.type = LLType(LLVMGlobalGetValueType(ref))
    }

    public var value: LLValue { LLValue(ref) }
    public var name: String { value.name }
    public var returnType: LLType { LLType(LLVMGetReturnType(type.ref)) }
    public var paramCount: Int { Int(LLVMCountParams(ref)) }
    /// Parameter `index`, nil when out of range.
    public func param(_ index: Int) -> LLValue? {
        guard index >= 0, index < paramCount, let param = LLVMGetParam(ref, UInt32(index)) else { return nil }
        return LLValue(param)
    }
    public var params: [LLValue] { (0..<paramCount).compactMap { param($0) } }
    public var blocks: [LLBlock] {
        var result: [LLBlock] = []
        var block = LLVMGetFirstBasicBlock(ref)
        while let current = block {
            result.append(LLBlock(current))
            block = LLVMGetNextBasicBlock(current)
        }
        return result
    }

    public func appendBlock(_ name: String = "") -> LLBlock {
        LLBlock(LLVMAppendBasicBlockInContext(LLVMGetTypeContext(type.ref), ref, name))
    }

    public func setLinkage(_ linkage: LLLinkage) { LLVMSetLinkage(ref, linkage.raw) }

    /// Adds an enum attribute by name ("nounwind", "alwaysinline", "noinline", "readonly", ...)
    /// to the function (`param == nil`) or to parameter `param`. Throws for an unknown name.
    public func addAttribute(_ name: String, param: Int? = nil) throws {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        guard kind != 0 else { throw LLVMError("unknown attribute '\(name)'") }
        let attribute = LLVMCreateEnumAttribute(LLVMGetTypeContext(type.ref), kind, 0)
        LLVMAddAttributeAtIndex(ref, attributeIndex(param), attribute)
    }

    /// Adds a string attribute, e.g. ("target-cpu", "skylake") or ("no-nans-fp-math", "true").
    public func addAttribute(_ key: String, value: String, param: Int? = nil) {
        let attribute = LLVMCreateStringAttribute(
            LLVMGetTypeContext(type.ref), key, UInt32(key.utf8.count), value, UInt32(value.utf8.count))
        LLVMAddAttributeAtIndex(ref, attributeIndex(param), attribute)
    }

    private func attributeIndex(_ param: Int?) -> LLVMAttributeIndex {
        guard let param else { return LLVMAttributeIndex(UInt32.max) }  // LLVMAttributeFunctionIndex (~0U)
        return LLVMAttributeIndex(param + 1)
    }
}
