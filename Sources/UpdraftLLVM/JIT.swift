// LLJIT: ORC's LLJIT for the host. Modules go in (ownership moves to the JIT), addresses come out.
internal import CLLVM
import Foundation

public final class LLJIT {
    let ref: LLVMOrcLLJITRef
    private let mainDylib: LLVMOrcJITDylibRef
    private let errors = SessionErrors()

    /// A JIT for the host. With `codeGenOptLevel == nil` the target machine builder comes from
    /// JITTargetMachineBuilder::detectHost (host CPU and features, CodeGenOpt::Default); with a
    /// level, from a host target machine with that level (LLVM 14's C API has no setter for it).
    public init(codeGenOptLevel: CodeGenOptLevel? = nil) throws {
        try LLVMNative.initialize()
        var machineBuilder: LLVMOrcJITTargetMachineBuilderRef?
        if let codeGenOptLevel {
            let host = try LLTargetMachine.makeHost(optLevel: codeGenOptLevel, reloc: .default)
            // Takes ownership of the target machine.
            machineBuilder = LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(host.machine)
        } else {
            try check(LLVMOrcJITTargetMachineBuilderDetectHost(&machineBuilder))
        }
        guard let machineBuilder else { throw LLVMError("cannot detect the host target") }
        let builder = LLVMOrcCreateLLJITBuilder()
        // Takes ownership of the target machine builder.
        LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, machineBuilder)
        var jit: LLVMOrcLLJITRef?
        // Takes ownership of the builder, whether it succeeds or not.
        try check(LLVMOrcCreateLLJIT(&jit, builder))
        guard let jit else { throw LLVMError("cannot create the JIT") }
        ref = jit
        mainDylib = LLVMOrcLLJITGetMainJITDylib(jit)
        // By default ORC prints session errors ("JIT session error: Symbols not found: ...") to
        // stderr; they also come back from the failing call, so keep them here instead.
        LLVMOrcExecutionSessionSetErrorReporter(
            LLVMOrcLLJITGetExecutionSession(jit),
            { context, error in
                guard let context else { LLVMConsumeError(error); return }
                let log = Unmanaged<SessionErrors>.fromOpaque(context).takeUnretainedValue()
                log.record(error)
            },
            Unmanaged.passUnretained(errors).toOpaque())
    }

    /// The last error ORC's execution session reported (also thrown by the call that caused it).
    public var lastSessionError: String? { errors.last }

    deinit {
        if let error = LLVMOrcDisposeLLJIT(ref) { LLVMConsumeError(error) }
    }

    public var triple: String { LLVMOrcLLJITGetTripleString(ref).map { String(cString: $0) } ?? "" }
    public var dataLayout: String { LLVMOrcLLJITGetDataLayoutStr(ref).map { String(cString: $0) } ?? "" }

    /// Adds a module to the main dylib. The JIT takes the module over: `module` is consumed and
    /// can no longer be used. Code is generated lazily, at the first lookup of one of its symbols.
    public func add(_ module: LLModule) throws {
        let moduleRef = try module.take()
        let threadSafe = LLVMOrcCreateNewThreadSafeModule(moduleRef, module.context.threadSafe)
        if let error = LLVMOrcLLJITAddLLVMIRModule(ref, mainDylib, threadSafe) {
            LLVMOrcDisposeThreadSafeModule(threadSafe)
            try check(error)
        }
    }

    /// Adds a relocatable object file (from `LLTargetMachine.emitObject`, e.g. read from a cache).
    public func addObject(_ bytes: [UInt8], name: String = "object") throws {
        let buffer: LLVMMemoryBufferRef? = bytes.withUnsafeBufferPointer { raw in
            raw.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: raw.count) {
                    LLVMCreateMemoryBufferWithMemoryRangeCopy($0, raw.count, name)
                }
            }
        }
        guard let buffer else { throw LLVMError("empty object file") }
        // Takes ownership of the buffer.
        try check(LLVMOrcLLJITAddObjectFile(ref, mainDylib, buffer))
    }

    /// The address of `name` (an unmangled C name); compiles its module on first use.
    public func lookup(_ name: String) throws -> UnsafeRawPointer {
        var address: LLVMOrcExecutorAddress = 0
        try check(LLVMOrcLLJITLookup(ref, &address, name))
        guard let pointer = UnsafeRawPointer(bitPattern: UInt(address)) else {
            throw LLVMError("symbol '\(name)' has a null address")
        }
        return pointer
    }

    /// Defines symbols at fixed addresses (runtime helpers exported from Swift with `@_cdecl`),
    /// so compiled code can call them: the explicit route, independent of how the executable
    /// was linked. Defining a name twice throws ("Duplicate definition of symbol").
    public func define(absoluteSymbols symbols: [(name: String, address: UnsafeRawPointer)]) throws {
        guard !symbols.isEmpty else { return }
        var pairs: [LLVMJITCSymbolMapPair] = symbols.map { symbol in
            var flags = LLVMJITSymbolFlags()
            flags.GenericFlags = UInt8(LLVMJITSymbolGenericFlagsExported.rawValue
                | LLVMJITSymbolGenericFlagsCallable.rawValue)
            let evaluated = LLVMJITEvaluatedSymbol(
                Address: LLVMOrcExecutorAddress(UInt(bitPattern: symbol.address)), Flags: flags)
            // MangleAndIntern returns a retained entry; LLVMOrcAbsoluteSymbols takes it over.
            return LLVMJITCSymbolMapPair(Name: LLVMOrcLLJITMangleAndIntern(ref, symbol.name), Sym: evaluated)
        }
        let unit = LLVMOrcAbsoluteSymbols(&pairs, pairs.count)
        if let error = LLVMOrcJITDylibDefine(mainDylib, unit) {
            LLVMOrcDisposeMaterializationUnit(unit)
            try check(error)
        }
    }

    /// Makes every symbol of the running process (libc, libm, and the executable's own exports
    /// when it is linked with --export-dynamic) resolvable from compiled code.
    public func addProcessSymbols() throws {
        var generator: LLVMOrcDefinitionGeneratorRef?
        try check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
            &generator, LLVMOrcLLJITGetGlobalPrefix(ref), nil, nil))
        guard let generator else { throw LLVMError("cannot create the process symbol generator") }
        // The dylib takes ownership of the generator.
        LLVMOrcJITDylibAddGenerator(mainDylib, generator)
    }
}

/// Session errors ORC reports asynchronously; outlives the session (released after the JIT).
private final class SessionErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?

    func record(_ error: LLVMErrorRef?) {
        guard let error else { return }
        let cMessage = LLVMGetErrorMessage(error)
        let text = cMessage.map { String(cString: $0) }
        if let cMessage { LLVMDisposeErrorMessage(cMessage) }
        lock.lock()
        message = text
        lock.unlock()
    }

    var last: String? {
        lock.lock()
        defer { lock.unlock() }
        return message
    }
}
