// Typing rules for calls (builtins, math, numpy, methods, other compiled functions, closures,
// exception and number classes), attributes, indexing and iteration.

import UpdraftArray
import UpdraftSyntax

enum NumpyTyping {
    /// Elementwise functions of one argument whose result is floating point.
    static let floatUnary: Set<String> = [
        "sqrt", "exp", "exp2", "log", "log10", "log2", "log1p", "expm1", "sin", "cos", "tan", "arcsin", "arccos",
        "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg", "degrees",
        "radians", "cbrt", "floor", "ceil", "trunc", "rint",
    ]
    /// Elementwise functions of one argument that keep the argument's type.
    static let sameUnary: Set<String> = ["absolute", "abs", "fabs", "negative", "positive", "square", "sign", "conjugate", "conj"]
    static let predicateUnary: Set<String> = ["isnan", "isinf", "isfinite", "signbit", "logical_not"]
    static let binaryUfuncs: [String: BinaryOperator] = [
        "add": .add, "subtract": .sub, "multiply": .mul, "divide": .div, "true_divide": .div,
        "floor_divide": .floorDiv, "power": .pow, "mod": .mod, "remainder": .mod,
        "bitwise_and": .bitAnd, "bitwise_or": .bitOr, "bitwise_xor": .bitXor,
    ]
    static let floatBinary: Set<String> = ["arctan2", "hypot", "fmod", "copysign", "logaddexp"]
    static let sameBinary: Set<String> = ["maximum", "minimum", "fmax", "fmin"]
    static let compareUfuncs: [String: CompareOperator] = [
        "equal": .eq, "not_equal": .notEq, "less": .lt, "less_equal": .ltE, "greater": .gt, "greater_equal": .gtE,
    ]
    static var ufuncs: Set<String> {
        floatUnary.union(sameUnary).union(predicateUnary).union(binaryUfuncs.keys).union(floatBinary)
            .union(sameBinary).union(compareUfuncs.keys).subtracting(["abs"])
    }
    static let builtinFunctions: Set<String> = ["zeros", "empty", "arange", "array", "dot", "where", "concatenate"]
    static let reductions: Set<String> = ["sum", "prod", "min", "max", "amin", "amax", "mean", "std", "var", "median", "argmax", "argmin", "any", "all", "nansum", "nanmean", "nanmin", "nanmax"]
    static let creation: Set<String> = ["zeros", "empty", "ones", "full", "zeros_like", "empty_like", "ones_like", "full_like", "arange", "linspace", "array", "asarray", "copy", "identity", "eye"]
    static let constants: Set<String> = ["pi", "e", "inf", "nan", "euler_gamma"]
    static let other: Set<String> = ["dot", "allclose", "isclose", "cumsum", "cumprod", "sort", "argsort", "where", "round", "around", "clip", "concatenate", "sqrt", "transpose", "ravel", "reshape", "diff", "outer", "vdot", "trace", "unique", "count_nonzero", "nonzero", "interp"]

    static func knows(_ name: String) -> Bool {
        ufuncs.contains(name) || name == "abs" || reductions.contains(name) || creation.contains(name) || other.contains(name)
    }
}

/// The result of a reduction (`sum`, `mean`, `argmax`, ...) over all elements of an array of `dt`.
func reductionType(_ name: String, _ dt: NumbaType) -> NumbaType {
    switch name {
    case "sum", "nansum", "prod", "cumsum", "cumprod":
        switch dt {
        case .boolean: return .int64
        case .integer(let b, let s): return .integer(bits: max(64, b), signed: s)
        default: return dt
        }
    case "mean", "std", "var", "median", "nanmean":
        return dt.isIntegerLike ? .float64 : dt
    case "argmax", "argmin": return .int64
    case "any", "all": return .boolean
    default: return dt  // min, max, amin, amax
    }
}

extension TypeInference {
    // MARK: Calls

