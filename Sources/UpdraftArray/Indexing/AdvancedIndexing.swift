// Advanced ("fancy") indexing: integer arrays and lists, boolean masks and boolean scalars,
// alone or combined with integers, slices, None and Ellipsis in a tuple. The result is always
// a copy, laid out as numpy lays it out: the broadcast index dimensions first in memory, then
// the remaining (sliced) dimensions, transposed into place when the advanced indices are all
// next to each other but not at the front.

import UpdraftRuntime

let onlyIntegersMessage = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"

/// One entry of an advanced index key.
enum AdvancedItem {
    case integer(Int)
    case slice(PySlice)
    case newAxis
    case ellipsis
    /// An integer index array (int64, ndim >= 1).
    case intArray(NDArray)
    /// A boolean mask (ndim >= 1), standing for its `nonzero()` arrays.
    case boolArray(NDArray)
    /// `True`/`False` (or a 0-d bool array): a new axis of length 1 or 0.
    case boolScalar(Bool)
}

/// An index array acting on one axis of the source (or on a virtual axis of length 1).
struct FancyAxis {
    var index: NDArray
    var stride: Int
    var size: Int
    var axis: Int
}

/// Everything needed to read or write the elements an advanced index selects.
struct IndexPlan {
    /// The result dimensions that come from slices, None, Ellipsis and unindexed axes.
    var subShape: [Int] = []
    var subStrides: [Int] = []
    /// Byte offset (from the array's `data`) of the first element, integers and slices applied.
    var offset = 0
    /// Where the broadcast index dimensions go in the result's shape.
    var insertAt = 0
    var fancy: [FancyAxis] = []
    var bshape: [Int] = []

    /// The result's shape in numpy's order.
    var resultShape: [Int] {
        Array(subShape[0..<insertAt]) + bshape + Array(subShape[insertAt...])
    }

    /// The axes of the (broadcast dims, sub dims) layout that make up the result, in order.
    var resultPermutation: [Int] {
        let nb = bshape.count
        return Array(0..<insertAt).map { nb + $0 } + Array(0..<nb) + Array(insertAt..<subShape.count).map { nb + $0 }
    }
}

/// A shape as numpy's indexing messages print it: `(2,)`, `(2,3)` (no spaces).
func compactShapeText(_ shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ",") + ")"
}

// MARK: Parsing the key

/// The entries of `key`, and whether a 0-d integer array was among them (which makes numpy
/// return a copy even where an integer would give a view).
func advancedItems(_ key: Value) throws -> (items: [AdvancedItem], scalarArray: Bool) {
    let raw: [Value]
    if case .object(let o) = key, let t = o as? PyTuple { raw = t.items } else { raw = [key] }
    var items: [AdvancedItem] = []
    var scalarArray = false
    for v in raw {
        switch v {
        case .int(let i): items.append(.integer(i))
        case .bool(let b): items.append(.boolScalar(b))
        case .none: items.append(.newAxis)
        case .float: throw PythonError.indexError(onlyIntegersMessage)
        case .object(let o):
            if let s = o as? PySlice { items.append(.slice(s)) }
            else if o === PySingleton.ellipsis { items.append(.ellipsis) }
            else if let s = o as? NPScalar {
                if s.dtype == .bool { items.append(.boolScalar(s.value.asBool)) }
                else if s.dtype.isInteger { items.append(.integer(Int(s.value.asInt64))) }
                else { throw PythonError.indexError(onlyIntegersMessage) }
            }
            else if let arr = o as? NDArray { items.append(try arrayItem(arr, &scalarArray)) }
            else if o is PyList || o is PyTuple { items.append(try arrayItem(try sequenceIndexArray(v), &scalarArray)) }
            else if o is PyInt { throw PythonError.indexError("cannot fit 'int' into an index-sized integer") }
            else if let i = (try? o.pyIndex()) ?? nil, let n = try? indexInt(i) { items.append(.integer(n)) }
            else { throw PythonError.indexError(onlyIntegersMessage) }
        }
    }
    return (items, scalarArray)
}

