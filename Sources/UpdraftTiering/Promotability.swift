// Which undecorated functions the tier policy may compile on its own, and how.
//
// Results must never change, so a function is promoted only when its compiled code can fail
// (a guard, an exception) before it has done anything visible: it stores nothing, calls no
// Python code, prints nothing. A failed guard then simply runs the whole call again in object
// mode, which is indistinguishable from resuming where it stopped.
//
// Compiled code also has to give back the same Python object: `0.0 + a[i]` is a
// numpy.float64, `0.0 + 1` a float. numba's types do not say which, so the analysis keeps,
// for every variable, its base kind (bool, int or float: fixed, or the function is not
// promoted) and a "numpy scalar" bit, which may depend on the path taken (`s = 0.0` then
// `s += a[i]` in a loop that may not run). The bit becomes a shadow variable `__npb_s` in a
// rewritten copy of the function; the returned value's bit goes out through a one-element
// int64 array, an extra argument.

import UpdraftArray
import UpdraftCompiler
import UpdraftRuntime
import UpdraftSyntax

/// The Python-level type of an argument: the signature guard.
enum ArgKind: Hashable, CustomStringConvertible {
    case pyInt, pyFloat, pyBool, npInt64, npFloat64, npBool
    case array(NumbaType)
    /// A list of numbers all of one scalar kind (nil: empty), for loops entered by OSR.
    indirect case list(ArgKind?)

    static func of(_ v: Value) -> ArgKind? {
        switch v {
        case .int: return .pyInt
        case .float: return .pyFloat
        case .bool: return .pyBool
        case .object(let o):
            if let s = o as? NPScalar {
                switch s.dtype {
                case .int64: return .npInt64
                case .float64: return .npFloat64
                case .bool: return .npBool
                default: return nil
                }
            }
            if o is NDArray, let t = try? typeof(v), case .array(let d, _, _, _) = t,
               d == .float(bits: 64) || d == .integer(bits: 64, signed: true) {
                return .array(t)
            }
            return nil
        default: return nil
        }
    }

    /// 0 bool, 1 int, 2 float; nil for arrays.
    var base: Int? {
        switch self {
        case .pyBool, .npBool: return 0
        case .pyInt, .npInt64: return 1
        case .pyFloat, .npFloat64: return 2
        case .array, .list: return nil
        }
    }
    var isNumpy: Bool { self == .npInt64 || self == .npFloat64 || self == .npBool }
    var numba: NumbaType {
        switch self {
        case .pyBool, .npBool: return .boolean
        case .pyInt, .npInt64: return .integer(bits: 64, signed: true)
        case .pyFloat, .npFloat64: return .float(bits: 64)
        case .array(let t): return t
        case .list(let e): return .list(e?.numba ?? .integer(bits: 64, signed: true), reflected: true)
        }
    }
    var description: String {
        switch self {
        case .pyInt: return "int"
        case .pyFloat: return "float"
        case .pyBool: return "bool"
        case .npInt64: return "numpy.int64"
        case .npFloat64: return "numpy.float64"
        case .npBool: return "numpy.bool"
        case .array(let t): return t.description
        case .list(let e): return "list(\(e?.description ?? "empty"))"
        }
    }
}

struct Rejection: Error {
    let reason: String
    let line: Int
}

/// A function the policy can compile for one signature.
struct PromotionPlan {
    let definition: FunctionDef
    /// Base kind of the result: 0 bool, 1 int, 2 float.
    let returnBase: Int
    /// The result's numpy bit when it is the same on every path; nil: read it from `__npk`.
    let returnNumpy: Bool?
}

/// A numpy-ness bit: constant 1, or the OR of some variables' bits (constant 0 when none).
struct Bit {
    var one = false
    var vars: Set<String> = []
    static let zero = Bit()
    static let set = Bit(one: true)
    func or(_ o: Bit) -> Bit { one || o.one ? .set : Bit(vars: vars.union(o.vars)) }
    var constant: Bool? { one ? true : vars.isEmpty ? false : nil }
}

struct Info {
    let base: Int
    let bit: Bit
}

