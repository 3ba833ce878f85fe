// Scalars: conversions between number types, truthiness, arithmetic with numba's semantics
// (wrapping integers, floor division and modulo with Python's signs, ZeroDivisionError with
// numba's messages, integer powers by repeated squaring), comparisons and unary operators.

import UpdraftCompiler
import UpdraftSyntax

extension FunctionLowering {
    // MARK: Conversions

    func cast(_ v: LLValue, from: NumbaType, to: NumbaType) throws -> LLValue {
        let f = from.unliteral, t = to.unliteral
        if f == t { return v }
        switch (f, t) {
        case (.boolean, .integer):
            return b.zext(v, try types.llvm(t))
        case (.boolean, .float):
            return b.uitofp(v, try types.llvm(t))
        case (.integer(let fb, let fs), .integer(let tb, _)):
            return fb == tb ? v : b.intCast(v, try types.llvm(t), signed: fs)
        case (.integer(_, let fs), .float):
            return fs ? b.sitofp(v, try types.llvm(t)) : b.uitofp(v, try types.llvm(t))
        case (.float, .integer(_, let ts)):
            return ts ? b.fptosi(v, try types.llvm(t)) : b.fptoui(v, try types.llvm(t))
        case (.float(let fb), .float(let tb)):
            return fb < tb ? b.fpext(v, try types.llvm(t)) : b.fptrunc(v, try types.llvm(t))
        case (.integer, .boolean), (.float, .boolean):
            return try truth(v, f)
        case (.array(let d1, let n1, _, _), .array(let d2, let n2, _, _)) where d1 == d2 && n1 == n2:
            return v
        case (.list, .list):
            return v
        case (.uniTuple, _), (.tuple, _):
            guard let fe = f.tupleElements, let te = t.tupleElements, fe.count == te.count else { break }
            var agg = c.undef(try types.llvm(t))
            for i in 0..<fe.count {
                agg = b.insertValue(agg, try cast(b.extractValue(v, i), from: fe[i], to: te[i]), i)
            }
            return agg
        case (.exceptionClass, _), (.function, _), (.module, _), (.dispatcher, _), (.numberClass, _), (.none, .none):
            if v.type == (try types.llvm(t)) { return v }
        default:
            break
        }
        if (try? types.llvm(f)) == (try? types.llvm(t)), !f.isNumber { return v }
        throw LoweringUnsupported("converting \(from) to \(to)")
    }

    /// Python truthiness as an i1.
    func truth(_ v: LLValue, _ t: NumbaType) throws -> LLValue {
        switch t.unliteral {
        case .boolean: return v
        case .integer: return b.icmp(.ne, v, c.constNull(v.type))
        case .float: return b.fcmp(.une, v, c.constNull(v.type))
        case .none: return c.constBool(false)
        case .uniTuple(_, let n): return c.constBool(n > 0)
        case .tuple(let ts): return c.constBool(!ts.isEmpty)
        case .list: return b.icmp(.ne, listCount(v), c.constI64(0))
        case .unicode: return b.icmp(.ne, b.load(c.i8, v), c.constInt(c.i8, 0))
        default: throw LoweringUnsupported("truth value of \(t)")
        }
    }

    // MARK: Binary operators

    func signature() throws -> CallSignature {
        guard let sig = typed.calltypes[currentID] else { throw LoweringUnsupported("operation without a resolved signature") }
        return sig
    }

    func lowerBinop(_ op: BinaryOperator, _ x: Variable, _ y: Variable) throws -> (LLValue, NumbaType) {
        let sig = try signature()
        guard sig.args.count == 2, sig.args.allSatisfy(\.isNumber), sig.returnType.isNumber else {
            throw LoweringUnsupported("operator \(op.rawValue) on \(try type(of: x)) and \(try type(of: y))")
        }
        let a = try load(x, as: sig.args[0]), bv = try load(y, as: sig.args[1])
        return (try arithmetic(op, a, bv, sig.args[0], sig.args[1], sig.returnType), sig.returnType)
    }

