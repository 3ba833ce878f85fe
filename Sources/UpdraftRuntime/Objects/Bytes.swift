// `bytes` and `bytearray`: byte sequences with CPython's repr, indexing (ints) and slicing,
// iteration, membership, concatenation, repetition, comparison and hashing. Both types share
// the operations below through `PyByteSequence`; bytearray adds item and slice assignment.
// The methods live in Methods/BytesMethods.swift and its companions.

extension PyType {
    public static let bytearray = builtinType("bytearray")
    static let bytesIterator = builtinType("bytes_iterator")
    static let bytearrayIterator = builtinType("bytearray_iterator")
}

/// What `bytes` and `bytearray` have in common: their bytes, and making a new object of the
/// same kind (methods of a bytearray return bytearrays).
public protocol PyByteSequence: PyObject {
    var bytes: [UInt8] { get }
    func make(_ bytes: [UInt8]) -> Value
}

public final class PyBytes: PyObject, PyByteSequence {
    public let value: [UInt8]
    public init(_ value: [UInt8]) { self.value = value }
    override public var pyType: PyType { PyType.bytes }

    public var bytes: [UInt8] { value }
    public func make(_ bytes: [UInt8]) -> Value { .object(PyBytes(bytes)) }

    override public func pyLen() throws -> Int? { value.count }
    override public func pyBool() throws -> Bool? { !value.isEmpty }
    override public func pyRepr() throws -> String? { bytesRepr(value) }
    override public func pyHash() throws -> Int? { pyHashBytes(value) }
    override public func pyIter() throws -> PyIterator? { BytesIterator(value) }
    override public func pyGetItem(_ key: Value) throws -> Value? {
        try byteSequenceGetItem(self, key, what: "byte", rangeMessage: "index out of range")
    }
    override public func pyContains(_ item: Value) throws -> Bool? { try byteSequenceContains(value, item) }
    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        byteSequenceCompare(op, value, other)
    }
    override public func pyBinary(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        try byteSequenceBinary(self, op, other, reflected: reflected)
    }
}

public final class PyByteArray: PyObject, PyByteSequence {
    public var value: [UInt8]
    public init(_ value: [UInt8] = []) { self.value = value }
    override public var pyType: PyType { PyType.bytearray }

    public var bytes: [UInt8] { value }
    public func make(_ bytes: [UInt8]) -> Value { .object(PyByteArray(bytes)) }

    override public func pyLen() throws -> Int? { value.count }
    override public func pyBool() throws -> Bool? { !value.isEmpty }
    override public func pyRepr() throws -> String? { "bytearray(" + bytesRepr(value, escapeSingleQuote: true) + ")" }
    override public func pyHash() throws -> Int? { throw PythonError.typeError("unhashable type: 'bytearray'") }
    override public func pyIter() throws -> PyIterator? { ByteArrayIterator(self) }
    override public func pyGetItem(_ key: Value) throws -> Value? {
        try byteSequenceGetItem(self, key, what: "bytearray", rangeMessage: "bytearray index out of range")
    }
    override public func pyContains(_ item: Value) throws -> Bool? { try byteSequenceContains(value, item) }
    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        byteSequenceCompare(op, value, other)
    }
    override public func pyBinary(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        try byteSequenceBinary(self, op, other, reflected: reflected)
    }

    override public func pySetItem(_ key: Value, _ newValue: Value) throws -> Bool {
        if case .object(let k) = key, let slice = k as? PySlice {
            try assignSlice(slice, newValue)
            return true
        }
        let i = try byteIndex(key, count: value.count, what: "bytearray", rangeMessage: "bytearray index out of range")
        value[i] = try byteValue(newValue)
        return true
    }

    override public func pyDelItem(_ key: Value) throws -> Bool {
        if case .object(let k) = key, let slice = k as? PySlice {
            let (start, _, step, count) = try slice.indices(length: value.count)
            if count == 0 { return true }
            if step == 1 {
                value.removeSubrange(start..<(start + count))
            } else {
                var drop = [Bool](repeating: false, count: value.count)
                var i = start
                for _ in 0..<count { drop[i] = true; i += step }
                var kept: [UInt8] = []
                kept.reserveCapacity(value.count - count)
                for (j, b) in value.enumerated() where !drop[j] { kept.append(b) }
                value = kept
            }
            return true
        }
        value.remove(at: try byteIndex(key, count: value.count, what: "bytearray",
                                       rangeMessage: "bytearray index out of range"))
        return true
    }

    /// `ba[a:b:c] = source`: bytes-like objects or iterables of ints.
    func assignSlice(_ slice: PySlice, _ source: Value) throws {
        let new: [UInt8]
        if let b = bytesLike(source) {
            new = b
        } else if source.isIntegral || source.stringValue != nil || (try? getIterator(source)) == nil {
            throw PythonError.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        } else {
            new = try iterateToArray(source).map { try byteValue($0) }
        }
        let (start, stop, step, count) = try slice.indices(length: value.count)
        if step == 1 {
            value.replaceSubrange(start..<max(start, stop), with: new)
            return
        }
        guard new.count == count else {
            throw PythonError.valueError("attempt to assign bytes of size \(new.count) to extended slice of size \(count)")
        }
        var i = start
        for b in new {
            value[i] = b
            i += step
        }
    }
}

