// The mutating methods of `bytearray` (append, extend, insert, pop, remove, reverse, clear,
// copy), and `int.to_bytes` / `int.from_bytes`, with CPython 3.11's messages.

import BigInt

func installByteArrayMethods() {
    let t = PyType.bytearray
    func def(_ name: String, _ body: @escaping (PyByteArray, Args) throws -> Value) {
        t.def(name) { v, args in
            guard case .object(let o) = v, let b = o as? PyByteArray else {
                throw MethodArgs.descriptorError(name, "bytearray", v)
            }
            return try body(b, args)
        }
    }
    func grow(_ b: PyByteArray, by n: Int) throws {
        if b.value.count + n > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
    }

    def("append") { b, args in
        let item = try byteValue(try MethodArgs.one(args, "bytearray.append"))
        try grow(b, by: 1)
        b.value.append(item)
        return .none
    }
    def("extend") { b, args in
        let source = try MethodArgs.one(args, "bytearray.extend")
        if let bytes = bytesLike(source) {
            try grow(b, by: bytes.count)
            b.value.append(contentsOf: bytes)
            return .none
        }
        let iterator: PyIterator
        do {
            iterator = try getIterator(source)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("can't extend bytearray with \(source.typeName)")
        }
        var added: [UInt8] = []
        while let item = try iterator.next() { added.append(try byteValue(item)) }
        try grow(b, by: added.count)
        b.value.append(contentsOf: added)
        return .none
    }
    def("insert") { b, args in
        let a = try MethodArgs.positional(args, "insert", qualified: "bytearray.insert", min: 2, max: 2)
        var index = try MethodArgs.ssize(a[0])
        let item = try byteValue(a[1])
        let n = b.value.count
        if index < 0 {
            index += n
            if index < 0 { index = 0 }
        }
        if index > n { index = n }
        try grow(b, by: 1)
        b.value.insert(item, at: index)
        return .none
    }
    def("pop") { b, args in
        let a = try MethodArgs.positional(args, "pop", qualified: "bytearray.pop", min: 0, max: 1)
        var index = try a.first.map(MethodArgs.ssize) ?? -1
        if b.value.isEmpty { throw PythonError.indexError("pop from empty bytearray") }
        if index < 0 { index += b.value.count }
        guard index >= 0 && index < b.value.count else { throw PythonError.indexError("pop index out of range") }
        return .int(Int(b.value.remove(at: index)))
    }
    def("remove") { b, args in
        let item = try byteValue(try MethodArgs.one(args, "bytearray.remove"))
        guard let i = b.value.firstIndex(of: item) else { throw PythonError.valueError("value not found in bytearray") }
        b.value.remove(at: i)
        return .none
    }
    def("reverse") { b, args in
        try MethodArgs.none(args, "bytearray.reverse")
        b.value.reverse()
        return .none
    }
    def("clear") { b, args in
        try MethodArgs.none(args, "bytearray.clear")
        b.value.removeAll()
        return .none
    }
    def("copy") { b, args in
        try MethodArgs.none(args, "bytearray.copy")
        return .object(PyByteArray(b.value))
    }
    t.def("__setitem__") { v, args in
        let a = try MethodArgs.positional(args, "__setitem__", qualified: "bytearray.__setitem__", min: 2, max: 2)
        try setItem(try checkedByteArray(v, "__setitem__"), a[0], a[1])
        return .none
    }
    t.def("__delitem__") { v, args in
        let key = try MethodArgs.one(args, "bytearray.__delitem__")
        try deleteItem(try checkedByteArray(v, "__delitem__"), key)
        return .none
    }
}

private func checkedByteArray(_ v: Value, _ method: String) throws -> Value {
    if case .object(let o) = v, o is PyByteArray { return v }
    throw MethodArgs.descriptorError(method, "bytearray", v)
}

/// `bytearray += other`: extends in place (the interpreter's in-place operator calls this).
public func byteArrayInplaceAdd(_ b: PyByteArray, _ other: Value) throws {
    guard let bytes = bytesLike(other) else {
        throw PythonError.typeError("can't concat \(other.typeName) to bytearray")
    }
    if b.value.count + bytes.count > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
    b.value.append(contentsOf: bytes)
}

