// Placeholder: operators on arrays and numpy scalars (to be implemented).

import UpdraftRuntime

func installUfuncs(_ np: PyModule) {}

public func arrayBinary(_ op: BinaryOp, _ a: NDArray, _ other: Value, reflected: Bool) throws -> Value? { nil }
public func arrayUnary(_ op: UnaryOp, _ a: NDArray) throws -> Value? { nil }
public func arrayCompare(_ op: CompareOp, _ a: NDArray, _ other: Value) throws -> Value? { nil }
public func arrayInplace(_ op: BinaryOp, _ a: NDArray, _ other: Value) throws -> Value? { nil }
public func scalarBinary(_ op: BinaryOp, _ s: NPScalar, _ other: Value, reflected: Bool) throws -> Value? { nil }
public func scalarUnary(_ op: UnaryOp, _ s: NPScalar) throws -> Value? { nil }
public func scalarCompare(_ op: CompareOp, _ s: NPScalar, _ other: Value) throws -> Value? { nil }
