// The `random` module: a `Random` class over a Mersenne Twister, and module functions bound to
// one shared instance seeded at import, as CPython's random.py does. The methods follow
// random.py (3.11) line by line, so a seeded script draws exactly the numbers CPython draws.

import BigInt
import Foundation

/// A `random.Random` instance.
public final class PyRandom: PyObject {
    var generator: MersenneTwister
    /// random.py's `gauss_next`: gauss() makes two values at a time; reseeding forgets it.
    var gaussNext: Double?
    init(_ generator: MersenneTwister) { self.generator = generator }
    override public var pyType: PyType { PyType.randomType }
}

extension PyType {
    public static let randomType: PyType = {
        let t = builtinType("Random")
        t.module = "random"
        return t
    }()
}

func makeRandomModule() -> PyModule {
    let module = PyModule(name: "random")
    installRandomMethods()
    let shared = PyRandom(MersenneTwister())
    module.globals.set("Random", .object(PyType.randomType))
    let exported = ["seed", "random", "uniform", "randint", "randrange", "choice", "choices", "shuffle",
                    "sample", "gauss", "normalvariate", "getrandbits", "expovariate", "triangular",
                    "lognormvariate", "paretovariate", "weibullvariate", "getstate", "setstate"]
    for name in exported {
        guard let method = PyType.randomType.dict[name] else { continue }
        module.globals.set(name, .object(PyBoundMethod(receiver: .object(shared), function: method)))
    }
    return module
}