    /// `checked: false` is numpy's elementwise behaviour: division by zero gives inf/nan (floats)
    /// or 0 (integers) instead of raising ZeroDivisionError.
    func arithmetic(_ op: BinaryOperator, _ a: LLValue, _ bv: LLValue, _ ta: NumbaType, _ tb: NumbaType, _ r: NumbaType,
                    checked: Bool = true) throws -> LLValue {
        if case .float = ta.unliteral, op == .pow {
            let y = tb.isFloat ? try cast(bv, from: tb, to: ta) : try cast(bv, from: tb, to: ta)
            return b.call(try module.intrinsic("llvm.pow", overloads: [a.type]), [a, y])
        }
        switch ta.unliteral {
        case .boolean:
            switch op {
            case .bitAnd: return b.and(a, bv)
            case .bitOr: return b.or(a, bv)
            case .bitXor: return b.xor(a, bv)
            case .add where !checked: return b.or(a, bv)
            case .mul where !checked: return b.and(a, bv)
            default: throw LoweringUnsupported("operator \(op.rawValue) on booleans")
            }
        case .integer(let bits, let signed):
            return try integerArithmetic(op, a, bv, bits: bits, signed: signed, checked: checked)
        case .float:
            return try floatArithmetic(op, a, bv, checked: checked)
        default:
            throw LoweringUnsupported("operator \(op.rawValue) on \(ta)")
        }
    }

    func integerArithmetic(_ op: BinaryOperator, _ a: LLValue, _ y: LLValue, bits: Int, signed: Bool, checked: Bool = true) throws -> LLValue {
        let t = a.type
        let zero = c.constInt(t, 0)
        if options.checkedIntegers && signed, let r = try checkedIntegerArithmetic(op, a, y, bits: bits) { return r }
        switch op {
        case .add: return b.add(a, y)
        case .sub: return b.sub(a, y)
        case .mul: return b.mul(a, y)
        case .bitAnd: return b.and(a, y)
        case .bitOr: return b.or(a, y)
        case .bitXor: return b.xor(a, y)
        case .lShift:
            let big = b.icmp(.uge, y, c.constInt(t, Int64(bits)))
            return b.select(big, zero, b.shl(a, b.select(big, zero, y)))
        case .rShift:
            let big = b.icmp(.uge, y, c.constInt(t, Int64(bits)))
            let amount = b.select(big, c.constInt(t, Int64(bits - 1)), y)
            return signed ? b.ashr(a, amount) : b.select(big, zero, b.lshr(a, amount))
        case .floorDiv where !checked, .mod where !checked:
            // numpy: x // 0 and x % 0 are 0.
            let isZero = b.icmp(.eq, y, zero)
            let r = try integerArithmetic(op, a, b.select(isZero, c.constInt(t, 1), y), bits: bits, signed: signed)
            return b.select(isZero, zero, r)
        case .floorDiv, .mod:
            try raiseIf(b.icmp(.eq, y, zero), "ZeroDivisionError",
                        op == .floorDiv ? "integer division by zero" : "integer modulo by zero")
            if !signed { return op == .floorDiv ? b.udiv(a, y) : b.urem(a, y) }
            // x // -1 would overflow sdiv for the minimum value: divide by 1 and negate instead.
            let minusOne = b.icmp(.eq, y, c.constInt(t, -1))
            let d = b.select(minusOne, c.constInt(t, 1), y)
            let q = b.sdiv(a, d), r = b.srem(a, d)
            // Python rounds toward negative infinity: adjust when the remainder's sign differs.
            let adjust = b.and(b.icmp(.ne, r, zero), b.icmp(.slt, b.xor(r, d), zero))
            if op == .floorDiv {
                let fq = b.select(adjust, b.sub(q, c.constInt(t, 1)), q)
                return b.select(minusOne, b.sub(zero, a), fq)
            }
            let fr = b.select(adjust, b.add(r, d), r)
            return b.select(minusOne, zero, fr)
        case .div:
            throw LoweringUnsupported("integer true division")
        case .pow:
            return try integerPower(a, y, signed: signed)
        case .matMul:
            throw LoweringUnsupported("@ on scalars")
        }
    }

