// LLBuilder: an IRBuilder with the instructions a numeric compiler needs.
internal import CLLVM
internal import CLLVMExtras

/// Fast-math flags (LLVM's FastMathFlags). LLVM 14's C API cannot set them; CLLVMExtras does.
public struct FastMathFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let reassoc = FastMathFlags(rawValue: 1 << 0)
    public static let noNaNs = FastMathFlags(rawValue: 1 << 1)
    public static let noInfs = FastMathFlags(rawValue: 1 << 2)
    public static let noSignedZeros = FastMathFlags(rawValue: 1 << 3)
    public static let allowReciprocal = FastMathFlags(rawValue: 1 << 4)
    public static let allowContract = FastMathFlags(rawValue: 1 << 5)
    public static let approxFunc = FastMathFlags(rawValue: 1 << 6)
    /// `fast`: all of them (numba's `fastmath=True`).
    public static let fast: FastMathFlags = [.reassoc, .noNaNs, .noInfs, .noSignedZeros,
                                             .allowReciprocal, .allowContract, .approxFunc]
}

/// No-wrap flags of add, sub, mul and shl.
public struct WrapFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let nsw = WrapFlags(rawValue: 1)
    public static let nuw = WrapFlags(rawValue: 2)
}

public enum IntPredicate: Sendable {
    case eq, ne, ugt, uge, ult, ule, sgt, sge, slt, sle

    var raw: LLVMIntPredicate {
        switch self {
        case .eq: return LLVMIntEQ
        case .ne: return LLVMIntNE
        case .ugt: return LLVMIntUGT
        case .uge: return LLVMIntUGE
        case .ult: return LLVMIntULT
        case .ule: return LLVMIntULE
        case .sgt: return LLVMIntSGT
        case .sge: return LLVMIntSGE
        case .slt: return LLVMIntSLT
        case .sle: return LLVMIntSLE
        }
    }
}

/// Ordered (`o…`: false if either is NaN) and unordered (`u…`: true if either is NaN) comparisons.
public enum RealPredicate: Sendable {
    case alwaysFalse, oeq, ogt, oge, olt, ole, one, ord, uno, ueq, ugt, uge, ult, ule, une, alwaysTrue

    var raw: LLVMRealPredicate {
        switch self {
        case .alwaysFalse: return LLVMRealPredicateFalse
        case .oeq: return LLVMRealOEQ
        case .ogt: return LLVMRealOGT
        case .oge: return LLVMRealOGE
        case .olt: return LLVMRealOLT
        case .ole: return LLVMRealOLE
        case .one: return LLVMRealONE
        case .ord: return LLVMRealORD
        case .uno: return LLVMRealUNO
        case .ueq: return LLVMRealUEQ
        case .ugt: return LLVMRealUGT
        case .uge: return LLVMRealUGE
        case .ult: return LLVMRealULT
        case .ule: return LLVMRealULE
        case .une: return LLVMRealUNE
        case .alwaysTrue: return LLVMRealPredicateTrue
        }
    }
}

/// Owns an LLVMBuilderRef. Floating-point instructions it builds (arithmetic, fcmp, float calls,
/// selects and phis) get `fastMath` (empty by default: IEEE semantics).
public final class LLBuilder {
    let ref: LLVMBuilderRef
    public let context: LLContext
    public var fastMath: FastMathFlags = []

    public init(context: LLContext) {
        self.context = context
        ref = LLVMCreateBuilderInContext(context.ref)
    }

    deinit { LLVMDisposeBuilder(ref) }

    // MARK: Position

    public func position(atEndOf block: LLBlock) { LLVMPositionBuilderAtEnd(ref, block.ref) }
    public func position(before instruction: LLValue) { LLVMPositionBuilderBefore(ref, instruction.ref) }
    public var insertBlock: LLBlock? { LLVMGetInsertBlock(ref).map(LLBlock.init) }
    /// The function being built, nil when the builder is not positioned in one.
    public var currentFunction: LLFunction? { insertBlock?.function }

    // MARK: Helpers

    private func fp(_ value: LLVMValueRef) -> LLValue {
        if !fastMath.isEmpty { UpdraftSetFastMathFlags(value, fastMath.rawValue) }
        return LLValue(value)
    }

    private func wrap(_ value: LLVMValueRef, _ flags: WrapFlags) -> LLValue {
        if !flags.isEmpty {
            UpdraftSetNoWrap(value, flags.contains(.nsw) ? 1 : 0, flags.contains(.nuw) ? 1 : 0)
        }
        return LLValue(value)
    }

    /// Sets fast-math flags on one instruction (no-op for values that cannot carry them).
    public static func setFastMath(_ value: LLValue, _ flags: FastMathFlags) {
        UpdraftSetFastMathFlags(value.ref, flags.rawValue)
    }
    public static func fastMath(of value: LLValue) -> FastMathFlags {
        FastMathFlags(rawValue: UpdraftGetFastMathFlags(value.ref))
    }

