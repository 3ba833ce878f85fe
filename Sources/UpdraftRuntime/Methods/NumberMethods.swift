// The numeric types: constructors for int, float and bool, their methods and attributes, and
// the arithmetic behind the builtins round(), abs(), divmod() and pow() (NumberBuiltins.swift).

import BigInt

/// The integer value of an int or bool receiver; CPython's descriptor error otherwise.
func intReceiver(_ v: Value, _ method: String) throws -> BigInt {
    if let b = v.bigIntValue { return b }
    throw MethodArgs.descriptorError(method, "int", v)
}

func floatReceiver(_ v: Value, _ method: String) throws -> Double {
    if case .float(let d) = v { return d }
    throw MethodArgs.descriptorError(method, "float", v)
}

/// `int` of a float: truncation, with CPython's errors for infinities and NaN.
public func floatToInt(_ d: Double) throws -> Value {
    if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PythonError.overflowError("cannot convert float infinity to integer") }
    let t = d.rounded(.towardZero)
    if t.magnitude < 9.2e18 { return .int(Int(t)) }
    guard let big = pyFloatToBigInt(t) else {
        throw PythonError.overflowError("cannot convert float infinity to integer")
    }
    return .integer(big)
}

/// CPython's limit on decimal string conversions (`sys.get_int_max_str_digits()`).
let intMaxStrDigits = 4300

