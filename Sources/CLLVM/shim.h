// LLVM 14's C API, as one Clang module for Swift. The include path (/usr/lib/llvm-14/include)
// and the library path come from Package.swift (Debian ships no pkg-config file for LLVM).
#ifndef UPDRAFT_CLLVM_SHIM_H
#define UPDRAFT_CLLVM_SHIM_H

#include <llvm-c/Core.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Error.h>
#include <llvm-c/Support.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Object.h>
#include <llvm-c/IRReader.h>

#endif
