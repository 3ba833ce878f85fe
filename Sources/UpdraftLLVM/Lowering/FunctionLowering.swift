// Stage 7: a typed function (numba IR + types) lowered to one LLVM function.
//
// ABI of a lowered function: `i32 @sym(R* result, args...)` — status 0 (result stored) or 1 (an
// exception was recorded with a runtime helper; the caller propagates it). Arguments are passed
// by value in their lowered types (LoweredTypes.swift). Every IR variable gets an alloca in the
// entry block; loads and stores go through it and mem2reg (in default<O3>) makes SSA, so the
// IR's `$phi` moves and variables assigned in several blocks need nothing special.

import UpdraftArray
import UpdraftCompiler
import UpdraftRuntime
import UpdraftSyntax

/// Another compiled function that compiled code calls (a dispatcher).
public protocol NativeCallee: AnyObject {
    /// The symbol of the lowered function for these argument types (compiling it if needed; a
    /// function being compiled already has its symbol) and its return type.
    func nativeSymbol(for args: [NumbaType]) throws -> (symbol: String, returnType: NumbaType)
}

public struct LoweringOptions {
    public var boundscheck = true
    public var fastmath = false
    /// error_model='numpy': float division by zero gives inf/nan (issue 7).
    public var errorModelNumpy = false
    /// Promoted undecorated functions: int64 +, -, * check for overflow (CheckedIntegers.swift).
    public var checkedIntegers = false
    /// Values of the function's globals and free variables (frozen numbers, strings).
    public var globalValue: (String) -> Value? = { _ in nil }
    /// The dispatcher being compiled, so self-recursion calls the function directly.
    public var selfCallee: AnyObject?
    /// Keep the optimised IR as text (for `inspect_llvm`); the tier's own compilations skip
    /// printing it, which costs up to a few milliseconds of compile latency.
    public var keepOptimizedIR = true
    /// Only the call wrapper is an entry point (the tier's functions and loops, which no other
    /// compiled code calls by name): the function gets internal linkage, is inlined into the
    /// wrapper and deleted, so the optimiser and code generator see one copy instead of two.
    public var wrapperOnly = false
    /// parallel=True: large contiguous array expressions run on threads (ParallelLaunch.swift).
    public var parallel = false
    public init() {}
}

public final class FunctionLowering {
    let typed: TypedFunction
    let module: LLModule
    let c: LLContext
    let b: LLBuilder
    let entryBuilder: LLBuilder
    let types: TypeLowering
    let options: LoweringOptions
    public let symbol: String
    public internal(set) var function: LLFunction!

    var slots: [Variable: LLValue] = [:]
    var blocks: [Int: LLBlock] = [:]
    var entry: LLBlock!
    var resultPointer: LLValue!
    var propagateBlock: LLBlock?
    /// The receiver variable of each bound method (`$m = getattr(xs, append)`).
    var receivers: [Variable: Variable] = [:]
    /// The constant each variable was assigned, when it was (for exception messages).
    var constants: [Variable: IRConstant] = [:]
    /// Range iterators → the arrays their values index directly (BoundsCheck.swift).
    var rangeIndexed: [Variable: [RangeIndexedArray]] = [:]
    var rangeSafeSlots: [RangeKey: LLValue] = [:]
    var currentID = StatementID(block: 0, index: 0)
    var currentLocation = SourceLocation.unknown

    public init(typed: TypedFunction, module: LLModule, symbol: String, options: LoweringOptions) {
        self.typed = typed
        self.module = module
        self.c = module.context
        self.b = LLBuilder(context: module.context)
        self.entryBuilder = LLBuilder(context: module.context)
        self.types = TypeLowering(context: module.context)
        self.options = options
        self.symbol = symbol
        if options.fastmath { b.fastMath = .fast }
    }

    /// The LLVM type of the lowered function for a signature.
    public static func functionType(_ t: TypeLowering, args: [NumbaType], returnType: NumbaType) throws -> LLType {
        t.c.functionType(t.c.i32, [try t.llvm(returnType).pointer()] + (try args.map { try t.llvm($0) }))
    }