/// `bytearray *= n`: repeats in place.
public func byteArrayInplaceMultiply(_ b: PyByteArray, _ n: Value) throws {
    let count = try repeatCount(n, .object(b))
    guard case .object(let o) = try repeatBytes(b, count), let r = o as? PyByteArray else { return }
    b.value = r.value
}

// MARK: - int.to_bytes / int.from_bytes

private func byteOrderIsLittle(_ v: Value?, _ function: String) throws -> Bool {
    guard let v else { return false }
    guard let s = v.stringValue else {
        throw PythonError.typeError("\(function)() argument 'byteorder' must be str, not \(v.typeName)")
    }
    if s == "little" { return true }
    if s == "big" { return false }
    throw PythonError.valueError("byteorder must be either 'little' or 'big'")
}

func installIntBytesMethods() {
    let t = PyType.int
    t.def("to_bytes") { v, args in
        guard let n = v.bigIntValue else { throw MethodArgs.descriptorError("to_bytes", "int", v) }
        let a = try clinicArguments("to_bytes", args, ["length", "byteorder", "signed"], minPositional: 0, maxPositional: 2)
        let length = try a[0].map(MethodArgs.ssize) ?? 1
        if length < 0 { throw PythonError.valueError("length argument must be non-negative") }
        let little = try byteOrderIsLittle(a[1], "to_bytes")
        let signed = try a[2].map(isTruthy) ?? false
        if n.sign == .minus && !n.isZero && !signed {
            throw PythonError.overflowError("can't convert negative int to unsigned")
        }
        let tooBig = PythonError.overflowError("int too big to convert")
        if length == 0 {
            if n.isZero || (signed && n == -1) { return .bytes([]) }
            throw tooBig
        }
        if length > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
        // Two's complement without building 2**(8*length): a negative n is stored as the bitwise
        // complement of -n-1, padded with 0xff.
        let negative = n.sign == .minus && !n.isZero
        let stored = negative ? (-(n + 1)).magnitude : n.magnitude
        if stored.bitWidth > 8 * length - (signed ? 1 : 0) { throw tooBig }
        var out = [UInt8](repeating: negative ? 0xFF : 0, count: length)
        var k = 0
        outer: for word in stored.words {
            var w = word
            for _ in 0..<(UInt.bitWidth / 8) {
                if k >= length { break outer }
                let byte = UInt8(truncatingIfNeeded: w)
                out[k] = negative ? ~byte : byte
                w >>= 8
                k += 1
            }
        }
        return .bytes(little ? out : out.reversed())
    }

    let fromBytes = PyNativeMethod("from_bytes", owner: t) { cls, args in
        let a = try clinicArguments("from_bytes", args, ["bytes", "byteorder", "signed"], minPositional: 1, maxPositional: 2)
        let source = a[0] ?? .none
        let bytes: [UInt8]
        if let b = bytesLike(source) {
            bytes = b
        } else if source.isIntegral || source.stringValue != nil {
            throw PythonError.typeError("cannot convert '\(source.typeName)' object to bytes")
        } else if userClass(source) != nil, let r = try callSpecial(source, "__bytes__", []) {
            guard let b = r.asObject as? PyBytes else {
                throw PythonError.typeError("__bytes__ returned non-bytes (type \(r.typeName))")
            }
            bytes = b.value
        } else {
            bytes = try bytesFromObject(source, target: "bytes", rangeMessage: "bytes must be in range(0, 256)")
        }
        let little = try byteOrderIsLittle(a[1], "from_bytes")
        let signed = try a[2].map(isTruthy) ?? false
        let littleEndian: [UInt8] = little ? bytes : bytes.reversed()
        let perWord = UInt.bitWidth / 8
        var words = [UInt](repeating: 0, count: (littleEndian.count + perWord - 1) / perWord)
        for (i, b) in littleEndian.enumerated() { words[i / perWord] |= UInt(b) << (UInt(i % perWord) * 8) }
        var n = BigInt(BigUInt(words: words))
        if signed, let top = little ? bytes.last : bytes.first, top >= 0x80 {
            n -= BigInt(1) << (8 * bytes.count)
        }
        if case .object(let o) = cls, let type = o as? PyType, type.isSubtype(of: .bool) { return .bool(!n.isZero) }
        return .integer(n)
    }
    t.dict["from_bytes"] = .object(PyClassMethod(.object(fromBytes)))
}
