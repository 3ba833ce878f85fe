// Generator objects: a suspended frame plus the protocol `next`/`send`/`throw`/`close`.
// Resuming re-enters the compiled body, which skips to where it stopped
// (see Compiler+Generators.swift).

import UpdraftRuntime

final class Generator: PyIterator {
    let frame: Frame
    let function: InterpretedFunction
    private let body: Exec
    private var started = false
    private var running = false
    private(set) var finished = false
    /// The value of the generator's `return`, once finished.
    private(set) var returnValue: Value = .none

    init(frame: Frame, function: InterpretedFunction) {
        self.frame = frame
        self.function = function
        self.body = function.code.body
    }

    override var pyType: PyType { PyType.generator }

    override func next() throws -> Value? { try resume(sending: .none) }
    override var stopValue: Value { returnValue }

    /// Runs until the next yield; nil when the generator finishes.
    func resume(sending value: Value, throwing error: PythonError? = nil) throws -> Value? {
        if finished {
            if let error { throw error }
            return nil
        }
        if running { throw PythonError.valueError("generator already executing") }
        if !started && !value.isNone && error == nil {
            throw PythonError.typeError("can't send non-None value to a just-started generator")
        }
        if !started, let error {
            finished = true
            throw error
        }
        frame.resuming = started
        frame.sentValue = value
        frame.pendingThrow = error
        started = true
        running = true
        callDepth += 1
        defer {
            running = false
            callDepth -= 1
        }
        let flow: Flow
        do {
            flow = try body(frame)
        } catch let e as PythonError {
            finished = true
            e.exception.traceback.append(TracebackEntry(filename: function.code.filename, line: frame.line, function: function.code.name))
            if e.isInstance(of: .stopIteration) {
                let re = PythonError.runtimeError("generator raised StopIteration")
                re.exception.cause = e.exception
                throw re
            }
            throw e
        }
        if case .yielded = flow {
            let v = frame.yieldedValue
            frame.yieldedValue = .none
            return v
        }
        finished = true
        returnValue = flow == .returned ? frame.returnValue : .none
        return nil
    }

    func throwInto(_ error: PythonError) throws -> Value? {
        try resume(sending: .none, throwing: error)
    }

    /// `send(v)`: like next, but StopIteration carries the return value.
    func send(_ value: Value) throws -> Value {
        if let v = try resume(sending: value) { return v }
        throw PythonError.stopIteration(returnValue)
    }

    func close() throws {
        if finished || !started {
            finished = true
            return
        }
        do {
            if try throwInto(PythonError(PyExceptionObject(cls: .generatorExit, args: []))) != nil {
                throw PythonError.runtimeError("generator ignored GeneratorExit")
            }
        } catch let e as PythonError where e.isInstance(of: .generatorExit) || e.isInstance(of: .stopIteration) {
            finished = true
        }
    }

    override func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "send":
            return .object(PyBuiltinFunction("send") { [unowned self] args in
                try args.expect("send", min: 1, max: 1)
                return try self.send(args[0])
            })
        case "throw":
            return .object(PyBuiltinFunction("throw") { [unowned self] args in
                try args.expect("throw", min: 1, max: 3)
                let exc = try makeException(args[0])
                if let v = try self.throwInto(PythonError(exc)) { return v }
                throw PythonError.stopIteration(self.returnValue)
            })
        case "close":
            return .object(PyBuiltinFunction("close") { [unowned self] _ in
                try self.close()
                return .none
            })
        case "__next__":
            return .object(PyBuiltinFunction("__next__") { [unowned self] _ in
                if let v = try self.next() { return v }
                throw PythonError.stopIteration(self.returnValue)
            })
        case "__iter__":
            return .object(PyBuiltinFunction("__iter__") { [unowned self] _ in .object(self) })
        case "__name__", "__qualname__":
            return .str(name == "__name__" ? function.code.name : function.code.qualname)
        case "gi_running": return .bool(running)
        default: return nil
        }
    }

    override func pyRepr() throws -> String? {
        "<generator object \(function.code.qualname) at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }
}
