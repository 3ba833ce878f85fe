// Calls: builtins (range, len, abs, min, max, round, int, float, bool), `math` and numpy scalar
// functions (LLVM intrinsics or libm), number classes (`np.float32(x)`), exception instances,
// methods of arrays and lists, and other compiled functions (a direct call by symbol).

import Foundation
import UpdraftCompiler
import UpdraftRuntime

extension FunctionLowering {
    func lowerCall(_ f: Variable, _ args: [Variable], _ kws: [(String, Variable)], targetType: NumbaType) throws -> (LLValue, NumbaType) {
        let sig = try signature()
        switch sig.target {
        case .function(let key):
            return try callFunction(key, args, kws, sig)
        case .method(let receiverType, let name):
            guard let recv = receivers[f] else { throw LoweringUnsupported("method \(name) without a receiver") }
            return try callMethod(recv, receiverType, name, args, sig)
        case .dispatcher(let callee):
            guard kws.isEmpty else { throw LoweringUnsupported("keyword arguments to a compiled function") }
            return try callCompiled(callee, args, sig)
        case .exceptionClass(let name):
            return try exceptionInstance(name, args, sig)
        case .numberClass(let t):
            guard args.count == 1, (try type(of: args[0])).isNumber else { throw LoweringUnsupported("\(t)() of a non-number") }
            return (try load(args[0], as: t), t)
        case .closure:
            throw LoweringUnsupported("calls to inner functions")
        case .operator(let name):
            throw LoweringUnsupported("operator \(name) as a call")
        }
    }

    // MARK: print

    /// `print(args...)`: the arguments stored as a tuple in memory for `updraft_print`.
    func lowerPrint(_ args: [Variable]) throws -> (LLValue, NumbaType) {
        var ts: [NumbaType] = []
        for a in args {
            let t = try type(of: a).unliteral
            switch t {
            case .boolean, .integer, .float, .array, .unicode, .none: ts.append(t)
            default: throw LoweringUnsupported("print() of \(t)")
            }
        }
        let f = try helper("updraft_print", c.i32, [c.i64, c.bytePointer])
        let index = NativeRuntime.registerPrint(ts)
        var buffer = c.constNull(c.bytePointer)
        if !ts.isEmpty {
            let st = c.structType(try ts.map { try types.memory($0) })
            let slot = entryAlloca(st, name: "printargs")
            for (i, (a, t)) in zip(args, ts).enumerated() {
                var v = try load(a, as: t)
                if t == .boolean { v = b.zext(v, c.i8) }
                b.store(v, b.structGEP(st, slot, i))
            }
            buffer = b.bitcast(slot, c.bytePointer)
        }
        checkStatus(b.call(f, [c.constI64(Int64(index)), buffer]))
        return (c.constInt(c.i8, 0), .none)
    }

    // MARK: Compiled functions

    func callCompiled(_ callee: CompilableCallee, _ args: [Variable], _ sig: CallSignature) throws -> (LLValue, NumbaType) {
        let argTypes = sig.args.map(\.unliteral)
        let target: LLFunction
        let returnType: NumbaType
        if let me = options.selfCallee, me === callee, argTypes == typed.argTypes {
            target = function
            returnType = typed.returnType
        } else {
            guard let native = callee as? NativeCallee else { throw LoweringUnsupported("call to \(callee.calleeName)") }
            let (sym, r) = try native.nativeSymbol(for: argTypes)
            let fnType = try FunctionLowering.functionType(types, args: argTypes, returnType: r)
            target = try module.declareFunction(sym, type: fnType)
            returnType = r
        }
        let result = entryAlloca(try types.llvm(returnType), name: "callresult")
        var values: [LLValue] = [result]
        for (a, t) in zip(args, argTypes) { values.append(try load(a, as: t)) }
        let status = b.call(target, values)
        checkStatus(status)
        return (b.load(try types.llvm(returnType), result), returnType)
    }

    // MARK: Exceptions