final class PromotionAnalyzer {
    let def: FunctionDef
    let params: [String: ArgKind]
    let isGlobal: (String) -> Bool
    var base: [String: Int] = [:]
    var locals: Set<String> = []
    var unknown = false
    var firstPass = true
    var emitting = false
    /// Loops (LoopPromotion.swift): the kind of what each list parameter holds, and every bit
    /// assigned to each variable (to tell which variables are always, or never, numpy scalars).
    var listElements: [String: Info] = [:]
    var assignedBits: [String: [Bit]] = [:]
    var appendedBits: [String: [Bit]] = [:]
    /// Loops may store into array elements (the tier snapshots those arrays to undo the stores
    /// if a guard fails); whole functions may not (a failed guard re-runs the whole call).
    var storesArrays = false
    var storedArrays: Set<String> = []
    private var needsOut = false
    private var returnBits: [Bit] = []
    private var returnBases: Set<Int> = []

    /// `isGlobal(name)`: the module defines `name` (so it is not the builtin of that name).
    init(def: FunctionDef, kinds: [ArgKind], isGlobal: @escaping (String) -> Bool) {
        self.def = def
        var p: [String: ArgKind] = [:]
        for (param, k) in zip(def.args.args, kinds) { p[param.name] = k }
        params = p
        self.isGlobal = isGlobal
        for (name, k) in p {
            if let b = k.base { base[name] = b }
            if case .list(let e?) = k, let b = e.base { listElements[name] = Info(base: b, bit: e.isNumpy ? .set : .zero) }
        }
    }

    func plan() throws -> PromotionPlan {
        let body = def.body.filter { if case .expr(let e) = $0.kind, case .constant(.string) = e.kind { return false }; return true }
        guard let last = body.last, case .return(.some) = last.kind else {
            throw Rejection(reason: "may return None (no return at the end)", line: def.body.last?.location.line ?? 0)
        }
        // Base kinds: iterate to a fixed point (loops assign before they read).
        for pass in 0..<8 {
            unknown = false
            returnBits = []
            returnBases = []
            let before = base
            _ = try emit(body)
            firstPass = false
            if pass > 0 && !unknown && base == before { break }
        }
        if unknown { throw Rejection(reason: "a local variable may be read before it is assigned", line: def.body.first?.location.line ?? 0) }
        guard returnBases.count == 1, let rb = returnBases.first else {
            throw Rejection(reason: "returns values of different types (bool, int, float)", line: last.location.line)
        }
        let consts = Set(returnBits.map(\.constant))
        let returnNumpy: Bool? = consts.count == 1 ? consts.first! : nil
        needsOut = returnNumpy == nil
        emitting = true
        var newBody: [Stmt] = []
        let loc = def.body[0].location
        for name in locals.sorted() where params[name] == nil { newBody.append(assignBit(name, .zero, loc)) }
        for p in def.args.args {
            if let k = params[p.name], k.base != nil { newBody.append(assignBit(p.name, k.isNumpy ? .set : .zero, loc)) }
        }
        newBody += try emit(body)
        var d = def
        d.body = newBody
        d.decorators = []
        if needsOut { d.args.args.append(Parameter(name: "__npk", location: loc)) }
        return PromotionPlan(definition: d, returnBase: rb, returnNumpy: returnNumpy)
    }

    // MARK: Statements

