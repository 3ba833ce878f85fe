// The lazy iterator types of the builtins: enumerate, zip, map, filter, reversed and the
// two-argument `iter(callable, sentinel)`, with their constructors (so `enumerate(x)` goes
// through `PyType.enumerate.constructor`, as calling the class does in CPython).

import BigInt

extension PyType {
    public static let callableIterator = builtinType("callable_iterator")
    public static let listReverseIterator = builtinType("list_reverseiterator")
    public static let rangeIterator = builtinType("range_iterator")
}

// MARK: - Iterator objects

public final class EnumerateIterator: PyIterator {
    let source: PyIterator
    var index: Int
    var bigIndex: BigInt?

    init(_ source: PyIterator, start: BigInt) {
        self.source = source
        if let small = Int(exactly: start) {
            index = small
        } else {
            index = 0
            bigIndex = start
        }
    }

    override public var pyType: PyType { PyType.enumerate }
    override public var lengthHint: Int? { source.lengthHint }

    override public func next() throws -> Value? {
        guard let item = try source.next() else { return nil }
        if let big = bigIndex {
            bigIndex = big + 1
            return .tuple([.integer(big), item])
        }
        let current = index
        let (next, overflow) = index.addingReportingOverflow(1)
        if overflow { bigIndex = BigInt(index) + 1 } else { index = next }
        return .tuple([.int(current), item])
    }
}

public final class ZipIterator: PyIterator {
    let sources: [PyIterator]
    let strict: Bool
    var finished = false

    init(_ sources: [PyIterator], strict: Bool) {
        self.sources = sources
        self.strict = strict
    }

    override public var pyType: PyType { PyType.zip }

    override public func next() throws -> Value? {
        if finished || sources.isEmpty { return nil }
        var items: [Value] = []
        items.reserveCapacity(sources.count)
        for (i, source) in sources.enumerated() {
            guard let item = try source.next() else {
                finished = true
                if strict { try checkStrict(exhausted: i) }
                return nil
            }
            items.append(item)
        }
        return .tuple(items)
    }

    /// CPython's `zip(strict=True)` check once argument `i` (0-based) ran out first.
    private func checkStrict(exhausted i: Int) throws {
        if i > 0 {
            let plural = i == 1 ? " " : "s 1-"
            throw PythonError.valueError("zip() argument \(i + 1) is shorter than argument\(plural)\(i)")
        }
        for j in 1..<max(1, sources.count) where try sources[j].next() != nil {
            let plural = j == 1 ? " " : "s 1-"
            throw PythonError.valueError("zip() argument \(j + 1) is longer than argument\(plural)\(j)")
        }
    }
}

public final class MapIterator: PyIterator {
    let function: Value
    let sources: [PyIterator]

    init(_ function: Value, _ sources: [PyIterator]) {
        self.function = function
        self.sources = sources
    }

    override public var pyType: PyType { PyType.map }

    override public func next() throws -> Value? {
        if sources.count == 1 {
            guard let item = try sources[0].next() else { return nil }
            return try call(function, [item])
        }
        var items: [Value] = []
        items.reserveCapacity(sources.count)
        for source in sources {
            guard let item = try source.next() else { return nil }
            items.append(item)
        }
        return try call(function, Args(items))
    }
}

public final class FilterIterator: PyIterator {
    let function: Value
    let source: PyIterator

    init(_ function: Value, _ source: PyIterator) {
        self.function = function
        self.source = source
    }

    override public var pyType: PyType { PyType.filter }

    override public func next() throws -> Value? {
        while let item = try source.next() {
            let keep: Bool
            if function.isNone || function.asObject === PyType.bool {
                keep = try isTruthy(item)
            } else {
                keep = try isTruthy(call(function, [item]))
            }
            if keep { return item }
        }
        return nil
    }
}

/// `reversed(seq)` for sequences: walks indices `len-1 ... 0` through `seq[i]`.
public final class ReversedIterator: PyIterator {
    let sequence: Value
    var index: Int

    init(_ sequence: Value, count: Int) {
        self.sequence = sequence
        self.index = count - 1
    }

    override public var pyType: PyType {
        if case .object(let o) = sequence, o is PyList { return PyType.listReverseIterator }
        return PyType.reversed
    }
    override public var lengthHint: Int? { max(0, index + 1) }

    override public func next() throws -> Value? {
        guard index >= 0 else { return nil }
        if case .object(let o) = sequence {
            switch o {
            case let l as PyList:
                // A list that shrank while iterated ends the iteration, as in CPython.
                guard index < l.items.count else { index = -1; return nil }
                defer { index -= 1 }
                return l.items[index]
            case let t as PyTuple:
                defer { index -= 1 }
                return t.items[index]
            default: break
            }
        }
        do {
            let item = try getItem(sequence, .int(index))
            index -= 1
            return item
        } catch let e as PythonError where e.isInstance(of: .indexError) || e.isInstance(of: .stopIteration) {
            index = -1
            return nil
        }
    }
}

/// `reversed(range(...))`: counts down from the last element.
public final class ReverseRangeIterator: PyIterator {
    var current: Int
    let step: Int
    var remaining: Int

    init(last: Int, step: Int, count: Int) {
        current = last
        self.step = step
        remaining = count
    }

    override public var pyType: PyType { PyType.rangeIterator }
    override public var lengthHint: Int? { remaining }

    override public func next() throws -> Value? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { current &-= step }
        return .int(current)
    }
}