    /// `E(args...)`: { class name, record { kinds, values*, count } } for updraft_raise_args.
    func exceptionInstance(_ name: String, _ args: [Variable], _ sig: CallSignature) throws -> (LLValue, NumbaType) {
        var kinds: [String] = []
        let values = entryAlloca(c.arrayType(c.i64, count: max(args.count, 1)), name: "excargs")
        for (i, a) in args.enumerated() {
            let t = try type(of: a)
            let p = b.gep(c.arrayType(c.i64, count: max(args.count, 1)), values, [c.constI64(0), c.constI64(Int64(i))])
            switch t.unliteral {
            case .unicode:
                guard case .literalString(let s) = t else {
                    if case .string(let s)? = constants[a] { kinds.append("s" + s); continue }
                    throw LoweringUnsupported("exception arguments that are computed strings")
                }
                kinds.append("s" + s)
            case .boolean:
                kinds.append("b")
                b.store(b.zext(try load(a, as: .boolean), c.i64), p)
            case .integer:
                kinds.append("i")
                b.store(try load(a, as: .int64), p)
            case .float:
                kinds.append("f")
                b.store(b.bitcast(try load(a, as: .float64), c.i64), p)
            default:
                throw LoweringUnsupported("exception arguments of type \(t)")
            }
        }
        let recordType = c.structType([c.bytePointer, c.i64.pointer(), c.i64])
        let record = entryAlloca(recordType, name: "excrecord")
        var r = c.undef(recordType)
        r = b.insertValue(r, b.globalString(kinds.joined(separator: "\u{1F}")), 0)
        r = b.insertValue(r, b.bitcast(values, c.i64.pointer()), 1)
        r = b.insertValue(r, c.constI64(Int64(args.count)), 2)
        b.store(r, record)
        var e = c.undef(try types.llvm(.exceptionInstance(name)))
        e = b.insertValue(e, b.globalString(name), 0)
        e = b.insertValue(e, b.bitcast(record, c.bytePointer), 1)
        return (e, .exceptionInstance(name))
    }

    // MARK: Builtins, math, numpy

    func callFunction(_ key: FunctionKey, _ args: [Variable], _ kws: [(String, Variable)], _ sig: CallSignature) throws -> (LLValue, NumbaType) {
        let r = sig.returnType
        switch (key.module, key.name) {
        case ("builtins", "range"), ("numba", "prange"), ("builtins", "prange"):
            guard kws.isEmpty else { break }
            var parts = try args.map { try load($0, as: .int64) }
            if parts.count == 1 { parts = [c.constI64(0), parts[0], c.constI64(1)] }
            if parts.count == 2 { parts.append(c.constI64(1)) }
            if args.count == 3 { try raiseIf(b.icmp(.eq, parts[2], c.constI64(0)), "ValueError", "range() arg 3 must not be zero") }
            var s = c.undef(try types.llvm(.rangeState))
            for i in 0..<3 { s = b.insertValue(s, parts[i], i) }
            return (s, .rangeState)
        case ("builtins", "print"):
            guard kws.isEmpty else { break }
            return try lowerPrint(args)
        case ("builtins", "enumerate"), ("builtins", "zip"):
            guard kws.isEmpty else { break }
            return try makeCombinedIterator(key.name, args, r)
        case ("builtins", "len"):
            return (try length(try load(args[0]), try type(of: args[0])), .int64)
        case ("builtins", "abs"), ("numpy", "abs"), ("numpy", "absolute"), ("math", "fabs"), ("numpy", "fabs"):
            guard args.count == 1, r.isNumber else { break }
            let v = try load(args[0], as: r)
            if r.isFloat { return (b.call(try module.intrinsic("llvm.fabs", overloads: [v.type]), [v]), r) }
            if case .integer(_, false) = r { return (v, r) }
            return (b.select(b.icmp(.slt, v, c.constNull(v.type)), b.sub(c.constNull(v.type), v), v), r)
        case ("builtins", "min"), ("builtins", "max"):
            if args.count == 1 { return try reduction(key.name, args[0], r) }
            guard r.isNumber, kws.isEmpty else { break }
            var m = try load(args[0], as: r)
            for a in args.dropFirst() {
                let v = try load(a, as: r)
                let better = try compareNumbers(key.name == "max" ? .gt : .lt, v, m, r)
                m = b.select(better, v, m)
            }
            return (m, r)
        case ("builtins", "round"):
            guard args.count == 1, kws.isEmpty else { break }
            let t = try type(of: args[0])
            if t.isIntegerLike { return (try load(args[0], as: r), r) }
            let v = try load(args[0])
            let rounded = b.call(try module.intrinsic("llvm.roundeven", overloads: [v.type]), [v])
            return (try cast(rounded, from: t, to: r), r)
        case ("builtins", "int"), ("builtins", "float"), ("builtins", "bool"):
            guard args.count == 1 else {
                if args.isEmpty { return (c.constNull(try types.llvm(r)), r) }
                break
            }
            let t = try type(of: args[0])
            guard t.isNumber else { break }
            if options.checkedIntegers, key.name == "int", case .float = t.unliteral, case .integer(64, true) = r.unliteral {
                // Python's int() of a float is exact: NaN and infinities raise, big values make
                // big ints. Promoted code gives up (a guard) unless the value truncates into int64.
                let v = try load(args[0])
                let x = v.type == c.double ? v : b.fpext(v, c.double)
                let fits = b.and(b.fcmp(.oge, x, c.constDouble(-9223372036854775808.0)), b.fcmp(.olt, x, c.constDouble(9223372036854775808.0)))
                try raiseIf(b.not(fits), guardFailureClass, guardFailureMessage)
                return (b.fptosi(x, c.i64), r)
            }
            return (try load(args[0], as: r), r)
        case ("builtins", "sum"), ("numpy", _) where NumpyTyping_reductions.contains(key.name) && args.count == 1 && kws.isEmpty:
            return try reduction(key.name, args[0], r)
        case ("numpy", "copy") where args.count == 1 && kws.isEmpty && (try? type(of: args[0]))?.isArray == true:
            let t = try type(of: args[0])
            return (try copyArray(try load(args[0]), t), r)
        case ("numpy", "empty"), ("numpy", "zeros"), ("numpy", "ones"):
            return try allocateArray(key.name, args, kws, r)
        case ("numpy", "empty_like"), ("numpy", "zeros_like"), ("numpy", "ones_like"):
            guard args.count == 1, kws.isEmpty, case .array(_, let nd, _, _) = try type(of: args[0]) else { break }
            let shape = b.extractValue(try load(args[0]), 1)
            _ = nd
            return try allocateArray(String(key.name.dropLast(5)), shape: shape, r)
        case ("numpy", _) where args.contains(where: { (try? type(of: $0))?.isArray == true }):
            return try arrayUfuncCall(key.name, args, kws, r)
        case ("math", _), ("numpy", _):
            if args.count >= 1, sig.args.allSatisfy(\.isNumber), r.isNumber || r == .boolean, kws.isEmpty {
                return try mathFunction(key.name, args, sig)
            }
        default:
            break
        }
        throw LoweringUnsupported("\(key.module == "builtins" ? "" : key.module + ".")\(key.name)(\(sig.args.map(\.description).joined(separator: ", ")))")
    }