    func emit(_ stmts: [Stmt]) throws -> [Stmt] {
        var out: [Stmt] = []
        for s in stmts {
            let loc = s.location
            switch s.kind {
            case .assign(let targets, let value) where storesArrays && targets.count == 1 && isArrayElement(targets[0]):
                try storeElement(targets[0], try eval(value), s)
                out.append(s)
            case .augAssign(let target, let op, let value) where storesArrays && isArrayElement(target):
                try storeElement(target, try eval(Expr(.binary(target, op, value), loc)), s)
                out.append(s)
            case .assign(let targets, let value):
                guard targets.count == 1, case .name(let n) = targets[0].kind else { throw reject("stores into something other than a local variable", s) }
                let i = try eval(value)
                try assignLocal(n, i, s)
                out.append(s)
                out.append(assignBit(n, i?.bit ?? .zero, loc))
            case .augAssign(let target, let op, let value):
                guard case .name(let n) = target.kind else { throw reject("stores into something other than a local variable", s) }
                let i = try eval(Expr(.binary(target, op, value), loc))
                try assignLocal(n, i, s)
                out.append(s)
                out.append(assignBit(n, i?.bit ?? .zero, loc))
            case .for(let target, let iter, let body, let orElse):
                guard orElse.isEmpty else { throw reject("for ... else", s) }
                guard case .name(let v) = target.kind else { throw reject("a for loop target that is not a name", s) }
                let i: Info
                if case .call(let f, let args, let kw) = iter.kind, case .name("range") = f.kind, kw.isEmpty,
                   !isGlobal("range"), params["range"] == nil, !locals.contains("range"), (1...3).contains(args.count) {
                    for a in args {
                        if let ai = try eval(a), ai.base != 1 { throw reject("range() of a non-integer", s) }
                    }
                    i = Info(base: 1, bit: .zero)
                } else if case .name(let a) = iter.kind, case .array(.array(let d, 1, _, _))? = params[a] {
                    i = Info(base: d == .float(bits: 64) ? 2 : 1, bit: .set)
                } else if case .name(let a) = iter.kind, case .list? = params[a] {
                    guard let e = listElements[a] else { throw reject("a loop over an empty list", s) }
                    i = e
                } else {
                    throw reject("a loop over something other than range() or a 1-d array argument", s)
                }
                try assignLocal(v, i, s)
                var newFor = s
                newFor.kind = .for(target: target, iter: iter, body: [assignBit(v, i.bit, loc)] + (try emit(body)), orElse: [])
                out.append(newFor)
            case .while(let test, let body, let orElse):
                guard orElse.isEmpty else { throw reject("while ... else", s) }
                try evalTest(test)
                var w = s
                w.kind = .while(test: test, body: try emit(body), orElse: [])
                out.append(w)
            case .if(let test, let body, let orElse):
                try evalTest(test)
                var w = s
                w.kind = .if(test: test, body: try emit(body), orElse: try emit(orElse))
                out.append(w)
            case .return(let value):
                guard let value else { throw reject("returns None", s) }
                guard let i = try eval(value) else { out.append(s); continue }
                if !emitting { returnBases.insert(i.base); returnBits.append(i.bit) }
                if emitting && needsOut {
                    let store = Stmt(.assign(targets: [Expr(.subscript(Expr(.name("__npk"), loc), Expr(.constant(.int(0)), loc)), loc)],
                                             value: bitExpr(i.bit, loc)), loc)
                    out.append(store)
                }
                out.append(s)
            case .break, .continue, .pass:
                out.append(s)
            case .expr(let e):
                if case .constant(.string) = e.kind { continue }
                if case .call(let f, let args, let kw) = e.kind, kw.isEmpty, args.count == 1,
                   case .attribute(let t, "append") = f.kind, case .name(let l) = t.kind, case .list? = params[l] {
                    if let i = try eval(args[0]) { try appendToList(l, i, s) }
                    out.append(s)
                    continue
                }
                if case .call(let f, _, _) = e.kind, case .name(let n) = f.kind { throw reject("calls \(n)() (a side effect)", s) }
                throw reject("an expression statement (possible side effect)", s)
            default:
                throw reject("\(statementName(s.kind)) statement", s)
            }
        }
        return out
    }

    private func statementName(_ k: StmtKind) -> String {
        switch k {
        case .global: return "a global"
        case .nonlocal: return "a nonlocal"
        case .try: return "a try"
        case .raise: return "a raise"
        case .with: return "a with"
        case .delete: return "a del"
        case .import, .importFrom: return "an import"
        case .functionDef: return "a nested def"
        case .classDef: return "a class"
        case .assert: return "an assert"
        default: return "an unsupported"
        }
    }

    private func assignLocal(_ n: String, _ i: Info?, _ s: Stmt) throws {
        if let k = params[n], k.base == nil { throw reject("reassigns the array or list '\(n)'", s) }
        if n.hasPrefix("__") { throw reject("a name starting with __", s) }
        locals.insert(n)
        guard let i else { return }
        if !emitting { assignedBits[n, default: []].append(i.bit) }
        if let b = base[n], b != i.base {
            throw reject("'\(n)' holds both \(kindName(b)) and \(kindName(i.base)) values", s)
        }
        base[n] = i.base
    }

    private func kindName(_ b: Int) -> String { ["bool", "int", "float"][b] }

