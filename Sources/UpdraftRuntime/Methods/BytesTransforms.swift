// bytes/bytearray methods that map bytes one by one or lay them out: ASCII case mapping and
// predicates (CPython's Py_ISUPPER etc. consider ASCII only), padding, zfill, expandtabs,
// splitlines, translate and maketrans.

@inline(__always) private func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
@inline(__always) private func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
@inline(__always) private func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
@inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
@inline(__always) private func toUpper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
@inline(__always) private func toLower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

func installByteTransforms(_ t: PyType) {
    let typeName = t.name
    func def(_ name: String, _ body: @escaping (PyByteSequence, Args) throws -> Value) {
        t.def(name) { v, args in try body(try byteReceiver(v, t, name), args) }
    }
    func noArgs(_ name: String, _ body: @escaping (PyByteSequence) throws -> Value) {
        def(name) { s, args in
            try MethodArgs.none(args, "\(typeName).\(name)")
            return try body(s)
        }
    }

    // MARK: Case

    noArgs("upper") { s in s.make(s.bytes.map(toUpper)) }
    noArgs("lower") { s in s.make(s.bytes.map(toLower)) }
    noArgs("swapcase") { s in s.make(s.bytes.map { isUpper($0) ? toLower($0) : toUpper($0) }) }
    noArgs("capitalize") { s in
        s.make(s.bytes.enumerated().map { $0.offset == 0 ? toUpper($0.element) : toLower($0.element) })
    }
    noArgs("title") { s in
        var previousCased = false
        return s.make(s.bytes.map { c in
            if isLower(c) {
                defer { previousCased = true }
                return previousCased ? c : toUpper(c)
            }
            if isUpper(c) {
                defer { previousCased = true }
                return previousCased ? toLower(c) : c
            }
            previousCased = false
            return c
        })
    }

    // MARK: Predicates

    func predicate(_ name: String, emptyResult: Bool = false, _ test: @escaping (UInt8) -> Bool) {
        noArgs(name) { s in
            let b = s.bytes
            return .bool(b.isEmpty ? emptyResult : b.allSatisfy(test))
        }
    }
    predicate("isalpha", isAlpha)
    predicate("isdigit", isDigit)
    predicate("isalnum") { isAlpha($0) || isDigit($0) }
    predicate("isspace", isAsciiSpace)
    predicate("isascii", emptyResult: true) { $0 < 128 }
    noArgs("islower") { s in .bool(s.bytes.contains(where: isLower) && !s.bytes.contains(where: isUpper)) }
    noArgs("isupper") { s in .bool(s.bytes.contains(where: isUpper) && !s.bytes.contains(where: isLower)) }
    noArgs("istitle") { s in
        var cased = false
        var previousCased = false
        for c in s.bytes {
            if isUpper(c) {
                if previousCased { return .bool(false) }
                previousCased = true
                cased = true
            } else if isLower(c) {
                if !previousCased { return .bool(false) }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return .bool(cased)
    }

    // MARK: Padding

    func padArgs(_ name: String, _ args: Args) throws -> (Int, UInt8) {
        let a = try MethodArgs.positional(args, name, qualified: "\(typeName).\(name)", min: 1, max: 2)
        let width = try MethodArgs.ssize(a[0])
        if width > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
        var fill: UInt8 = 0x20
        if a.count > 1 {
            guard let f = bytesLike(a[1]), f.count == 1 else {
                throw PythonError.typeError("\(name)() argument 2 must be a byte string of length 1, not \(a[1].typeName)")
            }
            fill = f[0]
        }
        return (width, fill)
    }
    func padded(_ s: PyByteSequence, left: Int, right: Int, _ fill: UInt8) -> Value {
        var out = [UInt8](repeating: fill, count: left)
        out.append(contentsOf: s.bytes)
        out.append(contentsOf: repeatElement(fill, count: right))
        return s.make(out)
    }
    func unchanged(_ s: PyByteSequence) -> Value { s is PyBytes ? .object(s) : s.make(s.bytes) }
    def("center") { s, args in
        let (width, fill) = try padArgs("center", args)
        let n = s.bytes.count
        if width <= n { return unchanged(s) }
        let marg = width - n
        let left = marg / 2 + (marg & width & 1)
        return padded(s, left: left, right: marg - left, fill)
    }
    def("ljust") { s, args in
        let (width, fill) = try padArgs("ljust", args)
        let n = s.bytes.count
        return width <= n ? unchanged(s) : padded(s, left: 0, right: width - n, fill)
    }
    def("rjust") { s, args in
        let (width, fill) = try padArgs("rjust", args)
        let n = s.bytes.count
        return width <= n ? unchanged(s) : padded(s, left: width - n, right: 0, fill)
    }
    def("zfill") { s, args in
        let width = try MethodArgs.ssize(try MethodArgs.one(args, "\(typeName).zfill"))
        if width > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
        let b = s.bytes
        if width <= b.count { return unchanged(s) }
        var out: [UInt8] = []
        var rest = b[...]
        if let f = b.first, f == 0x2B || f == 0x2D {
            out.append(f)
            rest = b.dropFirst()
        }
        out.append(contentsOf: repeatElement(0x30, count: width - b.count))
        out.append(contentsOf: rest)
        return s.make(out)
    }

    def("expandtabs") { s, args in
        let a = try MethodArgs.keywords(args, "expandtabs", ["tabsize"])
        let tabsize = try a[0].map(MethodArgs.cInt) ?? 8
        var out: [UInt8] = []
        var column = 0
        for c in s.bytes {
            if c == 0x09 {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    if out.count + n > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
                    out.append(contentsOf: repeatElement(0x20, count: n))
                    column += n
                }
            } else {
                out.append(c)
                column = (c == 0x0A || c == 0x0D) ? 0 : column + 1
            }
        }
        return s.make(out)
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
        let b = s.bytes
        var out: [Value] = []
        var i = 0
        let n = b.count
        while i < n {
            let start = i
            while i < n && b[i] != 0x0A && b[i] != 0x0D { i += 1 }
            var eol = i
            if i < n {
                if b[i] == 0x0D && i + 1 < n && b[i + 1] == 0x0A { i += 2 } else { i += 1 }
                if keep { eol = i }
            }
            out.append(s.make(Array(b[start..<eol])))
        }
        return .list(out)
    }

    // MARK: Translation

    def("translate") { s, args in
        let a = try MethodArgs.keywords(args, "translate", ["table", "delete"], required: 1, positionalOnly: 1)
        var table: [UInt8]?
        if let tv = a[0], !tv.isNone {
            let tb = try bytesArg(tv)
            guard tb.count == 256 else { throw PythonError.valueError("translation table must be 256 characters long") }
            table = tb
        }
        var delete = [Bool](repeating: false, count: 256)
        if let dv = a[1] {
            for b in try bytesArg(dv) { delete[Int(b)] = true }
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.bytes.count)
        for c in s.bytes where !delete[Int(c)] { out.append(table?[Int(c)] ?? c) }
        return s.make(out)
    }

    t.defStatic("maketrans") { args in
        let a = try MethodArgs.positional(args, "maketrans", qualified: "\(typeName).maketrans", min: 2, max: 2)
        let from = try bytesArg(a[0])
        let to = try bytesArg(a[1])
        guard from.count == to.count else { throw PythonError.valueError("maketrans arguments must have same length") }
        var table = (0..<256).map { UInt8($0) }
        for (f, t) in zip(from, to) { table[Int(f)] = t }
        return .bytes(table)
    }
}