    func mathFunction(_ name: String, _ args: [Variable], _ sig: CallSignature) throws -> (LLValue, NumbaType) {
        let r = sig.returnType
        let argType: NumbaType = r.isFloat ? r : (sig.args[0].isFloat ? sig.args[0].unliteral : .float64)
        var xs = [try load(args[0], as: argType)]
        if args.count > 1 { xs.append(try load(args[1], as: argType)) }
        return try mathValue(name, xs, argType, r)
    }

    /// A `math`/numpy function of values already converted to `argType`, converted to `r`.
    func mathValue(_ name: String, _ xs: [LLValue], _ argType: NumbaType, _ r: NumbaType) throws -> (LLValue, NumbaType) {
        let x = xs[0]
        let ft = x.type
        func intrinsic(_ n: String, _ vs: [LLValue]) throws -> LLValue {
            b.call(try module.intrinsic("llvm." + n, overloads: [ft]), vs)
        }
        func libm(_ n: String, _ vs: [LLValue]) throws -> LLValue {
            let suffix = ft == c.float ? "f" : ""
            let f = try module.declareFunction(n + suffix, type: c.functionType(ft, vs.map { _ in ft }))
            return b.call(f, vs)
        }
        func second() throws -> LLValue {
            guard xs.count > 1 else { throw LoweringUnsupported("function \(name) with one argument") }
            return xs[1]
        }
        let value: LLValue
        switch name {
        case "sqrt", "exp", "exp2", "log", "log10", "log2", "sin", "cos":
            value = try intrinsic(name, [x])
        case "floor", "ceil", "trunc":
            value = try intrinsic(name, [x])
            return (try cast(value, from: argType, to: r), r)
        case "rint": value = try intrinsic("rint", [x])
        case "fabs": value = try intrinsic("fabs", [x])
        case "tan", "sinh", "cosh", "tanh", "log1p", "expm1", "erf", "erfc", "lgamma", "cbrt":
            value = try libm(name, [x])
        case "asin", "acos", "atan", "asinh", "acosh", "atanh": value = try libm(name, [x])
        case "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh": value = try libm("a" + name.dropFirst(3), [x])
        case "gamma": value = try libm("tgamma", [x])
        case "degrees", "rad2deg": value = b.fmul(x, c.constReal(ft, 180.0 / Double.pi))
        case "radians", "deg2rad": value = b.fmul(x, c.constReal(ft, Double.pi / 180.0))
        case "pow", "power": value = try intrinsic("pow", [x, try second()])
        case "atan2", "arctan2": value = try libm("atan2", [x, try second()])
        case "hypot": value = try libm("hypot", [x, try second()])
        case "fmod": value = try libm("fmod", [x, try second()])
        case "copysign": value = try intrinsic("copysign", [x, try second()])
        case "isnan": return (b.fcmp(.uno, x, x), .boolean)
        case "isinf":
            let a = try intrinsic("fabs", [x])
            return (b.fcmp(.oeq, a, c.constReal(ft, .infinity)), .boolean)
        case "isfinite":
            let a = try intrinsic("fabs", [x])
            return (b.fcmp(.one, a, c.constReal(ft, .infinity)), .boolean)
        default:
            throw LoweringUnsupported("function \(name)")
        }
        return (try cast(value, from: argType, to: r), r)
    }

