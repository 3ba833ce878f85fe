// Methods of `bytes` and `bytearray` (one set of definitions installed on both types; results
// have the receiver's type): the constructors, decode/hex/fromhex, searching, splitting and
// joining, stripping and replacing. Case mapping, predicates, padding and translation are in
// BytesTransforms.swift; bytearray's mutating methods in ByteArrayMethods.swift. Argument
// parsing and error messages follow CPython 3.11.

import BigInt

/// A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'".
@inline(__always)
func bytesArg(_ v: Value) throws -> [UInt8] {
    if let b = bytesLike(v) { return b }
    throw PythonError.typeError("a bytes-like object is required, not '\(v.typeName)'")
}

/// The receiver of a bytes or bytearray method, with CPython's descriptor error.
func byteReceiver(_ v: Value, _ type: PyType, _ method: String) throws -> PyByteSequence {
    if case .object(let o) = v, let b = o as? PyByteSequence, o.pyType === type { return b }
    throw MethodArgs.descriptorError(method, type.name, v)
}

@inline(__always)
func isAsciiSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

func installBytesMethods() {
    PyType.bytes.constructor = { _, args in
        if args.count == 1 && args.keywords.isEmpty, case .object(let o) = args[0], o is PyBytes { return args[0] }
        return .bytes(try bytesFromConstructorArguments(args, "bytes"))
    }
    PyType.bytearray.constructor = { _, args in
        .object(PyByteArray(try bytesFromConstructorArguments(args, "bytearray")))
    }
    for type in [PyType.bytes, PyType.bytearray] {
        installByteSequenceMethods(type)
        installByteTransforms(type)
        installSequenceDunders(type, type.name)
    }
    installByteArrayMethods()
    installIntBytesMethods()
    for type in [PyType.bytesIterator, PyType.bytearrayIterator] {
        type.def("__next__") { v, args in
            try MethodArgs.none(args, "\(type.name).__next__")
            guard let it = v.asObject as? PyIterator else { throw MethodArgs.descriptorError("__next__", type.name, v) }
            guard let r = try it.next() else { throw PythonError.stopIteration() }
            return r
        }
        type.def("__iter__") { v, args in
            try MethodArgs.none(args, "\(type.name).__iter__")
            return v
        }
    }
}

// MARK: - Constructors

/// `bytes(...)` and `bytearray(...)`: CPython's bytes_new and bytearray___init__.
func bytesFromConstructorArguments(_ args: Args, _ name: String) throws -> [UInt8] {
    let a = try MethodArgs.keywords(args, name, ["source", "encoding", "errors"])
    if let e = a[1], e.stringValue == nil {
        throw PythonError.typeError("\(name)() argument 'encoding' must be str, not \(e.typeName)")
    }
    if let e = a[2], e.stringValue == nil {
        throw PythonError.typeError("\(name)() argument 'errors' must be str, not \(e.typeName)")
    }
    guard let source = a[0] else {
        if a[1] != nil { throw PythonError.typeError("encoding without a string argument") }
        if a[2] != nil { throw PythonError.typeError("errors without a string argument") }
        return []
    }
    if let s = source.stringValue {
        guard a[1] != nil else { throw PythonError.typeError("string argument without an encoding") }
        let (codec, errors) = try codecArguments(a[1], a[2])
        return try encodeString(s, codec, errors)
    }
    if a[1] != nil { throw PythonError.typeError("encoding without a string argument") }
    if a[2] != nil { throw PythonError.typeError("errors without a string argument") }
    let isBytes = name == "bytes"
    if isBytes, userClass(source) != nil, let r = try callSpecial(source, "__bytes__", []) {
        guard let b = r.asObject as? PyBytes else {
            throw PythonError.typeError("__bytes__ returned non-bytes (type \(r.typeName))")
        }
        return b.value
    }
    return try bytesFromObject(source, target: name,
                               rangeMessage: isBytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)")
}

