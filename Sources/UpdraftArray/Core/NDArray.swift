// ndarray: a typed view (dtype, shape, byte strides, byte offset) of a shared ArrayStorage.
// Slices, transposes and reshapes of contiguous data make new NDArray objects over the same
// storage, so writes through a view are seen by every array that shares it.

import UpdraftRuntime

public final class NDArray: PyObject {
    public let storage: ArrayStorage
    public let dtype: DType
    public let shape: [Int]
    /// Byte distance between neighbours along each axis (0 along broadcast axes).
    public let strides: [Int]
    /// Byte offset of element [0, 0, ...] in `storage`.
    public let offset: Int
    /// The array this one views (numpy's `.base`), nil for an array that owns its data.
    public let base: NDArray?
    public let count: Int
    /// False for broadcast views, which numpy marks read-only.
    public var writeable: Bool

    public init(storage: ArrayStorage, dtype: DType, shape: [Int], strides: [Int], offset: Int,
                base: NDArray?, writeable: Bool = true) {
        self.storage = storage
        self.dtype = dtype
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.base = base
        self.count = shape.reduce(1, *)
        self.writeable = writeable
    }

    /// A new C-contiguous array, zero-filled unless `zeroed` is false.
    public convenience init(shape: [Int], dtype: DType, zeroed: Bool = true) throws {
        let count = try NDArray.checkedCount(shape)
        let (bytes, o) = count.multipliedReportingOverflow(by: dtype.itemsize)
        if o { throw PythonError.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") }
        let storage: ArrayStorage
        do {
            storage = try ArrayStorage(byteCount: bytes, zeroed: zeroed)
        } catch {
            throw PythonError(PyType.memoryError,
                              "Unable to allocate \(NDArray.byteSizeText(bytes)) for an array with shape \(shapeText(shape)) and data type \(dtype.name)")
        }
        self.init(storage: storage, dtype: dtype, shape: shape,
                  strides: NDArray.contiguousStrides(shape, dtype.itemsize), offset: 0, base: nil)
    }

    override public var pyType: PyType { NumpyTypes.ndarray }

    // Python protocol slots. Swift allows overrides only in the class body, so each one
    // forwards to the file that implements that area (Indexing/, Ufuncs/, Printing/).
    override public func pyLen() throws -> Int? {
        guard ndim > 0 else { throw PythonError.typeError("len() of unsized object") }
        return shape[0]
    }
    override public func pyIter() throws -> PyIterator? {
        guard ndim > 0 else { throw PythonError.typeError("iteration over a 0-d array") }
        return ArrayIterator(self)
    }
    override public func pyBool() throws -> Bool? {
        if count == 1 { return scalar(atOffset: 0).asBool }
        if count == 0 { return false }
        throw PythonError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }
    override public func pyGetItem(_ key: Value) throws -> Value? { try getItem(self, key) }
    override public func pySetItem(_ key: Value, _ value: Value) throws -> Bool {
        try setItem(self, key, value)
        return true
    }
    override public func pyRepr() throws -> String? { try arrayRepr(self) }
    override public func pyStr() throws -> String? { try arrayStr(self) }
    override public func pyHash() throws -> Int? { throw PythonError.typeError("unhashable type: 'numpy.ndarray'") }
    override public func pyBinary(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        try arrayBinary(op, self, other, reflected: reflected)
    }
    override public func pyUnary(_ op: UnaryOp) throws -> Value? { try arrayUnary(op, self) }
    override public func pyCompare(_ op: CompareOp, _ other: Value) throws -> Value? {
        try arrayCompare(op, self, other)
    }
    override public func pyInplace(_ op: BinaryOp, _ other: Value) throws -> Value? {
        try arrayInplace(op, self, other)
    }
    override public func pyContains(_ item: Value) throws -> Bool? {
        let eq = try asArray(try arrayCompare(.eq, self, item) ?? .bool(false))
        return eq.scalars.contains { $0.asBool }
    }
    override public func pyFloat() throws -> Double? {
        guard count == 1 else { throw PythonError.typeError("only length-1 arrays can be converted to Python scalars") }
        return scalar(atOffset: 0).asDouble
    }
    override public func pyIndex() throws -> Value? {
        guard ndim == 0, dtype.isInteger else {
            throw PythonError.typeError("only integer scalar arrays can be converted to a scalar index")
        }
        return pythonValue(of: scalar(atOffset: 0))
    }
    override public func pyFormat(_ spec: String) throws -> String? {
        if spec.isEmpty { return try arrayStr(self) }
        guard ndim == 0 else { throw PythonError.typeError("unsupported format string passed to numpy.ndarray.__format__") }
        return try formatValue(pythonValue(of: scalar(atOffset: 0)), spec)
    }

    /// The element count of `shape`, raising numpy's errors for negative or overflowing sizes.
    public static func checkedCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for d in shape {
            if d < 0 { throw PythonError.valueError("negative dimensions are not allowed") }
            let (r, o) = n.multipliedReportingOverflow(by: d)
            if o { throw PythonError.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") }
            n = r
        }
        return n
    }

    public static func contiguousStrides(_ shape: [Int], _ itemsize: Int) -> [Int] {
        var strides = [Int](repeating: 0, count: shape.count)
        var s = itemsize
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = s
            s *= Swift.max(shape[i], 1)
        }
        return strides
    }