    func typeCall(_ f: Variable, _ ft: NumbaType, _ args: [NumbaType], _ kws: [(String, NumbaType)],
                  _ id: StatementID, _ loc: SourceLocation) throws -> NumbaType? {
        func record(_ r: NumbaType, _ target: CallTarget, args sigArgs: [NumbaType]? = nil) -> NumbaType {
            calltypes[id] = CallSignature(args: sigArgs ?? args.map(\.unliteral), keywords: kws.map { ($0.0, $0.1.unliteral) },
                                          returnType: r, target: target)
            return r
        }
        switch ft {
        case .function(let key):
            let r = try typeFunctionCall(key, args, kws, loc)
            return record(r, .function(key))
        case .boundFunction(let recv, let method):
            let r = try typeMethodCall(recv, method, args, kws, receiverVariable: boundReceivers[f], loc)
            return record(r, .method(receiver: recv, name: method))
        case .dispatcher(let ref, let name):
            guard let c = ref.object as? CompilableCallee else { throw error("'\(name)' is not callable", loc).final }
            guard kws.isEmpty else { throw error("keyword arguments to compiled functions are not supported yet", loc).final }
            guard let r = try calleeReturnType(c, args, id, loc) else { return nil }
            return record(r, .dispatcher(c))
        case .closure(let ref):
            guard kws.isEmpty else { throw error("keyword arguments to inner functions are not supported yet", loc).final }
            let typed = try closureCall(ref.object, args, loc)
            return record(typed.returnType, .closure(typed))
        case .exceptionClass(let name):
            for a in args where !(a.isNumber || a.isString) {
                throw noImplementation(name, args, loc, function: FunctionKey("builtins", name),
                                       reason: "exception arguments must be constants, strings or numbers")
            }
            return record(.exceptionInstance(name), .exceptionClass(name))
        case .numberClass(let t):
            guard args.count == 1, kws.isEmpty, args[0].isNumber || args[0].isString else {
                throw noImplementation(t.description, args, loc, function: FunctionKey("numpy", t.description), kws: kws)
            }
            return record(t, .numberClass(t))
        default:
            throw error("Cannot call a value of type \(ft)", loc).final
        }
    }

    private func dtypeArgument(_ t: NumbaType?, _ loc: SourceLocation) throws -> NumbaType? {
        guard let t else { return nil }
        switch t {
        case .numberClass(let d), .dtype(let d): return d
        case .function(let k) where k.module == "builtins":
            switch k.name {
            case "float": return .float64
            case "int": return .int64
            case "bool": return .boolean
            case "complex": return .complex128
            default: break
            }
        case .literalString(let s):
            if let d = DType.named(s) { return NumbaType(d) }
        case .none: return nil
        default: break
        }
        throw error("Cannot use \(t) as a dtype", loc).final
    }

    /// The ndim of a shape argument: an integer or a tuple of integers.
    private func shapeNDim(_ t: NumbaType) -> Int? {
        if t.isIntegerLike { return 1 }
        if let els = t.tupleElements, els.allSatisfy(\.isIntegerLike) { return els.count }
        return nil
    }

    func typeFunctionCall(_ key: FunctionKey, _ args: [NumbaType], _ kws: [(String, NumbaType)], _ loc: SourceLocation) throws -> NumbaType {
        let fail = { (reason: String?) -> TypingError in
            self.noImplementation(key.name, args, loc, function: key, kws: kws, reason: reason)
        }
        let u = args.map(\.unliteral)
        func kw(_ name: String) -> NumbaType? { kws.first(where: { $0.0 == name })?.1 }
        switch key.module {
        case "builtins", "numba":
            switch key.name {
            case "range", "prange":
                guard (1...3).contains(u.count), u.allSatisfy(\.isIntegerLike), kws.isEmpty else { throw fail(nil) }
                return .rangeState
            case "len":
                guard u.count == 1 else { throw fail(nil) }
                switch u[0] {
                case .array, .list, .uniTuple, .tuple, .unicode, .dict, .rangeState: return .int64
                default: throw fail(nil)
                }
            case "abs":
                guard u.count == 1 else { throw fail(nil) }
                switch u[0] {
                case .boolean: return .int64
                case .integer(let b, let s): return .integer(bits: max(64, b), signed: s)
                case .float: return u[0]
                case .complex: return .float64
                case .array(let dt, let nd, _, _): return .array(dt == .complex128 ? .float64 : dt, nd)
                default: throw fail(nil)
                }
            case "min", "max":
                if u.count == 1 {
                    switch u[0] {
                    case .array(let dt, _, _, _): return dt
                    case .list(let e, _), .uniTuple(let e, _): return e
                    default: throw fail(nil)
                    }
                }
                guard u.count >= 2, u.allSatisfy(\.isNumber) else { throw fail(nil) }
                var r = u[0]
                for t in u.dropFirst() {
                    guard let x = NumbaType.unify(r, t) else { throw fail(nil) }
                    r = x
                }
                return r == .boolean ? .boolean : r
            case "round":
                guard u.count >= 1, u.count <= 2, u[0].isNumber else { throw fail(nil) }
                if u.count == 2 {
                    guard u[1].isIntegerLike else { throw fail(nil) }
                    return u[0].isIntegerLike ? .int64 : u[0]
                }
                return .int64
            case "int":
                guard u.count == 1, u[0].isNumber || u[0].isString else { throw fail(nil) }
                return .int64
            case "float":
                guard u.count == 1, u[0].isNumber || u[0].isString else { throw fail(nil) }
                return .float64
            case "bool":
                guard u.count <= 1 else { throw fail(nil) }
                return .boolean
            case "complex":
                guard u.count <= 2, u.allSatisfy(\.isNumber) else { throw fail(nil) }
                return .complex128
            case "str":
                guard u.count == 1, u[0].isNumber || u[0].isString else { throw fail(nil) }
                return .unicode
            case "print":
                return .none
            case "enumerate":
                guard u.count >= 1, u.count <= 2 else { throw fail(nil) }
                if u.count == 2 { guard u[1].isIntegerLike else { throw fail(nil) } }
                return .enumerate(try iteratorType(u[0], loc))
            case "zip":
                return .zip(try u.map { try iteratorType($0, loc) })
            case "sum":
                guard u.count >= 1, u.count <= 2 else { throw fail(nil) }
                let e: NumbaType
                switch u[0] {
                case .array(let dt, _, _, _): e = dt
                case .list(let x, _), .uniTuple(let x, _): e = x
                case .rangeState: e = .int64
                default: throw fail(nil)
                }
                return reductionType("sum", e)
            case "pow":
                guard u.count == 2, let (_, r) = scalarBinaryOperator(.pow, u[0], u[1]) else { throw fail(nil) }
                return r
            case "divmod":
                guard u.count == 2, let (_, r) = scalarBinaryOperator(.floorDiv, u[0], u[1]) else { throw fail(nil) }
                return .uniTuple(r, 2)
            case "isinstance":
                return .boolean
            case "tuple":
                guard u.count == 1, let els = u[0].tupleElements else { throw fail(nil) }
                return .makeTuple(els)
            case "list":
                guard u.count == 1 else { throw fail(nil) }
                switch u[0] {
                case .list(let e, _), .uniTuple(let e, _): return .list(e, reflected: false)
                case .array(let dt, 1, _, _): return .list(dt, reflected: false)
                case .rangeState: return .list(.int64, reflected: false)
                default: throw fail(nil)
                }
            default: throw fail("\(key.name)() is not supported in nopython mode")
            }
        case "math":
            return try typeMathCall(key.name, u, fail)
        case "numpy":
            return try typeNumpyCall(key.name, args, kws, loc, fail)
        default:
            throw fail(nil)
        }
    }