    // MARK: Integer arithmetic (wrapping unless flags say otherwise)

    public func add(_ a: LLValue, _ b: LLValue, _ flags: WrapFlags = [], name: String = "") -> LLValue {
        wrap(LLVMBuildAdd(ref, a.ref, b.ref, name), flags)
    }
    public func sub(_ a: LLValue, _ b: LLValue, _ flags: WrapFlags = [], name: String = "") -> LLValue {
        wrap(LLVMBuildSub(ref, a.ref, b.ref, name), flags)
    }
    public func mul(_ a: LLValue, _ b: LLValue, _ flags: WrapFlags = [], name: String = "") -> LLValue {
        wrap(LLVMBuildMul(ref, a.ref, b.ref, name), flags)
    }
    public func shl(_ a: LLValue, _ b: LLValue, _ flags: WrapFlags = [], name: String = "") -> LLValue {
        wrap(LLVMBuildShl(ref, a.ref, b.ref, name), flags)
    }
    public func sdiv(_ a: LLValue, _ b: LLValue, exact: Bool = false, name: String = "") -> LLValue {
        LLValue(exact ? LLVMBuildExactSDiv(ref, a.ref, b.ref, name) : LLVMBuildSDiv(ref, a.ref, b.ref, name))
    }
    public func udiv(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildUDiv(ref, a.ref, b.ref, name))
    }
    public func srem(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildSRem(ref, a.ref, b.ref, name))
    }
    public func urem(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildURem(ref, a.ref, b.ref, name))
    }
    public func lshr(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildLShr(ref, a.ref, b.ref, name))
    }
    public func ashr(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildAShr(ref, a.ref, b.ref, name))
    }
    public func and(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildAnd(ref, a.ref, b.ref, name))
    }
    public func or(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildOr(ref, a.ref, b.ref, name))
    }
    public func xor(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildXor(ref, a.ref, b.ref, name))
    }
    public func neg(_ a: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildNeg(ref, a.ref, name)) }
    public func not(_ a: LLValue, name: String = "") -> LLValue { LLValue(LLVMBuildNot(ref, a.ref, name)) }

    // MARK: Floating-point arithmetic

    public func fadd(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        fp(LLVMBuildFAdd(ref, a.ref, b.ref, name))
    }
    public func fsub(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        fp(LLVMBuildFSub(ref, a.ref, b.ref, name))
    }
    public func fmul(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        fp(LLVMBuildFMul(ref, a.ref, b.ref, name))
    }
    public func fdiv(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        fp(LLVMBuildFDiv(ref, a.ref, b.ref, name))
    }
    public func frem(_ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        fp(LLVMBuildFRem(ref, a.ref, b.ref, name))
    }
    public func fneg(_ a: LLValue, name: String = "") -> LLValue { fp(LLVMBuildFNeg(ref, a.ref, name)) }

    // MARK: Comparisons and select

    public func icmp(_ predicate: IntPredicate, _ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildICmp(ref, predicate.raw, a.ref, b.ref, name))
    }
    public func fcmp(_ predicate: RealPredicate, _ a: LLValue, _ b: LLValue, name: String = "") -> LLValue {
        fp(LLVMBuildFCmp(ref, predicate.raw, a.ref, b.ref, name))
    }
    public func select(_ condition: LLValue, _ then: LLValue, _ otherwise: LLValue, name: String = "") -> LLValue {
        fp(LLVMBuildSelect(ref, condition.ref, then.ref, otherwise.ref, name))
    }

    // MARK: Control flow

    @discardableResult
    public func br(_ block: LLBlock) -> LLValue { LLValue(LLVMBuildBr(ref, block.ref)) }
    @discardableResult
    public func condBr(_ condition: LLValue, _ then: LLBlock, _ otherwise: LLBlock) -> LLValue {
        LLValue(LLVMBuildCondBr(ref, condition.ref, then.ref, otherwise.ref))
    }
    @discardableResult
    public func ret(_ value: LLValue) -> LLValue { LLValue(LLVMBuildRet(ref, value.ref)) }
    @discardableResult
    public func retVoid() -> LLValue { LLValue(LLVMBuildRetVoid(ref)) }
    @discardableResult
    public func unreachable() -> LLValue { LLValue(LLVMBuildUnreachable(ref)) }
    @discardableResult
    public func switchOn(_ value: LLValue, default block: LLBlock, cases: [(LLValue, LLBlock)]) -> LLValue {
        let instruction: LLVMValueRef = LLVMBuildSwitch(ref, value.ref, block.ref, UInt32(clamping: cases.count))
        for (constant, target) in cases { LLVMAddCase(instruction, constant.ref, target.ref) }
        return LLValue(instruction)
    }
    /// A phi node; add edges with `LLValue.addIncoming`.
    public func phi(_ type: LLType, name: String = "") -> LLValue { fp(LLVMBuildPhi(ref, type.ref, name)) }

    // MARK: Memory

    public func alloca(_ type: LLType, name: String = "") -> LLValue {
        LLValue(LLVMBuildAlloca(ref, type.ref, name))
    }
    public func arrayAlloca(_ type: LLType, count: LLValue, name: String = "") -> LLValue {
        LLValue(LLVMBuildArrayAlloca(ref, type.ref, count.ref, name))
    }
    /// Loads a `type` from `pointer` (LLVMBuildLoad2).
    public func load(_ type: LLType, _ pointer: LLValue, align: UInt32? = nil, name: String = "") -> LLValue {
        let value = LLValue(LLVMBuildLoad2(ref, type.ref, pointer.ref, name))
        if let align { value.setAlignment(align) }
        return value
    }
    @discardableResult
    public func store(_ value: LLValue, _ pointer: LLValue, align: UInt32? = nil) -> LLValue {
        let store = LLValue(LLVMBuildStore(ref, value.ref, pointer.ref))
        if let align { store.setAlignment(align) }
        return store
    }
    /// `getelementptr [inbounds] elementType, pointer, indices` (LLVMBuildGEP2).
    public func gep(_ elementType: LLType, _ pointer: LLValue, _ indices: [LLValue],
                    inBounds: Bool = true, name: String = "") -> LLValue {
        var refs: [LLVMValueRef?] = indices.map { $0.ref }
        let count = UInt32(refs.count)
        return LLValue(inBounds
            ? LLVMBuildInBoundsGEP2(ref, elementType.ref, pointer.ref, &refs, count, name)
            : LLVMBuildGEP2(ref, elementType.ref, pointer.ref, &refs, count, name))
    }
    /// Address of field `index` of the struct `structType` at `pointer`.
    public func structGEP(_ structType: LLType, _ pointer: LLValue, _ index: Int, name: String = "") -> LLValue {
        LLValue(LLVMBuildStructGEP2(ref, structType.ref, pointer.ref, UInt32(clamping: index), name))
    }
    public func extractValue(_ aggregate: LLValue, _ index: Int, name: String = "") -> LLValue {
        LLValue(LLVMBuildExtractValue(ref, aggregate.ref, UInt32(clamping: index), name))
    }
    public func insertValue(_ aggregate: LLValue, _ value: LLValue, _ index: Int, name: String = "") -> LLValue {
        LLValue(LLVMBuildInsertValue(ref, aggregate.ref, value.ref, UInt32(clamping: index), name))
    }
    /// A private constant global string; returns an `i8*` to its first character.
    public func globalString(_ text: String, name: String = "") -> LLValue {
        LLValue(LLVMBuildGlobalStringPtr(ref, text, name))
    }

    // MARK: Calls

    @discardableResult
    public func call(_ function: LLFunction, _ args: [LLValue], name: String = "") -> LLValue {
        call(type: function.type, function.value, args, name: name)
    }
    /// A call through any callee value (e.g. a function pointer) of function type `type`.
    @discardableResult
    public func call(type: LLType, _ callee: LLValue, _ args: [LLValue], name: String = "") -> LLValue {
        var refs: [LLVMValueRef?] = args.map { $0.ref }
        // Void calls must not be named.
        let returnsVoid = LLVMGetTypeKind(LLVMGetReturnType(type.ref)) == LLVMVoidTypeKind
        return fp(LLVMBuildCall2(ref, type.ref, callee.ref, &refs, UInt32(refs.count), returnsVoid ? "" : name))
    }

    // MARK: Casts

    public func sitofp(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildSIToFP(ref, v.ref, to.ref, name)) }
    public func uitofp(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildUIToFP(ref, v.ref, to.ref, name)) }
    public func fptosi(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPToSI(ref, v.ref, to.ref, name)) }
    public func fptoui(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPToUI(ref, v.ref, to.ref, name)) }
    public func trunc(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildTrunc(ref, v.ref, to.ref, name)) }
    public func sext(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildSExt(ref, v.ref, to.ref, name)) }
    public func zext(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildZExt(ref, v.ref, to.ref, name)) }
    public func fpext(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPExt(ref, v.ref, to.ref, name)) }
    public func fptrunc(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildFPTrunc(ref, v.ref, to.ref, name)) }
    public func bitcast(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildBitCast(ref, v.ref, to.ref, name)) }
    public func ptrtoint(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildPtrToInt(ref, v.ref, to.ref, name)) }
    public func inttoptr(_ v: LLValue, _ to: LLType, name: String = "") -> LLValue { LLValue(LLVMBuildIntToPtr(ref, v.ref, to.ref, name)) }
    /// Integer resize: trunc, sext (signed) or zext, or nothing when the widths match.
    public func intCast(_ v: LLValue, _ to: LLType, signed: Bool, name: String = "") -> LLValue {
        LLValue(LLVMBuildIntCast2(ref, v.ref, to.ref, signed ? 1 : 0, name))
    }
}
