// `numpy.random`: the legacy global RandomState behind np.random.seed / rand / randint / ...,
// RandomState objects, and `default_rng` → Generator(PCG64). The algorithms are in
// BitGenerators.swift and Sampling.swift; this file binds Python arguments to them.

import UpdraftRuntime

enum RandomTypes {
    static let randomState = PyType(name: "RandomState", bases: [PyType.object], builtin: true,
                                    layout: .builtin, module: "numpy.random.mtrand")
    static let generator = PyType(name: "Generator", bases: [PyType.object], builtin: true,
                                  layout: .builtin, module: "numpy.random._generator")
    static let pcg64 = PyType(name: "PCG64", bases: [PyType.object], builtin: true,
                              layout: .builtin, module: "numpy.random._pcg64")
}

private func addressText(_ o: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()), radix: 16, uppercase: true).leftPadded(16)
}

/// A `numpy.random.RandomState`.
final class PyRandomState: PyObject {
    let bits: MTBitGen
    init(_ bits: MTBitGen) { self.bits = bits }
    override var pyType: PyType { RandomTypes.randomState }
    override func pyRepr() throws -> String? { "RandomState(MT19937) at \(addressText(self))" }
    var sampler: Sampler<MTBitGen> { Sampler(g: bits, legacy: true) }

    /// The global state of the `np.random.*` functions, seeded from the system.
    static let global = PyRandomState(MTBitGen(MersenneTwister()))
}

/// A `numpy.random.PCG64` bit generator.
final class PyPCG64: PyObject {
    let bits: PCG64
    init(_ bits: PCG64) { self.bits = bits }
    override var pyType: PyType { RandomTypes.pcg64 }
    override func pyRepr() throws -> String? { "PCG64 at \(addressText(self))" }
}

/// A `numpy.random.Generator`.
final class PyGenerator: PyObject {
    let bitGenerator: PyPCG64
    init(_ bitGenerator: PyPCG64) { self.bitGenerator = bitGenerator }
    override var pyType: PyType { RandomTypes.generator }
    override func pyRepr() throws -> String? { "Generator(PCG64) at \(addressText(self))" }
    var sampler: Sampler<PCG64> { Sampler(g: bitGenerator.bits, legacy: false) }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}

// MARK: Seeding

private let seedRangeMessage = "Seed must be between 0 and 2**32 - 1"

/// `RandomState.seed(seed)` (numpy's `_legacy_seeding`).
private func legacySeed(_ mt: inout MersenneTwister, _ v: Value?) throws {
    guard let v, !v.isNone else { mt.reseedFromSystem(); return }
    var value = v
    if case .object(let o) = v, let a = o as? NDArray, a.count == 1 { value = elementValue(a.dtype, a.scalar(atOffset: 0)) }
    switch value {
    case .int, .bool:
        let i = try indexInt(value)
        guard i >= 0 && i <= 0xFFFF_FFFF else { throw PythonError.valueError(seedRangeMessage) }
        mt.initGenrand(UInt32(i))
        return
    case .float:
        throw PythonError.typeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
    case .object(let o):
        if let s = o as? NPScalar {
            guard s.dtype.isInteger || s.dtype == .bool else {
                throw PythonError.typeError("Cannot cast scalar from dtype('\(s.dtype.name)') to dtype('int64') according to the rule 'safe'")
            }
            let i = s.value.asInt64
            if case .uint(let u) = s.value, u > 0xFFFF_FFFF { throw PythonError.valueError(seedRangeMessage) }
            guard i >= 0 && i <= 0xFFFF_FFFF else { throw PythonError.valueError(seedRangeMessage) }
            mt.initGenrand(UInt32(i))
            return
        }
        if let big = o as? PyInt {
            _ = big
            throw PythonError.valueError(seedRangeMessage)
        }
    case .none: break
    }
    let arr = try asArray(value)
    if arr.count == 0 { throw PythonError.valueError("Seed must be non-empty") }
    guard arr.dtype.isInteger || arr.dtype == .bool else {
        throw PythonError.typeError("Cannot cast array data from dtype('\(arr.dtype.name)') to dtype('int64') according to the rule 'safe'")
    }
    if arr.ndim != 1 { throw PythonError.valueError("Seed array must be 1-d") }
    var key: [UInt32] = []
    for s in arr.scalars {
        if case .uint(let u) = s, u > 0xFFFF_FFFF { throw PythonError.valueError(seedRangeMessage) }
        let i = s.asInt64
        guard i >= 0 && i <= 0xFFFF_FFFF else { throw PythonError.valueError(seedRangeMessage) }
        key.append(UInt32(i))
    }
    mt.initByArray(key)
}

