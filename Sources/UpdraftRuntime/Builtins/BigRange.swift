// Ranges whose bounds or length do not fit in a machine int (`range(2**63 - 2, 2**63 + 2)`,
// `range(0, 10**20, 10**18)`). `PyRange` keeps machine ints for speed; the `range` constructor
// makes one of these only when it must. They behave as CPython's ranges do: indexing,
// slicing, membership, iteration, equality and hashing, and `len()` raises OverflowError when
// the length does not fit.

import BigInt

public final class PyBigRange: PyObject {
    public let start: BigInt
    public let stop: BigInt
    public let step: BigInt
    public let length: BigInt

    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        self.length = rangeLength(start: start, stop: stop, step: step)
    }

    override public var pyType: PyType { PyType.range }

    func element(_ i: BigInt) -> BigInt { start + i * step }

    override public func pyRepr() throws -> String? {
        step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    }

    override public func pyGetAttr(_ name: String) throws -> Value? {
        switch name {
        case "start": return .integer(start)
        case "stop": return .integer(stop)
        case "step": return .integer(step)
        default: return nil
        }
    }

    override public func pyLen() throws -> Int? {
        guard let n = Int(exactly: length) else {
            throw PythonError.overflowError("Python int too large to convert to C ssize_t")
        }
        return n
    }

    override public func pyBool() throws -> Bool? { !length.isZero }

    override public func pyIter() throws -> PyIterator? { BigRangeIterator(start: start, step: step, count: length) }

    override public func pyGetItem(_ key: Value) throws -> Value? {
        if case .object(let o) = key, let slice = o as? PySlice {
            let (first, last, sliceStep, _) = try bigSliceIndices(slice, length: length)
            return makeRange(start: element(first), stop: element(last), step: step * sliceStep)
        }
        var i: BigInt
        do {
            i = try indexBigInt(key)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("range indices must be integers or slices, not \(key.typeName)")
        }
        if i.sign == .minus { i += length }
        guard i.sign != .minus && i < length else { throw PythonError.indexError("range object index out of range") }
        return .integer(element(i))
    }

    override public func pyContains(_ item: Value) throws -> Bool? {
        if item.isIntegral, let v = item.bigIntValue { return position(of: v) != nil }
        let it = BigRangeIterator(start: start, step: step, count: length)
        while let x = try it.next() {
            if try valuesEqual(x, item) { return true }
        }
        return false
    }

    /// The index of `v` in the range, or nil.
    func position(of v: BigInt) -> BigInt? {
        let offset = v - start
        guard (offset % step).isZero else { return nil }
        let i = offset / step
        return i.sign != .minus && i < length ? i : nil
    }

    override public func pyHash() throws -> Int? {
        // CPython hashes (len, start, step), with None for the parts a short range ignores.
        let parts: [Value]
        if length.isZero {
            parts = [.int(0), .none, .none]
        } else if length == 1 {
            parts = [.int(1), .integer(start), .none]
        } else {
            parts = [.integer(length), .integer(start), .integer(step)]
        }
        return try hashValue(.tuple(parts))
    }

    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        guard op == .eq || op == .notEq, let o = rangeBounds(other) else { return nil }
        let equal = length == o.length && (length.isZero || (start == o.start && (length == 1 || step == o.step)))
        return .bool(op == .eq ? equal : !equal)
    }
}

final class BigRangeIterator: PyIterator {
    var current: BigInt
    let step: BigInt
    var remaining: BigInt

    init(start: BigInt, step: BigInt, count: BigInt) {
        current = start
        self.step = step
        remaining = count
    }

    override var pyType: PyType { PyType.rangeIterator }
    override var lengthHint: Int? { Int(exactly: remaining) }

    override func next() throws -> Value? {
        guard remaining.sign == .plus && !remaining.isZero else { return nil }
        remaining -= 1
        defer { current += step }
        return .integer(current)
    }
}

/// The number of items of `range(start, stop, step)`.
func rangeLength(start: BigInt, stop: BigInt, step: BigInt) -> BigInt {
    let span = step.sign == .plus ? stop - start : start - stop
    guard span.sign == .plus && !span.isZero else { return 0 }
    return (span - 1) / BigInt(step.magnitude) + 1
}

/// A range value: the machine-int `PyRange` when everything fits, else a `PyBigRange`.
func makeRange(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let s = Int(exactly: start), let e = Int(exactly: stop), let st = Int(exactly: step),
       Int(exactly: rangeLength(start: start, stop: stop, step: step)) != nil {
        return .object(PyRange(start: s, stop: e, step: st))
    }
    return .object(PyBigRange(start: start, stop: stop, step: step))
}

/// Start, stop, step and length of either kind of range.
func rangeBounds(_ v: Value) -> (start: BigInt, stop: BigInt, step: BigInt, length: BigInt)? {
    guard case .object(let o) = v else { return nil }
    if let r = o as? PyRange {
        return (BigInt(r.start), BigInt(r.stop), BigInt(r.step), BigInt(r.count))
    }
    if let r = o as? PyBigRange { return (r.start, r.stop, r.step, r.length) }
    return nil
}

/// `_PySlice_GetLongIndices`: a slice's bounds clamped to a sequence of `length`, in big ints.
func bigSliceIndices(_ slice: PySlice, length: BigInt) throws -> (BigInt, BigInt, BigInt, BigInt) {
    func index(_ v: Value) throws -> BigInt {
        do {
            return try indexBigInt(v)
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("slice indices must be integers or None or have an __index__ method")
        }
    }
    let step = slice.step.isNone ? BigInt(1) : try index(slice.step)
    if step.isZero { throw PythonError.valueError("slice step cannot be zero") }
    let negative = step.sign == .minus
    let lower: BigInt = negative ? -1 : 0
    let upper: BigInt = negative ? length - 1 : length
    func clamp(_ v: Value, _ fallback: BigInt) throws -> BigInt {
        if v.isNone { return fallback }
        var i = try index(v)
        if i.sign == .minus {
            i += length
            if i < lower { i = lower }
        } else if i > upper {
            i = upper
        }
        return i
    }
    let start = try clamp(slice.start, negative ? upper : lower)
    let stop = try clamp(slice.stop, negative ? lower : upper)
    return (start, stop, step, rangeLength(start: start, stop: stop, step: step))
}