private func installRandomMethods() {
    let type = PyType.randomType
    if type.dict["random"] != nil { return }
    func this(_ v: Value, _ method: String) throws -> PyRandom {
        try methodReceiver(v, as: PyRandom.self, method, "Random")
    }

    type.constructor = { _, args in
        let bound = try pythonArguments("Random", args, ["x"], defaults: 1, selfOffset: 0)
        return .object(PyRandom(try seededGenerator(bound[0] ?? .none, version: .int(2))))
    }

    type.def("seed") { selfValue, args in
        let bound = try pythonArguments("Random.seed", args, ["a", "version"], defaults: 2)
        let r = try this(selfValue, "seed")
        r.generator = try seededGenerator(bound[0] ?? .none, version: bound[1] ?? .int(2))
        r.gaussNext = nil
        return .none
    }

    // getstate() is (VERSION, the 624 state words plus the index, gauss_next), as random.py's.
    type.def("getstate") { selfValue, args in
        try args.expect("Random.getstate", min: 0, max: 0)
        let r = try this(selfValue, "getstate")
        let words: [Value] = r.generator.state.map { .int(Int($0)) } + [.int(r.generator.index)]
        return .tuple([.int(3), .tuple(words), r.gaussNext.map { .float($0) } ?? .none])
    }

    type.def("setstate") { selfValue, args in
        let b = try pythonArguments("Random.setstate", args, ["state"])
        let r = try this(selfValue, "setstate")
        let state = b[0] ?? .none
        let version = try getItem(state, .int(0))
        // Version 2 states stored the words as signed ints; they are read modulo 2**32.
        let isVersion2 = try valuesEqual(version, .int(2))
        guard try isVersion2 || valuesEqual(version, .int(3)) else {
            throw PythonError.valueError("state with version \(try repr(version)) passed to Random.setstate() of version 3")
        }
        let parts = try iterateToArray(state)
        guard parts.count == 3 else {
            throw PythonError.valueError(parts.count > 3 ? "too many values to unpack (expected 3)"
                                                         : "not enough values to unpack (expected 3, got \(parts.count))")
        }
        guard case .object(let o) = parts[1], let internalState = o as? PyTuple else {
            throw PythonError.typeError("state vector must be a tuple")
        }
        guard internalState.items.count == 625 else { throw PythonError.valueError("state vector is the wrong size") }
        var words: [UInt32] = []
        for item in internalState.items.prefix(624) {
            guard var big = item.bigIntValue else {
                throw PythonError.typeError("'\(item.typeName)' object cannot be interpreted as an integer")
            }
            if isVersion2 { big = floorMod(big, BigInt(1) << 32) }
            guard big.sign != .minus, let w = UInt32(exactly: big) else {
                throw PythonError.overflowError("Python int too large to convert to C unsigned long")
            }
            words.append(w)
        }
        let index = try indexInt(internalState.items[624])
        guard let generator = MersenneTwister(state: words, index: index) else {
            throw PythonError.valueError("invalid state")
        }
        r.generator = generator
        r.gaussNext = parts[2].isNone ? nil : try floatArgument(parts[2])
        return .none
    }

    type.def("random") { selfValue, args in
        try args.expect("Random.random", min: 0, max: 0)
        return .float(try this(selfValue, "random").generator.random())
    }

    type.def("getrandbits") { selfValue, args in
        try args.expect("Random.getrandbits", min: 1, max: 1)
        let k = try indexInt(args[0])
        if k < 0 { throw PythonError.valueError("number of bits must be non-negative") }
        return .integer(try this(selfValue, "getrandbits").generator.getrandbits(k))
    }

    type.def("uniform") { selfValue, args in
        let b = try pythonArguments("Random.uniform", args, ["a", "b"])
        let r = try this(selfValue, "uniform")
        let lo = b[0] ?? .none
        let hi = b[1] ?? .none
        // a + (b - a) * self.random(), with Python arithmetic.
        let width = try binaryOp(.sub, hi, lo)
        return try binaryOp(.add, lo, binaryOp(.mul, width, .float(r.generator.random())))
    }

    type.def("randrange") { selfValue, args in
        let b = try pythonArguments("Random.randrange", args, ["start", "stop", "step"], defaults: 2)
        return .integer(try randomRandrange(try this(selfValue, "randrange"), b[0] ?? .none, b[1], b[2]))
    }

    type.def("randint") { selfValue, args in
        let b = try pythonArguments("Random.randint", args, ["a", "b"])
        let r = try this(selfValue, "randint")
        return .integer(try randomRandrange(r, b[0] ?? .none, try binaryOp(.add, b[1] ?? .none, .int(1)), nil))
    }

    type.def("choice") { selfValue, args in
        let b = try pythonArguments("Random.choice", args, ["seq"])
        let r = try this(selfValue, "choice")
        let seq = b[0] ?? .none
        let n = try length(seq)
        if n == 0 { throw PythonError.indexError("Cannot choose from an empty sequence") }
        return try getItem(seq, .integer(r.generator.randbelow(BigInt(n))))
    }

    type.def("shuffle") { selfValue, args in
        let b = try pythonArguments("Random.shuffle", args, ["x"])
        let r = try this(selfValue, "shuffle")
        let x = b[0] ?? .none
        var i = try length(x) - 1
        if case .object(let o) = x, let list = o as? PyList {
            while i >= 1 {
                let j = Int(r.generator.randbelow(BigInt(i + 1)))
                if i < list.items.count && j < list.items.count { list.items.swapAt(i, j) }
                i -= 1
            }
            return .none
        }
        while i >= 1 {
            let j = Value.integer(r.generator.randbelow(BigInt(i + 1)))
            let xi = try getItem(x, .int(i))
            let xj = try getItem(x, j)
            try setItem(x, .int(i), xj)
            try setItem(x, j, xi)
            i -= 1
        }
        return .none
    }

    type.def("sample") { selfValue, args in
        let b = try pythonArguments("Random.sample", args, ["population", "k"], keywordOnly: ["counts"])
        return try randomSample(try this(selfValue, "sample"), b[0] ?? .none, b[1] ?? .none, counts: b[2])
    }

    type.def("choices") { selfValue, args in
        let b = try pythonArguments("Random.choices", args, ["population", "weights"], defaults: 1,
                                    keywordOnly: ["cum_weights", "k"])
        return try randomChoices(try this(selfValue, "choices"), b[0] ?? .none, weights: b[1], cumWeights: b[2], k: b[3])
    }

    type.def("gauss") { selfValue, args in
        let b = try pythonArguments("Random.gauss", args, ["mu", "sigma"], defaults: 2)
        let r = try this(selfValue, "gauss")
        let mu = try b[0].map(floatArgument) ?? 0.0
        let sigma = try b[1].map(floatArgument) ?? 1.0
        // random.py's gauss: Box-Muller, keeping the second value for the next call.
        var z = r.gaussNext
        r.gaussNext = nil
        if z == nil {
            let twoPi = 2.0 * Double.pi
            let x2pi = r.generator.random() * twoPi
            let g2rad = (-2.0 * Foundation.log(1.0 - r.generator.random())).squareRoot()
            z = Foundation.cos(x2pi) * g2rad
            r.gaussNext = Foundation.sin(x2pi) * g2rad
        }
        return .float(mu + (z ?? 0) * sigma)
    }

    type.def("normalvariate") { selfValue, args in
        let b = try pythonArguments("Random.normalvariate", args, ["mu", "sigma"], defaults: 2)
        let r = try this(selfValue, "normalvariate")
        return .float(normalVariate(r, try b[0].map(floatArgument) ?? 0.0, try b[1].map(floatArgument) ?? 1.0))
    }

    type.def("lognormvariate") { selfValue, args in
        let b = try pythonArguments("Random.lognormvariate", args, ["mu", "sigma"])
        let r = try this(selfValue, "lognormvariate")
        let z = normalVariate(r, try floatArgument(b[0] ?? .none), try floatArgument(b[1] ?? .none))
        let e = Foundation.exp(z)
        if e.isInfinite { throw PythonError.overflowError("math range error") }
        return .float(e)
    }

    type.def("expovariate") { selfValue, args in
        let b = try pythonArguments("Random.expovariate", args, ["lambd"])
        let r = try this(selfValue, "expovariate")
        let lambd = try floatArgument(b[0] ?? .none)
        let u = r.generator.random()
        if lambd == 0 { throw PythonError.zeroDivision("float division by zero") }
        return .float(-Foundation.log(1.0 - u) / lambd)
    }

    type.def("triangular") { selfValue, args in
        let b = try pythonArguments("Random.triangular", args, ["low", "high", "mode"], defaults: 3)
        let r = try this(selfValue, "triangular")
        var low = try b[0].map(floatArgument) ?? 0.0
        var high = try b[1].map(floatArgument) ?? 1.0
        var u = r.generator.random()
        var c = 0.5
        if let modeValue = b[2], !modeValue.isNone {
            let mode = try floatArgument(modeValue)
            if high - low == 0 { return .float(low) }
            c = (mode - low) / (high - low)
        }
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&low, &high)
        }
        return .float(low + (high - low) * (u * c).squareRoot())
    }

    type.def("paretovariate") { selfValue, args in
        let b = try pythonArguments("Random.paretovariate", args, ["alpha"])
        let r = try this(selfValue, "paretovariate")
        let alpha = try floatArgument(b[0] ?? .none)
        let u = 1.0 - r.generator.random()
        if alpha == 0 { throw PythonError.zeroDivision("float division by zero") }
        return try floatPower(u, -1.0 / alpha)
    }

    type.def("weibullvariate") { selfValue, args in
        let b = try pythonArguments("Random.weibullvariate", args, ["alpha", "beta"])
        let r = try this(selfValue, "weibullvariate")
        let alpha = try floatArgument(b[0] ?? .none)
        let beta = try floatArgument(b[1] ?? .none)
        let u = 1.0 - r.generator.random()
        if beta == 0 { throw PythonError.zeroDivision("float division by zero") }
        guard case .float(let p) = try floatPower(-Foundation.log(u), 1.0 / beta) else { return .none }
        return .float(alpha * p)
    }
}
