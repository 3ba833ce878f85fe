// Python exceptions: the exception object, CPython's builtin hierarchy, and the Swift error
// that carries an exception through `throws`.

/// One line of a traceback: where a frame was when the exception passed through it.
public struct TracebackEntry {
    public var filename: String
    public var line: Int
    public var function: String
    public init(filename: String, line: Int, function: String) {
        self.filename = filename
        self.line = line
        self.function = function
    }
}

/// An exception instance (of a builtin exception class or a user subclass).
public final class PyExceptionObject: PyInstance {
    public var args: [Value]
    /// Innermost frame last, as CPython's traceback prints (most recent call last).
    public var traceback: [TracebackEntry] = []
    public var cause: PyExceptionObject?
    public var context: PyExceptionObject?
    public var suppressContext = false

    public init(cls: PyType, args: [Value]) {
        self.args = args
        super.init(cls: cls)
    }
}

/// The Swift error that unwinds the interpreter while a Python exception propagates.
public struct PythonError: Error {
    public let exception: PyExceptionObject
    public init(_ exception: PyExceptionObject) { self.exception = exception }

    public init(_ type: PyType, _ message: String) {
        self.exception = PyExceptionObject(cls: type, args: [.str(message)])
    }

    public static func typeError(_ m: String) -> PythonError { PythonError(.typeError, m) }
    public static func valueError(_ m: String) -> PythonError { PythonError(.valueError, m) }
    public static func indexError(_ m: String) -> PythonError { PythonError(.indexError, m) }
    public static func keyError(_ key: Value) -> PythonError {
        PythonError(PyExceptionObject(cls: .keyError, args: [key]))
    }
    public static func attributeError(_ m: String) -> PythonError { PythonError(.attributeError, m) }
    public static func nameError(_ m: String) -> PythonError { PythonError(.nameError, m) }
    public static func zeroDivision(_ m: String) -> PythonError { PythonError(.zeroDivisionError, m) }
    public static func overflowError(_ m: String) -> PythonError { PythonError(.overflowError, m) }
    public static func runtimeError(_ m: String) -> PythonError { PythonError(.runtimeError, m) }
    public static func systemError(_ m: String) -> PythonError { PythonError(.systemError, m) }
    public static func notImplementedError(_ m: String) -> PythonError { PythonError(.notImplementedError, m) }
    public static func recursionError() -> PythonError {
        PythonError(.recursionError, "maximum recursion depth exceeded")
    }
    public static func stopIteration(_ value: Value = .none) -> PythonError {
        PythonError(PyExceptionObject(cls: .stopIteration, args: value.isNone ? [] : [value]))
    }

    public func isInstance(of type: PyType) -> Bool { exception.cls.isSubtype(of: type) }
}

extension PyType {
    static func exceptionType(_ name: String, _ base: PyType) -> PyType {
        PyType(name: name, bases: [base], builtin: true, layout: .exception)
    }

    public static let baseException = PyType(name: "BaseException", bases: [object], builtin: true, layout: .exception)
    public static let systemExit = exceptionType("SystemExit", baseException)
    public static let keyboardInterrupt = exceptionType("KeyboardInterrupt", baseException)
    public static let generatorExit = exceptionType("GeneratorExit", baseException)
    public static let exception = exceptionType("Exception", baseException)
    public static let stopIteration = exceptionType("StopIteration", exception)
    public static let arithmeticError = exceptionType("ArithmeticError", exception)
    public static let floatingPointError = exceptionType("FloatingPointError", arithmeticError)
    public static let overflowError = exceptionType("OverflowError", arithmeticError)
    public static let zeroDivisionError = exceptionType("ZeroDivisionError", arithmeticError)
    public static let assertionError = exceptionType("AssertionError", exception)
    public static let attributeError = exceptionType("AttributeError", exception)
    public static let bufferError = exceptionType("BufferError", exception)
    public static let eofError = exceptionType("EOFError", exception)
    public static let importError = exceptionType("ImportError", exception)
    public static let moduleNotFoundError = exceptionType("ModuleNotFoundError", importError)
    public static let lookupError = exceptionType("LookupError", exception)
    public static let indexError = exceptionType("IndexError", lookupError)
    public static let keyError = exceptionType("KeyError", lookupError)
    public static let memoryError = exceptionType("MemoryError", exception)
    public static let nameError = exceptionType("NameError", exception)
    public static let unboundLocalError = exceptionType("UnboundLocalError", nameError)
    public static let osError = exceptionType("OSError", exception)
    public static let fileNotFoundError = exceptionType("FileNotFoundError", osError)
    public static let referenceError = exceptionType("ReferenceError", exception)
    public static let runtimeError = exceptionType("RuntimeError", exception)
    public static let notImplementedError = exceptionType("NotImplementedError", runtimeError)
    public static let recursionError = exceptionType("RecursionError", runtimeError)
    public static let syntaxError = exceptionType("SyntaxError", exception)
    public static let indentationError = exceptionType("IndentationError", syntaxError)
    public static let tabError = exceptionType("TabError", indentationError)
    public static let systemError = exceptionType("SystemError", exception)
    public static let typeError = exceptionType("TypeError", exception)
    public static let valueError = exceptionType("ValueError", exception)
    public static let unicodeError = exceptionType("UnicodeError", valueError)
    public static let unicodeDecodeError = exceptionType("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = exceptionType("UnicodeEncodeError", unicodeError)
    public static let warning = exceptionType("Warning", exception)
    public static let userWarning = exceptionType("UserWarning", warning)
    public static let deprecationWarning = exceptionType("DeprecationWarning", warning)
    public static let runtimeWarning = exceptionType("RuntimeWarning", warning)

    /// Every builtin exception class, for the builtins module.
    public static let allExceptionTypes: [PyType] = [
        baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration,
        arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError,
        attributeError, bufferError, eofError, importError, moduleNotFoundError, lookupError,
        indexError, keyError, memoryError, nameError, unboundLocalError, osError, fileNotFoundError,
        referenceError, runtimeError, notImplementedError, recursionError, syntaxError,
        indentationError, tabError, systemError, typeError, valueError, unicodeError,
        unicodeDecodeError, unicodeEncodeError, warning, userWarning, deprecationWarning, runtimeWarning,
    ]
}
