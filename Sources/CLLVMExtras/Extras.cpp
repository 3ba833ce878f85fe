#include "CLLVMExtras.h"

#include <llvm/IR/Instruction.h>
#include <llvm/IR/Operator.h>
#include <llvm/IR/Value.h>

using namespace llvm;

static Instruction *fpInstruction(LLVMValueRef ref) {
    Value *value = unwrap(ref);
    auto *inst = dyn_cast_or_null<Instruction>(value);
    if (!inst || !isa<FPMathOperator>(inst)) return nullptr;
    return inst;
}

extern "C" int UpdraftCanUseFastMathFlags(LLVMValueRef ref) {
    return fpInstruction(ref) != nullptr;
}

extern "C" void UpdraftSetFastMathFlags(LLVMValueRef ref, unsigned flags) {
    Instruction *inst = fpInstruction(ref);
    if (!inst) return;
    FastMathFlags fmf;
    fmf.setAllowReassoc(flags & UpdraftFastMathAllowReassoc);
    fmf.setNoNaNs(flags & UpdraftFastMathNoNaNs);
    fmf.setNoInfs(flags & UpdraftFastMathNoInfs);
    fmf.setNoSignedZeros(flags & UpdraftFastMathNoSignedZeros);
    fmf.setAllowReciprocal(flags & UpdraftFastMathAllowReciprocal);
    fmf.setAllowContract(flags & UpdraftFastMathAllowContract);
    fmf.setApproxFunc(flags & UpdraftFastMathApproxFunc);
    inst->setFastMathFlags(fmf);
}

extern "C" unsigned UpdraftGetFastMathFlags(LLVMValueRef ref) {
    Instruction *inst = fpInstruction(ref);
    if (!inst) return 0;
    FastMathFlags fmf = inst->getFastMathFlags();
    unsigned flags = 0;
    if (fmf.allowReassoc()) flags |= UpdraftFastMathAllowReassoc;
    if (fmf.noNaNs()) flags |= UpdraftFastMathNoNaNs;
    if (fmf.noInfs()) flags |= UpdraftFastMathNoInfs;
    if (fmf.noSignedZeros()) flags |= UpdraftFastMathNoSignedZeros;
    if (fmf.allowReciprocal()) flags |= UpdraftFastMathAllowReciprocal;
    if (fmf.allowContract()) flags |= UpdraftFastMathAllowContract;
    if (fmf.approxFunc()) flags |= UpdraftFastMathApproxFunc;
    return flags;
}

extern "C" void UpdraftSetNoWrap(LLVMValueRef ref, int nsw, int nuw) {
    auto *inst = dyn_cast_or_null<Instruction>(unwrap(ref));
    if (!inst || !isa<OverflowingBinaryOperator>(inst)) return;
    inst->setHasNoSignedWrap(nsw != 0);
    inst->setHasNoUnsignedWrap(nuw != 0);
}
