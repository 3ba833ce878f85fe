// TEMPORARY stand-ins until the str/format methods land.
public func formatValue(_ v: Value, _ spec: String) throws -> String { try str(v) }
