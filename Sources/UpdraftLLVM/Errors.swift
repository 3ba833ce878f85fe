// Errors from LLVM's C API (LLVMErrorRef and `char **` messages) as Swift errors, and the one-time
// initialisation of the native target.
internal import CLLVM

/// An error reported by LLVM, with LLVM's own message.
public struct LLVMError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Throws the message of a non-nil LLVMErrorRef (consuming it).
func check(_ error: LLVMErrorRef?) throws {
    guard let error else { return }
    let cMessage = LLVMGetErrorMessage(error)
    let message = cMessage.map { String(cString: $0) } ?? "unknown LLVM error"
    if let cMessage { LLVMDisposeErrorMessage(cMessage) }
    throw LLVMError(message)
}

/// Converts (and frees) a message LLVM allocated for us.
func takeMessage(_ message: UnsafeMutablePointer<CChar>?) -> String {
    guard let message else { return "" }
    let text = String(cString: message)
    LLVMDisposeMessage(message)
    return text
}

/// The native target (code generator, assembly printer and parser) is registered once per process.
public enum LLVMNative {
    private static let registered: Result<Void, LLVMError> = {
        // The C API's LLVMInitializeNative* are static inline functions in Target.h that call
        // LLVMInitializeX86Target and friends for the host; Swift imports them directly.
        if LLVMInitializeNativeTarget() != 0 { return .failure(LLVMError("no native target registered")) }
        if LLVMInitializeNativeAsmPrinter() != 0 { return .failure(LLVMError("no native assembly printer")) }
        if LLVMInitializeNativeAsmParser() != 0 { return .failure(LLVMError("no native assembly parser")) }
        return .success(())
    }()

    /// Registers the host target; cheap after the first call, safe from any thread.
    public static func initialize() throws { try registered.get() }

    /// LLVM's version, e.g. "14.0.6".
    public static var version: String { LLVM_VERSION_STRING }  // LLVMGetVersion is LLVM 16+
}