    private func typeMathCall(_ name: String, _ u: [NumbaType], _ fail: (String?) -> TypingError) throws -> NumbaType {
        guard u.allSatisfy(\.isNumber), !u.contains(.complex128) else { throw fail(nil) }
        func floatOf(_ t: NumbaType) -> NumbaType { t == .float32 ? .float32 : .float64 }
        switch name {
        case "floor", "ceil", "trunc":
            guard u.count == 1 else { throw fail(nil) }
            return u[0].isIntegerLike ? (u[0] == .boolean ? .int64 : u[0]) : .int64
        case "isnan", "isinf", "isfinite":
            guard u.count == 1 else { throw fail(nil) }
            return .boolean
        case "gcd":
            guard u.count == 2, u.allSatisfy(\.isIntegerLike) else { throw fail(nil) }
            return .int64
        case "atan2", "pow", "hypot", "copysign", "fmod":
            guard u.count == 2 else { throw fail(nil) }
            return u.allSatisfy({ $0 == .float32 }) ? .float32 : .float64
        case "ldexp":
            guard u.count == 2, u[1].isIntegerLike else { throw fail(nil) }
            return floatOf(u[0])
        case "frexp":
            guard u.count == 1 else { throw fail(nil) }
            return .tuple([floatOf(u[0]), .int32])
        case "modf":
            guard u.count == 1 else { throw fail(nil) }
            return .uniTuple(floatOf(u[0]), 2)
        case "isclose":
            return .boolean
        default:
            guard u.count == 1, typedMathFunctions.contains(name) else { throw fail(nil) }
            return floatOf(u[0])
        }
    }

