// `\N{NAME}` escapes: Unicode character names, looked up in the Unicode tables the Swift
// runtime ships (`Unicode.Scalar.Properties.name`). The reverse index is built on the first
// `\N` escape only, since most programs never use one.

enum UnicodeNames {
    nonisolated(unsafe) private static var index: [String: Unicode.Scalar]?

    static func scalar(named raw: String) -> Unicode.Scalar? {
        let name = raw.uppercased()
        if index == nil { index = buildIndex() }
        return index?[name]
    }

    private static func buildIndex() -> [String: Unicode.Scalar] {
        var out: [String: Unicode.Scalar] = [:]
        out.reserveCapacity(40_000)
        var v: UInt32 = 0
        while v <= 0x10FFFF {
            if let s = Unicode.Scalar(v) {
                if let n = s.properties.name { out[n] = s }
                if let alias = s.properties.nameAlias, out[alias] == nil { out[alias] = s }
            }
            v += 1
        }
        return out
    }
}
