// The attributes and shape methods of ndarray, numpy's scalar classes and dtype objects.
// Arithmetic lives in Ufuncs/, reductions in Reductions/, printing in Printing/.

import UpdraftRuntime

/// The receiver of an ndarray method, or numpy's descriptor TypeError.
func arrayReceiver(_ v: Value, _ method: String) throws -> NDArray {
    guard case .object(let o) = v, let a = o as? NDArray else {
        throw PythonError.typeError("descriptor '\(method)' for 'numpy.ndarray' objects doesn't apply to a '\(v.typeName)' object")
    }
    return a
}

/// Shape arguments given either as one tuple or spread out (`reshape(2, 3)`, `reshape((2, 3))`).
func spreadShape(_ args: Args, _ fn: String) throws -> [Int] {
    if args.count == 1 { return try shapeArgument(args[0]) }
    return try args.positional.map(indexInt)
}

func installArrayType() {
    let t = NumpyTypes.ndarray
    func getter(_ name: String, _ body: @escaping (NDArray) throws -> Value) {
        t.defGetter(name) { v in try body(try arrayReceiver(v, name)) }
    }
    getter("shape") { a in .tuple(a.shape.map { .int($0) }) }
    getter("strides") { a in .tuple(a.strides.map { .int($0) }) }
    getter("dtype") { a in .object(PyDType.of(a.dtype)) }
    getter("ndim") { a in .int(a.ndim) }
    getter("size") { a in .int(a.count) }
    getter("itemsize") { a in .int(a.itemsize) }
    getter("nbytes") { a in .int(a.nbytes) }
    getter("T") { a in .object(try a.transposed()) }
    getter("base") { a in a.base.map { .object($0) } ?? .none }
    getter("flat") { a in .object(try a.contiguous().reshaped([a.count])) }
    getter("real") { a in
        guard a.dtype == .complex128 else { return .object(a) }
        return .object(NDArray(storage: a.storage, dtype: .float64, shape: a.shape, strides: a.strides,
                               offset: a.offset, base: a.base ?? a, writeable: a.writeable))
    }
    getter("imag") { a in
        guard a.dtype == .complex128 else { return .object(try NDArray(shape: a.shape, dtype: a.dtype)) }
        return .object(NDArray(storage: a.storage, dtype: .float64, shape: a.shape, strides: a.strides,
                               offset: a.offset + 8, base: a.base ?? a, writeable: a.writeable))
    }
    t.constructor = { _, args in
        let a = try bindArgs("ndarray", args, ["shape", "dtype", "buffer", "offset", "strides", "order"], required: 1)
        return .object(try NDArray(shape: try shapeArgument(a[0]!), dtype: try optionalDType(a[1]) ?? .float64))
    }

    let d = NumpyTypes.dtype
    func dtypeGetter(_ name: String, _ body: @escaping (DType) -> Value) {
        d.defGetter(name) { v in
            guard case .object(let o) = v, let dt = o as? PyDType else { throw PythonError.typeError("expected a dtype") }
            return body(dt.dtype)
        }
    }
    dtypeGetter("name") { .str($0.name) }
    dtypeGetter("itemsize") { .int($0.itemsize) }
    dtypeGetter("kind") { .str($0.kindCode) }
    dtypeGetter("type") { .object(NumpyTypes.scalarType($0)) }
    d.constructor = { _, args in
        try args.expect("dtype", min: 1, max: 1)
        return .object(PyDType.of(try dtypeArgument(args[0])))
    }
}

func installScalarTypes() {
    for dtype in DType.allCases {
        let t = NumpyTypes.scalarType(dtype)
        t.constructor = { _, args in
            try args.expect(dtype.name, min: 0, max: 1)
            if args.count == 0 { return .object(NPScalar(dtype, .int(0))) }
            let v = args[0]
            if case .object(let o) = v, let arr = o as? NDArray, arr.ndim > 0 {
                return .object(try arr.copy(dtype: dtype))
            }
            if case .object(let o) = v, let s = o as? PyStr {
                if dtype.isInexact { return .object(NPScalar(dtype, .float(try floatValue(.object(s))))) }
                return .object(NPScalar(dtype, .int(Int64(try indexInt(try intValue(.object(s)))))))
            }
            if dtype != .bool { try checkPythonInt(v, fits: dtype) }
            guard let s = try scalarValue(v) else {
                if dtype == .bool { return .object(NPScalar(.bool, .bool(try isTruthy(v)))) }
                throw PythonError.typeError("\(dtype.name)() argument must be a number, not '\(v.typeName)'")
            }
            return .object(NPScalar(dtype, s))
        }
        func getter(_ name: String, _ body: @escaping (NPScalar) -> Value) {
            t.defGetter(name) { v in
                guard case .object(let o) = v, let s = o as? NPScalar else { throw PythonError.typeError("expected a numpy scalar") }
                return body(s)
            }
        }
        getter("dtype") { .object(PyDType.of($0.dtype)) }
        getter("itemsize") { .int($0.dtype.itemsize) }
        getter("ndim") { _ in .int(0) }
        getter("shape") { _ in .tuple([]) }
        getter("size") { _ in .int(1) }
        getter("real") { s in
            if case .complex(let re, _) = s.value { return .object(NPScalar(.float64, .float(re))) }
            return .object(s)
        }
        getter("imag") { s in
            if case .complex(_, let im) = s.value { return .object(NPScalar(.float64, .float(im))) }
            return .object(NPScalar(s.dtype, .int(0)))
        }
        t.def("item") { v, args in
            guard case .object(let o) = v, let s = o as? NPScalar else { throw PythonError.typeError("expected a numpy scalar") }
            return s.pythonValue
        }
        t.def("tolist") { v, args in
            guard case .object(let o) = v, let s = o as? NPScalar else { throw PythonError.typeError("expected a numpy scalar") }
            return s.pythonValue
        }
        t.def("astype") { v, args in
            guard case .object(let o) = v, let s = o as? NPScalar else { throw PythonError.typeError("expected a numpy scalar") }
            try args.expect("astype", min: 1, max: 1)
            return .object(NPScalar(try dtypeArgument(args[0]), s.value))
        }
        t.def("is_integer") { v, _ in
            guard case .object(let o) = v, let s = o as? NPScalar else { throw PythonError.typeError("expected a numpy scalar") }
            if case .float(let d) = s.value { return .bool(d.isFinite && d.rounded(.towardZero) == d) }
            return .bool(s.dtype.isInteger)
        }
    }
}

