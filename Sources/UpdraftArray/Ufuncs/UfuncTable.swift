// The ufuncs of the numpy module and how each picks its loop: arithmetic keeps the common
// dtype (bool has or/and loops for + and *), true division and the float functions go to a
// float type, floor division, remainder and power have no bool loop (bool uses int8), and the
// comparison and logical ufuncs output bool.

import UpdraftRuntime

enum Resolvers {
    static func rejectComplex(_ name: String, _ t: DType) throws {
        if t == .complex128 { throw unsupportedTypesError(name) }
    }

    /// Same dtype in and out; complex allowed when `complex`.
    static func same(_ name: String, complex: Bool = false) -> LoopResolver {
        { t in
            if !complex { try rejectComplex(name, t) }
            return (t, t)
        }
    }

    /// Integer and float loops only: bool runs as int8.
    static func noBool(_ name: String) -> LoopResolver {
        { t in
            try rejectComplex(name, t)
            let l: DType = t == .bool ? .int8 : t
            return (l, l)
        }
    }

    /// Float loops: other types go to numpy's default float for them.
    static func float(_ name: String) -> LoopResolver {
        { t in
            try rejectComplex(name, t)
            let f = t.floatResult
            return (f, f)
        }
    }

    /// Bitwise operations: bool and integer loops (`bool` as int8 when `boolLoop` is false).
    static func integer(_ name: String, boolLoop: Bool = true) -> LoopResolver {
        { t in
            guard t.kind == .bool || t.isInteger else { throw unsupportedTypesError(name) }
            if t == .bool && !boolLoop { return (.int8, .int8) }
            return (t, t)
        }
    }

    static func predicate(_ name: String, complex: Bool = true) -> LoopResolver {
        { t in
            if !complex { try rejectComplex(name, t) }
            return (t, .bool)
        }
    }
}

enum Ufuncs {
    static func binary(_ name: String, _ k: BinaryKind, _ r: @escaping LoopResolver) -> Ufunc { Ufunc(name, .binary(k), r) }
    static func unary(_ name: String, _ k: UnaryKind, _ r: @escaping LoopResolver) -> Ufunc { Ufunc(name, .unary(k), r) }

    static let add = binary("add", .add, Resolvers.same("add", complex: true))
    static let subtract = binary("subtract", .subtract) { t in
        if t == .bool {
            throw PythonError.typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
        }
        return (t, t)
    }
    static let multiply = binary("multiply", .multiply, Resolvers.same("multiply", complex: true))
    static let divide = binary("divide", .divide) { t in
        t.kind <= .signed ? (.float64, .float64) : (t, t)
    }
    static let floorDivide = binary("floor_divide", .floorDivide, Resolvers.noBool("floor_divide"))
    static let remainder = binary("remainder", .remainder, Resolvers.noBool("remainder"))
    static let power = binary("power", .power, Resolvers.noBool("power"))
    static let bitwiseAnd = binary("bitwise_and", .bitAnd, Resolvers.integer("bitwise_and"))
    static let bitwiseOr = binary("bitwise_or", .bitOr, Resolvers.integer("bitwise_or"))
    static let bitwiseXor = binary("bitwise_xor", .bitXor, Resolvers.integer("bitwise_xor"))
    static let leftShift = binary("left_shift", .leftShift, Resolvers.integer("left_shift", boolLoop: false))
    static let rightShift = binary("right_shift", .rightShift, Resolvers.integer("right_shift", boolLoop: false))
    static let minimum = binary("minimum", .minimum, Resolvers.same("minimum"))
    static let maximum = binary("maximum", .maximum, Resolvers.same("maximum"))
    static let equal = binary("equal", .equal, Resolvers.predicate("equal"))
    static let notEqual = binary("not_equal", .notEqual, Resolvers.predicate("not_equal"))
    static let less = binary("less", .less, Resolvers.predicate("less", complex: false))
    static let lessEqual = binary("less_equal", .lessEqual, Resolvers.predicate("less_equal", complex: false))
    static let greater = binary("greater", .greater, Resolvers.predicate("greater", complex: false))
    static let greaterEqual = binary("greater_equal", .greaterEqual, Resolvers.predicate("greater_equal", complex: false))
    static let logicalAnd = binary("logical_and", .logicalAnd, Resolvers.predicate("logical_and"))
    static let logicalOr = binary("logical_or", .logicalOr, Resolvers.predicate("logical_or"))

    static let negative = unary("negative", .negative) { t in
        if t == .bool {
            throw PythonError.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        }
        return (t, t)
    }
    static let positive = unary("positive", .positive) { t in
        if t == .bool { throw noLoopError("positive", t) }
        return (t, t)
    }
    static let absolute = unary("absolute", .absolute) { t in (t, t == .complex128 ? .float64 : t) }
    static let invert = unary("invert", .invert, Resolvers.integer("invert"))
    static let isnan = unary("isnan", .isnan, Resolvers.predicate("isnan"))
    static let isfinite = unary("isfinite", .isfinite, Resolvers.predicate("isfinite"))
    static let sqrt = unary("sqrt", .sqrt, Resolvers.float("sqrt"))
    static let rint = unary("rint", .rint) { t in
        try Resolvers.rejectComplex("rint", t)
        let f = t.floatResult
        return (f, f)
    }