    private func typeNumpyCall(_ name: String, _ args: [NumbaType], _ kws: [(String, NumbaType)], _ loc: SourceLocation,
                               _ fail: (String?) -> TypingError) throws -> NumbaType {
        let u = args.map(\.unliteral)
        func kw(_ n: String) -> NumbaType? { kws.first(where: { $0.0 == n })?.1 }
        func arrayOrScalar(_ dt: NumbaType, like t: NumbaType) -> NumbaType {
            if case .array(_, let nd, _, _) = t { return .array(dt, nd) }
            return dt
        }
        // Elementwise functions.
        if NumpyTyping.floatUnary.contains(name) || NumpyTyping.sameUnary.contains(name) || NumpyTyping.predicateUnary.contains(name) {
            guard u.count == 1 else { throw fail(nil) }
            let x = u[0]
            guard let dt = x.arrayDType ?? (x.isNumber ? x : nil) else { throw fail(nil) }
            let out: NumbaType
            if NumpyTyping.predicateUnary.contains(name) { out = .boolean }
            else if NumpyTyping.floatUnary.contains(name) { out = dt.isIntegerLike ? .float64 : dt }
            else if name == "abs" || name == "absolute" || name == "fabs" { out = dt == .complex128 ? .float64 : (name == "fabs" && dt.isIntegerLike ? .float64 : dt) }
            else if dt == .boolean && (name == "negative" || name == "square") { out = .int8 }
            else { out = dt }
            return arrayOrScalar(out, like: x)
        }
        if let op = NumpyTyping.binaryUfuncs[name] {
            guard u.count == 2 else { throw fail(nil) }
            if u[0].isArray || u[1].isArray {
                guard let r = arrayBinaryOperator(op, u[0], u[1]) else { throw fail(nil) }
                return r
            }
            guard let dta = u[0].dtype, let dtb = u[1].dtype else { throw fail(nil) }
            var loop = NumbaType(ufuncLoopDType(dta, dtb))
            if op == .div && loop.isIntegerLike { loop = .float64 }
            return loop
        }
        if NumpyTyping.floatBinary.contains(name) || NumpyTyping.sameBinary.contains(name) {
            guard u.count == 2 else { throw fail(nil) }
            guard let dta = u[0].arrayDType?.dtype ?? u[0].dtype, let dtb = u[1].arrayDType?.dtype ?? u[1].dtype else { throw fail(nil) }
            var loop = NumbaType(ufuncLoopDType(dta, dtb))
            if NumpyTyping.floatBinary.contains(name) && loop.isIntegerLike { loop = .float64 }
            if u[0].isArray || u[1].isArray {
                let nd = max(u[0].arrayNDim ?? 0, u[1].arrayNDim ?? 0)
                return .array(loop, nd)
            }
            return loop
        }
        if let op = NumpyTyping.compareUfuncs[name] {
            guard u.count == 2 else { throw fail(nil) }
            if let r = arrayCompare(op, u[0], u[1]) { return r }
            guard scalarCompare(op, u[0], u[1]) != nil else { throw fail(nil) }
            return .boolean
        }
        // Reductions.
        if NumpyTyping.reductions.contains(name) {
            guard u.count >= 1 else { throw fail(nil) }
            let dt: NumbaType
            switch u[0] {
            case .array(let d, _, _, _): dt = d
            case let x where x.isNumber: dt = x
            case .list(let e, _): dt = e
            default: throw fail(nil)
            }
            if let axis = kw("axis") ?? (u.count >= 2 ? u[1] : nil), axis != .none {
                guard axis.isIntegerLike, case .array(_, let nd, _, _) = u[0], nd >= 1 else { throw fail(nil) }
                let r = reductionType(name, dt)
                return nd == 1 ? r : .array(r, nd - 1)
            }
            return reductionType(name, dt)
        }
        switch name {
        case "zeros", "empty", "ones":
            guard u.count >= 1, u.count <= 2, let nd = shapeNDim(u[0]) else { throw fail(nil) }
            let dt = try dtypeArgument(kw("dtype") ?? (u.count == 2 ? args[1] : nil), loc) ?? .float64
            return .array(dt, nd)
        case "full":
            guard u.count >= 2, let nd = shapeNDim(u[0]), u[1].isNumber else { throw fail(nil) }
            let dt = try dtypeArgument(kw("dtype") ?? (u.count == 3 ? args[2] : nil), loc) ?? u[1]
            return .array(dt, nd)
        case "zeros_like", "empty_like", "ones_like", "full_like":
            guard u.count >= 1, case .array(let d, let nd, _, _) = u[0] else { throw fail(nil) }
            let dt = try dtypeArgument(kw("dtype"), loc) ?? d
            return .array(dt, nd)
        case "copy", "asarray", "ascontiguousarray":
            guard u.count == 1 else { throw fail(nil) }
            if case .array(let d, let nd, _, _) = u[0] { return .array(d, nd) }
            if case .list(let e, _) = u[0], e.isNumber { return .array(e, 1) }
            throw fail(nil)
        case "arange":
            guard (1...3).contains(u.count), u.allSatisfy(\.isNumber) else { throw fail(nil) }
            if let dt = try dtypeArgument(kw("dtype"), loc) { return .array(dt, 1) }
            var r: NumbaType = .int64
            for t in u {
                guard let x = NumbaType.unify(r, t) else { throw fail(nil) }
                r = x
            }
            return .array(r == .boolean ? .int64 : r, 1)
        case "linspace":
            guard (2...3).contains(u.count), u.allSatisfy(\.isNumber) else { throw fail(nil) }
            return .array(u[0] == .complex128 || u[1] == .complex128 ? .complex128 : .float64, 1)
        case "identity", "eye":
            guard u.count >= 1, u[0].isIntegerLike else { throw fail(nil) }
            return .array(try dtypeArgument(kw("dtype"), loc) ?? .float64, 2)
        case "array":
            guard u.count >= 1 else { throw fail(nil) }
            let explicit = try dtypeArgument(kw("dtype") ?? (u.count == 2 ? args[1] : nil), loc)
            switch u[0] {
            case .array(let d, let nd, _, _): return .array(explicit ?? d, nd)
            case let x where x.isNumber: return .array(explicit ?? x, 0)
            case .list(let e, _), .uniTuple(let e, _):
                if e.isNumber { return .array(explicit ?? e, 1) }
                if case .uniTuple(let inner, _) = e, inner.isNumber { return .array(explicit ?? inner, 2) }
                if case .list(let inner, _) = e, inner.isNumber { return .array(explicit ?? inner, 2) }
                throw fail(nil)
            case .tuple(let ts) where ts.allSatisfy(\.isNumber):
                var r = ts[0]
                for t in ts.dropFirst() { r = NumbaType.unify(r, t) ?? r }
                return .array(explicit ?? r, 1)
            default: throw fail(nil)
            }
        case "dot", "vdot":
            guard u.count == 2, let r = arrayBinaryOperator(.matMul, u[0], u[1]) else { throw fail(nil) }
            return r
        case "outer":
            guard u.count == 2, let a = u[0].arrayDType?.dtype, let b = u[1].arrayDType?.dtype else { throw fail(nil) }
            return .array(NumbaType(ufuncLoopDType(a, b)), 2)
        case "allclose":
            return .boolean
        case "isclose":
            guard u.count >= 2 else { throw fail(nil) }
            if u[0].isArray || u[1].isArray { return .array(.boolean, max(u[0].arrayNDim ?? 0, u[1].arrayNDim ?? 0)) }
            return .boolean
        case "cumsum", "cumprod", "sort", "ravel", "diff", "unique":
            guard u.count >= 1, case .array(let d, _, _, _) = u[0] else { throw fail(nil) }
            return .array(name.hasPrefix("cum") ? reductionType(name, d) : d, 1)
        case "argsort", "nonzero":
            guard u.count == 1, case .array(_, let nd, _, _) = u[0] else { throw fail(nil) }
            return name == "argsort" ? .array(.int64, 1) : .uniTuple(.array(.int64, 1), nd)
        case "count_nonzero":
            return .int64
        case "trace":
            guard u.count == 1, case .array(let d, 2, _, _) = u[0] else { throw fail(nil) }
            return reductionType("sum", d)
        case "round", "around":
            guard u.count >= 1 else { throw fail(nil) }
            if case .array(let d, let nd, _, _) = u[0] { return .array(d, nd) }
            guard u[0].isNumber else { throw fail(nil) }
            return u[0]
        case "clip":
            guard u.count == 3, case .array(let d, let nd, _, _) = u[0] else { throw fail(nil) }
            return .array(d, nd)
        case "where":
            guard u.count == 3 else { throw fail(nil) }
            guard let a = u[1].arrayDType?.dtype ?? u[1].dtype, let b = u[2].arrayDType?.dtype ?? u[2].dtype else { throw fail(nil) }
            let nd = max(u[0].arrayNDim ?? 0, u[1].arrayNDim ?? 0, u[2].arrayNDim ?? 0)
            let dt = NumbaType(ufuncLoopDType(a, b))
            return nd == 0 ? dt : .array(dt, nd)
        case "transpose":
            guard u.count == 1 else { throw fail(nil) }
            return try typeGetattr(u[0], "T", loc)
        case "reshape":
            guard u.count == 2, case .array(let d, _, _, _) = u[0], let nd = shapeNDim(u[1]) else { throw fail(nil) }
            return .array(d, nd)
        case "concatenate":
            guard u.count >= 1, let els = u[0].tupleElements ?? { if case .list(let e, _) = u[0] { return [e] }; return nil }(),
                  case .array(let d, let nd, _, _)? = els.first else { throw fail(nil) }
            return .array(d, nd)
        case "interp":
            return u.first?.isArray == true ? .array(.float64, 1) : .float64
        default:
            throw fail("numpy.\(name) is not supported in nopython mode")
        }
    }

