// LLTargetMachine: the host CPU's target machine; IR optimisation with the new pass manager;
// assembly and object code emission.
internal import CLLVM

public enum CodeGenOptLevel: Sendable {
    case none, less, `default`, aggressive
    var raw: LLVMCodeGenOptLevel {
        switch self {
        case .none: return LLVMCodeGenLevelNone
        case .less: return LLVMCodeGenLevelLess
        case .default: return LLVMCodeGenLevelDefault
        case .aggressive: return LLVMCodeGenLevelAggressive
        }
    }
}

public enum RelocMode: Sendable {
    case `default`, `static`, pic
    var raw: LLVMRelocMode {
        switch self {
        case .default: return LLVMRelocDefault
        case .static: return LLVMRelocStatic
        case .pic: return LLVMRelocPIC
        }
    }
}

/// Options of `LLTargetMachine.optimize` (LLVMPassBuilderOptions).
public struct PassOptions: Sendable {
    public var loopVectorization = true
    public var slpVectorization = true
    public var loopInterleaving = true
    public var loopUnrolling = true
    public var verifyEach = false
    public init() {}
}

/// Owns an LLVMTargetMachineRef for the host: triple, CPU name and CPU features detected at run time.
public final class LLTargetMachine {
    let ref: LLVMTargetMachineRef
    public let triple: String
    public let cpu: String
    public let features: String
    public let dataLayout: String

    /// The host's target machine (CPU and features from LLVMGetHostCPUName/-Features, so the
    /// vectorizer uses the host's widest vectors).
    public init(optLevel: CodeGenOptLevel = .aggressive, reloc: RelocMode = .pic) throws {
        let host = try LLTargetMachine.makeHost(optLevel: optLevel, reloc: reloc)
        (ref, triple, cpu, features) = (host.machine, host.triple, host.cpu, host.features)
        let layout = LLVMCreateTargetDataLayout(host.machine)
        dataLayout = takeMessage(LLVMCopyStringRepOfTargetData(layout))
        LLVMDisposeTargetData(layout)
    }

    /// A raw target machine for the host; the caller owns it.
    static func makeHost(optLevel: CodeGenOptLevel, reloc: RelocMode) throws
        -> (machine: LLVMTargetMachineRef, triple: String, cpu: String, features: String) {
        try LLVMNative.initialize()
        let triple = takeMessage(LLVMGetDefaultTargetTriple())
        // "generic" when LLVM 14 does not know the CPU (e.g. a recent AMD EPYC); the features
        // (avx2, avx512f, fma, ...) still come from CPUID, so vectorisation uses them.
        let cpu = takeMessage(LLVMGetHostCPUName())
        let features = takeMessage(LLVMGetHostCPUFeatures())
        var target: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        let failed = LLVMGetTargetFromTriple(triple, &target, &message)
        let text = takeMessage(message)
        guard failed == 0, let target else {
            throw LLVMError(text.isEmpty ? "no target for triple \(triple)" : text)
        }
        guard let machine = LLVMCreateTargetMachine(
            target, triple, cpu, features, optLevel.raw, reloc.raw, LLVMCodeModelJITDefault)
        else { throw LLVMError("cannot create a target machine for \(triple) (\(cpu))") }
        return (machine, triple, cpu, features)
    }

    deinit { LLVMDisposeTargetMachine(ref) }

    /// Sets the module's triple and data layout to this machine's (do it before optimising).
    public func configure(_ module: LLModule) throws {
        try module.setTarget(triple: triple, dataLayout: dataLayout)
    }

    /// Runs a new-pass-manager pipeline (LLVMRunPasses), by default `default<O3>`, in place.
    public func optimize(_ module: LLModule, passes: String = "default<O3>",
                         options: PassOptions = PassOptions()) throws {
        let moduleRef = try module.ref()
        let builderOptions = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(builderOptions) }
        LLVMPassBuilderOptionsSetLoopVectorization(builderOptions, options.loopVectorization ? 1 : 0)
        LLVMPassBuilderOptionsSetSLPVectorization(builderOptions, options.slpVectorization ? 1 : 0)
        LLVMPassBuilderOptionsSetLoopInterleaving(builderOptions, options.loopInterleaving ? 1 : 0)
        LLVMPassBuilderOptionsSetLoopUnrolling(builderOptions, options.loopUnrolling ? 1 : 0)
        LLVMPassBuilderOptionsSetVerifyEach(builderOptions, options.verifyEach ? 1 : 0)
        try check(LLVMRunPasses(moduleRef, passes, ref, builderOptions))
    }

    /// The module's machine code as assembly text. Code generation rewrites IR (CodeGenPrepare),
    /// so this works on a copy and leaves `module` untouched.
    public func emitAssembly(_ module: LLModule) throws -> String {
        let bytes = try emit(module, LLVMAssemblyFile)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The module as a relocatable object file (for an on-disk cache; load with LLJIT.addObject).
    public func emitObject(_ module: LLModule) throws -> [UInt8] {
        try emit(module, LLVMObjectFile)
    }

    private func emit(_ module: LLModule, _ kind: LLVMCodeGenFileType) throws -> [UInt8] {
        let copy = try module.clone()
        var message: UnsafeMutablePointer<CChar>?
        var buffer: LLVMMemoryBufferRef?
        let failed = LLVMTargetMachineEmitToMemoryBuffer(ref, try copy.ref(), kind, &message, &buffer)
        let text = takeMessage(message)
        guard failed == 0, let buffer else {
            throw LLVMError(text.isEmpty ? "code generation failed" : text)
        }
        return takeBuffer(buffer)
    }
}
