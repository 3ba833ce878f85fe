// What LLVM 14's C API lacks and a numeric compiler needs: instruction-level fast-math flags
// (LLVMSetFastMathFlags arrived in LLVM 18) and setting nsw and nuw together (LLVMSetNSW/NUW
// arrived in LLVM 17). Implemented in C++ over the LLVM C++ API, exported with C linkage.
#ifndef UPDRAFT_CLLVM_EXTRAS_H
#define UPDRAFT_CLLVM_EXTRAS_H

#include <llvm-c/Types.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Bits of UpdraftFastMathFlags, the same values as LLVMFastMathFlags in LLVM 18's Core.h.
enum {
    UpdraftFastMathAllowReassoc = 1 << 0,
    UpdraftFastMathNoNaNs = 1 << 1,
    UpdraftFastMathNoInfs = 1 << 2,
    UpdraftFastMathNoSignedZeros = 1 << 3,
    UpdraftFastMathAllowReciprocal = 1 << 4,
    UpdraftFastMathAllowContract = 1 << 5,
    UpdraftFastMathApproxFunc = 1 << 6,
};

/// Returns 1 when the value is an instruction that can carry fast-math flags
/// (FPMathOperator: fadd, fcmp, float calls, phi/select of float type, ...).
int UpdraftCanUseFastMathFlags(LLVMValueRef value);
/// Sets the flags (replacing the current ones); a no-op when the value cannot carry them.
void UpdraftSetFastMathFlags(LLVMValueRef value, unsigned flags);
/// The current flags, 0 when the value cannot carry them.
unsigned UpdraftGetFastMathFlags(LLVMValueRef value);
/// Sets nsw/nuw on an overflowing binary operator (add, sub, mul, shl); a no-op otherwise.
void UpdraftSetNoWrap(LLVMValueRef value, int nsw, int nuw);

#ifdef __cplusplus
}
#endif

#endif