    // MARK: Methods

    func typeMethodCall(_ recv: NumbaType, _ method: String, _ args: [NumbaType], _ kws: [(String, NumbaType)],
                        receiverVariable: Variable?, _ loc: SourceLocation) throws -> NumbaType {
        let u = args.map(\.unliteral)
        let key = FunctionKey("\(recv.methodPrefix)", method)
        let fail = { (reason: String?) -> TypingError in
            TypingError(message: "No implementation of function Function(\(NumbaType.boundFunction(receiver: recv, method: method))) found for signature:",
                        notes: ["", " >>> \(method)(\(args.map(\.description).joined(separator: ", ")))", ""] + (reason.map { [$0] } ?? []),
                        location: loc, filename: self.ir.filename)
        }
        _ = key
        switch recv {
        case .array(let dt, let nd, let layout, _):
            if NumpyTyping.reductions.contains(method) {
                let axis = kws.first(where: { $0.0 == "axis" })?.1 ?? u.first
                if let axis, axis != .none {
                    guard axis.isIntegerLike else { throw fail(nil) }
                    let r = reductionType(method, dt)
                    return nd == 1 ? r : .array(r, nd - 1)
                }
                return reductionType(method, dt)
            }
            switch method {
            case "copy": return .array(dt, nd)
            case "reshape":
                if u.count == 1, let n = shapeNDim(u[0]) { return .array(dt, n) }
                guard !u.isEmpty, u.allSatisfy(\.isIntegerLike) else { throw fail(nil) }
                return .array(dt, u.count, layout == .F ? .F : .C)
            case "ravel", "flatten": return .array(dt, 1)
            case "transpose": return try typeGetattr(recv, "T", loc)
            case "astype":
                guard u.count == 1, let d = try dtypeArgument(args[0], loc) else { throw fail(nil) }
                return .array(d, nd)
            case "fill":
                guard u.count == 1, u[0].isNumber else { throw fail(nil) }
                return .none
            case "item": return dt
            case "cumsum", "cumprod": return .array(reductionType(method, dt), 1)
            case "sort": return .none
            case "argsort": return .array(.int64, 1)
            case "dot":
                guard u.count == 1, let r = arrayBinaryOperator(.matMul, recv, u[0]) else { throw fail(nil) }
                return r
            case "nonzero": return .uniTuple(.array(.int64, 1), nd)
            case "conj", "conjugate": return recv
            default: throw fail("array.\(method) is not supported in nopython mode")
            }
        case .list(let e, let reflected):
            switch method {
            case "append":
                guard u.count == 1 else { throw fail(nil) }
                if let rv = receiverVariable {
                    guard let ne = NumbaType.unify(e, u[0]) else {
                        throw error("Cannot append a value of type \(u[0]) to \(recv) (list items must have one type)", loc,
                                    notes: ["  the list '\(rv.name)' holds \(e)"]).final
                    }
                    if ne != e { try refine(rv, .list(ne, reflected: reflected), loc) }
                } else if !u[0].converts(to: e) && e != .undefined {
                    throw fail(nil)
                }
                return .none
            case "extend":
                guard u.count == 1 else { throw fail(nil) }
                let other: NumbaType
                switch u[0] {
                case .list(let x, _), .uniTuple(let x, _): other = x
                case .array(let d, 1, _, _): other = d
                default: throw fail(nil)
                }
                if let rv = receiverVariable, let ne = NumbaType.unify(e, other), ne != e {
                    try refine(rv, .list(ne, reflected: reflected), loc)
                }
                return .none
            case "insert":
                guard u.count == 2, u[0].isIntegerLike else { throw fail(nil) }
                if let rv = receiverVariable, let ne = NumbaType.unify(e, u[1]), ne != e {
                    try refine(rv, .list(ne, reflected: reflected), loc)
                }
                return .none
            case "pop":
                guard u.count <= 1, u.allSatisfy(\.isIntegerLike) else { throw fail(nil) }
                return e
            case "index", "count": return .int64
            case "reverse", "clear", "sort": return .none
            case "copy": return .list(e, reflected: false)
            default: throw fail("list.\(method) is not supported in nopython mode")
            }
        case .dict(let k, let v):
            switch method {
            case "get":
                guard (1...2).contains(u.count) else { throw fail(nil) }
                if u.count == 2 { return NumbaType.unify(v, u[1]) ?? v }
                return .optional(v)
            case "pop":
                guard (1...2).contains(u.count) else { throw fail(nil) }
                return v
            case "keys": return .list(k, reflected: false)
            case "values": return .list(v, reflected: false)
            case "items": return .list(.makeTuple([k, v]), reflected: false)
            case "clear": return .none
            default: throw fail("dict.\(method) is not supported in nopython mode")
            }
        case .unicode, .literalString:
            switch method {
            case "upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "replace", "join": return .unicode
            case "startswith", "endswith", "isdigit", "isalpha", "isspace", "isupper", "islower": return .boolean
            case "find", "rfind", "index", "count": return .int64
            case "split": return .list(.unicode, reflected: false)
            default: throw fail("str.\(method) is not supported in nopython mode")
            }
        case .complex:
            if method == "conjugate" { return recv }
            throw fail(nil)
        default:
            throw fail(nil)
        }
    }