    func assignBit(_ n: String, _ bit: Bit, _ loc: SourceLocation) -> Stmt {
        Stmt(.assign(targets: [Expr(.name("__npb_" + n), loc)], value: bitExpr(bit, loc)), loc)
    }

    func bitExpr(_ bit: Bit, _ loc: SourceLocation) -> Expr {
        if bit.one { return Expr(.constant(.int(1)), loc) }
        var e: Expr? = nil
        for v in bit.vars.sorted() {
            let n = Expr(.name("__npb_" + v), loc)
            e = e.map { Expr(.binary($0, .bitOr, n), loc) } ?? n
        }
        return e ?? Expr(.constant(.int(0)), loc)
    }

    func reject(_ reason: String, _ s: Stmt) -> Rejection { Rejection(reason: reason, line: s.location.line) }
    private func reject(_ reason: String, _ e: Expr) -> Rejection { Rejection(reason: reason, line: e.location.line) }

    // MARK: Expressions

    /// A condition: only its truth is used, so `and`/`or` and comparison chains are fine.
    private func evalTest(_ e: Expr) throws {
        switch e.kind {
        case .boolean(_, let values): for v in values { try evalTest(v) }
        case .compare(let l, let rest):
            var left = try eval(l)
            for (op, r) in rest {
                guard [.eq, .notEq, .lt, .ltE, .gt, .gtE].contains(op) else { throw reject("the comparison '\(op.rawValue)'", e) }
                let right = try eval(r)
                if let a = left, let b = right,
                   (a.base == 1 && b.base == 2 && !a.bit.one) || (a.base == 2 && b.base == 1 && !b.bit.one) {
                    throw reject("compares a Python int with a float (exact in Python beyond 2**53)", e)
                }
                left = right
            }
        case .unary(.not, let x): try evalTest(x)
        default: _ = try eval(e)
        }
    }

    private func isBuiltin(_ n: String) -> Bool { params[n] == nil && !locals.contains(n) && !isGlobal(n) }

