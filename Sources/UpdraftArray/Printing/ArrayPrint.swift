// Placeholder printing (replaced by numpy-exact array2string).

import UpdraftRuntime

public func arrayStr(_ a: NDArray) throws -> String {
    "[" + a.scalars.map { scalarText($0) }.joined(separator: " ") + "]"
}

public func arrayRepr(_ a: NDArray) throws -> String { "array(\(try arrayStr(a)))" }

public func scalarStr(_ s: NPScalar) -> String { scalarText(s.value) }

public func scalarRepr(_ s: NPScalar) -> String { "np.\(s.dtype.name)(\(scalarText(s.value)))" }

func scalarText(_ s: Scalar) -> String {
    switch s {
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .float(let d): return pyFloatRepr(d)
    case .complex(let re, let im): return "(\(pyFloatRepr(re))+\(pyFloatRepr(im))j)"
    }
}
