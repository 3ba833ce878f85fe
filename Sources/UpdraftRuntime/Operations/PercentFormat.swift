// printf-style `str % args` formatting.
public func percentFormat(_ format: String, _ args: Value) throws -> String {
    throw PythonError.notImplementedError("% formatting")
}