    /// The kind of a scalar expression; nil while a variable's kind is not known yet.
    func eval(_ e: Expr) throws -> Info? {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .int: return Info(base: 1, bit: .zero)
            case .bool: return Info(base: 0, bit: .zero)
            case .float: return Info(base: 2, bit: .zero)
            case .bigInt: throw reject("an int literal that does not fit in int64", e)
            default: throw reject("a constant that is not a number", e)
            }
        case .name(let n):
            if let k = params[n] {
                guard k.base != nil else { throw reject("uses the array '\(n)' as a value", e) }
                if !firstPass && !locals.contains(n) { return Info(base: base[n]!, bit: k.isNumpy ? .set : .zero) }
                return Info(base: base[n]!, bit: Bit(vars: [n]))
            }
            if locals.contains(n) || base[n] != nil {
                guard let b = base[n] else { unknown = true; return nil }
                return Info(base: b, bit: Bit(vars: [n]))
            }
            if firstPass { unknown = true; return nil }
            throw reject("reads the global name '\(n)' (it could change)", e)
        case .binary(let l, let op, let r):
            let a = try eval(l), b = try eval(r)
            guard let a, let b else { return nil }
            let bit = a.bit.or(b.bit)
            // numpy keeps two bools a bool (np.True_ + np.True_ is np.True_), makes int8 of
            // // % ** and refuses -; Python bools give ints.
            if a.base == 0 && b.base == 0 && bit.constant != false, [.add, .sub, .mul, .floorDiv, .mod, .pow].contains(op) {
                throw reject("arithmetic on two bools, one possibly a numpy bool", e)
            }
            switch op {
            case .add, .sub, .mul, .floorDiv, .mod: return Info(base: max(a.base, b.base, 1), bit: bit)
            case .div:
                // Python divides ints exactly and rounds once; int64 → double first rounds twice
                // beyond 2**53. Only numpy ints (which numpy converts the same way) are safe.
                if (a.base <= 1 && !a.bit.one) || (b.base <= 1 && !b.bit.one), a.base <= 1, b.base <= 1 {
                    throw reject("/ on Python ints (exact in Python beyond 2**53, rounded in machine code)", e)
                }
                return Info(base: 2, bit: bit)
            case .pow:
                guard surelyNumpy(a.bit) || surelyNumpy(b.bit) else { throw reject("** on Python numbers (may overflow or give a complex)", e) }
                return Info(base: max(a.base, b.base, 1), bit: bit)
            case .bitAnd, .bitOr, .bitXor, .rShift:
                guard a.base == 1 && b.base == 1 else { throw reject("a bitwise operator on non-integers", e) }
                return Info(base: 1, bit: bit)
            default: throw reject("the operator \(op.rawValue)", e)
            }
        case .unary(let op, let x):
            guard let i = try eval(x) else { return nil }
            switch op {
            case .not: return Info(base: 0, bit: .zero)
            case .minus, .plus:
                // -np.True_ raises TypeError (+ too); -True is the int -1.
                if i.base == 0 && i.bit.constant != false { throw reject("unary \(op == .minus ? "-" : "+") on a possibly numpy bool", e) }
                return Info(base: max(i.base, 1), bit: i.bit)
            case .invert:
                guard i.base == 1 else { throw reject("~ on a non-integer", e) }
                return i
            }
        case .compare(let l, let rest):
            guard rest.count == 1, [.eq, .notEq, .lt, .ltE, .gt, .gtE].contains(rest[0].0) else {
                throw reject("a chained or non-numeric comparison used as a value", e)
            }
            let a = try eval(l), b = try eval(rest[0].1)
            guard let a, let b else { return nil }
            // Python compares an int with a float exactly; machine code would convert the int.
            if (a.base == 1 && b.base == 2 && !a.bit.one) || (a.base == 2 && b.base == 1 && !b.bit.one) {
                throw reject("compares a Python int with a float (exact in Python beyond 2**53)", e)
            }
            return Info(base: 0, bit: a.bit.or(b.bit))
        case .subscript(let target, let index):
            if case .attribute(let t, "shape") = target.kind, case .name(let a) = t.kind, case .array? = params[a],
               case .constant(.int) = index.kind {
                return Info(base: 1, bit: .zero)
            }
            if case .name(let l) = target.kind, case .list? = params[l] {
                if let i = try eval(index), i.base != 1 { throw reject("a non-integer index", e) }
                guard let el = listElements[l] else { throw reject("reads from a list whose item type is not known", e) }
                return el
            }
            guard case .name(let a) = target.kind, case .array(.array(let d, let ndim, _, _))? = params[a] else {
                throw reject("indexes something other than an array argument", e)
            }
            let indices: [Expr]
            if case .tuple(let items) = index.kind { indices = items } else { indices = [index] }
            guard indices.count == ndim else { throw reject("an index that does not select one element", e) }
            for ix in indices {
                if let i = try eval(ix), i.base != 1 { throw reject("a non-integer index", e) }
            }
            return Info(base: d == .float(bits: 64) ? 2 : 1, bit: .set)
        case .attribute(let t, let name):
            guard case .name(let a) = t.kind, case .array? = params[a], name == "size" || name == "ndim" else {
                throw reject("the attribute .\(name)", e)
            }
            return Info(base: 1, bit: .zero)
        case .call(let f, let args, let keywords):
            guard case .name(let n) = f.kind, keywords.isEmpty else { throw reject("a call", e) }
            guard isBuiltin(n) else { throw reject("calls \(n)() (Python code)", e) }
            switch (n, args.count) {
            case ("len", 1):
                if case .name(let a) = args[0].kind, case .list? = params[a] { return Info(base: 1, bit: .zero) }
                guard case .name(let a) = args[0].kind, case .array? = params[a] else { throw reject("len() of a non-array", e) }
                return Info(base: 1, bit: .zero)
            case ("int", 1):
                // int() of a float truncates toward zero; compiled code checks it fits in int64.
                guard try eval(args[0]) != nil else { return nil }
                return Info(base: 1, bit: .zero)
            case ("float", 1):
                guard try eval(args[0]) != nil else { return nil }
                return Info(base: 2, bit: .zero)
            case ("abs", 1):
                guard let i = try eval(args[0]) else { return nil }
                guard i.base == 2 else { throw reject("abs() of an integer", e) }
                return i
            default: throw reject("calls \(n)()", e)
            }
        default:
            throw reject("an expression the promotion does not handle", e)
        }
    }
}