    /// The ufunc behind a binary operator (`@` has none).
    static func forOperator(_ op: BinaryOp) -> Ufunc? {
        switch op {
        case .add: return add
        case .sub: return subtract
        case .mul: return multiply
        case .div: return divide
        case .floorDiv: return floorDivide
        case .mod: return remainder
        case .pow: return power
        case .lShift: return leftShift
        case .rShift: return rightShift
        case .bitAnd: return bitwiseAnd
        case .bitOr: return bitwiseOr
        case .bitXor: return bitwiseXor
        case .matMul: return nil
        }
    }

    static func forComparison(_ op: CompareOp) -> Ufunc? {
        switch op {
        case .eq: return equal
        case .notEq: return notEqual
        case .lt: return less
        case .ltE: return lessEqual
        case .gt: return greater
        case .gtE: return greaterEqual
        default: return nil
        }
    }

    static func forUnary(_ op: UnaryOp) -> Ufunc? {
        switch op {
        case .minus: return negative
        case .plus: return positive
        case .invert: return invert
        case .not: return nil
        }
    }

    /// Every ufunc the module exposes, under its numpy name, plus aliases.
    static func all() -> [(String, Ufunc)] {
        var list: [Ufunc] = [
            add, subtract, multiply, divide, floorDivide, remainder, power,
            bitwiseAnd, bitwiseOr, bitwiseXor, leftShift, rightShift, minimum, maximum,
            equal, notEqual, less, lessEqual, greater, greaterEqual, logicalAnd, logicalOr,
            negative, positive, absolute, invert, isnan, isfinite, sqrt, rint,
        ]
        list += [
            binary("fmin", .fmin, Resolvers.same("fmin")),
            binary("fmax", .fmax, Resolvers.same("fmax")),
            binary("arctan2", .arctan2, Resolvers.float("arctan2")),
            binary("hypot", .hypot, Resolvers.float("hypot")),
            binary("copysign", .copysign, Resolvers.float("copysign")),
            binary("logical_xor", .logicalXor, Resolvers.predicate("logical_xor")),
            unary("sign", .sign) { t in
                if t == .bool { throw noLoopError("sign", t) }
                try Resolvers.rejectComplex("sign", t)
                return (t, t)
            },
            unary("square", .square, Resolvers.noBool("square")),
            unary("reciprocal", .reciprocal, Resolvers.noBool("reciprocal")),
            unary("floor", .floor, Resolvers.same("floor")),
            unary("ceil", .ceil, Resolvers.same("ceil")),
            unary("trunc", .trunc, Resolvers.same("trunc")),
            unary("isinf", .isinf, Resolvers.predicate("isinf")),
            unary("logical_not", .logicalNot, Resolvers.predicate("logical_not")),
            unary("signbit", .signbit, Resolvers.predicate("signbit", complex: false)),
            unary("fabs", .absolute, Resolvers.float("fabs")),
        ]
        let math: [(String, UnaryKind)] = [
            ("cbrt", .cbrt), ("exp", .exp), ("exp2", .exp2), ("expm1", .expm1), ("log", .log),
            ("log2", .log2), ("log10", .log10), ("log1p", .log1p), ("sin", .sin), ("cos", .cos),
            ("tan", .tan), ("arcsin", .arcsin), ("arccos", .arccos), ("arctan", .arctan),
            ("sinh", .sinh), ("cosh", .cosh), ("tanh", .tanh), ("arcsinh", .arcsinh),
            ("arccosh", .arccosh), ("arctanh", .arctanh), ("deg2rad", .deg2rad),
            ("rad2deg", .rad2deg), ("degrees", .rad2deg), ("radians", .deg2rad),
        ]
        for (name, k) in math { list.append(unary(name, k, Resolvers.float(name))) }
        var named = list.map { ($0.name, $0) }
        let aliases: [(String, String)] = [
            ("true_divide", "divide"), ("mod", "remainder"), ("abs", "absolute"),
            ("bitwise_not", "invert"), ("bitwise_invert", "invert"), ("pow", "power"),
            ("bitwise_left_shift", "left_shift"), ("bitwise_right_shift", "right_shift"),
            ("acos", "arccos"), ("asin", "arcsin"), ("atan", "arctan"), ("atan2", "arctan2"),
            ("acosh", "arccosh"), ("asinh", "arcsinh"), ("atanh", "arctanh"),
        ]
        for (alias, target) in aliases {
            if let u = list.first(where: { $0.name == target }) { named.append((alias, u)) }
        }
        return named
    }
}