    // MARK: Driver

    public func lower() throws -> LLFunction {
        let ir = typed.ir
        for (_, block) in ir.blocks {
            for s in block.body {
                if case .assign(let v, .getattr(let r, _), _) = s { receivers[v] = r }
                if case .assign(let v, .const(let k), _) = s { constants[v] = k }
            }
        }
        if options.boundscheck { findRangeIndexedArrays() }
        let fnType = try FunctionLowering.functionType(types, args: typed.argTypes, returnType: typed.returnType)
        function = try module.declareFunction(symbol, type: fnType)
        resultPointer = function.param(0)!
        entry = function.appendBlock("entry")
        entryBuilder.position(atEndOf: entry)
        for label in ir.labels { blocks[label] = function.appendBlock("B\(label)") }
        for label in ir.labels {
            guard let block = ir.blocks[label] else { continue }
            b.position(atEndOf: blocks[label]!)
            for (i, s) in block.body.enumerated() {
                currentID = StatementID(block: label, index: i)
                currentLocation = s.location
                try lowerStatement(s)
            }
            currentID = StatementID(block: label, index: block.body.count)
            currentLocation = block.terminator.location
            try lowerTerminator(block.terminator)
        }
        entryBuilder.br(blocks[ir.entry]!)
        return function
    }

    // MARK: Variables

    func slot(_ v: Variable) throws -> LLValue {
        if let s = slots[v] { return s }
        guard let t = typed.typemap[v] else { throw LoweringUnsupported("variable '\(v.name)' has no type") }
        let s = entryBuilder.alloca(try types.llvm(t), name: v.name)
        slots[v] = s
        return s
    }

    func type(of v: Variable) throws -> NumbaType {
        guard let t = typed.typemap[v] else { throw LoweringUnsupported("variable '\(v.name)' has no type") }
        return t
    }

    func load(_ v: Variable) throws -> LLValue {
        let t = try type(of: v)
        return b.load(try types.llvm(t), try slot(v))
    }

    /// The value of `v` converted to `t`.
    func load(_ v: Variable, as t: NumbaType) throws -> LLValue {
        try cast(try load(v), from: try type(of: v), to: t)
    }

    func store(_ value: LLValue, to v: Variable) throws {
        b.store(value, try slot(v))
    }

    /// An alloca in the entry block (for iterator state and scratch memory).
    func entryAlloca(_ t: LLType, name: String = "") -> LLValue { entryBuilder.alloca(t, name: name) }

    // MARK: Statements

    func lowerStatement(_ s: IRStatement) throws {
        switch s {
        case .assign(let target, let expr, _):
            let targetType = try type(of: target)
            let (value, natural) = try lowerExpression(expr, target: target, targetType: targetType)
            try store(try cast(value, from: natural, to: targetType), to: target)
            if case .getiter = expr { try setRangeFlags(target) }
        case .setitem(let target, let index, let value, _):
            try lowerSetitem(target, index: index, staticIndex: nil, value: value)
        case .staticSetitem(let target, let index, let iv, let value, _):
            try lowerSetitem(target, index: iv, staticIndex: index, value: value)
        case .setattr(_, let attr, _, _):
            throw LoweringUnsupported("setting attribute '\(attr)'")
        case .del:
            return
        }
    }

    func lowerTerminator(_ t: IRTerminator) throws {
        switch t {
        case .jump(let target, _):
            b.br(blocks[target]!)
        case .branch(let cond, let then, let otherwise, _):
            let v = try truth(try load(cond), try type(of: cond))
            b.condBr(v, blocks[then]!, blocks[otherwise]!)
        case .ret(let v, _):
            let value = try load(v, as: typed.returnType)
            b.store(value, resultPointer)
            b.ret(c.constI32(0))
        case .raise(let v, _):
            guard let v else { throw LoweringUnsupported("bare raise") }
            try raiseException(try load(v), try type(of: v))
        }
    }

    // MARK: Expressions