/// `iter(callable, sentinel)`: calls until the result equals the sentinel.
public final class CallableIterator: PyIterator {
    var callable: Value?
    let sentinel: Value

    init(_ callable: Value, _ sentinel: Value) {
        self.callable = callable
        self.sentinel = sentinel
    }

    override public var pyType: PyType { PyType.callableIterator }

    override public func next() throws -> Value? {
        guard let f = callable else { return nil }
        let result: Value
        do {
            result = try call(f, [])
        } catch let e as PythonError where e.isInstance(of: .stopIteration) {
            callable = nil
            return nil
        }
        if try sentinel.isIdentical(to: result) || valuesEqual(sentinel, result) {
            callable = nil
            return nil
        }
        return result
    }
}

// MARK: - Constructors

/// `reversed(seq)`: lists, tuples, strs, ranges, dicts and their views, `__reversed__`, or
/// `__len__` with `__getitem__`.
public func reversedIterator(_ seq: Value) throws -> Value {
    if case .object(let o) = seq {
        switch o {
        case let l as PyList: return .object(ReversedIterator(seq, count: l.items.count))
        case let t as PyTuple: return .object(ReversedIterator(seq, count: t.items.count))
        case let s as PyStr:
            return .object(ReversedIterator(.tuple(s.scalars.map { .str(String($0)) }), count: s.count))
        case let b as PyByteSequence:
            return .object(ReversedIterator(seq, count: b.bytes.count))
        case let r as PyRange:
            let n = r.count
            return .object(ReverseRangeIterator(last: n == 0 ? r.start : r.element(n - 1), step: r.step, count: n))
        case let r as PyBigRange:
            let last = r.length.isZero ? r.start : r.element(r.length - 1)
            return .object(BigRangeIterator(start: last, step: -r.step, count: r.length))
        case let d as PyDict:
            return .object(ArrayIterator(d.table.keys.reversed()))
        case let view as PyDictView:
            if view.pyType === PyType.dictValues { return .object(ArrayIterator(view.dict.table.values.reversed())) }
            if view.pyType === PyType.dictItems {
                return .object(ArrayIterator(view.dict.table.liveEntries.reversed().map { .tuple([$0.key, $0.value]) }))
            }
            return .object(ArrayIterator(view.dict.table.keys.reversed()))
        default: break
        }
        if let cls = userClass(seq) {
            if let method = cls.lookup("__reversed__") {
                if method.isNone { throw PythonError.typeError("'\(seq.typeName)' object is not reversible") }
                return try callMethodValue(method, receiver: seq, Args())
            }
            if cls.lookup("__getitem__") != nil && cls.lookup("__len__") != nil && !cls.isSubtype(of: .dict) {
                return .object(ReversedIterator(seq, count: try length(seq)))
            }
        }
    }
    throw PythonError.typeError("'\(seq.typeName)' object is not reversible")
}

func installIteratorTypes() {
    PyType.enumerate.constructor = { _, args in
        if args.positional.count + args.keywords.count > 2 {
            throw PythonError.typeError("enumerate() takes at most 2 arguments (\(args.positional.count + args.keywords.count) given)")
        }
        var iterable = args.positional.first
        var start: Value? = args.positional.count > 1 ? args.positional[1] : nil
        for (k, v) in args.keywords {
            if k == "iterable" && iterable == nil && args.positional.isEmpty {
                iterable = v
            } else if k == "start" && start == nil && iterable != nil {
                start = v
            } else {
                throw PythonError.typeError("'\(k)' is an invalid keyword argument for enumerate()")
            }
        }
        guard let iterable else { throw PythonError.typeError("enumerate() missing required argument 'iterable'") }
        let first = try start.map(indexBigInt) ?? 0
        return .object(EnumerateIterator(try getIterator(iterable), start: first))
    }

    PyType.zip.constructor = { _, args in
        var strict = false
        if args.keywords.count > 1 {
            throw PythonError.typeError("zip() takes at most 1 keyword argument (\(args.keywords.count) given)")
        }
        if let (k, v) = args.keywords.first {
            guard k == "strict" else { throw PythonError.typeError("'\(k)' is an invalid keyword argument for zip()") }
            strict = try isTruthy(v)
        }
        return .object(ZipIterator(try args.positional.map(getIterator), strict: strict))
    }

    PyType.map.constructor = { _, args in
        if !args.keywords.isEmpty { throw PythonError.typeError("map() takes no keyword arguments") }
        guard args.positional.count >= 2 else {
            throw PythonError.typeError("map() must have at least two arguments.")
        }
        return .object(MapIterator(args[0], try args.positional.dropFirst().map(getIterator)))
    }

    PyType.filter.constructor = { _, args in
        try expectPositional("filter", args, min: 2, max: 2)
        return .object(FilterIterator(args[0], try getIterator(args[1])))
    }

    PyType.reversed.constructor = { _, args in
        try expectPositional("reversed", args, min: 1, max: 1)
        return try reversedIterator(args[0])
    }

    // `it.__next__()` and `it.__iter__()` on the builtin iterator types.
    for type in [PyType.enumerate, .zip, .map, .filter, .reversed, .iterator, .callableIterator,
                 .listReverseIterator, .rangeIterator] {
        type.def("__next__") { selfValue, args in
            try args.expect("__next__", min: 0, max: 0)
            guard let v = try nextValue(selfValue) else { throw PythonError.stopIteration() }
            return v
        }
        type.def("__iter__") { selfValue, args in
            try args.expect("__iter__", min: 0, max: 0)
            return selfValue
        }
    }
}