    // MARK: Attributes

    func typeGetattr(_ t: NumbaType, _ attr: String, _ loc: SourceLocation) throws -> NumbaType {
        let unknown = { self.error("Unknown attribute '\(attr)' of type \(t)", loc).final }
        switch t {
        case .module(let name):
            switch name {
            case "math":
                if mathConstants.contains(attr) { return .float64 }
                if typedMathFunctions.contains(attr) { return .function(FunctionKey("math", attr)) }
            case "numpy":
                if NumpyTyping.constants.contains(attr) { return .float64 }
                if let d = DType.named(attr), attr != "int", attr != "float", attr != "bool" { return .numberClass(NumbaType(d)) }
                if attr == "bool_" { return .numberClass(.boolean) }
                if attr == "random" { return .module("numpy.random") }
                if NumpyTyping.knows(attr) { return .function(FunctionKey("numpy", attr)) }
            default: break
            }
            throw unknown()
        case .array(let dt, let nd, let layout, let ro):
            switch attr {
            case "shape", "strides": return nd == 0 ? .tuple([]) : .uniTuple(.int64, nd)
            case "size", "ndim", "itemsize", "nbytes": return .int64
            case "dtype": return .dtype(dt)
            case "T":
                let l: ArrayLayout = layout == .C ? .F : layout == .F ? .C : .A
                return .array(dtype: dt, ndim: nd, layout: nd <= 1 ? layout : l, readonly: ro)
            case "real", "imag":
                return .array(dtype: dt == .complex128 ? .float64 : dt, ndim: nd, layout: dt == .complex128 ? .A : layout, readonly: ro)
            case "flat": throw error("array.flat is not supported yet", loc).final
            default:
                if NumpyTyping.reductions.contains(attr) || ["copy", "reshape", "ravel", "flatten", "transpose", "astype", "fill",
                    "item", "cumsum", "cumprod", "sort", "argsort", "dot", "nonzero", "conj", "conjugate"].contains(attr) {
                    return .boundFunction(receiver: t, method: attr)
                }
                throw unknown()
            }
        case .list:
            if ["append", "extend", "insert", "pop", "index", "count", "reverse", "clear", "sort", "copy"].contains(attr) {
                return .boundFunction(receiver: t, method: attr)
            }
            throw unknown()
        case .dict:
            if ["get", "pop", "keys", "values", "items", "clear"].contains(attr) { return .boundFunction(receiver: t, method: attr) }
            throw unknown()
        case .unicode, .literalString:
            return .boundFunction(receiver: .unicode, method: attr)
        case .complex:
            if attr == "real" || attr == "imag" { return .float64 }
            if attr == "conjugate" { return .boundFunction(receiver: t, method: attr) }
            throw unknown()
        case .float, .integer, .boolean, .literalInt, .literalBool:
            if attr == "real" { return t.unliteral }
            if attr == "imag" { return t.unliteral }
            throw unknown()
        case .dtype(let d):
            if attr == "type" { return .numberClass(d) }
            if attr == "itemsize" { return .int64 }
            throw unknown()
        default:
            throw unknown()
        }
    }