    /// `a ** n` by repeated squaring; a negative exponent gives 1/a**-n truncated (numba's result).
    func integerPower(_ a: LLValue, _ n: LLValue, signed: Bool) throws -> LLValue {
        let t = a.type
        let one = c.constInt(t, 1), zero = c.constInt(t, 0)
        let pre = b.insertBlock!
        let loop = function.appendBlock("pow.loop"), done = function.appendBlock("pow.done")
        let negative = signed ? b.icmp(.slt, n, zero) : c.constBool(false)
        let exponent = b.select(negative, zero, n)
        b.br(loop)
        b.position(atEndOf: loop)
        let result = b.phi(t), base = b.phi(t), e = b.phi(t)
        let odd = b.icmp(.ne, b.and(e, one), zero)
        let nextResult = b.select(odd, b.mul(result, base), result)
        let nextBase = b.mul(base, base)
        let nextE = b.lshr(e, one)
        let more = b.icmp(.ne, nextE, zero)
        let body = b.insertBlock!
        result.addIncoming([(one, pre), (nextResult, body)])
        base.addIncoming([(a, pre), (nextBase, body)])
        e.addIncoming([(exponent, pre), (nextE, body)])
        b.condBr(more, loop, done)
        b.position(atEndOf: done)
        // The loop runs at least once: with exponent 0 the first iteration keeps result = 1.
        let fin = b.phi(t)
        fin.addIncoming([(nextResult, body)])
        if !signed { return fin }
        // Negative exponents: 1 for base 1, ±1 for base -1, else 0.
        let isOne = b.icmp(.eq, a, one), isMinusOne = b.icmp(.eq, a, c.constInt(t, -1))
        let oddN = b.icmp(.ne, b.and(n, one), zero)
        let negResult = b.select(isOne, one, b.select(isMinusOne, b.select(oddN, c.constInt(t, -1), one), zero))
        return b.select(negative, negResult, fin)
    }

    func floatArithmetic(_ op: BinaryOperator, _ a: LLValue, _ y: LLValue, checked: Bool = true) throws -> LLValue {
        let checked = checked && !options.errorModelNumpy  // error_model='numpy' (issue 7)
        let t = a.type
        let zero = c.constReal(t, 0)
        switch op {
        case .add: return b.fadd(a, y)
        case .sub: return b.fsub(a, y)
        case .mul: return b.fmul(a, y)
        case .div:
            if checked { try raiseIf(b.fcmp(.oeq, y, zero), "ZeroDivisionError", "division by zero") }
            return b.fdiv(a, y)
        case .floorDiv, .mod:
            if checked {
                try raiseIf(b.fcmp(.oeq, y, zero), "ZeroDivisionError", op == .floorDiv ? "division by zero" : "modulo by zero")
            }
            // CPython's float_divmod.
            var mod = b.frem(a, y)
            var div = b.fdiv(b.fsub(a, mod), y)
            let modNonZero = b.fcmp(.une, mod, zero)
            let signsDiffer = b.xor(b.fcmp(.olt, y, zero), b.fcmp(.olt, mod, zero))
            let fix = b.and(modNonZero, signsDiffer)
            let copysign = try module.intrinsic("llvm.copysign", overloads: [t])
            mod = b.select(fix, b.fadd(mod, y), b.select(modNonZero, mod, b.call(copysign, [zero, y])))
            div = b.select(fix, b.fsub(div, c.constReal(t, 1)), div)
            if op == .mod { return mod }
            let floor = b.call(try module.intrinsic("llvm.floor", overloads: [t]), [div])
            let rounded = b.select(b.fcmp(.ogt, b.fsub(div, floor), c.constReal(t, 0.5)), b.fadd(floor, c.constReal(t, 1)), floor)
            let divNonZero = b.fcmp(.une, div, zero)
            let q = b.select(divNonZero, rounded, b.call(copysign, [zero, b.fdiv(a, y)]))
            // numpy: x // 0.0 is x / 0.0 (inf, -inf or nan).
            return checked ? q : b.select(b.fcmp(.oeq, y, zero), b.fdiv(a, y), q)
        case .pow:
            return b.call(try module.intrinsic("llvm.pow", overloads: [t]), [a, y])
        default:
            throw LoweringUnsupported("operator \(op.rawValue) on floats")
        }
    }