/// `int(s, base)` for a str.
func intFromString(_ s: String, base: Int) throws -> Value {
    func invalid() -> PythonError {
        let shown = makeString(pyStringRepr(s).unicodeScalars.prefix(200))
        return .valueError("invalid literal for int() with base \(base): \(shown)")
    }
    guard let big = parsePyInt(s, base: base) else { throw invalid() }
    if let small = Int(exactly: big) { return .int(small) }
    // Bases that are not powers of two are limited to 4300 digits, as in CPython.
    var effective = base
    let trimmed = s.unicodeScalars.filter { !$0.pyIsSpace && $0 != "+" && $0 != "-" }
    if base == 0 {
        effective = 10
        if trimmed.count >= 2, trimmed[trimmed.startIndex] == "0" { effective = 2 }
    }
    if effective & (effective - 1) != 0 {
        let digits = trimmed.filter { $0 != "_" }.count
        if digits > intMaxStrDigits {
            throw PythonError.valueError("Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
    }
    return .integer(big)
}

/// `int(x)` for one argument.
public func intValue(_ x: Value) throws -> Value {
    switch x {
    case .int: return x
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return try floatToInt(d)
    case .none: break
    case .object(let o):
        if o is PyInt { return x }
        if let s = o as? PyStr { return try intFromString(s.value, base: 10) }
        if let b = bytesLike(x) { return try intFromBytes(b, base: 10) }
        if userClass(x) != nil {
            if let r = try callSpecial(x, "__int__", []) {
                guard r.isIntegral else { throw PythonError.typeError("__int__ returned non-int (type \(r.typeName))") }
                return .integer(r.bigIntValue ?? 0)
            }
            if let r = try callSpecial(x, "__index__", []) {
                guard r.isIntegral else { throw PythonError.typeError("__index__ returned non-int (type \(r.typeName))") }
                return .integer(r.bigIntValue ?? 0)
            }
            if let r = try callSpecial(x, "__trunc__", []) {
                if r.isIntegral { return .integer(r.bigIntValue ?? 0) }
                return try intValue(r)
            }
        } else {
            if let r = try o.pyIndex() { return try intValue(r) }
            if let d = try o.pyFloat() { return try floatToInt(d) }
        }
    }
    throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(x.typeName)'")
}

/// `float(x)` for one argument.
public func floatValue(_ x: Value) throws -> Double {
    switch x {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .none: break
    case .object(let o):
        if let d = try toDoubleIfNumeric(x) { return d }
        if let s = o as? PyStr {
            guard let d = parsePyFloat(s.value) else {
                throw PythonError.valueError("could not convert string to float: \(pyStringRepr(s.value))")
            }
            return d
        }
        if let b = bytesLike(x) { return try floatFromBytes(b, x) }
        if userClass(x) != nil {
            if let r = try callSpecial(x, "__float__", []) {
                guard case .float(let d) = r else {
                    throw PythonError.typeError("\(x.typeName).__float__ returned non-float (type \(r.typeName))")
                }
                return d
            }
            if let r = try callSpecial(x, "__index__", []) {
                guard r.isIntegral else { throw PythonError.typeError("__index__ returned non-int (type \(r.typeName))") }
                return try toDoubleIfNumeric(r) ?? 0
            }
        } else if let d = try o.pyFloat() {
            return d
        }
    }
    throw PythonError.typeError("float() argument must be a string or a real number, not '\(x.typeName)'")
}

/// The exact ratio of a finite float, in lowest terms.
func floatRatio(_ d: Double) throws -> (BigInt, BigInt) {
    if d.isNaN { throw PythonError.valueError("cannot convert NaN to integer ratio") }
    if d.isInfinite { throw PythonError.overflowError("cannot convert Infinity to integer ratio") }
    var mantissa = d
    var exponent = 0
    // Doubling is exact; a fractional double becomes integral within 1074 steps.
    while mantissa != mantissa.rounded(.towardZero) && exponent > -1100 {
        mantissa *= 2
        exponent -= 1
    }
    let numerator = pyFloatToBigInt(mantissa) ?? 0
    return (numerator, BigInt(1) << -exponent)
}

func installNumberMethods() {
    installIntMethods()
    installFloatMethods()

    PyType.bool.constructor = { _, args in
        let a = try MethodArgs.positional(args, "bool", qualified: "bool", min: 0, max: 1)
        guard let x = a.first else { return .bool(false) }
        return .bool(try isTruthy(x))
    }
}

private func installIntMethods() {
    let t = PyType.int
    t.constructor = { _, args in
        let a = try MethodArgs.keywords(args, "int", ["x", "base"], positionalOnly: 1)
        guard let x = a[0] else {
            if a[1] != nil { throw PythonError.typeError("int() missing string argument") }
            return .int(0)
        }
        guard let baseArg = a[1] else { return try intValue(x) }
        let baseBig: BigInt
        if let b = baseArg.bigIntValue { baseBig = b } else { baseBig = BigInt(try indexValue(baseArg)) }
        let bytes = bytesLike(x)
        guard x.stringValue != nil || bytes != nil else {
            throw PythonError.typeError("int() can't convert non-string with explicit base")
        }
        guard let base = Int(exactly: baseBig), base == 0 || (2...36).contains(base) else {
            throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0")
        }
        if let bytes { return try intFromBytes(bytes, base: base) }
        return try intFromString(x.stringValue ?? "", base: base)
    }

    func noArgs(_ name: String, _ body: @escaping (BigInt, Value) throws -> Value) {
        t.def(name) { v, args in
            let n = try intReceiver(v, name)
            try MethodArgs.none(args, "int.\(name)")
            return try body(n, v)
        }
    }
    noArgs("bit_length") { n, _ in .int(n.magnitude.bitWidth) }
    noArgs("bit_count") { n, _ in .int(n.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount }) }
    noArgs("conjugate") { n, _ in .integer(n) }
    noArgs("as_integer_ratio") { n, _ in .tuple([.integer(n), .int(1)]) }
    noArgs("__index__") { n, _ in .integer(n) }
    noArgs("__int__") { n, _ in .integer(n) }
    noArgs("__float__") { n, _ in .float(try toDoubleIfNumeric(.integer(n)) ?? 0) }
    noArgs("__abs__") { n, _ in .integer(BigInt(n.magnitude)) }
    noArgs("__trunc__") { n, _ in .integer(n) }
    noArgs("__floor__") { n, _ in .integer(n) }
    noArgs("__ceil__") { n, _ in .integer(n) }
    t.def("__round__") { v, args in
        let n = try intReceiver(v, "__round__")
        let a = try MethodArgs.positional(args, "__round__", qualified: "int.__round__", min: 0, max: 1)
        return try roundValue(.integer(n), a.first)
    }
    t.def("__format__") { v, args in
        let n = try intReceiver(v, "__format__")
        let spec = try MethodArgs.one(args, "int.__format__")
        guard let s = spec.stringValue else {
            throw PythonError.typeError("__format__() argument must be str, not \(spec.typeName)")
        }
        if case .bool = v { return .str(try formatValue(v, s)) }
        return .str(try formatValue(.integer(n), s))
    }
    t.def("__getnewargs__") { v, args in
        let n = try intReceiver(v, "__getnewargs__")
        try MethodArgs.none(args, "int.__getnewargs__")
        return .tuple([.integer(n)])
    }
    t.defGetter("real") { v in .integer(try intReceiver(v, "real")) }
    t.defGetter("imag") { v in _ = try intReceiver(v, "imag"); return .int(0) }
    t.defGetter("numerator") { v in .integer(try intReceiver(v, "numerator")) }
    t.defGetter("denominator") { v in _ = try intReceiver(v, "denominator"); return .int(1) }
}

private func installFloatMethods() {
    let t = PyType.float
    t.constructor = { _, args in
        let a = try MethodArgs.positional(args, "float", qualified: "float", min: 0, max: 1)
        guard let x = a.first else { return .float(0) }
        return .float(try floatValue(x))
    }

    func noArgs(_ name: String, _ body: @escaping (Double) throws -> Value) {
        t.def(name) { v, args in
            let d = try floatReceiver(v, name)
            try MethodArgs.none(args, "float.\(name)")
            return try body(d)
        }
    }
    noArgs("is_integer") { d in .bool(d.isFinite && d == d.rounded(.towardZero)) }
    noArgs("as_integer_ratio") { d in
        let (n, q) = try floatRatio(d)
        return .tuple([.integer(n), .integer(q)])
    }
    noArgs("conjugate") { .float($0) }
    noArgs("__float__") { .float($0) }
    noArgs("__int__") { try floatToInt($0) }
    noArgs("__trunc__") { try floatToInt($0) }
    noArgs("__floor__") { try floatToInt($0.rounded(.down)) }
    noArgs("__ceil__") { try floatToInt($0.rounded(.up)) }
    noArgs("__abs__") { .float(abs($0)) }
    t.def("__round__") { v, args in
        let d = try floatReceiver(v, "__round__")
        let a = try MethodArgs.positional(args, "__round__", qualified: "float.__round__", min: 0, max: 1)
        return try roundValue(.float(d), a.first)
    }
    t.def("__format__") { v, args in
        let d = try floatReceiver(v, "__format__")
        let spec = try MethodArgs.one(args, "float.__format__")
        guard let s = spec.stringValue else {
            throw PythonError.typeError("__format__() argument must be str, not \(spec.typeName)")
        }
        return .str(try formatValue(.float(d), s))
    }
    t.def("__getnewargs__") { v, args in
        let d = try floatReceiver(v, "__getnewargs__")
        try MethodArgs.none(args, "float.__getnewargs__")
        return .tuple([.float(d)])
    }
    t.defGetter("real") { v in .float(try floatReceiver(v, "real")) }
    t.defGetter("imag") { v in _ = try floatReceiver(v, "imag"); return .float(0) }
}
