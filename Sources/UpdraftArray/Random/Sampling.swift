// The sampling methods shared by RandomState (legacy, MT19937) and Generator (PCG64), written
// once over a bit generator and specialised for each: continuous draws with numpy's
// parameter broadcasting, bounded integers for every integer dtype, choice, shuffle and
// permutation. Where the two APIs differ (masked vs Lemire integers, Python ints returned,
// messages, choice without replacement) `legacy` selects numpy's behaviour.

import UpdraftRuntime

/// A bit generator that also has its API's standard normal.
protocol NormalSource: BitGen {
    func standardNormal() -> Double
}

extension MTBitGen: NormalSource {
    func standardNormal() -> Double { gauss() }
}

extension PCG64: NormalSource {
    func standardNormal() -> Double { Ziggurat.standardNormal(self) }
}

/// A `size=` argument: nil for None.
func sizeArgument(_ v: Value?) throws -> [Int]? {
    guard let v, !v.isNone else { return nil }
    let shape = try shapeArgument(v)
    if shape.contains(where: { $0 < 0 }) { throw PythonError.valueError("negative dimensions are not allowed") }
    return shape
}

/// A scalar or array parameter of a distribution.
private enum Param {
    case scalar(Double)
    case array(NDArray)

    init(_ v: Value) throws {
        if case .object(let o) = v, let a = o as? NDArray {
            self = a.ndim == 0 ? .scalar(a.scalar(atOffset: 0).asDouble) : .array(try a.contiguous(dtype: .float64))
            return
        }
        if case .object(let o) = v, o is PyList || o is PyTuple {
            let a = try asArray(v, dtype: .float64)
            self = a.ndim == 0 ? .scalar(a.scalar(atOffset: 0).asDouble) : .array(a)
            return
        }
        self = .scalar(try floatArgument(v))
    }

    var array: NDArray {
        get throws {
            switch self {
            case .array(let a): return a
            case .scalar(let d):
                let a = try NDArray(shape: [], dtype: .float64, zeroed: false)
                a.data.storeBytes(of: d, as: Double.self)
                return a
            }
        }
    }
}

/// The shape of a two-parameter draw: numpy's multi-iterator over (output of `size`, a, b)
/// (or over (a, b) without `size`), with its messages.
func broadcastForDraws(_ a: [Int], _ b: [Int], _ size: [Int]?) throws -> [Int] {
    let shapes = size.map { [$0, a, b] } ?? [a, b]
    let nd = shapes.map(\.count).max() ?? 0
    var dims = [Int](repeating: 1, count: nd)
    for i in 0..<nd {
        var src = 0
        for (j, s) in shapes.enumerated() {
            let k = i + s.count - nd
            guard k >= 0, s[k] != 1 else { continue }
            if dims[i] == 1 { dims[i] = s[k]; src = j }
            else if dims[i] != s[k] {
                throw PythonError.valueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg \(src) with shape \(shapeText(shapes[src])) and arg \(j) with shape \(shapeText(s)).")
            }
        }
    }
    if let size, dims != size {
        throw PythonError.valueError("Output size \(shapeText(size)) is not compatible with broadcast dimensions of inputs \(shapeText(dims)).")
    }
    return dims
}

struct Sampler<G: NormalSource> {
    let g: G
    let legacy: Bool

    // MARK: Continuous

    /// Fills `size` (or returns one Python float) with `draw()`.
    func doubles(_ size: [Int]?, _ draw: () -> Double) throws -> Value {
        guard let size else { return .float(draw()) }
        let out = try NDArray(shape: size, dtype: .float64, zeroed: false)
        let p = out.data.assumingMemoryBound(to: Double.self)
        for i in 0..<out.count { p[i] = draw() }
        return .object(out)
    }

    func float32s(_ size: [Int]?) throws -> Value {
        let next = { Float(self.g.nextUInt32() >> 8) * (1.0 / 16777216.0) }
        guard let size else { return .float(Double(next())) }
        let out = try NDArray(shape: size, dtype: .float32, zeroed: false)
        let p = out.data.assumingMemoryBound(to: Float.self)
        for i in 0..<out.count { p[i] = next() }
        return .object(out)
    }

