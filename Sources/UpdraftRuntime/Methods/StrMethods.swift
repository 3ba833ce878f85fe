// Methods of `str`: the constructor, searching, splitting and joining, stripping, padding,
// case mapping (StrUnicode.swift), predicates, `format` (StrFormat.swift), `maketrans` and
// `translate`. Python strings index by code point, so index-based methods work on
// `PyStr.scalars`; results and error messages follow CPython 3.11.

import BigInt

extension PyStr {
    /// The receiver of a str method, with CPython's error for unbound calls on other types.
    static func receiver(_ v: Value, _ method: String) throws -> PyStr {
        if case .object(let o) = v, let s = o as? PyStr { return s }
        throw MethodArgs.descriptorError(method, "str", v)
    }
}

/// A str argument, or TypeError `message` + the type name.
@inline(__always)
func strArg(_ v: Value, _ message: String) throws -> PyStr {
    if case .object(let o) = v, let s = o as? PyStr { return s }
    throw PythonError.typeError("\(message)\(v.typeName)")
}

func installStrMethods() {
    let t = PyType.str
    func def(_ name: String, _ body: @escaping (PyStr, Args) throws -> Value) {
        t.def(name) { v, args in try body(try PyStr.receiver(v, name), args) }
    }
    func noArgs(_ name: String, _ body: @escaping (PyStr) throws -> Value) {
        def(name) { s, args in
            try MethodArgs.none(args, "str.\(name)")
            return try body(s)
        }
    }

    t.constructor = { _, args in
        let a = try MethodArgs.keywords(args, "str", ["object", "encoding", "errors"])
        if let enc = a[1], enc.stringValue == nil {
            throw PythonError.typeError("str() argument 'encoding' must be str, not \(enc.typeName)")
        }
        if let err = a[2], err.stringValue == nil {
            throw PythonError.typeError("str() argument 'errors' must be str, not \(err.typeName)")
        }
        guard let obj = a[0] else { return .str("") }
        if a[1] != nil || a[2] != nil {
            if let b = bytesLike(obj) {
                let (codec, errors) = try codecArguments(a[1], a[2])
                return .str(try decodeBytes(b, codec, errors))
            }
            if obj.stringValue != nil { throw PythonError.typeError("decoding str is not supported") }
            throw PythonError.typeError("decoding to str: need a bytes-like object, \(obj.typeName) found")
        }
        if case .object(let o) = obj, o is PyStr { return obj }
        return .str(try str(obj))
    }

    // MARK: Case

    noArgs("upper") { .str(pyUpper($0)) }
    noArgs("lower") { .str(pyLower($0)) }
    noArgs("casefold") { .str(pyCasefold($0)) }
    noArgs("swapcase") { .str(pySwapcase($0)) }
    noArgs("title") { .str(pyTitle($0)) }
    noArgs("capitalize") { .str(pyCapitalize($0)) }

    // MARK: Predicates

    func predicate(_ name: String, emptyResult: Bool = false, _ test: @escaping (Unicode.Scalar) -> Bool) {
        noArgs(name) { s in
            if s.value.isEmpty { return .bool(emptyResult) }
            return .bool(s.value.unicodeScalars.allSatisfy(test))
        }
    }
    predicate("isdigit") { $0.pyIsDigit }
    predicate("isdecimal") { $0.pyIsDecimal }
    predicate("isnumeric") { $0.pyIsNumeric }
    predicate("isalpha") { $0.pyIsAlpha }
    predicate("isalnum") { $0.pyIsAlnum }
    predicate("isspace") { $0.pyIsSpace }
    predicate("isprintable", emptyResult: true) { $0.pyIsPrintable }
    predicate("isascii", emptyResult: true) { $0.value < 128 }
    noArgs("isupper") { .bool(pyIsUpperString($0)) }
    noArgs("islower") { .bool(pyIsLowerString($0)) }
    noArgs("istitle") { .bool(pyIsTitleString($0)) }
    noArgs("isidentifier") { .bool(pyIsIdentifier($0)) }

    // MARK: Searching

    /// `sub[, start[, end]]` for find/index/count/rfind/rindex.
    func searchArgs(_ name: String, _ args: Args) throws -> (PyStr, Int?, Int?) {
        let a = try MethodArgs.parseTuple(args, name, qualified: "str.\(name)", min: 1, max: 3)
        // CPython converts the bounds before checking the substring's type.
        let start = try MethodArgs.sliceBound(a.count > 1 ? a[1] : nil)
        let end = try MethodArgs.sliceBound(a.count > 2 ? a[2] : nil)
        return (try strArg(a[0], "must be str, not "), start, end)
    }
    func find(_ s: PyStr, _ args: Args, _ name: String, reverse: Bool) throws -> Int? {
        let (sub, start, end) = try searchArgs(name, args)
        let hay = s.scalars
        let (b, e) = adjustIndices(start, end, hay.count)
        return reverse ? scalarRFind(hay, sub.scalars, b, e) : scalarFind(hay, sub.scalars, b, e)
    }
    def("find") { s, args in .int(try find(s, args, "find", reverse: false) ?? -1) }
    def("rfind") { s, args in .int(try find(s, args, "rfind", reverse: true) ?? -1) }
    def("index") { s, args in
        guard let i = try find(s, args, "index", reverse: false) else { throw PythonError.valueError("substring not found") }
        return .int(i)
    }
    def("rindex") { s, args in
        guard let i = try find(s, args, "rindex", reverse: true) else { throw PythonError.valueError("substring not found") }
        return .int(i)
    }
    def("count") { s, args in
        let (sub, start, end) = try searchArgs("count", args)
        let hay = s.scalars
        let (b, e) = adjustIndices(start, end, hay.count)
        return .int(scalarCount(hay, sub.scalars, b, e))
    }

    func affixMatch(_ s: PyStr, _ args: Args, _ name: String, suffix: Bool) throws -> Value {
        let a = try MethodArgs.parseTuple(args, name, qualified: "str.\(name)", min: 1, max: 3)
        let hay = s.scalars
        let (b, e) = adjustIndices(try MethodArgs.sliceBound(a.count > 1 ? a[1] : nil),
                                   try MethodArgs.sliceBound(a.count > 2 ? a[2] : nil), hay.count)
        func matches(_ sub: PyStr) -> Bool {
            let n = sub.scalars
            let last = e - n.count
            if last < b { return false }
            if n.isEmpty { return true }
            let at = suffix ? last : b
            return hay[at..<(at + n.count)].elementsEqual(n)
        }
        if case .object(let o) = a[0], let tuple = o as? PyTuple {
            for item in tuple.items {
                let sub = try strArg(item, "tuple for \(name) must only contain str, not ")
                if matches(sub) { return .bool(true) }
            }
            return .bool(false)
        }
        let sub = try strArg(a[0], "\(name) first arg must be str or a tuple of str, not ")
        return .bool(matches(sub))
    }
    def("startswith") { s, args in try affixMatch(s, args, "startswith", suffix: false) }
    def("endswith") { s, args in try affixMatch(s, args, "endswith", suffix: true) }

    def("removeprefix") { s, args in
        let p = try strArg(try MethodArgs.one(args, "str.removeprefix"), "removeprefix() argument must be str, not ")
        if !p.value.isEmpty && s.value.hasPrefixScalars(p.value) {
            return .str(makeString(s.value.unicodeScalars.dropFirst(p.count)))
        }
        return .object(s)
    }
    def("removesuffix") { s, args in
        let p = try strArg(try MethodArgs.one(args, "str.removesuffix"), "removesuffix() argument must be str, not ")
        if !p.value.isEmpty && s.value.hasSuffixScalars(p.value) {
            return .str(makeString(s.scalars.dropLast(p.count)))
        }
        return .object(s)
    }

    // MARK: Splitting and joining

    func splitArgs(_ name: String, _ args: Args) throws -> (PyStr?, Int) {
        let a = try MethodArgs.keywords(args, name, ["sep", "maxsplit"])
        var sep: PyStr?
        if let v = a[0], !v.isNone {
            sep = try strArg(v, "must be str or None, not ")
            if sep?.value.isEmpty == true { throw PythonError.valueError("empty separator") }
        }
        var maxsplit = -1
        if let m = a[1] { maxsplit = try MethodArgs.ssize(m) }
        return (sep, maxsplit < 0 ? Int.max : maxsplit)
    }
    def("split") { s, args in
        let (sep, maxsplit) = try splitArgs("split", args)
        return .list(splitString(s, sep, maxsplit).map { .str($0) })
    }
    def("rsplit") { s, args in
        let (sep, maxsplit) = try splitArgs("rsplit", args)
        return .list(rsplitString(s, sep, maxsplit).map { .str($0) })
    }
    def("splitlines") { s, args in
        let a = try MethodArgs.keywords(args, "splitlines", ["keepends"])
        var keep = false
        if let k = a[0] {
            guard k.isIntegral || userClass(k) != nil else {
                throw PythonError.typeError("'\(k.typeName)' object cannot be interpreted as an integer")
            }
            keep = try isTruthy(k)
        }
        return .list(splitLines(s, keepends: keep).map { .str($0) })
    }
    def("partition") { s, args in
        let sep = try strArg(try MethodArgs.one(args, "str.partition"), "must be str, not ")
        if sep.value.isEmpty { throw PythonError.valueError("empty separator") }
        let hay = s.scalars
        guard let i = scalarFind(hay, sep.scalars, 0, hay.count) else {
            return .tuple([.object(s), .str(""), .str("")])
        }
        return .tuple([.str(makeString(hay[..<i])), .object(sep), .str(makeString(hay[(i + sep.count)...]))])
    }
    def("rpartition") { s, args in
        let sep = try strArg(try MethodArgs.one(args, "str.rpartition"), "must be str, not ")
        if sep.value.isEmpty { throw PythonError.valueError("empty separator") }
        let hay = s.scalars
        guard let i = scalarRFind(hay, sep.scalars, 0, hay.count) else {
            return .tuple([.str(""), .str(""), .object(s)])
        }
        return .tuple([.str(makeString(hay[..<i])), .object(sep), .str(makeString(hay[(i + sep.count)...]))])
    }
    def("join") { s, args in
        let iterable = try MethodArgs.one(args, "str.join")
        let items: [Value]
        do {
            items = try iterateToArray(iterable)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("can only join an iterable")
        }
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard let p = item.stringValue else {
                throw PythonError.typeError("sequence item \(i): expected str instance, \(item.typeName) found")
            }
            parts.append(p)
        }
        return .str(parts.joined(separator: s.value))
    }

    // MARK: Stripping

    func strip(_ name: String, left: Bool, right: Bool) {
        def(name) { s, args in
            let a = try MethodArgs.positional(args, name, qualified: "str.\(name)", min: 0, max: 1)
            var chars: Set<Unicode.Scalar>?
            if let c = a.first, !c.isNone {
                guard let cs = c.asObject as? PyStr else {
                    throw PythonError.typeError("\(name) arg must be None or str")
                }
                chars = Set(cs.scalars)
            }
            let sc = s.scalars
            var b = 0
            var e = sc.count
            func stripped(_ c: Unicode.Scalar) -> Bool { chars?.contains(c) ?? c.pyIsSpace }
            if left { while b < e && stripped(sc[b]) { b += 1 } }
            if right { while e > b && stripped(sc[e - 1]) { e -= 1 } }
            if b == 0 && e == sc.count { return .object(s) }
            return .str(makeString(sc[b..<e]))
        }
    }
    strip("strip", left: true, right: true)
    strip("lstrip", left: true, right: false)
    strip("rstrip", left: false, right: true)

    // MARK: Replacing

    def("replace") { s, args in
        let a = try MethodArgs.positional(args, "replace", qualified: "str.replace", min: 2, max: 3)
        let old = try strArg(a[0], "replace() argument 1 must be str, not ")
        let new = try strArg(a[1], "replace() argument 2 must be str, not ")
        var count = a.count > 2 ? try MethodArgs.ssize(a[2]) : -1
        if count < 0 { count = Int.max }
        return .str(replaceString(s, old, new, count))
    }

    def("expandtabs") { s, args in
        let a = try MethodArgs.keywords(args, "expandtabs", ["tabsize"])
        let tabsize = try a[0].map(MethodArgs.cInt) ?? 8
        var out = String.UnicodeScalarView()
        var column = 0
        var length = 0
        for c in s.value.unicodeScalars {
            if c == "\t" {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    length += n
                    try checkStringLength(length)
                    out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: n))
                    column += n
                }
            } else {
                out.append(c)
                length += 1
                column = (c == "\n" || c == "\r") ? 0 : column + 1
            }
        }
        return .str(String(out))
    }

    // MARK: Padding

    func padArgs(_ name: String, _ args: Args) throws -> (Int, Unicode.Scalar) {
        let a = try MethodArgs.positional(args, name, qualified: "str.\(name)", min: 1, max: 2)
        let width = try MethodArgs.ssize(a[0])
        try checkStringLength(width)
        var fill: Unicode.Scalar = " "
        if a.count > 1 {
            let f = try strArg(a[1], "The fill character must be a unicode character, not ")
            guard f.count == 1, let c = f.value.unicodeScalars.first else {
                throw PythonError.typeError("The fill character must be exactly one character long")
            }
            fill = c
        }
        return (width, fill)
    }
    func padded(_ s: PyStr, left: Int, right: Int, _ fill: Unicode.Scalar) -> Value {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(fill, count: left))
        out.append(contentsOf: s.value.unicodeScalars)
        out.append(contentsOf: repeatElement(fill, count: right))
        return .str(String(out))
    }
    def("center") { s, args in
        let (width, fill) = try padArgs("center", args)
        let n = s.count
        if width <= n { return .object(s) }
        let marg = width - n
        let left = marg / 2 + (marg & width & 1)
        return padded(s, left: left, right: marg - left, fill)
    }
    def("ljust") { s, args in
        let (width, fill) = try padArgs("ljust", args)
        let n = s.count
        return width <= n ? .object(s) : padded(s, left: 0, right: width - n, fill)
    }
    def("rjust") { s, args in
        let (width, fill) = try padArgs("rjust", args)
        let n = s.count
        return width <= n ? .object(s) : padded(s, left: width - n, right: 0, fill)
    }
    def("zfill") { s, args in
        let width = try MethodArgs.ssize(try MethodArgs.one(args, "str.zfill"))
        try checkStringLength(width)
        let sc = s.scalars
        if width <= sc.count { return .object(s) }
        var out = String.UnicodeScalarView()
        var rest = sc[...]
        if let f = sc.first, f == "+" || f == "-" {
            out.append(f)
            rest = sc.dropFirst()
        }
        out.append(contentsOf: repeatElement("0" as Unicode.Scalar, count: width - sc.count))
        out.append(contentsOf: rest)
        return .str(String(out))
    }

    // MARK: Formatting

    def("format") { s, args in
        let kwargs = PyDict()
        for (k, v) in args.keywords { kwargs.set(k, v) }
        return .str(try strFormat(s.value, args: args.positional, kwargs: .object(kwargs)))
    }
    def("format_map") { s, args in
        let mapping = try MethodArgs.one(args, "str.format_map")
        return .str(try strFormat(s.value, args: nil, kwargs: mapping))
    }
    def("__format__") { s, args in
        let spec = try strArg(try MethodArgs.one(args, "str.__format__"), "__format__() argument must be str, not ")
        return .str(try formatValue(.object(s), spec.value))
    }
    def("encode") { s, args in
        let a = try MethodArgs.keywords(args, "encode", ["encoding", "errors"])
        if let e = a[0] { _ = try strArg(e, "encode() argument 'encoding' must be str, not ") }
        if let e = a[1] { _ = try strArg(e, "encode() argument 'errors' must be str, not ") }
        let (codec, errors) = try codecArguments(a[0], a[1])
        return .bytes(try encodeString(s.value, codec, errors))
    }

    // MARK: Translation

    t.defStatic("maketrans") { args in
        let a = try MethodArgs.positional(args, "maketrans", qualified: "str.maketrans", min: 1, max: 3)
        let result = PyDict()
        if a.count == 1 {
            guard case .object(let o) = a[0], let d = o as? PyDict else {
                throw PythonError.typeError("if you give only one argument to maketrans it must be a dict")
            }
            for e in d.table.liveEntries {
                if let k = e.key.stringValue {
                    guard k.unicodeScalars.count == 1, let c = k.unicodeScalars.first else {
                        throw PythonError.valueError("string keys in translate table must be of length 1")
                    }
                    try result.set(.int(Int(c.value)), e.value)
                } else if e.key.isIntegral {
                    try result.set(.integer(e.key.bigIntValue ?? 0), e.value)
                } else {
                    throw PythonError.typeError("keys in translate table must be strings or integers")
                }
            }
            return .object(result)
        }
        guard let x = a[0].asObject as? PyStr else {
            throw PythonError.typeError("first maketrans argument must be a string if there is a second argument")
        }
        let y = try strArg(a[1], "maketrans() argument 2 must be str, not ")
        guard x.count == y.count else {
            throw PythonError.valueError("the first two maketrans arguments must have equal length")
        }
        for (k, v) in zip(x.scalars, y.scalars) { try result.set(.int(Int(k.value)), .int(Int(v.value))) }
        if a.count > 2 {
            let z = try strArg(a[2], "maketrans() argument 3 must be str, not ")
            for k in z.scalars { try result.set(.int(Int(k.value)), .none) }
        }
        return .object(result)
    }
    def("translate") { s, args in
        let table = try MethodArgs.one(args, "str.translate")
        var out = String.UnicodeScalarView()
        var cache: [UInt32: String?] = [:]
        for c in s.value.unicodeScalars {
            if let hit = cache[c.value] {
                if let r = hit { out.append(contentsOf: r.unicodeScalars) }
                continue
            }
            let mapped: Value
            do {
                mapped = try getItem(table, .int(Int(c.value)))
            } catch let e as PythonError where e.isInstance(of: .lookupError) {
                cache[c.value] = String(c)
                out.append(c)
                continue
            }
            let r: String?
            switch mapped {
            case .none: r = nil
            case .int, .bool:
                let code = mapped.bigIntValue ?? -1
                guard code >= 0, code < 0x110000, let sc = Unicode.Scalar(UInt32(code)) else {
                    throw PythonError.valueError("character mapping must be in range(0x110000)")
                }
                r = String(sc)
            default:
                if let str = mapped.stringValue {
                    r = str
                } else if mapped.isIntegral {
                    throw PythonError.valueError("character mapping must be in range(0x110000)")
                } else {
                    throw PythonError.typeError("character mapping must return integer, None or str")
                }
            }
            cache[c.value] = .some(r)
            if let r { out.append(contentsOf: r.unicodeScalars) }
        }
        return .str(String(out))
    }

    def("__getnewargs__") { s, args in
        try MethodArgs.none(args, "str.__getnewargs__")
        return .tuple([.str(s.value)])
    }
}