    /// Lowers an expression; returns its value and the numba type it has (cast to the target's after).
    func lowerExpression(_ e: IRExpr, target: Variable, targetType: NumbaType) throws -> (LLValue, NumbaType) {
        switch e {
        case .arg(let i, _):
            return (function.param(i + 1)!, typed.argTypes[i])
        case .const(let k):
            return try constant(k, targetType)
        case .global(let name), .freevar(let name):
            return try globalValue(name, targetType)
        case .binop(let op, let x, let y) where targetType.isArray && op != .matMul:
            return try lowerArrayBinop(op, x, y, targetType, inPlace: false)
        case .inplaceBinop(let op, let x, let y) where targetType.isArray && op != .matMul:
            return try lowerArrayBinop(op, x, y, targetType, inPlace: true)
        case .binop(let op, let x, let y), .inplaceBinop(let op, let x, let y):
            return try lowerBinop(op, x, y)
        case .unary(let op, let x) where targetType.isArray:
            return try lowerArrayUnary(op, x, targetType)
        case .unary(let op, let x):
            return try lowerUnary(op, x)
        case .compare(let op, let x, let y) where targetType.isArray:
            return try lowerArrayCompare(op, x, y, targetType)
        case .compare(let op, let x, let y):
            return try lowerCompare(op, x, y)
        case .call(let f, let args, let kws):
            return try lowerCall(f, args, kws, targetType: targetType)
        case .getattr(let v, let attr):
            return try lowerGetattr(v, attr, targetType)
        case .getitem(let v, let index):
            return try lowerGetitem(v, index: index, staticIndex: nil, resultType: targetType)
        case .staticGetitem(let v, let k, let iv):
            return try lowerGetitem(v, index: iv, staticIndex: k, resultType: targetType)
        case .buildTuple(let items):
            guard let elements = targetType.tupleElements, elements.count == items.count else {
                throw LoweringUnsupported("tuple of type \(targetType)")
            }
            var agg = c.undef(try types.llvm(targetType))
            for (i, (item, et)) in zip(items, elements).enumerated() {
                agg = b.insertValue(agg, try load(item, as: et), i)
            }
            return (agg, targetType)
        case .buildList(let items):
            return try buildList(items, targetType)
        case .getiter(let v):
            return try getiter(v, targetType)
        case .iternext(let v):
            return try iternext(v, targetType)
        case .pairFirst(let v):
            guard case .pair(let a, _) = try type(of: v) else { throw LoweringUnsupported("pair_first") }
            return (b.extractValue(try load(v), 0), a)
        case .pairSecond(let v):
            guard case .pair(_, let bt) = try type(of: v) else { throw LoweringUnsupported("pair_second") }
            return (b.extractValue(try load(v), 1), bt)
        case .exhaustIter(let v, let count):
            let t = try type(of: v)
            if case .list = t.unliteral { return try unpackSequence(v, count, targetType) }
            if t.isArray { return try unpackSequence(v, count, targetType) }
            guard t.isTuple else { throw LoweringUnsupported("unpacking a \(t)") }
            return (try load(v), t)
        case .cast(let v), .variable(let v):
            return (try load(v), try type(of: v))
        case .makeFunction:
            throw LoweringUnsupported("inner functions that are not inlined")
        case .buildMap:
            throw LoweringUnsupported("dictionaries")
        case .buildSlice(let vs):
            return try buildSlice(vs)
        case .arrayExpr(let tree):
            return try lowerArrayExpression(tree, targetType)
        }
    }

    func constant(_ k: IRConstant, _ targetType: NumbaType) throws -> (LLValue, NumbaType) {
        switch k {
        case .none: return (c.constInt(c.i8, 0), .none)
        case .bool(let v): return (c.constBool(v), .boolean)
        case .int(let i): return (c.constI64(Int64(i)), .int64)
        case .float(let d): return (c.constDouble(d), .float64)
        case .string(let s): return (b.globalString(s), .unicode)
        case .ellipsis: throw LoweringUnsupported("Ellipsis")
        }
    }

