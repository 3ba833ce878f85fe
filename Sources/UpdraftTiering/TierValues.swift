// Values at the tier's boundary, shared by promoted functions (TierPolicy.swift) and compiled
// loops (LoopTiering.swift): numpy scalars in, the Python objects object mode would make out, and
// the words the tier log uses for values and failed guards.

import UpdraftArray
import UpdraftLLVM
import UpdraftRuntime

enum TierValues {
    /// A numpy scalar as the plain number compiled code takes (its kind is in the signature).
    static func unboxed(_ v: Value) -> Value {
        guard case .object(let o) = v, let s = o as? NPScalar else { return v }
        switch s.value {
        case .float(let d): return .float(d)
        case .int(let x): return .int(Int(x))
        case .bool(let b): return .bool(b)
        default: return v
        }
    }

    /// A native result of base kind `base` (0 bool, 1 int, 2 float) as a Python number or, when
    /// `numpy`, a numpy scalar.
    static func box(_ v: Value, base: Int, numpy: Bool) -> Value {
        switch (base, v) {
        case (0, .bool(let b)): return numpy ? .object(NPScalar(.bool, .bool(b))) : .bool(b)
        case (0, .int(let x)): return numpy ? .object(NPScalar(.bool, .bool(x != 0))) : .bool(x != 0)
        case (1, .int(let x)): return numpy ? .object(NPScalar(.int64, .int(Int64(x)))) : .int(x)
        case (2, .float(let d)): return numpy ? .object(NPScalar(.float64, .float(d))) : .float(d)
        default: return v
        }
    }

    static func typeName(_ v: Value) -> String {
        switch v {
        case .int: return "int"
        case .float: return "float"
        case .bool: return "bool"
        case .none: return "NoneType"
        case .object(let o): return o.pyType.name
        default: return "object"
        }
    }

    /// "a float", "an int that does not fit in int64", "None", "unbound".
    static func describe(_ v: Value?) -> String {
        guard let v else { return "unbound" }
        switch v {
        case .object(let o):
            if o.pyType.name == "int" { return "an int that does not fit in int64" }
            return "a \(o.pyType.name)"
        case .none: return "None"
        default: return "a \(typeName(v))"
        }
    }

    /// Why compiled code gave up: the int64 guard, or an exception it raised.
    static func guardFailure(_ error: Error) -> String {
        guard let e = error as? PythonError else { return "\(error)" }
        let msg = (try? str(e.exception.args.first ?? .none)) ?? ""
        return msg == guardFailureMessage ? "int64 overflow guard (a Python int grew past 64 bits)"
            : "\(e.exception.pyType.name) raised in compiled code"
    }
}