private func arrayItem(_ arr: NDArray, _ scalarArray: inout Bool) throws -> AdvancedItem {
    if arr.dtype == .bool {
        return arr.ndim == 0 ? .boolScalar(arr.scalar(atOffset: 0).asBool) : .boolArray(arr)
    }
    guard arr.dtype.isInteger else {
        throw PythonError.indexError("arrays used as indices must be of integer (or boolean) type")
    }
    if arr.ndim == 0 {
        scalarArray = true
        return .integer(Int(arr.scalar(atOffset: 0).asInt64))
    }
    return .intArray(arr.dtype == .int64 ? arr : try arr.copy(dtype: .int64))
}

/// A list or tuple used as an index, as the array numpy makes of it (empty lists are integer).
private func sequenceIndexArray(_ v: Value) throws -> NDArray {
    let arr: NDArray
    do {
        arr = try arrayFromPython(v)
    } catch let e as PythonError {
        if e.isInstance(of: PyType.valueError), case .object(let m)? = e.exception.args.first,
           let s = m as? PyStr, s.value.hasPrefix("setting an array element with a sequence") {
            throw e
        }
        throw PythonError.indexError(onlyIntegersMessage)
    }
    if arr.count == 0 && arr.dtype == .float64 { return try NDArray(shape: arr.shape, dtype: .int64) }
    if !(arr.dtype.isInteger || arr.dtype == .bool) { throw PythonError.indexError(onlyIntegersMessage) }
    return arr
}

// MARK: Planning

/// The `nonzero()` of a boolean mask: one int64 array of positions per axis, in C order.
func maskNonzero(_ mask: NDArray) throws -> [NDArray] {
    var n = 0
    let p = mask.data
    mask.forEachOffset { if p.load(fromByteOffset: $0, as: UInt8.self) != 0 { n += 1 } }
    let nd = mask.ndim
    let outs = try (0..<nd).map { _ in try NDArray(shape: [n], dtype: .int64, zeroed: false) }
    if n == 0 || nd == 0 { return outs }
    let ptrs = outs.map { $0.data.assumingMemoryBound(to: Int64.self) }
    var index = [Int](repeating: 0, count: nd)
    var k = 0
    mask.forEachOffset { off in
        if p.load(fromByteOffset: off, as: UInt8.self) != 0 {
            for d in 0..<nd { ptrs[d][k] = Int64(index[d]) }
            k += 1
        }
        var d = nd - 1
        while d >= 0 {
            index[d] += 1
            if index[d] < mask.shape[d] { break }
            index[d] = 0
            d -= 1
        }
    }
    return outs
}