    /// A global's value: numbers and strings become constants; functions, modules and classes are
    /// compile-time values (a dummy).
    func globalValue(_ name: String, _ t: NumbaType) throws -> (LLValue, NumbaType) {
        switch t.unliteral {
        case .boolean, .integer, .float, .unicode:
            guard let v = options.globalValue(name) else { throw LoweringUnsupported("global '\(name)'") }
            switch v {
            case .int(let i): return (c.constI64(Int64(i)), .int64)
            case .bool(let x): return (c.constBool(x), .boolean)
            case .float(let d): return (c.constDouble(d), .float64)
            case .object(let o):
                if let s = o as? PyStr { return (b.globalString(s.value), .unicode) }
                if let s = o as? NPScalar, let nt = Optional(NumbaType(s.dtype)) {
                    if nt.isFloat { return (c.constReal(try types.llvm(nt), s.value.asDouble), nt) }
                    if nt == .boolean { return (c.constBool(s.value.asBool), .boolean) }
                    return (c.constInt(try types.llvm(nt), s.value.asInt64), nt)
                }
                throw LoweringUnsupported("global '\(name)' of type \(t)")
            default: throw LoweringUnsupported("global '\(name)' of type \(t)")
            }
        case .none, .module, .function, .dispatcher, .numberClass, .dtype, .exceptionClass, .boundFunction:
            return (c.constInt(c.i8, 0), t)
        default:
            throw LoweringUnsupported("global '\(name)' of type \(t)")
        }
    }

    // MARK: Errors

    /// The block that returns status 1 (an exception is recorded).
    func propagate() -> LLBlock {
        if let p = propagateBlock { return p }
        let saved = b.insertBlock
        let p = function.appendBlock("propagate")
        b.position(atEndOf: p)
        b.ret(c.constI32(1))
        if let saved { b.position(atEndOf: saved) }
        propagateBlock = p
        return p
    }

    func helper(_ name: String, _ ret: LLType, _ params: [LLType]) throws -> LLFunction {
        let f = try module.declareFunction(name, type: c.functionType(ret, params))
        return f
    }

    /// Records `cls(message)` and returns status 1 from the current block.
    func raise(_ cls: String, _ message: String?) throws {
        let f = try helper("updraft_raise", c.void, [c.bytePointer, c.bytePointer, c.i64])
        b.call(f, [b.globalString(cls), b.globalString(message ?? ""), c.constI64(message == nil ? 0 : 1)])
        b.br(propagate())
    }

    /// Branches to a raise of `cls(message)` when `condition` holds; continues in a new block.
    func raiseIf(_ condition: LLValue, _ cls: String, _ message: String?) throws {
        let fail = function.appendBlock("raise"), ok = function.appendBlock("ok")
        b.condBr(condition, fail, ok)
        b.position(atEndOf: fail)
        try raise(cls, message)
        b.position(atEndOf: ok)
    }

    /// Propagates a non-zero status returned by a call.
    func checkStatus(_ status: LLValue) {
        let ok = function.appendBlock("ok")
        b.condBr(b.icmp(.ne, status, c.constI32(0)), propagate(), ok)
        b.position(atEndOf: ok)
    }

    func raiseException(_ value: LLValue, _ t: NumbaType) throws {
        switch t {
        case .exceptionClass(let name):
            try raise(name, nil)
        case .exceptionInstance:
            // { class name, args record }: the record was built by lowerExceptionInstance.
            let f = try helper("updraft_raise_args", c.void, [c.bytePointer, c.bytePointer, c.i64.pointer(), c.i64])
            let cls = b.extractValue(value, 0)
            let record = b.bitcast(b.extractValue(value, 1), c.structType([c.bytePointer, c.i64.pointer(), c.i64]).pointer())
            let r = b.load(c.structType([c.bytePointer, c.i64.pointer(), c.i64]), record)
            b.call(f, [cls, b.extractValue(r, 0), b.extractValue(r, 1), b.extractValue(r, 2)])
            b.br(propagate())
        default:
            throw LoweringUnsupported("raising a \(t)")
        }
    }
}