    // MARK: Comparisons

    func lowerCompare(_ op: CompareOperator, _ x: Variable, _ y: Variable) throws -> (LLValue, NumbaType) {
        let tx = try type(of: x), ty = try type(of: y)
        if op == .is || op == .isNot {
            // Only identity with None (or between compile-time values) is decidable here.
            if tx.unliteral == .none || ty.unliteral == .none {
                let same = tx.unliteral == ty.unliteral
                return (c.constBool(op == .is ? same : !same), .boolean)
            }
            throw LoweringUnsupported("'is' between \(tx) and \(ty)")
        }
        if op == .in || op == .notIn { throw LoweringUnsupported("'in' on \(ty)") }
        let sig = try signature()
        if (tx.unliteral == .none || ty.unliteral == .none) && (op == .eq || op == .notEq) {
            let same = tx.unliteral == ty.unliteral
            return (c.constBool(op == .eq ? same : !same), .boolean)
        }
        guard sig.args.count == 2, sig.args[0].isNumber, sig.args[1].isNumber else {
            throw LoweringUnsupported("comparison \(op.rawValue) of \(tx) and \(ty)")
        }
        let a = try load(x, as: sig.args[0]), bv = try load(y, as: sig.args[1])
        return (try compareNumbers(op, a, bv, sig.args[0]), .boolean)
    }

    func compareNumbers(_ op: CompareOperator, _ a: LLValue, _ y: LLValue, _ t: NumbaType) throws -> LLValue {
        switch t.unliteral {
        case .float:
            let p: RealPredicate
            switch op {
            case .eq: p = .oeq
            case .notEq: p = .une
            case .lt: p = .olt
            case .ltE: p = .ole
            case .gt: p = .ogt
            case .gtE: p = .oge
            default: throw LoweringUnsupported("comparison \(op.rawValue)")
            }
            return b.fcmp(p, a, y)
        default:
            let signed: Bool
            if case .integer(_, let s) = t.unliteral { signed = s } else { signed = false }
            let p: IntPredicate
            switch op {
            case .eq: p = .eq
            case .notEq: p = .ne
            case .lt: p = signed ? .slt : .ult
            case .ltE: p = signed ? .sle : .ule
            case .gt: p = signed ? .sgt : .ugt
            case .gtE: p = signed ? .sge : .uge
            default: throw LoweringUnsupported("comparison \(op.rawValue)")
            }
            return b.icmp(p, a, y)
        }
    }

    // MARK: Unary operators

    func lowerUnary(_ op: UnaryOperator, _ x: Variable) throws -> (LLValue, NumbaType) {
        let tx = try type(of: x)
        if op == .not { return (b.xor(try truth(try load(x), tx), c.constBool(true)), .boolean) }
        let sig = try signature()
        let r = sig.returnType
        guard r.isNumber else { throw LoweringUnsupported("unary \(op.rawValue) on \(tx)") }
        if op == .invert && r == .boolean { return (b.xor(try load(x, as: .boolean), c.constBool(true)), .boolean) }
        let v = try load(x, as: r)
        switch op {
        case .plus: return (v, r)
        case .minus: return (r.isFloat ? b.fneg(v) : options.checkedIntegers && r != .boolean ? try checkedNegate(v) : b.sub(c.constNull(v.type), v), r)
        case .invert: return (b.not(v), r)
        case .not: fatalError("handled above")
        }
    }
}