    // MARK: Attributes

    func lowerGetattr(_ v: Variable, _ attr: String, _ t: NumbaType) throws -> (LLValue, NumbaType) {
        let vt = try type(of: v)
        switch vt {
        case .module(let m):
            let constants: [String: Double] = ["pi": Double.pi, "e": M_E, "tau": 2 * Double.pi, "inf": .infinity,
                                               "nan": .nan, "euler_gamma": 0.5772156649015329]
            if t.isFloat, let d = constants[attr] { _ = m; return (c.constDouble(d), .float64) }
            return (c.constInt(c.i8, 0), t)
        case .array(_, let nd, _, _):
            let a = try load(v)
            switch attr {
            case "shape": return (b.extractValue(a, 1), .uniTuple(.int64, nd))
            case "strides": return (b.extractValue(a, 2), .uniTuple(.int64, nd))
            case "size": return (arraySize(a, nd), .int64)
            case "ndim": return (c.constI64(Int64(nd)), .int64)
            case "T": return (nd <= 1 ? a : transposed(a, nd), t)
            default:
                if case .boundFunction = t { return (c.constInt(c.i8, 0), t) }
                if case .dtype = t { return (c.constInt(c.i8, 0), t) }
                throw LoweringUnsupported("array.\(attr)")
            }
        case .integer, .float, .boolean:
            if attr == "real" { return (try load(v), vt) }
            if attr == "imag" { return (c.constNull(try types.llvm(vt)), vt) }
        default:
            if case .boundFunction = t { return (c.constInt(c.i8, 0), t) }
            if case .numberClass = t { return (c.constInt(c.i8, 0), t) }
        }
        throw LoweringUnsupported("attribute '\(attr)' of \(vt)")
    }

    /// `len(x)`.
    func length(_ v: LLValue, _ t: NumbaType) throws -> LLValue {
        switch t.unliteral {
        case .array: return b.extractValue(b.extractValue(v, 1), 0)
        case .list: return listCount(v)
        case .uniTuple(_, let n): return c.constI64(Int64(n))
        case .tuple(let ts): return c.constI64(Int64(ts.count))
        case .rangeState:
            // max(0, ceil((stop - start) / step)), computed on the unsigned distance so extreme
            // bounds (range(-2**63, 2**63 - 1)) cannot overflow.
            let start = b.extractValue(v, 0), stop = b.extractValue(v, 1), step = b.extractValue(v, 2)
            let pos = b.icmp(.sgt, step, c.constI64(0))
            let nonEmpty = b.select(pos, b.icmp(.slt, start, stop), b.icmp(.sgt, start, stop))
            let distance = b.select(pos, b.sub(stop, start), b.sub(start, stop))
            let magnitude = b.select(pos, step, b.sub(c.constI64(0), step))
            let n = b.add(b.udiv(b.sub(distance, c.constI64(1)), magnitude), c.constI64(1))
            return b.select(nonEmpty, n, c.constI64(0))
        default: throw LoweringUnsupported("len() of \(t)")
        }
    }
}

/// numpy functions that reduce an array (shared with the methods).
let NumpyTyping_reductions: Set<String> = ["sum", "prod", "min", "max", "amin", "amax", "mean", "argmax", "argmin", "any", "all"]