/// Resolves the items against `a`: slices and integers into a view geometry, index arrays
/// into `fancy`, and numpy's rule for where the broadcast index dimensions go.
func makeIndexPlan(_ a: NDArray, _ items: [AdvancedItem]) throws -> IndexPlan {
    var consumed = 0, ellipses = 0
    for item in items {
        switch item {
        case .integer, .slice, .intArray: consumed += 1
        case .boolArray(let m): consumed += m.ndim
        case .ellipsis: ellipses += 1
        case .newAxis, .boolScalar: break
        }
    }
    if consumed > a.ndim {
        throw PythonError.indexError("too many indices for array: array is \(a.ndim)-dimensional, but \(consumed) were indexed")
    }
    if ellipses > 1 { throw PythonError.indexError("an index can only have a single ellipsis ('...')") }

    var plan = IndexPlan()
    var axis = 0
    // numpy's `consec` logic: -1 before any advanced index, 0 inside the first run of them,
    // 1 after it, 2 once a second run starts (the broadcast dims then go first).
    var status = -1
    var integerError: PythonError?
    func mark(_ advanced: Bool) {
        if advanced {
            if status == -1 { plan.insertAt = plan.subShape.count; status = 0 }
            else if status == 1 { status = 2; plan.insertAt = 0 }
        } else if status == 0 {
            status = 1
        }
    }
    for item in items {
        switch item {
        case .integer(let i):
            mark(true)
            let n = a.shape[axis]
            let j = i < 0 ? i + n : i
            if j < 0 || j >= n {
                // numpy reports boolean shape mismatches before out-of-bounds integers.
                if integerError == nil {
                    integerError = PythonError.indexError("index \(i) is out of bounds for axis \(axis) with size \(n)")
                }
            } else {
                plan.offset += j * a.strides[axis]
            }
            axis += 1
        case .slice(let s):
            mark(false)
            let (start, _, step, count) = try s.indices(length: a.shape[axis])
            plan.subShape.append(count)
            plan.subStrides.append(a.strides[axis] * step)
            if count > 0 { plan.offset += start * a.strides[axis] }
            axis += 1
        case .newAxis:
            mark(false)
            plan.subShape.append(1)
            plan.subStrides.append(0)
        case .ellipsis:
            mark(false)
            for _ in 0..<(a.ndim - consumed) {
                plan.subShape.append(a.shape[axis])
                plan.subStrides.append(a.strides[axis])
                axis += 1
            }
        case .intArray(let idx):
            mark(true)
            plan.fancy.append(FancyAxis(index: idx, stride: a.strides[axis], size: a.shape[axis], axis: axis))
            axis += 1
        case .boolArray(let m):
            mark(true)
            for k in 0..<m.ndim where m.shape[k] != a.shape[axis + k] {
                throw PythonError.indexError("boolean index did not match indexed array along axis \(axis + k); size of axis is \(a.shape[axis + k]) but size of corresponding boolean axis is \(m.shape[k])")
            }
            for (k, idx) in try maskNonzero(m).enumerated() {
                plan.fancy.append(FancyAxis(index: idx, stride: a.strides[axis + k], size: a.shape[axis + k], axis: axis + k))
            }
            axis += m.ndim
        case .boolScalar(let b):
            mark(true)
            let idx = try NDArray(shape: [b ? 1 : 0], dtype: .int64)
            plan.fancy.append(FancyAxis(index: idx, stride: 0, size: 1, axis: axis))
        }
    }
    while axis < a.ndim {
        plan.subShape.append(a.shape[axis])
        plan.subStrides.append(a.strides[axis])
        axis += 1
    }

    if let integerError { throw integerError }
    let shapes = plan.fancy.map { $0.index.shape }
    do {
        plan.bshape = try broadcastShapes(shapes)
    } catch {
        throw PythonError.indexError("shape mismatch: indexing arrays could not be broadcast together with shapes "
                                     + shapes.map(compactShapeText).joined(separator: " ") + " ")
    }
    return plan
}

/// The byte offset (from `a.data`) of the sub-block for every position of the broadcast index
/// shape, in C order, with the indices bounds-checked and negative ones wrapped.
func fancyOffsets(_ plan: IndexPlan) throws -> [Int] {
    let n = plan.bshape.reduce(1, *)
    var offs = [Int](repeating: plan.offset, count: n)
    if n == 0 { return offs }
    for f in plan.fancy {
        let v = try f.index.broadcast(to: plan.bshape)
        let p = UnsafeRawPointer(v.data)
        let size = f.size, stride = f.stride
        var j = 0
        var bad: Int64?
        offs.withUnsafeMutableBufferPointer { o in
            v.forEachOffset { off in
                guard bad == nil else { return }
                let raw = p.load(fromByteOffset: off, as: Int64.self)
                var i = Int(raw)
                if i < 0 { i += size }
                if i < 0 || i >= size { bad = raw; return }
                o[j] += i * stride
                j += 1
            }
        }
        if let bad {
            throw PythonError.indexError("index \(bad) is out of bounds for axis \(f.axis) with size \(size)")
        }
    }
    return offs
}