func installArrayMethods() {
    let t = NumpyTypes.ndarray
    func method(_ name: String, _ body: @escaping (NDArray, Args) throws -> Value) {
        t.def(name) { v, args in try body(try arrayReceiver(v, name), args) }
    }
    method("reshape") { a, args in .object(try a.reshaped(try spreadShape(args, "reshape"))) }
    method("ravel") { a, _ in .object(try a.reshaped([a.count])) }
    method("flatten") { a, _ in .object(try a.copy().reshaped([a.count])) }
    method("transpose") { a, args in
        if args.count == 0 || (args.count == 1 && args[0].isNone) { return .object(try a.transposed()) }
        return .object(try a.transposed(try spreadShape(args, "transpose")))
    }
    method("swapaxes") { a, args in
        try args.expect("swapaxes", min: 2, max: 2)
        var perm = Array(0..<a.ndim)
        let (i, j) = (try normalizeAxis(try indexInt(args[0]), a.ndim), try normalizeAxis(try indexInt(args[1]), a.ndim))
        perm.swapAt(i, j)
        return .object(try a.transposed(perm))
    }
    method("squeeze") { a, args in
        let b = try bindArgs("squeeze", args, ["axis"])
        var shape: [Int] = [], strides: [Int] = []
        let only = try axisArgument(b[0]).map { try normalizeAxis($0, a.ndim) }
        if let only, a.shape[only] != 1 {
            throw PythonError.valueError("cannot select an axis to squeeze out which has size not equal to one")
        }
        for i in 0..<a.ndim where !(a.shape[i] == 1 && (only == nil || only == i)) {
            shape.append(a.shape[i]); strides.append(a.strides[i])
        }
        return .object(a.view(shape: shape, strides: strides, offset: a.offset))
    }
    method("astype") { a, args in
        let b = try bindArgs("astype", args, ["dtype", "order", "casting", "subok", "copy"], required: 1)
        return .object(try a.copy(dtype: try dtypeArgument(b[0]!)))
    }
    method("copy") { a, _ in .object(try a.copy()) }
    method("fill") { a, args in
        try args.expect("fill", min: 1, max: 1)
        guard let s = try scalarValue(args[0]) else {
            throw PythonError.typeError("float() argument must be a string or a real number, not '\(args[0].typeName)'")
        }
        try checkPythonInt(args[0], fits: a.dtype)
        a.fill(s)
        return .none
    }
    method("tolist") { a, _ in a.toList() }
    method("item") { a, args in
        if args.count == 0 {
            guard a.count == 1 else { throw PythonError.valueError("can only convert an array of size 1 to a Python scalar") }
            return pythonValue(of: try a.contiguous().scalar(atOffset: 0))
        }
        var flat: Int
        if args.count == 1 {
            flat = try indexInt(args[0])
            if flat < 0 { flat += a.count }
            if flat < 0 || flat >= a.count { throw PythonError.indexError("index \(try indexInt(args[0])) is out of bounds for size \(a.count)") }
            var idx = [Int](repeating: 0, count: a.ndim)
            for ax in stride(from: a.ndim - 1, through: 0, by: -1) { idx[ax] = flat % a.shape[ax]; flat /= a.shape[ax] }
            return pythonValue(of: a.scalar(atOffset: a.byteOffset(idx)))
        }
        guard case .object(let o) = try getItem(a, .tuple(args.positional)), let s = o as? NPScalar else {
            throw PythonError.valueError("incorrect number of indices for array")
        }
        return s.pythonValue
    }
    method("__array__") { a, _ in .object(a) }
    method("__len__") { a, _ in .int(try a.pyLen() ?? 0) }
}

extension NDArray {
    /// `tolist()`: nested Python lists of Python scalars.
    public func toList() -> Value {
        if ndim == 0 { return pythonValue(of: scalar(atOffset: 0)) }
        func build(_ axis: Int, _ off: Int) -> Value {
            var items: [Value] = []
            items.reserveCapacity(shape[axis])
            for i in 0..<shape[axis] {
                let o = off + i * strides[axis]
                items.append(axis == ndim - 1 ? pythonValue(of: scalar(atOffset: o)) : build(axis + 1, o))
            }
            return .list(items)
        }
        return build(0, 0)
    }
}
