// Argument checking for builtin methods, with CPython's messages. CPython parses arguments in
// several ways (METH_NOARGS, METH_O, Argument Clinic with and without keywords, the old
// PyArg_ParseTuple), and each words its TypeErrors differently; scripts that print the
// error see the difference, so each method uses the helper matching its CPython parser.

import BigInt

enum MethodArgs {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    static func none(_ args: Args, _ qualified: String) throws {
        if !args.keywords.isEmpty { throw PythonError.typeError("\(qualified)() takes no keyword arguments") }
        if args.count != 0 {
            throw PythonError.typeError("\(qualified)() takes no arguments (\(args.count) given)")
        }
    }

    /// METH_O: `str.join() takes exactly one argument (2 given)`.
    static func one(_ args: Args, _ qualified: String) throws -> Value {
        if !args.keywords.isEmpty { throw PythonError.typeError("\(qualified)() takes no keyword arguments") }
        if args.count != 1 {
            throw PythonError.typeError("\(qualified)() takes exactly one argument (\(args.count) given)")
        }
        return args[0]
    }

    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    static func positional(_ args: Args, _ name: String, qualified: String, min: Int, max: Int) throws -> [Value] {
        if !args.keywords.isEmpty { throw PythonError.typeError("\(qualified)() takes no keyword arguments") }
        let n = args.count
        if n < min {
            throw PythonError.typeError("\(name) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            throw PythonError.typeError("\(name) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
        return args.positional
    }

    /// PyArg_ParseTuple: `find() takes at least 1 argument (0 given)`; keywords are refused with
    /// the qualified name (`str.find() takes no keyword arguments`), as in a direct method call.
    static func parseTuple(_ args: Args, _ name: String, qualified: String, min: Int, max: Int) throws -> [Value] {
        if !args.keywords.isEmpty { throw PythonError.typeError("\(qualified)() takes no keyword arguments") }
        let n = args.count
        if n < min || n > max {
            let bound = n < min ? min : max
            let how = min == max ? "exactly" : (n < min ? "at least" : "at most")
            throw PythonError.typeError("\(name)() takes \(how) \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
        }
        return args.positional
    }

    /// Argument Clinic with keywords: `split() takes at most 2 arguments (3 given)`,
    /// `'x' is an invalid keyword argument for split()`. Positional-only parameters come first
    /// (`positionalOnly` of them); missing required ones use CPython's wording.
    static func keywords(_ args: Args, _ name: String, _ names: [String], required: Int = 0,
                         positionalOnly: Int = 0) throws -> [Value?] {
        let total = args.count + args.keywords.count
        if total > names.count {
            let how = required == names.count ? "exactly" : "at most"
            throw PythonError.typeError("\(name)() takes \(how) \(names.count) argument\(names.count == 1 ? "" : "s") (\(total) given)")
        }
        var out = [Value?](repeating: nil, count: names.count)
        for (i, v) in args.positional.enumerated() { out[i] = v }
        for (k, v) in args.keywords {
            guard let idx = names.firstIndex(of: k), idx >= positionalOnly else {
                throw PythonError.typeError("'\(k)' is an invalid keyword argument for \(name)()")
            }
            if out[idx] != nil {
                throw PythonError.typeError("argument for \(name)() given by name ('\(k)') and position (\(idx + 1))")
            }
            out[idx] = v
        }
        for i in 0..<required where out[i] == nil {
            if i < positionalOnly || args.keywords.isEmpty {
                throw PythonError.typeError("\(name)() takes \(required == names.count ? "exactly" : "at least") \(required) positional argument\(required == 1 ? "" : "s") (\(args.count) given)")
            }
            throw PythonError.typeError("\(name)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// A C `Py_ssize_t` argument (widths, counts): `__index__`, OverflowError for huge ints.
    static func ssize(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o is PyInt:
            throw PythonError.overflowError("Python int too large to convert to C ssize_t")
        default:
            do {
                return try indexValue(v)
            } catch let e as PythonError where e.isInstance(of: .indexError) {
                throw PythonError.overflowError("Python int too large to convert to C ssize_t")
            }
        }
    }

    /// A C `int` argument (tab sizes): like `ssize` with the narrower range.
    static func cInt(_ v: Value) throws -> Int {
        let n: Int
        do {
            n = try ssize(v)
        } catch let e as PythonError where e.isInstance(of: .overflowError) {
            throw PythonError.overflowError("Python int too large to convert to C int")
        }
        if n > Int(Int32.max) || n < Int(Int32.min) {
            throw PythonError.overflowError("Python int too large to convert to C int")
        }
        return n
    }

    /// An optional slice bound (`None` or missing means the default).
    static func sliceBound(_ v: Value?) throws -> Int? {
        guard let v, !v.isNone else { return nil }
        return try sliceIndex(v)
    }

    /// The receiver of a method called unbound (`str.upper(5)`), checked as CPython does.
    static func descriptorError(_ name: String, _ owner: String, _ v: Value) -> PythonError {
        .typeError("descriptor '\(name)' for '\(owner)' objects doesn't apply to a '\(v.typeName)' object")
    }
}

/// Strings longer than this (in code points) are refused with MemoryError instead of being
/// allocated: a huge width or tab size would otherwise exhaust memory and trap.
let maxStringLength = 1 << 30

func checkStringLength(_ n: Int) throws {
    if n > maxStringLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
}

/// Clamps `start`/`end` into `0...length` as CPython's ADJUST_INDICES does (start may stay past end).
@inline(__always)
func adjustIndices(_ start: Int?, _ end: Int?, _ length: Int) -> (Int, Int) {
    var s = start ?? 0
    var e = end ?? length
    if e > length { e = length } else if e < 0 { e += length; if e < 0 { e = 0 } }
    if s < 0 { s += length; if s < 0 { s = 0 } }
    return (s, e)
}
