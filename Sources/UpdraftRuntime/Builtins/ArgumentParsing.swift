// Argument binding for builtins, with the two families of CPython error messages: functions
// written in C with Argument Clinic (`round() takes at most 2 arguments (3 given)`) and
// functions written in Python (`Random.uniform() missing 1 required positional argument: 'b'`),
// plus the integer and float conversions builtins share.

import BigInt

/// Binds `args` the way CPython's `_PyArg_UnpackKeywords` does for a C function.
///
/// `names` lists every parameter: the first `positionalOnly` can only be passed by position,
/// the first `maxPositional` may be passed by position, later ones are keyword-only. The first
/// `minPositional` are required. Returns one slot per name, nil where nothing was passed.
func clinicArguments(_ fname: String, _ args: Args, _ names: [String], positionalOnly: Int = 0,
                     minPositional: Int, maxPositional: Int? = nil) throws -> [Value?] {
    let maxPos = maxPositional ?? names.count
    let nargs = args.positional.count
    let nkw = args.keywords.count
    let maxArgs = names.count
    if nargs + nkw > maxArgs {
        throw PythonError.typeError("\(fname)() takes at most \(maxArgs) \(nargs == 0 ? "keyword " : "")argument\(maxArgs == 1 ? "" : "s") (\(nargs + nkw) given)")
    }
    if nargs > maxPos {
        if maxPos == 0 { throw PythonError.typeError("\(fname)() takes no positional arguments") }
        throw PythonError.typeError("\(fname)() takes \(minPositional < maxPos ? "at most" : "exactly") \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(nargs) given)")
    }
    let minPosOnly = min(positionalOnly, minPositional)
    if nargs < minPosOnly {
        throw PythonError.typeError("\(fname)() takes \(minPosOnly < maxPos ? "at least" : "exactly") \(minPosOnly) positional argument\(minPosOnly == 1 ? "" : "s") (\(nargs) given)")
    }
    var out = [Value?](repeating: nil, count: names.count)
    for i in 0..<nargs { out[i] = args.positional[i] }
    var remaining = nkw
    var i = max(nargs, positionalOnly)
    while i < maxArgs {
        if remaining == 0 && i >= minPositional { break }
        if remaining > 0, let v = args.keyword(names[i]) {
            out[i] = v
            remaining -= 1
        } else if i < minPositional {
            throw PythonError.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        i += 1
    }
    if remaining > 0 {
        for j in positionalOnly..<max(positionalOnly, nargs) where args.keyword(names[j]) != nil {
            throw PythonError.typeError("argument for \(fname)() given by name ('\(names[j])') and position (\(j + 1))")
        }
        for (k, _) in args.keywords where !names[positionalOnly...].contains(k) {
            throw PythonError.typeError("'\(k)' is an invalid keyword argument for \(fname)()")
        }
    }
    return out
}

/// Binds `args` the way a Python `def` binds them, for functions CPython writes in Python
/// (the `random` module). `qualname` is used in messages, e.g. `Random.uniform`; `selfOffset`
/// is 1 for methods, whose counts include `self`. `keywordOnly` names follow `*`.
func pythonArguments(_ qualname: String, _ args: Args, _ names: [String], defaults: Int = 0,
                     keywordOnly: [String] = [], selfOffset: Int = 1) throws -> [Value?] {
    let nargs = args.positional.count
    let required = names.count - defaults
    if nargs > names.count {
        let given = nargs + selfOffset
        let takes: String
        if defaults > 0 {
            takes = "from \(required + selfOffset) to \(names.count + selfOffset)"
        } else {
            takes = "\(names.count + selfOffset)"
        }
        let plural = (defaults == 0 && names.count + selfOffset == 1) ? "" : "s"
        throw PythonError.typeError("\(qualname)() takes \(takes) positional argument\(plural) but \(given) \(given == 1 ? "was" : "were") given")
    }
    var out = [Value?](repeating: nil, count: names.count + keywordOnly.count)
    for i in 0..<nargs { out[i] = args.positional[i] }
    for (k, v) in args.keywords {
        if let idx = names.firstIndex(of: k) {
            if out[idx] != nil {
                throw PythonError.typeError("\(qualname)() got multiple values for argument '\(k)'")
            }
            out[idx] = v
        } else if let idx = keywordOnly.firstIndex(of: k) {
            out[names.count + idx] = v
        } else {
            throw PythonError.typeError("\(qualname)() got an unexpected keyword argument '\(k)'")
        }
    }
    let missing = (0..<required).filter { out[$0] == nil }.map { "'\(names[$0])'" }
    if !missing.isEmpty {
        let list: String
        switch missing.count {
        case 1: list = missing[0]
        case 2: list = "\(missing[0]) and \(missing[1])"
        default: list = missing.dropLast().joined(separator: ", ") + ", and " + (missing.last ?? "")
        }
        throw PythonError.typeError("\(qualname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
    }
    return out
}

/// Raises `name expected N arguments, got M` unless exactly `count` positional arguments and
/// no keywords were passed (the message of C functions using `_PyArg_CheckPositional`).
func expectPositional(_ fname: String, _ args: Args, min: Int, max: Int) throws {
    if !args.keywords.isEmpty { throw PythonError.typeError("\(fname)() takes no keyword arguments") }
    let n = args.positional.count
    if n < min {
        let qualifier = min == max ? "" : "at least "
        throw PythonError.typeError("\(fname) expected \(qualifier)\(min) argument\(min == 1 ? "" : "s"), got \(n)")
    }
    if n > max {
        let qualifier = min == max ? "" : "at most "
        throw PythonError.typeError("\(fname) expected \(qualifier)\(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
}

// MARK: - Conversions

/// `operator.index(v)` as a BigInt: ints, bools, `__index__`; TypeError otherwise.
public func indexBigInt(_ v: Value) throws -> BigInt {
    switch v {
    case .int(let i): return BigInt(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
        if let big = o as? PyInt { return big.value }
        if userClass(v) != nil, let r = try callSpecial(v, "__index__", []) {
            guard let big = r.bigIntValue else {
                throw PythonError.typeError("__index__ returned non-int (type \(r.typeName))")
            }
            return big
        }
        if let r = try o.pyIndex(), let big = r.bigIntValue { return big }
    default: break
    }
    throw PythonError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
}

/// An index-sized integer: OverflowError for ints beyond 64 bits, as `PyNumber_AsSsize_t`.
public func indexInt(_ v: Value) throws -> Int {
    if case .int(let i) = v { return i }
    let big = try indexBigInt(v)
    guard let i = Int(exactly: big) else {
        throw PythonError.overflowError("Python int too large to convert to C ssize_t")
    }
    return i
}

/// An index-sized integer clamped to Int's range (for positions such as `list.insert`).
func clampedIndexArgument(_ v: Value) throws -> Int {
    if case .int(let i) = v { return i }
    let big = try indexBigInt(v)
    if let i = Int(exactly: big) { return i }
    return big.sign == .minus ? Int.min : Int.max
}

/// `PyFloat_AsDouble`: floats, ints, bools, `__float__`, `__index__`; `must be real number`.
public func floatArgument(_ v: Value) throws -> Double {
    if let d = try toDoubleIfNumeric(v) {
        if d.isInfinite, case .object(let o) = v, o is PyInt {
            throw PythonError.overflowError("int too large to convert to float")
        }
        return d
    }
    if case .object(let o) = v {
        if userClass(v) != nil {
            if let r = try callSpecial(v, "__float__", []) {
                guard case .float(let d) = r else {
                    throw PythonError.typeError("\(v.typeName).__float__ returned non-float (type \(r.typeName))")
                }
                return d
            }
            if let r = try callSpecial(v, "__index__", []), let d = try toDoubleIfNumeric(r) { return d }
        }
        if let d = try o.pyFloat() { return d }
    }
    throw PythonError.typeError("must be real number, not \(v.typeName)")
}

/// A bool argument accepted as an int (`reverse=1`), as Argument Clinic's `bool(accept={int})`.
func intFlag(_ v: Value?) throws -> Bool {
    guard let v else { return false }
    if case .bool(let b) = v { return b }
    return try !indexBigInt(v).isZero
}