/// SeedSequence's entropy words for a seed (`_coerce_to_uint32_array`).
private func entropyWords(_ v: Value) throws -> [UInt32] {
    func notInt() throws -> PythonError {
        PythonError.typeError("SeedSequence expects int or sequence of ints for entropy not \(try str(v))")
    }
    switch v {
    case .int(let i):
        if i < 0 { throw PythonError.valueError("expected non-negative integer") }
        return SeedSequence.words(of: [UInt(i)])
    case .bool(let b):
        return [b ? 1 : 0]
    case .float: throw try notInt()
    case .none: throw try notInt()
    case .object(let o):
        if let s = o as? NPScalar {
            guard s.dtype.isInteger || s.dtype == .bool else { throw try notInt() }
            if case .uint(let u) = s.value { return SeedSequence.words(of: [UInt(u)]) }
            let i = s.value.asInt64
            if i < 0 { throw PythonError.valueError("expected non-negative integer") }
            return SeedSequence.words(of: [UInt(i)])
        }
        if let big = o as? PyInt {
            if big.value.signum() < 0 { throw PythonError.valueError("expected non-negative integer") }
            return SeedSequence.words(of: Array(big.value.words))
        }
        if let l = o as? PyList { return try l.items.flatMap(entropyWords) }
        if let t = o as? PyTuple { return try t.items.flatMap(entropyWords) }
        if let a = o as? NDArray {
            if a.ndim == 0 { return try entropyWords(elementValue(a.dtype, a.scalar(atOffset: 0))) }
            guard a.dtype.isInteger else { throw try notInt() }
            return try a.scalars.flatMap { try entropyWords(elementValue(a.dtype, $0)) }
        }
    }
    throw try notInt()
}

/// A PCG64 seeded as `PCG64(seed)` (None: fresh entropy from the system).
private func makePCG64(_ seed: Value?) throws -> PCG64 {
    let entropy: [UInt32]
    if let seed, !seed.isNone {
        entropy = try entropyWords(seed)
    } else {
        var rng = SystemRandomNumberGenerator()
        entropy = (0..<4).map { _ in UInt32(truncatingIfNeeded: rng.next()) }
    }
    let pool = SeedSequence.pool(entropy: entropy)
    return PCG64(words: SeedSequence.generateState64(pool: pool, words: 4))
}

// MARK: Argument helpers

/// `randint`'s dtype: (dtype, whether a scalar result is a Python int/bool).
private func integerDType(_ v: Value?, default def: DType, python: Bool) throws -> (DType, Bool) {
    guard let v, !v.isNone else { return (def, python) }
    if case .object(let o) = v, let t = o as? PyType {
        if t === PyType.int { return (.int64, true) }
        if t === PyType.bool { return (.bool, true) }
    }
    return (try dtypeArgument(v), false)
}

/// Dimensions given as separate arguments (`rand(2, 3)`).
private func dims(_ args: Args, _ fn: String) throws -> [Int]? {
    if let k = args.keywords.first { throw PythonError.typeError("\(fn)() got an unexpected keyword argument '\(k.name)'") }
    if args.count == 0 { return nil }
    let shape = try args.positional.map(indexInt)
    if shape.contains(where: { $0 < 0 }) { throw PythonError.valueError("negative dimensions are not allowed") }
    return shape
}

// MARK: Legacy methods

