// TEMPORARY stand-ins until the Support library lands.
import BigInt
import Foundation
public func pyFloatRepr(_ x: Double) -> String { "\(x)" }
public func pyStringRepr(_ s: String) -> String { "'\(s)'" }
public func pyHashInt(_ v: Int) -> Int { v }
public func pyHashBigInt(_ v: BigInt) -> Int { v.hashValue }
public func pyHashFloat(_ x: Double) -> Int { x.hashValue }
public func pyHashTuple(_ h: [Int]) -> Int { h.reduce(0) { $0 &* 31 &+ $1 } }
public func pyFloatFloorDiv(_ a: Double, _ b: Double) -> Double { (a / b).rounded(.down) }
public func pyFloatMod(_ a: Double, _ b: Double) -> Double { let r = fmod(a, b); return r != 0 && (r < 0) != (b < 0) ? r + b : r }
public func pyBigIntToDouble(_ v: BigInt) -> Double? { Double(v) }
public func pyFloatToBigInt(_ x: Double) -> BigInt? { x.isFinite ? BigInt(x) : nil }
public func pyTrueDivide(_ a: BigInt, _ b: BigInt) -> Double? { Double(a) / Double(b) }
public func formatValue(_ v: Value, _ spec: String) throws -> String { try str(v) }
