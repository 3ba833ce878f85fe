// Checked int64 arithmetic for functions the tier policy promotes on its own (undecorated
// Python functions): Python ints never overflow, so compiled code that assumed int64 must
// notice when a result does not fit and give up (a guard failure) instead of wrapping.
// `LoweringOptions.checkedIntegers` turns this on; @jit/@njit code keeps numba's wrapping.

import UpdraftCompiler
import UpdraftSyntax

/// The exception class a failed int64 guard raises inside compiled code. The tiering layer
/// catches it (it never reaches Python code) and runs the call again in object mode.
public let guardFailureClass = "OverflowError"
public let guardFailureMessage = "updraft guard: int64 overflow"

extension FunctionLowering {
    /// `a op y` with an overflow check, or nil when `op` needs no check.
    func checkedIntegerArithmetic(_ op: BinaryOperator, _ a: LLValue, _ y: LLValue, bits: Int) throws -> LLValue? {
        let name: String
        switch op {
        case .add: name = "llvm.sadd.with.overflow"
        case .sub: name = "llvm.ssub.with.overflow"
        case .mul: name = "llvm.smul.with.overflow"
        case .pow: throw LoweringUnsupported("integer ** in a promoted function (Python ints do not wrap)")
        case .lShift: throw LoweringUnsupported("integer << in a promoted function (Python ints do not wrap)")
        case .floorDiv:
            // MIN // -1 does not fit.
            let t = a.type
            let bad = b.and(b.icmp(.eq, y, c.constInt(t, -1)), b.icmp(.eq, a, c.constInt(t, bits == 64 ? Int64.min : -(1 << (bits - 1)))))
            try raiseIf(bad, guardFailureClass, guardFailureMessage)
            return nil
        case .rShift:
            // Python refuses a negative count; machine code would shift by it modulo 64.
            try raiseIf(b.icmp(.slt, y, c.constInt(y.type, 0)), "ValueError", "negative shift count")
            return nil
        default: return nil
        }
        let f = try module.intrinsic(name, overloads: [a.type])
        let pair = b.call(f, [a, y])
        try raiseIf(b.extractValue(pair, 1), guardFailureClass, guardFailureMessage)
        return b.extractValue(pair, 0)
    }

    /// `-v` with an overflow check.
    func checkedNegate(_ v: LLValue) throws -> LLValue {
        try checkedIntegerArithmetic(.sub, c.constNull(v.type), v, bits: 64)!
    }
}