    /// numpy's `_size_to_string` for MemoryError messages: 3 significant digits in the largest
    /// binary unit that keeps the value under 1024.
    static func byteSizeText(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        let bitLength = Int.bitWidth - bytes.leadingZeroBitCount
        var unit = Swift.max(bitLength - 1, 1) / 10
        var value = Double(bytes) / Double(1 << (unit * 10))
        if value.rounded() == 1024 { unit += 1; value /= 1024 }
        if unit >= units.count { value *= Double(1 << ((unit - units.count + 1) * 10)); unit = units.count - 1 }
        if unit == 0 { return "\(bytes) bytes" }
        if value.rounded() < 1000 { return pyDoubleToString(value, code: "g", precision: 3, alternate: true) + " " + units[unit] }
        return pyDoubleToString(value, code: "f", precision: 0, alternate: true) + " " + units[unit]
    }

    public var ndim: Int { shape.count }
    public var itemsize: Int { dtype.itemsize }
    public var nbytes: Int { count * dtype.itemsize }

    /// Address of element [0, 0, ...].
    @inline(__always)
    public var data: UnsafeMutableRawPointer { storage.pointer + offset }

    /// True when the elements lie in C order with no gaps.
    public var isContiguous: Bool {
        var expected = dtype.itemsize
        for i in stride(from: shape.count - 1, through: 0, by: -1) where shape[i] != 1 {
            if strides[i] != expected { return false }
            expected *= shape[i]
        }
        return true
    }

    /// True when the elements lie in Fortran order with no gaps.
    public var isFortranContiguous: Bool {
        var expected = dtype.itemsize
        for i in 0..<shape.count where shape[i] != 1 {
            if strides[i] != expected { return false }
            expected *= shape[i]
        }
        return true
    }

    /// A view with a new geometry over the same storage.
    public func view(shape: [Int], strides: [Int], offset: Int, writeable: Bool? = nil) -> NDArray {
        NDArray(storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset,
                base: base ?? self, writeable: writeable ?? self.writeable)
    }

    // MARK: Walking the elements

    /// Calls `body` with the byte offset (from `data`) of every element, in C order.
    @inline(__always)
    public func forEachOffset(_ body: (Int) throws -> Void) rethrows {
        try NDArray.walk(shape: shape, strides: strides, body)
    }

