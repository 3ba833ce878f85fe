// Numeric and character builtins: abs, round, divmod, pow, hex, oct, bin, chr, ord, hash, id.
// The arithmetic itself (abs, round, divmod, pow) lives with the number methods.

import BigInt

func installNumericBuiltins() {
    defineBuiltin("abs") { args in
        try args.expect("abs", min: 1, max: 1)
        return try absValue(args[0])
    }

    defineBuiltin("round") { args in
        let bound = try clinicArguments("round", args, ["number", "ndigits"], minPositional: 1)
        let ndigits = bound[1].flatMap { $0.isNone ? nil : $0 }
        return try roundValue(bound[0] ?? .none, ndigits)
    }

    defineBuiltin("divmod") { args in
        try expectPositional("divmod", args, min: 2, max: 2)
        return try divmodValue(args[0], args[1])
    }

    defineBuiltin("pow") { args in
        let bound = try clinicArguments("pow", args, ["base", "exp", "mod"], minPositional: 2)
        let mod = bound[2].flatMap { $0.isNone ? nil : $0 }
        return try powValue(bound[0] ?? .none, bound[1] ?? .none, mod)
    }

    defineBuiltin("hex") { args in
        try args.expect("hex", min: 1, max: 1)
        return .str(radixString(try indexBigInt(args[0]), radix: 16, prefix: "0x"))
    }
    defineBuiltin("oct") { args in
        try args.expect("oct", min: 1, max: 1)
        return .str(radixString(try indexBigInt(args[0]), radix: 8, prefix: "0o"))
    }
    defineBuiltin("bin") { args in
        try args.expect("bin", min: 1, max: 1)
        return .str(radixString(try indexBigInt(args[0]), radix: 2, prefix: "0b"))
    }

    defineBuiltin("chr") { args in
        try args.expect("chr", min: 1, max: 1)
        let code: BigInt
        do {
            code = try indexBigInt(args[0])
        } catch let e as PythonError where e.isInstance(of: .typeError) {
            throw PythonError.typeError("'\(args[0].typeName)' object cannot be interpreted as an integer")
        }
        guard let c = Int32(exactly: code) else {
            throw PythonError.overflowError("Python int too large to convert to C int")
        }
        guard c >= 0 && c < 0x110000 else { throw PythonError.valueError("chr() arg not in range(0x110000)") }
        // Swift strings cannot hold lone surrogates; they become U+FFFD.
        let scalar = Unicode.Scalar(UInt32(c)) ?? "\u{FFFD}"
        return .str(String(Character(scalar)))
    }

    defineBuiltin("ord") { args in
        try args.expect("ord", min: 1, max: 1)
        if let b = bytesLike(args[0]) {
            guard b.count == 1 else {
                throw PythonError.typeError("ord() expected a character, but string of length \(b.count) found")
            }
            return .int(Int(b[0]))
        }
        guard let s = args[0].asObject as? PyStr else {
            throw PythonError.typeError("ord() expected string of length 1, but \(args[0].typeName) found")
        }
        let count = s.count
        guard count == 1, let scalar = s.value.unicodeScalars.first else {
            throw PythonError.typeError("ord() expected a character, but string of length \(count) found")
        }
        return .int(Int(scalar.value))
    }

    defineBuiltin("hash") { args in
        try args.expect("hash", min: 1, max: 1)
        return .int(try hashValue(args[0]))
    }

    defineBuiltin("id") { args in
        try args.expect("id", min: 1, max: 1)
        return .int(objectIdentity(args[0]))
    }
}

/// `hex`/`oct`/`bin` text: sign, prefix, then the magnitude's digits.
func radixString(_ n: BigInt, radix: Int, prefix: String) -> String {
    let digits = String(n.magnitude, radix: radix)
    return (n.sign == .minus && !n.isZero ? "-" : "") + prefix + digits
}

/// `id(v)`: stable for as long as the object lives. Objects use their address; inline values
/// use their value (ints) or fixed numbers, so `id(x) == id(x)` holds for every value.
public func objectIdentity(_ v: Value) -> Int {
    switch v {
    case .object(let o): return ObjectIdentifier(o).hashValue  // the address `repr` shows
    case .int(let i): return i
    case .float(let d): return Int(bitPattern: UInt(d.bitPattern))
    case .bool(let b): return b ? 0x7_1000 : 0x7_1010
    case .none: return 0x7_1020
    }
}