/// The RandomState methods, by name; the module's functions call them on the global state.
private let legacyMethods: [(String, (PyRandomState, Args) throws -> Value)] = [
    ("seed", { r, args in
        let b = try bindArgs("seed", args, ["seed"])
        try legacySeed(&r.bits.mt, b[0])
        return .none
    }),
    ("random_sample", { r, args in
        let b = try bindArgs("random_sample", args, ["size"])
        return try r.sampler.doubles(try sizeArgument(b[0])) { r.bits.nextDouble() }
    }),
    ("random", { r, args in
        let b = try bindArgs("random", args, ["size"])
        return try r.sampler.doubles(try sizeArgument(b[0])) { r.bits.nextDouble() }
    }),
    ("sample", { r, args in
        let b = try bindArgs("sample", args, ["size"])
        return try r.sampler.doubles(try sizeArgument(b[0])) { r.bits.nextDouble() }
    }),
    ("ranf", { r, args in
        let b = try bindArgs("ranf", args, ["size"])
        return try r.sampler.doubles(try sizeArgument(b[0])) { r.bits.nextDouble() }
    }),
    ("rand", { r, args in
        try r.sampler.doubles(try dims(args, "rand")) { r.bits.nextDouble() }
    }),
    ("randn", { r, args in
        try r.sampler.doubles(try dims(args, "randn")) { r.bits.gauss() }
    }),
    ("standard_normal", { r, args in
        let b = try bindArgs("standard_normal", args, ["size"])
        return try r.sampler.doubles(try sizeArgument(b[0])) { r.bits.gauss() }
    }),
    ("normal", { r, args in
        let b = try bindArgs("normal", args, ["loc", "scale", "size"])
        return try r.sampler.normal(b[0] ?? .float(0), b[1] ?? .float(1), try sizeArgument(b[2]))
    }),
    ("uniform", { r, args in
        let b = try bindArgs("uniform", args, ["low", "high", "size"])
        return try r.sampler.uniform(b[0] ?? .float(0), b[1] ?? .float(1), try sizeArgument(b[2]))
    }),
    ("randint", { r, args in
        let b = try bindArgs("randint", args, ["low", "high", "size", "dtype"], required: 1)
        let (dtype, python) = try integerDType(b[3], default: .int64, python: true)
        return try r.sampler.integers(b[0]!, b[1], try sizeArgument(b[2]), dtype: dtype, closed: false, pythonResult: python)
    }),
    ("choice", { r, args in
        let b = try bindArgs("choice", args, ["a", "size", "replace", "p"], required: 1)
        return try r.sampler.choice(b[0]!, b[1], replace: try b[2].map(isTruthy) ?? true, p: b[3])
    }),
    ("shuffle", { r, args in
        try args.expect("shuffle", min: 1, max: 1)
        try r.sampler.shuffle(args[0])
        return .none
    }),
    ("permutation", { r, args in
        try args.expect("permutation", min: 1, max: 1)
        return try r.sampler.permutation(args[0])
    }),
]

// MARK: Generator methods

private let generatorMethods: [(String, (PyGenerator, Args) throws -> Value)] = [
    ("random", { g, args in
        let b = try bindArgs("random", args, ["size", "dtype", "out"])
        let size = try sizeArgument(b[0])
        let dtype = try optionalDType(b[1]) ?? .float64
        if dtype == .float32 { return try g.sampler.float32s(size) }
        guard dtype == .float64 else { throw PythonError.typeError("Unsupported dtype dtype('\(dtype.name)') for random") }
        let bits = g.bitGenerator.bits
        return try g.sampler.doubles(size) { bits.nextDouble() }
    }),
    ("standard_normal", { g, args in
        let b = try bindArgs("standard_normal", args, ["size", "dtype", "out"])
        let dtype = try optionalDType(b[1]) ?? .float64
        let bits = g.bitGenerator.bits
        if dtype == .float32 {
            guard let size = try sizeArgument(b[0]) else { return .float(Double(Ziggurat.standardNormalFloat(bits))) }
            let out = try NDArray(shape: size, dtype: .float32, zeroed: false)
            let p = out.data.assumingMemoryBound(to: Float.self)
            for i in 0..<out.count { p[i] = Ziggurat.standardNormalFloat(bits) }
            return .object(out)
        }
        guard dtype == .float64 else {
            throw PythonError.typeError("Unsupported dtype dtype('\(dtype.name)') for standard_normal")
        }
        return try g.sampler.doubles(try sizeArgument(b[0])) { bits.standardNormal() }
    }),
    ("normal", { g, args in
        let b = try bindArgs("normal", args, ["loc", "scale", "size"])
        return try g.sampler.normal(b[0] ?? .float(0), b[1] ?? .float(1), try sizeArgument(b[2]))
    }),
    ("uniform", { g, args in
        let b = try bindArgs("uniform", args, ["low", "high", "size"])
        return try g.sampler.uniform(b[0] ?? .float(0), b[1] ?? .float(1), try sizeArgument(b[2]))
    }),
    ("integers", { g, args in
        let b = try bindArgs("integers", args, ["low", "high", "size", "dtype", "endpoint"], required: 1)
        let (dtype, python) = try integerDType(b[3], default: .int64, python: false)
        let closed = try b[4].map(isTruthy) ?? false
        return try g.sampler.integers(b[0]!, b[1], try sizeArgument(b[2]), dtype: dtype, closed: closed, pythonResult: python)
    }),
    ("choice", { g, args in
        let b = try bindArgs("choice", args, ["a", "size", "replace", "p", "axis", "shuffle"], required: 1)
        return try g.sampler.choice(b[0]!, b[1], replace: try b[2].map(isTruthy) ?? true, p: b[3],
                                    axis: try b[4].map(indexInt) ?? 0, shuffle: try b[5].map(isTruthy) ?? true)
    }),
    ("shuffle", { g, args in
        let b = try bindArgs("shuffle", args, ["x", "axis"], required: 1)
        try g.sampler.shuffle(b[0]!, axis: try b[1].map(indexInt) ?? 0)
        return .none
    }),
    ("permutation", { g, args in
        let b = try bindArgs("permutation", args, ["x", "axis"], required: 1)
        return try g.sampler.permutation(b[0]!, axis: try b[1].map(indexInt) ?? 0)
    }),
]