    /// numpy's `cont` with two parameters: scalars give one float (or a filled array), arrays
    /// broadcast together (and against `size`) and give one draw per element in C order.
    func cont2(_ a: Value, _ b: Value, _ size: [Int]?, check: (Double, Double) throws -> Void,
               _ draw: @escaping (Double, Double) -> Double) throws -> Value {
        let pa = try Param(a), pb = try Param(b)
        if case .scalar(let x) = pa, case .scalar(let y) = pb {
            try check(x, y)
            return try doubles(size) { draw(x, y) }
        }
        let arrA = try pa.array, arrB = try pb.array
        let shape = try broadcastForDraws(arrA.shape, arrB.shape, size)
        let va = try arrA.broadcast(to: shape), vb = try arrB.broadcast(to: shape)
        let (da, db) = (UnsafeRawPointer(va.data), UnsafeRawPointer(vb.data))
        var err: Error?
        NDArray.walk2(shape: shape, va.strides, vb.strides) { i, j in
            if err == nil {
                do { try check(da.load(fromByteOffset: i, as: Double.self), db.load(fromByteOffset: j, as: Double.self)) } catch { err = error }
            }
        }
        if let err { throw err }
        let out = try NDArray(shape: shape, dtype: .float64, zeroed: false)
        let p = out.data.assumingMemoryBound(to: Double.self)
        var k = 0
        NDArray.walk2(shape: shape, va.strides, vb.strides) { i, j in
            p[k] = draw(da.load(fromByteOffset: i, as: Double.self), db.load(fromByteOffset: j, as: Double.self))
            k += 1
        }
        return .object(out)
    }

    func normal(_ loc: Value, _ scale: Value, _ size: [Int]?) throws -> Value {
        let g = self.g
        return try cont2(loc, scale, size, check: { _, s in
            if s.sign == .minus && !s.isNaN { throw PythonError.valueError("scale < 0") }
        }) { l, s in l + s * g.standardNormal() }
    }

    func uniform(_ low: Value, _ high: Value, _ size: [Int]?) throws -> Value {
        let g = self.g
        let message = legacy ? "Range exceeds valid bounds" : "high - low range exceeds valid bounds"
        return try cont2(low, high, size, check: { l, h in
            if !(h - l).isFinite { throw PythonError.overflowError(message) }
        }) { l, h in l + (h - l) * g.nextDouble() }
    }

    // MARK: Integers

    /// numpy's inclusive bounds of an integer dtype.
    private static func bounds(_ t: DType) -> (Int128, Int128) {
        switch t {
        case .bool: return (0, 1)
        case .int8: return (-128, 127)
        case .int16: return (-32768, 32767)
        case .int32: return (-2147483648, 2147483647)
        case .int64: return (Int128(Int64.min), Int128(Int64.max))
        case .uint8: return (0, 255)
        case .uint16: return (0, 65535)
        case .uint32: return (0, 4294967295)
        default: return (0, Int128(UInt64.max))
        }
    }

    private static func bits(_ t: DType) -> Int {
        t == .bool ? 1 : t.itemsize * 8
    }

