// Helpers shared by the list, tuple, dict and set methods: receiver checks with CPython's
// descriptor message, positional-argument checks, and the equality used by searches.

/// The receiver of a native method as `T`, or CPython's TypeError for a wrong receiver
/// (`list.append(3, 1)` reaches the method with `3` as self).
@inline(__always)
func methodReceiver<T: PyObject>(_ v: Value, as: T.Type, _ method: String, _ typeName: String) throws -> T {
    if case .object(let o) = v, let r = o as? T { return r }
    throw PythonError.typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(v.typeName)' object")
}

/// Checks a method taking a variable number of positional arguments: keywords are refused
/// with the qualified name (`list.pop() takes no keyword arguments`), counts with the short
/// one (`pop expected at most 1 argument, got 2`), as CPython's Argument Clinic does.
func positionalArguments(_ qualified: String, _ short: String, _ args: Args, min: Int, max: Int) throws {
    if !args.keywords.isEmpty { throw PythonError.typeError("\(qualified)() takes no keyword arguments") }
    let n = args.positional.count
    if n < min {
        throw PythonError.typeError("\(short) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
    }
    if n > max {
        throw PythonError.typeError("\(short) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity implies equality.
@inline(__always)
func sameOrEqual(_ a: Value, _ b: Value) throws -> Bool {
    if case .int(let x) = a, case .int(let y) = b { return x == y }
    return try a.isIdentical(to: b) || valuesEqual(a, b)
}

/// Start/stop arguments of `index` methods: `_PyEval_SliceIndexNotNone`, clamped to Int.
func searchBound(_ v: Value) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default:
        do {
            return try clampedIndexArgument(v)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("slice indices must be integers or have an __index__ method")
        }
    }
}

/// The `[start, stop)` range searched by `list.index(x, start, stop)` over `count` items.
func searchRange(_ args: Args, count: Int) throws -> Range<Int> {
    var start = args.count > 1 ? try searchBound(args[1]) : 0
    var stop = args.count > 2 ? try searchBound(args[2]) : Int.max
    if start < 0 {
        start = start &+ count
        if start < 0 { start = 0 }
    }
    if stop < 0 {
        stop = stop &+ count
        if stop < 0 { stop = 0 }
    }
    stop = Swift.min(stop, count)
    return start < stop ? start..<stop : start..<start
}