    // MARK: Indexing

    /// Indexing an array with a tuple of index types: the result type (numba's `get_array_index_type`).
    func arrayIndexType(_ arr: NumbaType, _ index: [NumbaType], _ loc: SourceLocation) throws -> NumbaType? {
        guard case .array(let dt, let nd, let layout, let ro) = arr else { return nil }
        var ints = 0, slices = 0, ellipses = 0
        var advanced: NumbaType? = nil
        for t in index {
            switch t.unliteral {
            case .integer, .boolean: ints += 1
            case .slice2, .slice3: slices += 1
            case .none: break
            case .array(let d, _, _, _) where d.isIntegerLike: advanced = t
            default: return nil
            }
        }
        if let adv = advanced {
            // One advanced index (an integer or boolean array).
            guard index.count == 1, case .array(let d, let an, _, _) = adv else { return nil }
            if d == .boolean { return .array(dt, 1) }
            return .array(dt, nd - 1 + an)
        }
        _ = ellipses
        guard ints + slices <= nd else {
            throw error("too many indices for array: array is \(nd)-dimensional, but \(ints + slices) were indexed", loc).final
        }
        let newAxes = index.filter { $0 == .none }.count
        let resultND = nd - ints + newAxes
        if resultND == 0 { return dt }
        // Layout: C stays C when every index but the innermost is an integer and the innermost
        // is an integer or a slice without step; F mirrors that from the right.
        let real = index.filter { $0 != .none }
        func keeps(_ t: NumbaType, innermost: Bool) -> Bool {
            t.isIntegerLike || (innermost && t.unliteral == .slice2)
        }
        func contiguous(_ outer: [NumbaType]) -> Bool {
            for t in outer.dropLast() where !keeps(t, innermost: false) { return false }
            if let last = outer.last, !keeps(last, innermost: true) { return false }
            return true
        }
        var newLayout = layout
        switch layout {
        case .C: if !contiguous(real) { newLayout = .A }
        case .F: if real.count < nd || !contiguous(real.reversed()) { newLayout = .A }
        case .A: break
        }
        if newAxes > 0 && newLayout != .C { newLayout = .A }
        return .array(dtype: dt, ndim: resultND, layout: newLayout, readonly: ro)
    }

