// Process-wide interpreter state: output streams, the module registry, the recursion limit,
// and the one-time installation of every builtin type's methods.

import Foundation

public enum Runtime {
    /// Python's default recursion limit; `sys.setrecursionlimit` changes it.
    nonisolated(unsafe) public static var recursionLimit = 1000
    /// Modules by name (`sys.modules`): native ones are registered at bootstrap.
    nonisolated(unsafe) public static var modules: [String: PyModule] = [:]
    /// Factories for native modules, created on first import.
    nonisolated(unsafe) public static var nativeModules: [String: () -> PyModule] = [:]
    /// `sys.argv`.
    nonisolated(unsafe) public static var argv: [String] = []
    /// The builtins module's namespace.
    nonisolated(unsafe) public static var builtins = Globals()
    nonisolated(unsafe) private static var bootstrapped = false

    /// Installs every builtin type's methods and the builtins namespace. Idempotent.
    public static func bootstrap() {
        if bootstrapped { return }
        bootstrapped = true
        // One installer per builtin type family (Methods/, Builtins/, Modules/).
        installObjectMethods()
        installNumberMethods()
        installStrMethods()
        installListMethods()
        installTupleMethods()
        installDictMethods()
        installSetMethods()
        installBytesMethods()
        installOperatorDunders()
        installBuiltinFunctions()
        registerNativeModules()
    }
}

/// Buffered standard output: Python's `print` writes here; flushed at exit, before input,
/// before anything is written to stderr, and at each newline when stdout is a terminal.
public final class OutputStream {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let lineBuffered: Bool

    public init(fd: Int32) {
        self.fd = fd
        self.lineBuffered = isatty(fd) != 0
        buffer.reserveCapacity(1 << 16)
    }

    nonisolated(unsafe) public static let stdout = OutputStream(fd: 1)
    nonisolated(unsafe) public static let stderr = OutputStream(fd: 2)

    /// Text written is also captured here when set (tests, notebooks).
    public var capture: ((String) -> Void)?

    public func write(_ s: String) {
        if let capture {
            capture(s)
            return
        }
        buffer.append(contentsOf: s.utf8)
        if fd == 2 || buffer.count >= 1 << 16 || (lineBuffered && s.utf8.contains(10)) {
            flush()
        }
    }

    public func flush() {
        if fd == 2 { OutputStream.stdout.flush() }
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
