// Tokens produced by the Lexer and consumed by the Parser.
// Keywords get their own kinds so the parser compares small integers instead of strings.

enum TokenKind: UInt8 {
    case endMarker, name, number, string, newline, indent, dedent
    /// A character CPython's tokenizer passes through as a lone OP (`$`, `?`, `!`, backtick):
    /// the parser then reports plain `invalid syntax` at it.
    case unknownOperator
    /// Stands where the lexer stopped on an error; reading it raises that error.
    case error

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, arrow, colonEqual, at
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, equalEqual, notEqual, lessEqual, greaterEqual
    /// `<>`: tokenized by CPython but rejected by the parser.
    case lessGreater
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, atEqual, vbarEqual, amperEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual

    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom
    case kwGlobal, kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass
    case kwRaise, kwReturn, kwTry, kwWhile, kwWith, kwYield

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
        "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel,
        "elif": .kwElif, "else": .kwElse, "except": .kwExcept, "finally": .kwFinally,
        "for": .kwFor, "from": .kwFrom, "global": .kwGlobal, "if": .kwIf, "import": .kwImport,
        "in": .kwIn, "is": .kwIs, "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot,
        "or": .kwOr, "pass": .kwPass, "raise": .kwRaise, "return": .kwReturn, "try": .kwTry,
        "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
    ]

    /// The augmented-assignment operator this token spells, if any.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .atEqual: return .matMul
        case .slashEqual: return .div
        case .doubleSlashEqual: return .floorDiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .amperEqual: return .bitAnd
        default: return nil
        }
    }
}

struct Token {
    var kind: TokenKind
    /// Scalar offsets of the token's text in the source, `end` exclusive.
    var start: Int32
    var end: Int32
    var line: Int32
    /// 0-based; for INDENT, DEDENT and ENDMARKER CPython records no column, and error
    /// reports use the tokenizer's position instead, which is what `column` holds for them.
    var column: Int32
    var endLine: Int32
    var endColumn: Int32
    /// Bracket nesting after this token; f-string fields count as one level, as CPython wraps
    /// them in parentheses. Decides where "Perhaps you forgot a comma?" applies.
    var level: UInt8 = 0

    var location: SourceLocation {
        SourceLocation(line: Int(line), column: Int(column), endLine: Int(endLine), endColumn: Int(endColumn))
    }
}