// MARK: Element copies

/// An element of 16 bytes (complex128) with 8-byte alignment.
struct Pair { var a: UInt64; var b: UInt64 }

/// A loop over elements of some fixed-size type, run with the type that moves `itemsize` bytes.
protocol ElementKernel {
    func run<T>(_: T.Type)
}

extension ElementKernel {
    @inline(__always)
    func dispatch(_ itemsize: Int) {
        switch itemsize {
        case 1: run(UInt8.self)
        case 2: run(UInt16.self)
        case 4: run(UInt32.self)
        case 8: run(UInt64.self)
        default: run(Pair.self)
        }
    }
}

/// Gathers the sub-block at each of `offs` into the contiguous `dst`.
private func gather<T>(_: T.Type, _ src: UnsafeRawPointer, _ offs: [Int], _ subShape: [Int], _ subStrides: [Int],
                       _ dst: UnsafeMutableRawPointer) {
    let size = MemoryLayout<T>.stride
    if subShape.isEmpty {
        var d = 0
        for o in offs {
            dst.storeBytes(of: src.load(fromByteOffset: o, as: T.self), toByteOffset: d, as: T.self)
            d += size
        }
        return
    }
    var d = 0
    for base in offs {
        NDArray.walk(shape: subShape, strides: subStrides) { o in
            dst.storeBytes(of: src.load(fromByteOffset: base + o, as: T.self), toByteOffset: d, as: T.self)
            d += size
        }
    }
}

/// Writes the value elements (at `vOffs[j]` + the value's sub strides) to the sub-block at
/// each of `offs`.
private func scatter<T>(_: T.Type, _ dst: UnsafeMutableRawPointer, _ offs: [Int], _ subShape: [Int], _ subStrides: [Int],
                        _ src: UnsafeRawPointer, _ vOffs: [Int], _ vSubStrides: [Int]) {
    if subShape.isEmpty {
        for j in 0..<offs.count {
            dst.storeBytes(of: src.load(fromByteOffset: vOffs[j], as: T.self), toByteOffset: offs[j], as: T.self)
        }
        return
    }
    for j in 0..<offs.count {
        let (db, sb) = (dst + offs[j], src + vOffs[j])
        NDArray.walk2(shape: subShape, subStrides, vSubStrides) { o, i in
            db.storeBytes(of: sb.load(fromByteOffset: i, as: T.self), toByteOffset: o, as: T.self)
        }
    }
}

// MARK: Getting

func installAdvancedIndexing() {
    installTakePut()
}

/// `a[key]` for keys with arrays, lists or booleans.
func advancedGetItem(_ a: NDArray, _ key: Value) throws -> Value {
    let (items, _) = try advancedItems(key)
    if items.count == 1, case .boolArray(let m) = items[0], m.shape == a.shape {
        return .object(try maskGet(a, m))
    }
    let plan = try makeIndexPlan(a, items)
    let out = try gatherPlan(a, plan)
    if out.ndim == 0 { return elementValue(out.dtype, out.scalar(atOffset: 0)) }
    return .object(out)
}

/// The copy an index plan selects, in numpy's layout.
func gatherPlan(_ a: NDArray, _ plan: IndexPlan) throws -> NDArray {
    let offs = try fancyOffsets(plan)
    let out = try NDArray(shape: plan.bshape + plan.subShape, dtype: a.dtype, zeroed: false)
    if out.count > 0 {
        struct K: ElementKernel {
            let src: UnsafeRawPointer, offs: [Int], plan: IndexPlan, dst: UnsafeMutableRawPointer
            func run<T>(_ t: T.Type) { gather(t, src, offs, plan.subShape, plan.subStrides, dst) }
        }
        K(src: UnsafeRawPointer(a.data), offs: offs, plan: plan, dst: out.data).dispatch(a.itemsize)
    }
    if plan.insertAt != 0 && !plan.bshape.isEmpty {
        return try out.transposed(plan.resultPermutation)
    }
    return out
}

