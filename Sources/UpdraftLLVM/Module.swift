// LLModule: owns an LLVM module until it is handed to the JIT.
internal import CLLVM

public final class LLModule {
    public let context: LLContext
    private var handle: LLVMModuleRef?

    public init(_ name: String, context: LLContext) {
        self.context = context
        handle = LLVMModuleCreateWithNameInContext(name, context.ref)
    }

    private init(adopting ref: LLVMModuleRef, context: LLContext) {
        self.context = context
        handle = ref
    }

    deinit {
        if let handle { LLVMDisposeModule(handle) }
    }

    /// True once the module was given to the JIT; it can no longer be used.
    public var isConsumed: Bool { handle == nil }

    /// The module handle; throws once the module has been given away.
    func ref() throws -> LLVMModuleRef {
        guard let handle else { throw LLVMError("module was handed to the JIT and can no longer be used") }
        return handle
    }

    /// Gives up ownership (to the JIT).
    func take() throws -> LLVMModuleRef {
        let module = try ref()
        handle = nil
        return module
    }

    // MARK: Target

    public func setTarget(triple: String, dataLayout: String) throws {
        let module = try ref()
        LLVMSetTarget(module, triple)
        LLVMSetDataLayout(module, dataLayout)
    }

    public var triple: String { handle.flatMap { LLVMGetTarget($0) }.map { String(cString: $0) } ?? "" }
    public var dataLayout: String {
        handle.flatMap { LLVMGetDataLayoutStr($0) }.map { String(cString: $0) } ?? ""
    }

    // MARK: Functions and globals

    /// Adds a function (a declaration until blocks are appended).
    public func addFunction(_ name: String, type: LLType) throws -> LLFunction {
        LLFunction(LLVMAddFunction(try ref(), name, type.ref))
    }

    public func function(named name: String) throws -> LLFunction? {
        LLVMGetNamedFunction(try ref(), name).map(LLFunction.init)
    }

    /// The existing function `name`, or a new external declaration of it with `type`.
    /// Throws if it exists with a different type.
    public func declareFunction(_ name: String, type: LLType) throws -> LLFunction {
        if let existing = try function(named: name) {
            guard existing.type == type else {
                throw LLVMError("function '\(name)' already declared as \(existing.type), not \(type)")
            }
            return existing
        }
        return try addFunction(name, type: type)
    }

    /// Declares an intrinsic by its full name and type, e.g. ("llvm.sqrt.f64", double(double)).
    public func intrinsic(_ name: String, type: LLType) throws -> LLFunction {
        guard LLVMLookupIntrinsicID(name, name.utf8.count) != 0 else {
            throw LLVMError("unknown intrinsic '\(name)'")
        }
        return try declareFunction(name, type: type)
    }

    /// Declares an intrinsic by base name and overload types, e.g. ("llvm.sqrt", [double]) or
    /// ("llvm.sadd.with.overflow", [i64]); LLVM derives the full name and the type.
    public func intrinsic(_ baseName: String, overloads: [LLType]) throws -> LLFunction {
        let module = try ref()
        let id = LLVMLookupIntrinsicID(baseName, baseName.utf8.count)
        guard id != 0 else { throw LLVMError("unknown intrinsic '\(baseName)'") }
        if LLVMIntrinsicIsOverloaded(id) == 0 && !overloads.isEmpty {
            throw LLVMError("intrinsic '\(baseName)' is not overloaded")
        }
        var refs: [LLVMTypeRef?] = overloads.map { $0.ref }
        guard let function = LLVMGetIntrinsicDeclaration(module, id, &refs, refs.count) else {
            throw LLVMError("cannot declare intrinsic '\(baseName)'")
        }
        return LLFunction(function)
    }

    /// A global variable; `initializer == nil` makes an external declaration.
    public func addGlobal(_ name: String, type: LLType, initializer: LLValue? = nil,
                          constant: Bool = false, linkage: LLLinkage = .external) throws -> LLValue {
        let global: LLVMValueRef = LLVMAddGlobal(try ref(), type.ref, name)
        if let initializer { LLVMSetInitializer(global, initializer.ref) }
        LLVMSetGlobalConstant(global, constant ? 1 : 0)
        LLVMSetLinkage(global, linkage.raw)
        return LLValue(global)
    }

    public var functions: [LLFunction] {
        guard let handle else { return [] }
        var result: [LLFunction] = []
        var function = LLVMGetFirstFunction(handle)
        while let current = function {
            result.append(LLFunction(current))
            function = LLVMGetNextFunction(current)
        }
        return result
    }

    // MARK: Text, checks, copies

    /// The module as LLVM assembly text.
    public func ir() throws -> String { takeMessage(LLVMPrintModuleToString(try ref())) }

    /// Runs LLVM's verifier; throws with the verifier's message for an invalid module.
    public func verify() throws {
        var message: UnsafeMutablePointer<CChar>?
        let failed = LLVMVerifyModule(try ref(), LLVMReturnStatusAction, &message)
        let text = takeMessage(message)
        if failed != 0 {
            let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
            throw LLVMError(trimmed.isEmpty ? "invalid module" : trimmed)
        }
    }

    /// A deep copy in the same context.
    public func clone() throws -> LLModule {
        LLModule(adopting: LLVMCloneModule(try ref()), context: context)
    }

    /// The module as LLVM bitcode.
    public func bitcode() throws -> [UInt8] {
        guard let buffer = LLVMWriteBitcodeToMemoryBuffer(try ref()) else {
            throw LLVMError("cannot write bitcode")
        }
        return takeBuffer(buffer)
    }

    /// Parses LLVM assembly text into a module of `context` (for tests and golden files).
    public static func parse(_ text: String, name: String = "parsed", context: LLContext) throws -> LLModule {
        let buffer: LLVMMemoryBufferRef? = text.withCString { chars in
            LLVMCreateMemoryBufferWithMemoryRangeCopy(chars, text.utf8.count, name)
        }
        guard let buffer else { throw LLVMError("cannot allocate a memory buffer") }
        var module: LLVMModuleRef?
        var message: UnsafeMutablePointer<CChar>?
        // LLVMParseIRInContext takes ownership of the buffer.
        let failed = LLVMParseIRInContext(context.ref, buffer, &module, &message)
        let text = takeMessage(message)
        guard failed == 0, let module else { throw LLVMError(text.isEmpty ? "cannot parse IR" : text) }
        return LLModule(adopting: module, context: context)
    }
}

/// Copies and frees an LLVM memory buffer.
func takeBuffer(_ buffer: LLVMMemoryBufferRef) -> [UInt8] {
    let size = LLVMGetBufferSize(buffer)
    var bytes = [UInt8](repeating: 0, count: size)
    if size > 0, let start = LLVMGetBufferStart(buffer) {
        bytes.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(start: start, count: size)) }
    }
    LLVMDisposeMemoryBuffer(buffer)
    return bytes
}