/// A count (zero bytes), a bytes-like object, or an iterable of ints.
func bytesFromObject(_ source: Value, target: String, rangeMessage: String) throws -> [UInt8] {
    if source.isIntegral || userClass(source)?.lookup("__index__") != nil {
        if case .object(let o) = source, o is PyInt {
            throw PythonError.overflowError("cannot fit 'int' into an index-sized integer")
        }
        let n = try indexValue(source)
        if n < 0 { throw PythonError.valueError("negative count") }
        if n > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
        return [UInt8](repeating: 0, count: n)
    }
    if let b = bytesLike(source) { return b }
    let iterator: PyIterator
    do {
        iterator = try getIterator(source)
    } catch let e as PythonError where e.isInstance(of: .typeError) {
        throw PythonError.typeError("cannot convert '\(source.typeName)' object to \(target)")
    }
    var out: [UInt8] = []
    if let hint = iterator.lengthHint { out.reserveCapacity(hint) }
    while let item = try iterator.next() { out.append(try byteValue(item, rangeMessage)) }
    return out
}

// MARK: - Methods

private func installByteSequenceMethods(_ t: PyType) {
    let typeName = t.name
    func def(_ name: String, _ body: @escaping (PyByteSequence, Args) throws -> Value) {
        t.def(name) { v, args in try body(try byteReceiver(v, t, name), args) }
    }

    // MARK: Codecs and hex

    def("decode") { s, args in
        let a = try MethodArgs.keywords(args, "decode", ["encoding", "errors"])
        if let e = a[0], e.stringValue == nil {
            throw PythonError.typeError("decode() argument 'encoding' must be str, not \(e.typeName)")
        }
        if let e = a[1], e.stringValue == nil {
            throw PythonError.typeError("decode() argument 'errors' must be str, not \(e.typeName)")
        }
        let (codec, errors) = try codecArguments(a[0], a[1])
        return .str(try decodeBytes(s.bytes, codec, errors))
    }

    def("hex") { s, args in
        let a = try MethodArgs.keywords(args, "hex", ["sep", "bytes_per_sep"])
        var sep: UInt8?
        if let sv = a[0] {
            let sepBytes: [UInt8]
            if let str = sv.stringValue {
                let scalars = Array(str.unicodeScalars)
                guard scalars.count == 1 else { throw PythonError.valueError("sep must be length 1.") }
                guard scalars[0].value < 128 else { throw PythonError.valueError("sep must be ASCII.") }
                sepBytes = [UInt8(scalars[0].value)]
            } else if let b = bytesLike(sv) {
                guard b.count == 1 else { throw PythonError.valueError("sep must be length 1.") }
                sepBytes = b
            } else {
                throw PythonError.typeError("object of type '\(sv.typeName)' has no len()")
            }
            guard sepBytes[0] < 128 else { throw PythonError.valueError("sep must be ASCII.") }
            sep = sepBytes[0]
        }
        let perSep = try a[1].map(MethodArgs.cInt) ?? 1
        return .str(hexString(s.bytes, sep: sep, bytesPerSep: perSep))
    }

    let fromhex = PyNativeMethod("fromhex", owner: t) { cls, args in
        let arg = try MethodArgs.one(args, "\(typeName).fromhex")
        guard let str = arg.stringValue else {
            throw PythonError.typeError("fromhex() argument must be str, not \(arg.typeName)")
        }
        let bytes = try bytesFromHex(str)
        if case .object(let o) = cls, let type = o as? PyType, type.isSubtype(of: .bytearray) {
            return .object(PyByteArray(bytes))
        }
        return .bytes(bytes)
    }
    t.dict["fromhex"] = .object(PyClassMethod(.object(fromhex)))

    // MARK: Searching

    /// `sub[, start[, end]]`: the needle (an int byte or bytes-like) and the clamped range.
    func searchArgs(_ s: PyByteSequence, _ name: String, _ args: Args) throws -> ([UInt8], Int, Int) {
        let a = try MethodArgs.parseTuple(args, name, qualified: "\(typeName).\(name)", min: 1, max: 3)
        let start = try MethodArgs.sliceBound(a.count > 1 ? a[1] : nil)
        let end = try MethodArgs.sliceBound(a.count > 2 ? a[2] : nil)
        let (b, e) = adjustIndices(start, end, s.bytes.count)
        return (try searchNeedle(a[0]), b, e)
    }
    func find(_ s: PyByteSequence, _ args: Args, _ name: String, reverse: Bool) throws -> Int? {
        let (needle, b, e) = try searchArgs(s, name, args)
        let hay = s.bytes
        return reverse ? byteRFind(hay, needle, b, e) : byteFind(hay, needle, b, e)
    }
    def("find") { s, args in .int(try find(s, args, "find", reverse: false) ?? -1) }
    def("rfind") { s, args in .int(try find(s, args, "rfind", reverse: true) ?? -1) }
    def("index") { s, args in
        guard let i = try find(s, args, "index", reverse: false) else { throw PythonError.valueError("subsection not found") }
        return .int(i)
    }
    def("rindex") { s, args in
        guard let i = try find(s, args, "rindex", reverse: true) else { throw PythonError.valueError("subsection not found") }
        return .int(i)
    }
    def("count") { s, args in
        let (needle, b, e) = try searchArgs(s, "count", args)
        return .int(byteCount(s.bytes, needle, b, e))
    }

    func affixMatch(_ s: PyByteSequence, _ args: Args, _ name: String, suffix: Bool) throws -> Value {
        let a = try MethodArgs.parseTuple(args, name, qualified: "\(typeName).\(name)", min: 1, max: 3)
        let hay = s.bytes
        let (b, e) = adjustIndices(try MethodArgs.sliceBound(a.count > 1 ? a[1] : nil),
                                   try MethodArgs.sliceBound(a.count > 2 ? a[2] : nil), hay.count)
        func matches(_ n: [UInt8]) -> Bool {
            let last = e - n.count
            if last < b { return false }
            if n.isEmpty { return true }
            let at = suffix ? last : b
            return hay[at..<(at + n.count)].elementsEqual(n)
        }
        if case .object(let o) = a[0], let tuple = o as? PyTuple {
            for item in tuple.items where matches(try bytesArg(item)) { return .bool(true) }
            return .bool(false)
        }
        guard let n = bytesLike(a[0]) else {
            throw PythonError.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(a[0].typeName)")
        }
        return .bool(matches(n))
    }
    def("startswith") { s, args in try affixMatch(s, args, "startswith", suffix: false) }
    def("endswith") { s, args in try affixMatch(s, args, "endswith", suffix: true) }

    def("removeprefix") { s, args in
        let p = try bytesArg(try MethodArgs.one(args, "\(typeName).removeprefix"))
        let b = s.bytes
        if !p.isEmpty && b.count >= p.count && b.prefix(p.count).elementsEqual(p) { return s.make(Array(b.dropFirst(p.count))) }
        return s is PyBytes ? .object(s) : s.make(b)
    }
    def("removesuffix") { s, args in
        let p = try bytesArg(try MethodArgs.one(args, "\(typeName).removesuffix"))
        let b = s.bytes
        if !p.isEmpty && b.count >= p.count && b.suffix(p.count).elementsEqual(p) { return s.make(Array(b.dropLast(p.count))) }
        return s is PyBytes ? .object(s) : s.make(b)
    }

    // MARK: Splitting and joining

    func splitArgs(_ name: String, _ args: Args) throws -> ([UInt8]?, Int) {
        let a = try MethodArgs.keywords(args, name, ["sep", "maxsplit"])
        var sep: [UInt8]?
        if let v = a[0], !v.isNone {
            let b = try bytesArg(v)
            if b.isEmpty { throw PythonError.valueError("empty separator") }
            sep = b
        }
        var maxsplit = -1
        if let m = a[1] { maxsplit = try MethodArgs.ssize(m) }
        return (sep, maxsplit < 0 ? Int.max : maxsplit)
    }
    def("split") { s, args in
        let (sep, maxsplit) = try splitArgs("split", args)
        return .list(splitBytes(s.bytes, sep, maxsplit).map(s.make))
    }
    def("rsplit") { s, args in
        let (sep, maxsplit) = try splitArgs("rsplit", args)
        return .list(rsplitBytes(s.bytes, sep, maxsplit).map(s.make))
    }
    def("partition") { s, args in
        let sep = try bytesArg(try MethodArgs.one(args, "\(typeName).partition"))
        if sep.isEmpty { throw PythonError.valueError("empty separator") }
        let hay = s.bytes
        guard let i = byteFind(hay, sep, 0, hay.count) else { return .tuple([s.make(hay), s.make([]), s.make([])]) }
        return .tuple([s.make(Array(hay[..<i])), s.make(sep), s.make(Array(hay[(i + sep.count)...]))])
    }
    def("rpartition") { s, args in
        let sep = try bytesArg(try MethodArgs.one(args, "\(typeName).rpartition"))
        if sep.isEmpty { throw PythonError.valueError("empty separator") }
        let hay = s.bytes
        guard let i = byteRFind(hay, sep, 0, hay.count) else { return .tuple([s.make([]), s.make([]), s.make(hay)]) }
        return .tuple([s.make(Array(hay[..<i])), s.make(sep), s.make(Array(hay[(i + sep.count)...]))])
    }
    def("join") { s, args in
        let iterable = try MethodArgs.one(args, "\(typeName).join")
        let items: [Value]
        do {
            items = try iterateToArray(iterable)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("can only join an iterable")
        }
        let sep = s.bytes
        var out: [UInt8] = []
        for (i, item) in items.enumerated() {
            guard let b = bytesLike(item) else {
                throw PythonError.typeError("sequence item \(i): expected a bytes-like object, \(item.typeName) found")
            }
            if i > 0 { out.append(contentsOf: sep) }
            out.append(contentsOf: b)
            if out.count > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
        }
        return s.make(out)
    }

    // MARK: Stripping and replacing

    func strip(_ name: String, left: Bool, right: Bool) {
        def(name) { s, args in
            let a = try MethodArgs.positional(args, name, qualified: "\(typeName).\(name)", min: 0, max: 1)
            var chars: [Bool]?
            if let c = a.first, !c.isNone {
                var table = [Bool](repeating: false, count: 256)
                for b in try bytesArg(c) { table[Int(b)] = true }
                chars = table
            }
            let bytes = s.bytes
            var b = 0
            var e = bytes.count
            func stripped(_ c: UInt8) -> Bool { chars?[Int(c)] ?? isAsciiSpace(c) }
            if left { while b < e && stripped(bytes[b]) { b += 1 } }
            if right { while e > b && stripped(bytes[e - 1]) { e -= 1 } }
            if b == 0 && e == bytes.count && s is PyBytes { return .object(s) }
            return s.make(Array(bytes[b..<e]))
        }
    }
    strip("strip", left: true, right: true)
    strip("lstrip", left: true, right: false)
    strip("rstrip", left: false, right: true)

    def("replace") { s, args in
        let a = try MethodArgs.positional(args, "replace", qualified: "\(typeName).replace", min: 2, max: 3)
        let old = try bytesArg(a[0])
        let new = try bytesArg(a[1])
        var count = a.count > 2 ? try MethodArgs.ssize(a[2]) : -1
        if count < 0 { count = Int.max }
        return s.make(try replaceBytes(s.bytes, old, new, count))
    }
}