/// `a[mask]` with a mask of the array's own shape: the selected elements in C order.
private func maskGet(_ a: NDArray, _ m: NDArray) throws -> NDArray {
    var n = 0
    let mp = UnsafeRawPointer(m.data)
    m.forEachOffset { if mp.load(fromByteOffset: $0, as: UInt8.self) != 0 { n += 1 } }
    let out = try NDArray(shape: [n], dtype: a.dtype, zeroed: false)
    if n == 0 { return out }
    struct K: ElementKernel {
        let a: NDArray, m: NDArray, dst: UnsafeMutableRawPointer
        func run<T>(_: T.Type) {
            let src = UnsafeRawPointer(a.data), mp = UnsafeRawPointer(m.data)
            var d = 0
            let size = MemoryLayout<T>.stride
            NDArray.walk2(shape: a.shape, a.strides, m.strides) { o, mo in
                if mp.load(fromByteOffset: mo, as: UInt8.self) != 0 {
                    dst.storeBytes(of: src.load(fromByteOffset: o, as: T.self), toByteOffset: d, as: T.self)
                    d += size
                }
            }
        }
    }
    K(a: a, m: m, dst: out.data).dispatch(a.itemsize)
    return out
}

// MARK: Setting

/// The value of an assignment as an array of `dtype` (Python ints checked as numpy checks
/// them), copied when it shares memory with the target.
func assignmentSource(_ value: Value, _ target: NDArray) throws -> NDArray {
    if let s = try scalarValue(value), !(value.asObject is NDArray) {
        try checkPythonInt(value, fits: target.dtype)
        let one = try NDArray(shape: [], dtype: target.dtype, zeroed: false)
        one.setScalar(s, atOffset: 0)
        return one
    }
    var v: NDArray
    if case .object(let o) = value, let arr = o as? NDArray {
        v = arr.dtype == target.dtype ? arr : try arr.copy(dtype: target.dtype)
    } else {
        v = try arrayFromPython(value, dtype: target.dtype)
    }
    if v.storage === target.storage { v = try v.copy() }
    return v
}

/// `a[key] = value` for keys with arrays, lists or booleans.
func advancedSetItem(_ a: NDArray, _ key: Value, _ value: Value) throws {
    let (items, _) = try advancedItems(key)
    if items.count == 1, case .boolArray(let m) = items[0], m.ndim == a.ndim {
        _ = try makeIndexPlan(a, items)  // shape checks with numpy's messages
        return try maskSet(a, m, try assignmentSource(value, a))
    }
    let plan = try makeIndexPlan(a, items)
    if plan.fancy.isEmpty {
        // Only integers given as 0-d arrays: numpy assigns as with plain integers.
        let view = a.view(shape: plan.subShape, strides: plan.subStrides, offset: a.offset + plan.offset)
        let hasEllipsis = items.contains { if case .ellipsis = $0 { return true }; return false }
        if view.ndim == 0 && !hasEllipsis { return try assignElement(view, value) }
        return try assignValue(value, to: view)
    }
    let v = try assignmentSource(value, a)
    let stretched = try broadcastValue(v, plan)
    try scatterPlan(a, plan, try fancyOffsets(plan), stretched)
}

/// Item assignment of one element (numpy's `setitem` of the dtype): sequences are refused
/// with the messages of `int()`/`float()` conversion.
private func assignElement(_ target: NDArray, _ value: Value) throws {
    if case .object(let o) = value, o is PyList || o is PyTuple || (o as? NDArray).map({ $0.ndim > 0 }) == true {
        if target.dtype == .bool {
            target.setScalar(.bool(try isTruthy(value)), atOffset: 0)
            return
        }
        if target.dtype.isInteger && !(o is NDArray) {
            throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
        }
        throw PythonError.valueError("setting an array element with a sequence.")
    }
    try assignValue(value, to: target)
}