    /// An integer bound (Python or numpy integer, or a float truncated as `int()` does).
    private static func bound(_ v: Value) throws -> Int128 {
        switch v {
        case .int(let i): return Int128(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
            guard d.isFinite else { throw PythonError.overflowError("cannot convert float infinity to integer") }
            return clampedInt128(d)
        case .object(let o):
            if let s = o as? NPScalar {
                switch s.value {
                case .uint(let u): return Int128(u)
                case .float(let d): return clampedInt128(d)
                default: return Int128(s.value.asInt64)
                }
            }
            if let a = o as? NDArray, a.ndim == 0 { return try bound(elementValue(a.dtype, a.scalar(atOffset: 0))) }
            if let big = o as? PyInt {
                if let i = Int64(exactly: big.value) { return Int128(i) }
                if let u = UInt64(exactly: big.value) { return Int128(u) }
                let w = Array(big.value.words)
                if w.count == 2 {
                    let v = Int128(bitPattern: (UInt128(w[1]) << 64) | UInt128(w[0]))
                    if (v < 0) == (big.value.signum() < 0) { return v }
                }
                return big.value.signum() < 0 ? Int128(Int64.min) - 2 : Int128(UInt64.max) + 2
            }
            return Int128(try indexInt(v))
        case .none:
            throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
        }
    }

    /// A float bound truncated to an integer; magnitudes past 2**100 are out of every
    /// dtype's range anyway and are clamped there.
    private static func clampedInt128(_ d: Double) -> Int128 {
        if d.isNaN { return 0 }
        if abs(d) >= 1e30 { return d < 0 ? -(Int128(1) << 100) : Int128(1) << 100 }
        return Int128(d.rounded(.towardZero))
    }

    private static func isArrayArg(_ v: Value) -> Bool {
        if case .object(let o) = v {
            if let a = o as? NDArray { return a.ndim > 0 }
            return o is PyList || o is PyTuple
        }
        return false
    }

    /// Writes `off + draw` for each element (C order) into `out`.
    private func fillIntegers(_ out: NDArray, _ body: (inout BoundedSampler) -> UInt64) {
        var s = BoundedSampler(bits: Sampler.bits(out.dtype), masked: legacy)
        let n = out.count
        func run<T: FixedWidthInteger>(_: T.Type) {
            let p = out.data.assumingMemoryBound(to: T.self)
            for i in 0..<n { p[i] = T(truncatingIfNeeded: body(&s)) }
        }
        switch out.dtype {
        case .bool, .uint8: run(UInt8.self)
        case .int8: run(Int8.self)
        case .int16: run(Int16.self)
        case .uint16: run(UInt16.self)
        case .int32: run(Int32.self)
        case .uint32: run(UInt32.self)
        case .uint64: run(UInt64.self)
        default: run(Int64.self)
        }
    }

    /// `randint` / `integers`. `pythonResult`: a scalar result is a Python int/bool
    /// (`dtype=int` or `dtype=bool`, numpy's special case).
    func integers(_ lowArg: Value, _ highArg: Value?, _ size: [Int]?, dtype: DType, closed: Bool,
                  pythonResult: Bool) throws -> Value {
        guard dtype.isInteger || dtype == .bool else {
            throw PythonError.typeError("Unsupported dtype dtype('\(dtype.name)') for \(legacy ? "randint" : "integers")")
        }
        var low = lowArg, high = highArg ?? .none
        if high.isNone { high = low; low = .int(0) }
        let (lb, hb) = Sampler.bounds(dtype)
        let name = dtype.name
        if let size, size.contains(0) { return .object(try NDArray(shape: size, dtype: dtype)) }

        if !Sampler.isArrayArg(low) && !Sampler.isArrayArg(high) {
            let lo = try Sampler.bound(low)
            var hi = try Sampler.bound(high)
            if !closed { hi -= 1 }
            if lo < lb { throw PythonError.valueError("low is out of bounds for \(name)") }
            if hi > hb { throw PythonError.valueError("high is out of bounds for \(name)") }
            if lo > hi {
                let msg = closed ? (lo == 0 ? "high < 0" : "low > high") : (lo == 0 ? "high <= 0" : "low >= high")
                throw PythonError.valueError(msg)
            }
            let rng = UInt64(truncatingIfNeeded: hi - lo), off = UInt64(truncatingIfNeeded: lo)
            let g = self.g
            guard let size else {
                var s = BoundedSampler(bits: Sampler.bits(dtype), masked: legacy)
                let v = off &+ s.draw(g, rng)
                if dtype == .bool { return pythonResult ? .bool(v & 1 != 0) : .object(NPScalar(.bool, .bool(v & 1 != 0))) }
                let scalar = NPScalar(dtype, dtype.kind == .unsigned ? .uint(v) : .int(Int64(bitPattern: v)))
                return pythonResult ? scalar.pythonValue : .object(scalar)
            }
            let out = try NDArray(shape: size, dtype: dtype, zeroed: false)
            fillIntegers(out) { s in off &+ s.draw(g, rng) }
            return .object(out)
        }

        // Array bounds: broadcast, then one bounded draw per element.
        let lowArr = try asArray(low).contiguous(), highArr = try asArray(high).contiguous()
        let common = try broadcastShapes([lowArr.shape, highArr.shape])
        let shape = size ?? common
        let lv = try lowArr.broadcast(to: shape), hv = try highArr.broadcast(to: shape)
        var lows: [Int128] = [], highs: [Int128] = []
        for s in lv.scalars { lows.append(try Sampler.bound(elementValue(lowArr.dtype, s))) }
        for s in hv.scalars { highs.append(try Sampler.bound(elementValue(highArr.dtype, s)) - (closed ? 0 : 1)) }
        if lows.contains(where: { $0 < lb }) { throw PythonError.valueError("low is out of bounds for \(name)") }
        if highs.contains(where: { $0 > hb }) { throw PythonError.valueError("high is out of bounds for \(name)") }
        if zip(lows, highs).contains(where: { $0 > $1 }) {
            throw PythonError.valueError(closed ? "low > high" : "low >= high")
        }
        let out = try NDArray(shape: shape, dtype: dtype, zeroed: false)
        var k = 0
        let g = self.g
        fillIntegers(out) { s in
            let v = UInt64(truncatingIfNeeded: lows[k]) &+ s.draw(g, UInt64(truncatingIfNeeded: highs[k] - lows[k]))
            k += 1
            return v
        }
        return .object(out)
    }

    /// One Lemire (Generator) or masked (legacy) draw in [0, rng], 64-bit path.
    @inline(__always)
    func bounded(_ rng: UInt64) -> UInt64 {
        var s = BoundedSampler(bits: 64, masked: legacy)
        return s.draw(g, rng)
    }

    // MARK: Shuffles

    /// Fisher–Yates over `n` items with numpy's `random_interval`.
    func shuffleIndices(_ n: Int, _ swap: (Int, Int) -> Void) {
        var i = n - 1
        while i >= 1 {
            let j = Int(randomInterval(g, UInt64(i)))
            if i != j { swap(i, j) }
            i -= 1
        }
    }

    /// `shuffle(x)` in place: a list, or an array along `axis`.
    func shuffle(_ x: Value, axis: Int = 0) throws {
        guard case .object(let o) = x else {
            throw PythonError.typeError("object of type '\(x.typeName)' has no len()")
        }
        if let list = o as? PyList {
            shuffleIndices(list.items.count) { i, j in list.items.swapAt(i, j) }
            return
        }
        if let t = o as? PyTuple {
            if t.items.count > 1 {
                _ = randomInterval(g, UInt64(t.items.count - 1))
                throw PythonError.typeError("'tuple' object does not support item assignment")
            }
            return
        }
        guard let arr = o as? NDArray else {
            throw PythonError.typeError("object of type '\(x.typeName)' has no len()")
        }
        if arr.ndim == 0 { throw PythonError.typeError("len() of unsized object") }
        guard arr.writeable else { throw PythonError.valueError("assignment destination is read-only") }
        let ax = try normalizeAxis(axis, arr.ndim)
        let n = arr.shape[ax], stride = arr.strides[ax]
        var subShape = arr.shape, subStrides = arr.strides
        subShape.remove(at: ax)
        subStrides.remove(at: ax)
        if arr.count == 0 { return }
        let p = arr.data, size = arr.itemsize
        var tmp = [UInt8](repeating: 0, count: size)
        shuffleIndices(n) { i, j in
            NDArray.walk(shape: subShape, strides: subStrides) { o in
                let a = p + o + i * stride, b = p + o + j * stride
                tmp.withUnsafeMutableBytes { t in
                    t.baseAddress!.copyMemory(from: a, byteCount: size)
                    a.copyMemory(from: b, byteCount: size)
                    b.copyMemory(from: t.baseAddress!, byteCount: size)
                }
            }
        }
    }

    /// `permutation(x)`: a shuffled `arange(x)` or a shuffled copy along `axis`.
    func permutation(_ x: Value, axis: Int = 0) throws -> Value {
        if case .object(let o) = x, let arr = o as? NDArray, arr.ndim > 0 {
            return try permuteArray(arr, axis: axis)
        }
        if pythonScalarKind(x) == .signed || (x.asObject as? NPScalar)?.dtype.isInteger == true {
            let n = try indexInt(x)
            if n < 0 { throw PythonError.valueError("negative dimensions are not allowed") }
            let out = try NDArray(shape: [n], dtype: .int64, zeroed: false)
            let p = out.data.assumingMemoryBound(to: Int64.self)
            for i in 0..<n { p[i] = Int64(i) }
            try shuffle(.object(out))
            return .object(out)
        }
        let arr = try asArray(x)
        if arr.ndim == 0 {
            if legacy { throw PythonError.indexError("x must be an integer or at least 1-dimensional") }
            throw PythonError(NumpyTypes.axisError, "axis \(axis) is out of bounds for array of dimension 0")
        }
        return try permuteArray(arr, axis: axis)
    }

    private func permuteArray(_ arr: NDArray, axis: Int) throws -> Value {
        let ax = try normalizeAxis(axis, arr.ndim)
        if arr.ndim == 1 {
            let out = try arr.copy()
            try shuffle(.object(out))
            return .object(out)
        }
        let n = arr.shape[ax]
        let idx = try NDArray(shape: [n], dtype: .int64, zeroed: false)
        let p = idx.data.assumingMemoryBound(to: Int64.self)
        for i in 0..<n { p[i] = Int64(i) }
        try shuffle(.object(idx))
        return try takeArray(arr, .object(idx), axis: .int(ax), mode: nil)
    }

    // MARK: choice

    /// numpy's `kahan_sum`.
    private static func kahanSum(_ p: UnsafePointer<Double>, _ n: Int) -> Double {
        if n <= 0 { return 0 }
        var sum = p[0], c = 0.0
        for i in 1..<n {
            let y = p[i] - c
            let t = sum + y
            c = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// `cdf.searchsorted(u, side='right')` of the normalised cumulative sum of `p`.
    private static func cdf(_ p: [Double]) -> [Double] {
        var c = [Double](repeating: 0, count: p.count)
        var s = 0.0
        for i in 0..<p.count { s += p[i]; c[i] = s }
        let last = c.last ?? 1
        for i in 0..<c.count { c[i] /= last }
        return c
    }

    private static func searchRight(_ cdf: [Double], _ u: Double) -> Int {
        var lo = 0, hi = cdf.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if u < cdf[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    func choice(_ aArg: Value, _ sizeArg: Value?, replace: Bool, p pArg: Value?, axis: Int = 0, shuffle: Bool = true) throws -> Value {
        let a = try asArray(aArg)
        let size = try sizeArgument(sizeArg)
        let n = size.map { $0.reduce(1, *) } ?? 1
        let noSamples = size != nil && n == 0
        var popSize: Int
        var ax = 0
        if a.ndim == 0 {
            guard a.dtype.isInteger || a.dtype == .bool else {
                if legacy { throw PythonError.valueError("a must be 1-dimensional or an integer") }
                throw PythonError.valueError("a must be a sequence or an integer, not \(try repr(.object(aArg.pyType)))")
            }
            popSize = Int(a.scalar(atOffset: 0).asInt64)
            if popSize <= 0 && !noSamples {
                throw PythonError.valueError(legacy ? "a must be greater than 0 unless no samples are taken"
                                                    : "a must be a positive integer unless no samples are taken")
            }
        } else {
            if legacy {
                if a.ndim != 1 { throw PythonError.valueError("a must be 1-dimensional") }
            } else {
                ax = try normalizeAxis(axis, a.ndim)
            }
            popSize = a.shape[ax]
            if popSize == 0 && !noSamples {
                throw PythonError.valueError(legacy ? "'a' cannot be empty unless no samples are taken"
                                                    : "a cannot be empty unless no samples are taken")
            }
        }

        var probs: [Double]?
        if let pArg, !pArg.isNone {
            let pa = try asArray(pArg, dtype: .float64).contiguous()
            if pa.ndim != 1 { throw PythonError.valueError(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional") }
            if pa.count != popSize { throw PythonError.valueError(legacy ? "'a' and 'p' must have same size" : "a and p must have same size") }
            let pp = UnsafePointer(pa.data.assumingMemoryBound(to: Double.self))
            let sum = Sampler.kahanSum(pp, pa.count)
            let values = Array(UnsafeBufferPointer(start: pp, count: pa.count))
            if sum.isNaN { throw PythonError.valueError(legacy ? "probabilities contain NaN" : "Probabilities contain NaN") }
            if values.contains(where: { $0 < 0 }) {
                throw PythonError.valueError(legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative")
            }
            if abs(sum - 1.0) > 1.4901161193847656e-08 {
                throw PythonError.valueError(legacy ? "probabilities do not sum to 1"
                                                    : "Probabilities do not sum to 1. See Notes section of docstring for more information.")
            }
            probs = values
        }

        // The sampled indices, in C order of `size` (one index when size is None).
        var idx: [Int64]
        if replace {
            if let probs {
                let cdf = Sampler.cdf(probs)
                idx = (0..<n).map { _ in Int64(Sampler.searchRight(cdf, g.nextDouble())) }
            } else {
                if popSize <= 0 {
                    idx = []
                } else {
                    var s = BoundedSampler(bits: 64, masked: legacy)
                    let rng = UInt64(popSize - 1)
                    idx = (0..<n).map { _ in Int64(bitPattern: s.draw(g, rng)) }
                }
            }
        } else {
            if n > popSize {
                throw PythonError.valueError(legacy ? "Cannot take a larger sample than population when 'replace=False'"
                                                    : "Cannot take a larger sample than population when replace is False")
            }
            if var p = probs {
                if p.filter({ $0 > 0 }).count < n { throw PythonError.valueError("Fewer non-zero entries in p than size") }
                idx = []
                while idx.count < n {
                    let xs = (0..<(n - idx.count)).map { _ in g.nextDouble() }
                    for f in idx { p[Int(f)] = 0 }
                    let cdf = Sampler.cdf(p)
                    var seen = Set<Int64>()
                    for x in xs {
                        let v = Int64(Sampler.searchRight(cdf, x))
                        if seen.insert(v).inserted { idx.append(v) }
                    }
                }
            } else if legacy {
                var perm = Array(0..<Int64(popSize))
                shuffleIndices(popSize) { i, j in perm.swapAt(i, j) }
                idx = Array(perm.prefix(n))
            } else {
                idx = generatorSampleWithoutReplacement(popSize, n, shuffle: shuffle)
            }
        }

        if size == nil {
            let i = idx.first ?? 0
            if a.ndim == 0 { return .int(Int(i)) }
            return try takeArray(a, .int(Int(i)), axis: .int(ax), mode: nil)
        }
        let idxArr = try NDArray(shape: size!, dtype: .int64, zeroed: false)
        let ip = idxArr.data.assumingMemoryBound(to: Int64.self)
        for k in 0..<idx.count { ip[k] = idx[k] }
        if a.ndim == 0 { return .object(idxArr) }
        if idxArr.ndim == 0 {
            let r = try NDArray(shape: [], dtype: a.dtype, zeroed: false)
            guard case .object(let o) = try takeArray(a, .int(Int(idx[0])), axis: .int(ax), mode: nil) else { return .none }
            if let s = o as? NPScalar { r.setScalar(s.value, atOffset: 0) } else if let arr = o as? NDArray { return .object(arr) }
            return .object(r)
        }
        return try takeArray(a, .object(idxArr), axis: .int(ax), mode: nil)
    }

    /// Generator.choice(replace=False) without p: a tail shuffle for large populations,
    /// otherwise Floyd's algorithm with numpy's open-addressing set, then a shuffle.
    private func generatorSampleWithoutReplacement(_ pop: Int, _ size: Int, shuffle: Bool) -> [Int64] {
        let cutoff = shuffle ? 50 : 20
        if pop > 10000 && size > pop / cutoff {
            var data = Array(0..<Int64(pop))
            let first = Swift.max(pop - size, 1)
            var i = pop - 1
            while i >= first {
                let j = Int(bounded(UInt64(i)))
                data.swapAt(i, j)
                i -= 1
            }
            return Array(data[(pop - size)...])
        }
        var out = [Int64](repeating: 0, count: size)
        let setSize0 = UInt64(1.2 * Double(size))
        let mask = genMask(setSize0)
        let empty = UInt64.max
        var set = [UInt64](repeating: empty, count: Int(mask + 1))
        for j in (pop - size)..<pop {
            let val = bounded(UInt64(j))
            var loc = Int(val & mask)
            while set[loc] != empty && set[loc] != val { loc = (loc + 1) & Int(mask) }
            if set[loc] == empty {
                set[loc] = val
                out[j - pop + size] = Int64(val)
            } else {
                loc = j & Int(mask)
                while set[loc] != empty { loc = (loc + 1) & Int(mask) }
                set[loc] = UInt64(j)
                out[j - pop + size] = Int64(j)
            }
        }
        if shuffle {
            var i = size - 1
            while i >= 1 {
                let j = Int(bounded(UInt64(i)))
                out.swapAt(i, j)
                i -= 1
            }
        }
        return out
    }
}