// MARK: Installation

func installRandom(_ m: PyModule) {
    let rs = RandomTypes.randomState
    for (name, body) in legacyMethods {
        m.function(name) { args in try body(PyRandomState.global, args) }
        // `sample` and `ranf` are aliases of the module only.
        if name == "sample" || name == "ranf" { continue }
        rs.def(name) { v, args in
            guard case .object(let o) = v, let r = o as? PyRandomState else {
                throw PythonError.typeError("descriptor '\(name)' for 'numpy.random.mtrand.RandomState' objects doesn't apply to a '\(v.typeName)' object")
            }
            return try body(r, args)
        }
    }
    rs.constructor = { _, args in
        let b = try bindArgs("RandomState", args, ["seed"])
        var mt = MersenneTwister(numpySeed: 0)
        try legacySeed(&mt, b[0])
        return .object(PyRandomState(MTBitGen(mt)))
    }

    let gen = RandomTypes.generator
    for (name, body) in generatorMethods {
        gen.def(name) { v, args in
            guard case .object(let o) = v, let g = o as? PyGenerator else {
                throw PythonError.typeError("descriptor '\(name)' for 'numpy.random._generator.Generator' objects doesn't apply to a '\(v.typeName)' object")
            }
            return try body(g, args)
        }
    }
    gen.defGetter("bit_generator") { v in
        guard case .object(let o) = v, let g = o as? PyGenerator else { throw PythonError.typeError("expected a Generator") }
        return .object(g.bitGenerator)
    }
    gen.constructor = { _, args in
        let b = try bindArgs("Generator", args, ["bit_generator"], required: 1)
        guard case .object(let o) = b[0]!, let bg = o as? PyPCG64 else {
            throw PythonError.typeError("Generator requires a PCG64 bit generator")
        }
        return .object(PyGenerator(bg))
    }
    RandomTypes.pcg64.constructor = { _, args in
        let b = try bindArgs("PCG64", args, ["seed"])
        return .object(PyPCG64(try makePCG64(b[0])))
    }

    m.function("default_rng") { args in
        let b = try bindArgs("default_rng", args, ["seed"])
        if let s = b[0], case .object(let o) = s {
            if o is PyGenerator { return s }
            if let bg = o as? PyPCG64 { return .object(PyGenerator(bg)) }
        }
        return .object(PyGenerator(PyPCG64(try makePCG64(b[0]))))
    }
    m.globals.set("RandomState", .object(rs))
    m.globals.set("Generator", .object(gen))
    m.globals.set("PCG64", .object(RandomTypes.pcg64))
}