/// The value stretched to the plan's result shape (numpy's message when it does not fit).
func broadcastValue(_ v: NDArray, _ plan: IndexPlan) throws -> NDArray {
    let result = plan.resultShape
    var v = v
    let givenShape = v.shape
    // Surplus leading length-1 dimensions of the value are dropped (`a[[0, 1]] = [[5, 6]]`).
    while v.ndim > result.count && v.shape[0] == 1 {
        v = v.view(shape: Array(v.shape.dropFirst()), strides: Array(v.strides.dropFirst()), offset: v.offset)
    }
    do {
        return try v.broadcast(to: result)
    } catch {
        throw PythonError.valueError("shape mismatch: value array of shape \(compactShapeText(givenShape)) could not be broadcast to indexing result of shape \(compactShapeText(result))")
    }
}

/// Writes `stretched` (the value broadcast to the plan's result shape) through the plan.
func scatterPlan(_ a: NDArray, _ plan: IndexPlan, _ offs: [Int], _ stretched: NDArray) throws {
    let result = plan.resultShape
    if offs.isEmpty || plan.subShape.contains(0) { return }
    // The value in (broadcast dims, sub dims) order, matching `offs` and the sub walk.
    let nb = plan.bshape.count, p = plan.insertAt
    let order = Array(p..<(p + nb)) + Array(0..<p) + Array((p + nb)..<result.count)
    let vs = order.map { stretched.strides[$0] }
    var vOffs: [Int] = []
    vOffs.reserveCapacity(offs.count)
    NDArray.walk(shape: plan.bshape, strides: Array(vs[0..<nb])) { vOffs.append($0) }
    let vSub = Array(vs[nb...])
    struct K: ElementKernel {
        let dst: UnsafeMutableRawPointer, offs: [Int], plan: IndexPlan, src: UnsafeRawPointer, vOffs: [Int], vSub: [Int]
        func run<T>(_ t: T.Type) { scatter(t, dst, offs, plan.subShape, plan.subStrides, src, vOffs, vSub) }
    }
    K(dst: a.data, offs: offs, plan: plan, src: UnsafeRawPointer(stretched.data), vOffs: vOffs, vSub: vSub).dispatch(a.itemsize)
}

/// `a[mask] = v` with a mask of the array's own shape (numpy's boolean-assignment rules).
private func maskSet(_ a: NDArray, _ m: NDArray, _ v: NDArray) throws {
    var n = 0
    let mp = UnsafeRawPointer(m.data)
    m.forEachOffset { if mp.load(fromByteOffset: $0, as: UInt8.self) != 0 { n += 1 } }
    if v.ndim > 1 {
        throw PythonError.typeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has \(v.ndim) dimensions")
    }
    var vStride = 0
    if v.ndim == 1 && v.shape[0] != 1 {
        if v.shape[0] != n {
            throw PythonError.valueError("NumPy boolean array indexing assignment cannot assign \(v.shape[0]) input values to the \(n) output values where the mask is true")
        }
        vStride = v.strides[0]
    }
    if n == 0 { return }
    struct K: ElementKernel {
        let a: NDArray, m: NDArray, v: NDArray, vStride: Int
        func run<T>(_: T.Type) {
            let dst = a.data, src = UnsafeRawPointer(v.data), mp = UnsafeRawPointer(m.data)
            var vo = 0
            NDArray.walk2(shape: a.shape, a.strides, m.strides) { o, mo in
                if mp.load(fromByteOffset: mo, as: UInt8.self) != 0 {
                    dst.storeBytes(of: src.load(fromByteOffset: vo, as: T.self), toByteOffset: o, as: T.self)
                    vo += vStride
                }
            }
        }
    }
    K(a: a, m: m, v: v, vStride: vStride).dispatch(a.itemsize)
}