    func typeGetitem(_ base: NumbaType, _ index: NumbaType, staticIndex: IRConstant?, _ id: StatementID,
                     _ loc: SourceLocation) throws -> NumbaType {
        var result: NumbaType? = nil
        let ui = index.unliteral
        switch base.unliteral {
        case .array:
            result = try arrayIndexType(base.unliteral, ui.tupleElements ?? [ui], loc)
        case .list(let e, _):
            if ui.isIntegerLike { result = e }
            else if ui == .slice2 || ui == .slice3 { result = .list(e, reflected: false) }
        case .uniTuple(let e, let n):
            if case .int(let i)? = staticIndex {
                let j = i < 0 ? i + n : i
                guard j >= 0 && j < n else { throw error("tuple index out of range: index \(i) of \(base)", loc).final }
                result = e
            } else if ui.isIntegerLike { result = e }
            else if ui == .slice2 || ui == .slice3 { result = base }
        case .tuple(let ts):
            var constant: Int? = nil
            if case .int(let i)? = staticIndex { constant = i }
            if case .literalInt(let i) = index { constant = i }
            if let i = constant {
                let j = i < 0 ? i + ts.count : i
                guard j >= 0 && j < ts.count else { throw error("tuple index out of range: index \(i) of \(base)", loc).final }
                result = ts[j]
            }
        case .unicode:
            if ui.isIntegerLike || ui == .slice2 || ui == .slice3 { result = .unicode }
        case .dict(let k, let v):
            if k == .undefined || ui.converts(to: k) { result = v }
        default: break
        }
        guard let r = result else {
            throw noImplementation("getitem", [base, index], loc)
        }
        if r == .undefined {
            throw error("Cannot read an item of \(base): nothing was stored in it yet, so its item type is unknown", loc)
        }
        calltypes[id] = CallSignature(args: [base.unliteral, ui], returnType: r, target: .operator("getitem"))
        return r
    }

    func typeSetitem(_ target: Variable, _ base: NumbaType, _ index: NumbaType, _ value: NumbaType, _ id: StatementID,
                     _ loc: SourceLocation) throws {
        let ui = index.unliteral, uv = value.unliteral
        var ok = false
        switch base {
        case .array(let dt, _, _, let ro):
            if ro { throw error("Cannot modify readonly array of type: \(base)", loc).final }
            guard let view = try arrayIndexType(base, ui.tupleElements ?? [ui], loc) else { break }
            if view.isArray {
                ok = uv.isNumber || (uv.arrayDType?.isNumber ?? false)
            } else {
                ok = uv.isNumber && (dt != .boolean || uv.isIntegerLike || uv == .boolean || true)
            }
        case .list(let e, let reflected):
            guard ui.isIntegerLike else { break }
            if let ne = NumbaType.unify(e, uv) {
                if ne != e { try refine(target, .list(ne, reflected: reflected), loc) }
                ok = true
            }
        case .dict(let k, let v):
            guard let nk = NumbaType.unify(k, ui), let nv = NumbaType.unify(v, uv) else {
                throw error("Cannot store \(uv) under a key of type \(ui) in \(base)", loc).final
            }
            if nk != k || nv != v { try refine(target, .dict(nk, nv), loc) }
            ok = true
        default: break
        }
        guard ok else { throw noImplementation("setitem", [base, index, value], loc) }
        calltypes[id] = CallSignature(args: [base, ui, uv], returnType: .none, target: .operator("setitem"))
    }

    // MARK: Iteration

    func iteratorType(_ t: NumbaType, _ loc: SourceLocation) throws -> NumbaType {
        switch t.unliteral {
        case .rangeState: return .rangeIter
        case .array(_, let nd, _, _) where nd >= 1: return .arrayIter(t.unliteral)
        case .list: return .listIter(t.unliteral)
        case .uniTuple: return .tupleIter(t.unliteral)
        case .unicode: return .unicodeIter
        case .dict: return .dictKeyIter(t.unliteral)
        case .rangeIter, .arrayIter, .listIter, .tupleIter, .unicodeIter, .dictKeyIter, .enumerate, .zip: return t
        default: throw error("Cannot iterate over a value of type \(t)", loc).final
        }
    }

    func yieldType(_ it: NumbaType) -> NumbaType? {
        switch it {
        case .rangeIter: return .int64
        case .arrayIter(.array(let dt, let nd, let layout, let ro)):
            return nd == 1 ? dt : .array(dtype: dt, ndim: nd - 1, layout: layout == .C ? .C : .A, readonly: ro)
        case .listIter(.list(let e, _)): return e
        case .tupleIter(.uniTuple(let e, _)): return e
        case .unicodeIter: return .unicode
        case .dictKeyIter(.dict(let k, _)): return k
        case .enumerate(let inner):
            guard let y = yieldType(inner) else { return nil }
            return .makeTuple([.int64, y])
        case .zip(let its):
            var ys: [NumbaType] = []
            for i in its {
                guard let y = yieldType(i) else { return nil }
                ys.append(y)
            }
            return .makeTuple(ys)
        default: return nil
        }
    }
}