    /// C-order walk of an index space given by `shape`, producing byte offsets by `strides`.
    @inline(__always)
    public static func walk(shape: [Int], strides: [Int], _ body: (Int) throws -> Void) rethrows {
        let nd = shape.count
        if nd == 0 { try body(0); return }
        if shape.contains(0) { return }
        let inner = shape[nd - 1], innerStride = strides[nd - 1]
        if nd == 1 {
            var off = 0
            for _ in 0..<inner { try body(off); off += innerStride }
            return
        }
        var index = [Int](repeating: 0, count: nd - 1)
        var base = 0
        while true {
            var off = base
            for _ in 0..<inner { try body(off); off += innerStride }
            // Advance the outer index like an odometer.
            var axis = nd - 2
            while axis >= 0 {
                index[axis] += 1
                base += strides[axis]
                if index[axis] < shape[axis] { break }
                base -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    /// Like `walk`, over two arrays of one shape at once (byte offsets into each).
    @inline(__always)
    public static func walk2(shape: [Int], _ s1: [Int], _ s2: [Int], _ body: (Int, Int) throws -> Void) rethrows {
        let nd = shape.count
        if nd == 0 { try body(0, 0); return }
        if shape.contains(0) { return }
        let inner = shape[nd - 1], i1 = s1[nd - 1], i2 = s2[nd - 1]
        var index = [Int](repeating: 0, count: Swift.max(nd - 1, 0))
        var b1 = 0, b2 = 0
        while true {
            var o1 = b1, o2 = b2
            for _ in 0..<inner { try body(o1, o2); o1 += i1; o2 += i2 }
            var axis = nd - 2
            while axis >= 0 {
                index[axis] += 1
                b1 += s1[axis]; b2 += s2[axis]
                if index[axis] < shape[axis] { break }
                b1 -= s1[axis] * shape[axis]; b2 -= s2[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    // MARK: Elements as scalars

    /// The element at a byte offset from `data`.
    @inline(__always)
    public func scalar(atOffset off: Int) -> Scalar { dtype.load(UnsafeRawPointer(data + off)) }

    @inline(__always)
    public func setScalar(_ s: Scalar, atOffset off: Int) { dtype.store(s, data + off) }

    /// The elements in C order (slow path: printing, tolist, conversions).
    public var scalars: [Scalar] {
        var out: [Scalar] = []
        out.reserveCapacity(count)
        forEachOffset { out.append(scalar(atOffset: $0)) }
        return out
    }

    /// The byte offset of a full integer index (already normalised and bounds-checked).
    public func byteOffset(_ index: [Int]) -> Int {
        var off = 0
        for (i, s) in zip(index, strides) { off += i * s }
        return off
    }

    // MARK: Copies

    /// A C-contiguous copy, converted to `dtype` (default: the same dtype).
    public func copy(dtype newType: DType? = nil) throws -> NDArray {
        let t = newType ?? dtype
        let out = try NDArray(shape: shape, dtype: t, zeroed: false)
        try out.assign(from: self)
        return out
    }

    /// Copies `source` (same shape, any layout and dtype) into this array element by element.
    public func assign(from source: NDArray) throws {
        precondition(source.shape == shape, "assign: shape mismatch")
        if source.dtype == dtype && source.isContiguous && isContiguous {
            if source.storage === storage && source.offset == offset { return }
            (data).copyMemory(from: source.data, byteCount: nbytes)
            return
        }
        if source.dtype == dtype {
            switch dtype.itemsize {
            case 1: copyStrided(UInt8.self, from: source)
            case 2: copyStrided(UInt16.self, from: source)
            case 4: copyStrided(UInt32.self, from: source)
            case 8: copyStrided(UInt64.self, from: source)
            default: copyStrided(SIMD2<UInt64>.self, from: source)
            }
            return
        }
        if source.dtype == .float64 && dtype == .int64 {
            let (d, s) = (data, source.data)
            NDArray.walk2(shape: shape, strides, source.strides) { o, i in
                d.storeBytes(of: doubleToInt64(s.load(fromByteOffset: i, as: Double.self)), toByteOffset: o, as: Int64.self)
            }
            return
        }
        if source.dtype == .int64 && dtype == .float64 {
            let (d, s) = (data, source.data)
            NDArray.walk2(shape: shape, strides, source.strides) { o, i in
                d.storeBytes(of: Double(s.load(fromByteOffset: i, as: Int64.self)), toByteOffset: o, as: Double.self)
            }
            return
        }
        let (d, s, sd, dd) = (data, source.data, source.dtype, dtype)
        NDArray.walk2(shape: shape, strides, source.strides) { o, i in
            dd.store(sd.load(UnsafeRawPointer(s + i)), d + o)
        }
    }

    /// Same-type strided copy; the 2-D transpose case goes by tiles so both sides stay in cache.
    private func copyStrided<T>(_: T.Type, from source: NDArray) {
        let d = data, s = UnsafeRawPointer(source.data)
        let size = MemoryLayout<T>.stride
        if shape.count == 2 && isContiguous && source.strides[0] == size && shape[0] > 16 && shape[1] > 16 {
            // A transpose: destination rows are source columns. Go by 8x8 tiles, reading each
            // source row run contiguously and scattering into 8 destination rows (measured
            // fastest of the tilings tried: 5.8 ms for 5 M doubles, against 10 ms for 32x32
            // tiles that read by columns).
            let rows = shape[0], cols = shape[1], ss1 = source.strides[1]
            let tile = 8
            var r0 = 0
            while r0 < rows {
                let r1 = Swift.min(r0 + tile, rows)
                var c0 = 0
                while c0 < cols {
                    let c1 = Swift.min(c0 + tile, cols)
                    for c in c0..<c1 {
                        let sRow = (s + c * ss1).assumingMemoryBound(to: T.self)
                        let dCol = (d + c * size).assumingMemoryBound(to: T.self)
                        for r in r0..<r1 { dCol[r * cols] = sRow[r] }
                    }
                    c0 = c1
                }
                r0 = r1
            }
            return
        }
        if shape.count == 1 {
            let n = shape[0], ds = strides[0], ss = source.strides[0]
            var o = 0, i = 0
            for _ in 0..<n {
                d.storeBytes(of: s.load(fromByteOffset: i, as: T.self), toByteOffset: o, as: T.self)
                o += ds; i += ss
            }
            return
        }
        NDArray.walk2(shape: shape, strides, source.strides) { o, i in
            d.storeBytes(of: s.load(fromByteOffset: i, as: T.self), toByteOffset: o, as: T.self)
        }
    }

    /// This array if it is C-contiguous with `dtype`, otherwise a contiguous copy.
    public func contiguous(dtype t: DType? = nil) throws -> NDArray {
        if isContiguous && (t == nil || t == dtype) { return self }
        return try copy(dtype: t)
    }

    /// Fills every element with `s`.
    public func fill(_ s: Scalar) {
        let p = data, t = dtype
        if t == .float64 {
            let v = s.asDouble
            forEachOffset { p.storeBytes(of: v, toByteOffset: $0, as: Double.self) }
            return
        }
        if t == .int64 {
            let v = s.asInt64
            forEachOffset { p.storeBytes(of: v, toByteOffset: $0, as: Int64.self) }
            return
        }
        forEachOffset { t.store(s, p + $0) }
    }

    // MARK: Reshaping views

    /// `reshape`: a view when the data is contiguous, else a reshaped copy.
    public func reshaped(_ newShape: [Int]) throws -> NDArray {
        var resolved = newShape
        let unknown = newShape.indices.filter { newShape[$0] == -1 }
        if unknown.count > 1 { throw PythonError.valueError("can only specify one unknown dimension") }
        if let u = unknown.first {
            let known = newShape.enumerated().filter { $0.offset != u }.reduce(1) { $0 * $1.element }
            if known == 0 || count % known != 0 {
                throw PythonError.valueError("cannot reshape array of size \(count) into shape \(reshapeText(newShape))")
            }
            resolved[u] = count / known
        }
        if resolved.contains(where: { $0 < 0 }) { throw PythonError.valueError("negative dimensions not allowed") }
        if resolved.reduce(1, *) != count {
            throw PythonError.valueError("cannot reshape array of size \(count) into shape \(reshapeText(newShape))")
        }
        let src = isContiguous ? self : try copy()
        return src.view(shape: resolved, strides: NDArray.contiguousStrides(resolved, dtype.itemsize), offset: src.offset)
    }

    /// Axes permuted (`transpose(axes)`; reversed when `axes` is nil).
    public func transposed(_ axes: [Int]? = nil) throws -> NDArray {
        let perm = axes ?? Array((0..<ndim).reversed())
        guard perm.count == ndim else { throw PythonError.valueError("axes don't match array") }
        var seen = Set<Int>()
        var norm: [Int] = []
        for a in perm {
            let n = try normalizeAxis(a, ndim)
            if !seen.insert(n).inserted { throw PythonError.valueError("repeated axis in transpose") }
            norm.append(n)
        }
        return view(shape: norm.map { shape[$0] }, strides: norm.map { strides[$0] }, offset: offset)
    }
}

/// numpy's `normalize_axis_index`, with its AxisError text.
public func normalizeAxis(_ axis: Int, _ ndim: Int) throws -> Int {
    if axis < -ndim || axis >= ndim {
        throw PythonError(NumpyTypes.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
    }
    return axis < 0 ? axis + ndim : axis
}

/// numpy's `convert_shape_to_string` (reshape errors): no spaces, leading unknown dimensions
/// dropped, later ones shown as `newaxis`.
func reshapeText(_ shape: [Int]) -> String {
    guard let first = shape.firstIndex(where: { $0 >= 0 }) else { return "()" }
    var text = "(\(shape[first])"
    for d in shape[(first + 1)...] { text += d < 0 ? ",newaxis" : ",\(d)" }
    return text + (shape.count == 1 ? ",)" : ")")
}

/// A shape as numpy prints it: `(3,)`, `(2, 3)`, `()`.
public func shapeText(_ shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ", ") + ")"
}