/// The needle of find/count/index: an int in range(256) or a bytes-like object.
func searchNeedle(_ v: Value) throws -> [UInt8] {
    if let b = bytesLike(v) { return b }
    if v.isIntegral || userClass(v)?.lookup("__index__") != nil { return [try byteValue(v)] }
    throw PythonError.typeError("argument should be integer or bytes-like object, not '\(v.typeName)'")
}

// MARK: - Algorithms

func hexString(_ bytes: [UInt8], sep: UInt8?, bytesPerSep: Int) -> String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 3)
    let group = bytesPerSep.magnitude
    let n = bytes.count
    for (i, b) in bytes.enumerated() {
        if i > 0, let sep, group > 0 {
            // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
            let boundary = bytesPerSep > 0 ? (n - i) % Int(group) == 0 : i % Int(group) == 0
            if boundary { out.append(sep) }
        }
        out.append(digits[Int(b >> 4)])
        out.append(digits[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
func bytesFromHex(_ s: String) throws -> [UInt8] {
    let scalars = Array(s.unicodeScalars)
    func digit(_ i: Int) -> UInt8? {
        guard i < scalars.count else { return nil }
        switch scalars[i].value {
        case 0x30...0x39: return UInt8(scalars[i].value - 0x30)
        case 0x41...0x46: return UInt8(scalars[i].value - 0x41 + 10)
        case 0x61...0x66: return UInt8(scalars[i].value - 0x61 + 10)
        default: return nil
        }
    }
    func bad(_ i: Int) -> PythonError {
        .valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
    }
    var out: [UInt8] = []
    var i = 0
    while i < scalars.count {
        let v = scalars[i].value
        if v < 128 && isAsciiSpace(UInt8(v)) {
            i += 1
            continue
        }
        guard let high = digit(i) else { throw bad(i) }
        guard let low = digit(i + 1) else { throw bad(i + 1) }
        out.append(high << 4 | low)
        i += 2
    }
    return out
}

func splitBytes(_ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) -> [[UInt8]] {
    var out: [[UInt8]] = []
    guard let sep else {
        var i = 0
        var splits = 0
        let n = b.count
        while i < n {
            while i < n && isAsciiSpace(b[i]) { i += 1 }
            if i == n { break }
            if splits == maxsplit {
                out.append(Array(b[i..<n]))
                break
            }
            let start = i
            while i < n && !isAsciiSpace(b[i]) { i += 1 }
            out.append(Array(b[start..<i]))
            splits += 1
        }
        return out
    }
    var start = 0
    var splits = 0
    while splits < maxsplit, let k = byteFind(b, sep, start, b.count) {
        out.append(Array(b[start..<k]))
        start = k + sep.count
        splits += 1
    }
    out.append(Array(b[start...]))
    return out
}

func rsplitBytes(_ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) -> [[UInt8]] {
    var out: [[UInt8]] = []
    guard let sep else {
        var i = b.count
        var splits = 0
        while i > 0 {
            while i > 0 && isAsciiSpace(b[i - 1]) { i -= 1 }
            if i == 0 { break }
            if splits == maxsplit {
                out.append(Array(b[0..<i]))
                break
            }
            let end = i
            while i > 0 && !isAsciiSpace(b[i - 1]) { i -= 1 }
            out.append(Array(b[i..<end]))
            splits += 1
        }
        return out.reversed()
    }
    var end = b.count
    var splits = 0
    while splits < maxsplit, let k = byteRFind(b, sep, 0, end) {
        out.append(Array(b[(k + sep.count)..<end]))
        end = k
        splits += 1
    }
    out.append(Array(b[..<end]))
    return out.reversed()
}

func replaceBytes(_ b: [UInt8], _ old: [UInt8], _ new: [UInt8], _ count: Int) throws -> [UInt8] {
    if count == 0 { return b }
    var out: [UInt8] = []
    func grow() throws {
        if out.count > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
    }
    if old.isEmpty {
        var done = 0
        for c in b {
            if done < count {
                out.append(contentsOf: new)
                done += 1
                try grow()
            }
            out.append(c)
        }
        if done < count { out.append(contentsOf: new) }
        return out
    }
    var start = 0
    var done = 0
    while done < count, let k = byteFind(b, old, start, b.count) {
        out.append(contentsOf: b[start..<k])
        out.append(contentsOf: new)
        try grow()
        start = k + old.count
        done += 1
    }
    if done == 0 { return b }
    out.append(contentsOf: b[start...])
    return out
}
