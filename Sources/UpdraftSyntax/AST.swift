// The abstract syntax tree the parser produces and the interpreter compiles.
// It mirrors CPython's `ast` module (same node names and fields) so that anyone who
// knows Python's grammar can read it; every node carries its source span for tracebacks.

/// A span in the source: 1-based lines, 0-based UTF-8-agnostic columns counted in
/// Unicode scalars (CPython counts columns in characters for carets).
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
    }

    public static let unknown = SourceLocation(line: 0, column: 0)
    public var description: String { "\(line):\(column)" }
}

// MARK: - Expressions

public struct Expr {
    public var kind: ExprKind
    public var location: SourceLocation
    public init(_ kind: ExprKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public enum Constant: Equatable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer literal too large for 64 bits: its text without underscores, prefix kept
    /// (`"123456789012345678901234"`, `"0xffffffffffffffffff"`); the runtime converts it.
    case bigInt(String)
    case float(Double)
    /// The imaginary part of a literal like `2j`.
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

public enum BinaryOperator: String, CaseIterable {
    case add = "+", sub = "-", mul = "*", matMul = "@", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum UnaryOperator: String {
    case not = "not", invert = "~", plus = "+", minus = "-"
}

public enum BoolOperator: String {
    case and, or
}

public enum CompareOperator: String {
    case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

/// One `for ... in ... if ...` clause of a comprehension.
public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public init(target: Expr, iter: Expr, ifs: [Expr]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

/// A keyword argument in a call; `name == nil` is `**mapping`.
public struct Keyword {
    public var name: String?
    public var value: Expr
    /// From the name (or `**`) to the end of the value.
    public var location: SourceLocation
    public init(name: String?, value: Expr, location: SourceLocation = .unknown) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// A piece of an f-string: literal text, or a replacement field.
public enum FStringPart {
    case literal(String)
    /// `{value!conversion:formatSpec}`; conversion is "r", "s", "a" or nil; the spec may itself
    /// contain replacement fields, so it is a list of parts.
    case field(value: Expr, conversion: Character?, formatSpec: [FStringPart]?)
}

public indirect enum ExprKind {
    case name(String)
    case constant(Constant)
    case joinedString([FStringPart])
    case binary(Expr, BinaryOperator, Expr)
    case unary(UnaryOperator, Expr)
    /// `a and b and c`: two or more operands.
    case boolean(BoolOperator, [Expr])
    /// `a < b <= c`: the left operand and each (operator, operand) pair.
    case compare(Expr, [(CompareOperator, Expr)])
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    case lambda(Arguments, Expr)
    /// Positional arguments may contain `.starred` for `*args`.
    case call(Expr, args: [Expr], keywords: [Keyword])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// Only as a subscript or inside a subscript's tuple.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    /// Entries with `key == nil` are `**mapping` unpackings.
    case dict([(key: Expr?, value: Expr)])
    case starred(Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `name := value`
    case namedExpr(String, Expr)
}

// MARK: - Function signatures

public struct Parameter {
    public var name: String
    public var annotation: Expr?
    public var location: SourceLocation
    public init(name: String, annotation: Expr? = nil, location: SourceLocation) {
        self.name = name
        self.annotation = annotation
        self.location = location
    }
}

/// Parameters of a `def` or `lambda`, laid out as in CPython's `ast.arguments`.
public struct Arguments {
    /// Parameters before `/`.
    public var positionalOnly: [Parameter] = []
    /// Ordinary positional-or-keyword parameters.
    public var args: [Parameter] = []
    /// `*args` (nil if absent).
    public var vararg: Parameter?
    public var keywordOnly: [Parameter] = []
    /// One entry per keyword-only parameter; nil where it has no default.
    public var keywordDefaults: [Expr?] = []
    /// `**kwargs` (nil if absent).
    public var kwarg: Parameter?
    /// Defaults for the last `defaults.count` of `positionalOnly + args`.
    public var defaults: [Expr] = []
    public init() {}
}

// MARK: - Statements

public struct Stmt {
    public var kind: StmtKind
    public var location: SourceLocation
    public init(_ kind: StmtKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public struct FunctionDef {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?) {
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

public struct ClassDef {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

public struct ExceptHandler {
    /// The exception type expression; nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

public struct WithItem {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

/// `name as asname` in an import; `name` may be dotted (`os.path`), or "*" in `from m import *`.
public struct ImportAlias {
    public var name: String
    public var asName: String?
    public init(name: String, asName: String?) {
        self.name = name
        self.asName = asName
    }
}

public indirect enum StmtKind {
    case expr(Expr)
    /// `a = b = value`: one or more targets.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt])
    case `break`
    case `continue`
    case pass
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case global([String])
    case nonlocal([String])
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt])
    case raise(exception: Expr?, cause: Expr?)
    case with(items: [WithItem], body: [Stmt])
    case assert(test: Expr, message: Expr?)
    case delete([Expr])
    case `import`([ImportAlias])
    /// `from module import names`; `level` counts leading dots.
    case importFrom(module: String?, names: [ImportAlias], level: Int)
}

/// A parsed file or REPL input.
public struct Module {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}