extension Value {
    /// A `bytes` value.
    public static func bytes(_ b: [UInt8]) -> Value { .object(PyBytes(b)) }

    /// The bytes of a `bytes` or `bytearray` value.
    public var bytesValue: [UInt8]? { bytesLike(self) }
}

/// The contents of a bytes-like object (bytes, bytearray), nil for anything else.
@inline(__always)
public func bytesLike(_ v: Value) -> [UInt8]? {
    if case .object(let o) = v, let b = o as? PyByteSequence { return b.bytes }
    return nil
}

// MARK: - Iterators

final class BytesIterator: PyIterator {
    let bytes: [UInt8]
    var index = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    override var pyType: PyType { PyType.bytesIterator }
    override func next() throws -> Value? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return .int(Int(bytes[index]))
    }
    override var lengthHint: Int? { bytes.count - index }
}

/// Sees changes made to the bytearray while iterating, as CPython's iterator does.
final class ByteArrayIterator: PyIterator {
    let array: PyByteArray
    var index = 0
    init(_ array: PyByteArray) { self.array = array }
    override var pyType: PyType { PyType.bytearrayIterator }
    override func next() throws -> Value? {
        guard index < array.value.count else { index = Int.max; return nil }
        defer { index += 1 }
        return .int(Int(array.value[index]))
    }
    override var lengthHint: Int? { max(0, array.value.count - min(index, array.value.count)) }
}

// MARK: - repr

private let hexDigitBytes: [UInt8] = Array("0123456789abcdef".utf8)

/// `repr(b)` without the `bytearray(...)` wrapper: CPython's bytes_repr. bytearray_repr
/// escapes `'` even inside double quotes (`bytearray(b"\'")`).
public func bytesRepr(_ bytes: [UInt8], escapeSingleQuote: Bool = false) -> String {
    var hasSingle = false
    var hasDouble = false
    for b in bytes {
        if b == 0x27 { hasSingle = true } else if b == 0x22 { hasDouble = true }
    }
    let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
    var out: [UInt8] = [0x62, quote]
    out.reserveCapacity(bytes.count + 3)
    for b in bytes {
        switch b {
        case quote, 0x5C: out.append(0x5C); out.append(b)
        case 0x27 where escapeSingleQuote: out.append(0x5C); out.append(b)
        case 0x09: out.append(0x5C); out.append(0x74)
        case 0x0A: out.append(0x5C); out.append(0x6E)
        case 0x0D: out.append(0x5C); out.append(0x72)
        case 0x20..<0x7F: out.append(b)
        default:
            out.append(0x5C)
            out.append(0x78)
            out.append(hexDigitBytes[Int(b >> 4)])
            out.append(hexDigitBytes[Int(b & 0xF)])
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}

// MARK: - Hashing

/// A hash of the bytes (CPython's is randomized per process, so any good hash matches it).
func pyHashBytes(_ bytes: [UInt8]) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes.count)
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    let h = hasher.finalize()
    return h == -1 ? -2 : h
}

// MARK: - Conversions

/// One byte from an int-like value: CPython's `_getbytevalue`.
func byteValue(_ v: Value, _ message: String = "byte must be in range(0, 256)") throws -> UInt8 {
    let i: Int
    switch v {
    case .int(let n): i = n
    case .bool(let b): i = b ? 1 : 0
    case .object(let o) where o is PyInt: throw PythonError.valueError(message)
    default:
        do {
            i = try indexValue(v)
        } catch let e as PythonError where e.isInstance(of: .indexError) {
            throw PythonError.valueError(message)
        }
    }
    guard let b = UInt8(exactly: i) else { throw PythonError.valueError(message) }
    return b
}

/// A sequence index for bytes/bytearray, with CPython's messages.
func byteIndex(_ key: Value, count: Int, what: String, rangeMessage: String) throws -> Int {
    var i: Int
    if case .int(let k) = key {
        i = k
    } else {
        do {
            i = try indexValue(key)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("\(what) indices must be integers or slices, not \(key.typeName)")
        } catch let e as PythonError where e.isInstance(of: .indexError) {
            throw PythonError.indexError("cannot fit 'int' into an index-sized integer")
        }
    }
    if i < 0 { i += count }
    guard i >= 0 && i < count else { throw PythonError.indexError(rangeMessage) }
    return i
}

// MARK: - Shared operations

func byteSequenceGetItem(_ s: PyByteSequence, _ key: Value, what: String, rangeMessage: String) throws -> Value {
    let bytes = s.bytes
    if case .object(let k) = key, let slice = k as? PySlice {
        return s.make(try sliceItems(bytes, slice))
    }
    return .int(Int(bytes[try byteIndex(key, count: bytes.count, what: what, rangeMessage: rangeMessage)]))
}

/// `item in b`: an int byte value or a bytes-like subsequence.
func byteSequenceContains(_ bytes: [UInt8], _ item: Value) throws -> Bool {
    if let needle = bytesLike(item) { return byteFind(bytes, needle, 0, bytes.count) != nil }
    if item.isIntegral || userClass(item) != nil {
        do {
            return bytes.contains(try byteValue(item))
        } catch let e as PythonError where e.isInstance(of: .typeError) && !item.isIntegral {
            throw PythonError.typeError("a bytes-like object is required, not '\(item.typeName)'")
        }
    }
    throw PythonError.typeError("a bytes-like object is required, not '\(item.typeName)'")
}

/// -1/0/1 in byte order, then by length.
func compareBytes(_ a: [UInt8], _ b: [UInt8]) -> Int {
    let n = min(a.count, b.count)
    var i = 0
    while i < n {
        if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        i += 1
    }
    return sign(a.count, b.count)
}

func byteSequenceCompare(_ op: CompareOp, _ bytes: [UInt8], _ other: Value) -> Value? {
    guard let o = bytesLike(other) else { return nil }
    if op == .eq { return .bool(bytes == o) }
    if op == .notEq { return .bool(bytes != o) }
    return .bool(orderSatisfies(op, compareBytes(bytes, o)))
}

/// The longest bytes object Updraft builds; longer results raise MemoryError instead of
/// exhausting memory (CPython would try to allocate them).
let maxBytesLength = 1 << 31

func byteSequenceBinary(_ s: PyByteSequence, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
    let typeName = s.pyType.name
    switch op {
    case .add:
        if reflected { return nil }
        if let o = bytesLike(other) {
            let (n, overflow) = s.bytes.count.addingReportingOverflow(o.count)
            if overflow || n > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
            return s.make(s.bytes + o)
        }
        if let cls = userClass(other), cls.lookup("__radd__") != nil { return nil }
        throw PythonError.typeError("can't concat \(other.typeName) to \(typeName)")
    case .mul:
        if let cls = userClass(other) {
            if cls.lookup("__index__") == nil { return nil }
            return try repeatBytes(s, try indexValue(other))
        }
        return try repeatBytes(s, try repeatCount(other, .object(s)))
    case .mod:
        if reflected { return nil }
        return s.make(try percentFormatBytes(s.bytes, other))
    default:
        return nil
    }
}

func repeatBytes(_ s: PyByteSequence, _ n: Int) throws -> Value {
    let bytes = s.bytes
    if n <= 0 || bytes.isEmpty { return s.make([]) }
    let (total, overflow) = bytes.count.multipliedReportingOverflow(by: n)
    if overflow { throw PythonError.overflowError("repeated bytes are too long") }
    if total > maxBytesLength { throw PythonError(PyExceptionObject(cls: .memoryError, args: [])) }
    if bytes.count == 1 { return s.make([UInt8](repeating: bytes[0], count: n)) }
    var out: [UInt8] = []
    out.reserveCapacity(total)
    for _ in 0..<n { out.append(contentsOf: bytes) }
    return s.make(out)
}

func byteFind(_ hay: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int) -> Int? {
    subsequenceFind(hay, needle, start, end)
}

func byteRFind(_ hay: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int) -> Int? {
    subsequenceRFind(hay, needle, start, end)
}

/// Non-overlapping occurrences of `needle` in `hay[start..<end]`.
func byteCount(_ hay: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int) -> Int {
    if end - start < needle.count { return 0 }
    if needle.isEmpty { return end - start + 1 }
    var count = 0
    var i = start
    while let k = byteFind(hay, needle, i, end) {
        count += 1
        i = k + needle.count
    }
    return count
}

// MARK: - Numbers from bytes

/// `int(b, base)`: the ASCII text of the bytes; errors show the bytes' repr (first 200 bytes).
func intFromBytes(_ bytes: [UInt8], base: Int) throws -> Value {
    let invalid = PythonError.valueError("invalid literal for int() with base \(base): \(bytesRepr(Array(bytes.prefix(200))))")
    guard bytes.allSatisfy({ $0 < 128 }) else { throw invalid }
    do {
        return try intFromString(String(decoding: bytes, as: UTF8.self), base: base)
    } catch let e as PythonError where e.isInstance(of: .valueError)
        && ((try? exceptionStr(e.exception))?.hasPrefix("invalid literal") ?? false) {
        throw invalid
    }
}

/// `float(b)`: the ASCII text of the bytes.
func floatFromBytes(_ bytes: [UInt8], _ original: Value) throws -> Double {
    if bytes.allSatisfy({ $0 < 128 }), let d = parsePyFloat(String(decoding: bytes, as: UTF8.self)) { return d }
    let shown = (try? repr(original)) ?? bytesRepr(bytes)
    throw PythonError.valueError("could not convert string to float: \(shown)")
}
