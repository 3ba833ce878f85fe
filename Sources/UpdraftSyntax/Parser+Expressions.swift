// Expressions from `star_expressions` down to `power`, with CPython's precedence, plus the
// inline versions of CPython's invalid_expression / invalid_named_expression diagnostics.

extension SyntaxParser {
    // MARK: - Expression lists

    /// star_expressions: star_expression (',' star_expression)* [',']
    func parseStarExpressions() throws -> Expr {
        let startIndex = pos
        let first = try parseStarExpression()
        guard kind == .comma else { return first }
        var elements = [first]
        while accept(.comma) {
            guard isExpressionStart(kind) || kind == .star else { break }
            elements.append(try parseStarExpression())
        }
        return Expr(.tuple(elements), span(from: startIndex))
    }

    /// star_expression: '*' bitwise_or | expression
    func parseStarExpression() throws -> Expr {
        if kind == .star { return try parseStarred() }
        return try parseExpression()
    }

    /// '*' bitwise_or
    func parseStarred() throws -> Expr {
        let startIndex = pos
        advance()
        let value = try parseBitwiseOr()
        return Expr(.starred(value), span(from: startIndex))
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func parseStarNamedExpression() throws -> Expr {
        if kind == .star { return try parseStarred() }
        return try parseNamedExpression()
    }

    /// expressions: expression (',' expression)* [',']
    func parseExpressions() throws -> Expr {
        let startIndex = pos
        let first = try parseExpression()
        guard kind == .comma else { return first }
        var elements = [first]
        while accept(.comma) {
            guard isExpressionStart(kind) else { break }
            elements.append(try parseExpression())
        }
        return Expr(.tuple(elements), span(from: startIndex))
    }

    // MARK: - Named expressions

    /// named_expression: NAME ':=' expression | invalid_named_expression | expression !':='
    func parseNamedExpression() throws -> Expr {
        if kind == .name && kind(at: 1) == .colonEqual { return try parseWalrus() }
        let startIndex = pos
        let value = try parseExpression()
        if kind == .colonEqual {
            throw errorAt(value.location, "cannot use assignment expressions with \(describe(value))")
        }
        if kind == .equal { try diagnoseAssignmentInExpression(value, startIndex: startIndex) }
        return value
    }

    /// assignment_expression: NAME ':=' ~ expression
    func parseWalrus() throws -> Expr {
        let startIndex = pos
        let name = text(advance())
        advance()
        let value = try parseExpression()
        return Expr(.namedExpr(name, value), span(from: startIndex))
    }

    /// CPython's invalid_named_expression for `target = value` where an expression belongs:
    ///     a=NAME '=' b=bitwise_or !('='|':=')
    ///     !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' bitwise_or !('='|':=')
    func diagnoseAssignmentInExpression(_ target: Expr, startIndex: Int) throws {
        guard kind == .equal, isBitwiseOrLevel(target) else { return }
        let saved = (pos, furthest)
        defer { (pos, furthest) = saved }
        advance()
        guard let value = try? parseBitwiseOr(), kind != .equal, kind != .colonEqual else { return }
        if case .name = target.kind, startIndex + 1 == saved.0 {
            throw errorAt(target.location, value.location,
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        if startsWithExcludedAtom(startIndex) { return }
        throw errorAt(target.location, "cannot assign to \(describe(target)) here. Maybe you meant '==' instead of '='?")
    }

    /// True when the input at `index` opens with a list, tuple, generator expression or
    /// True/None/False, which CPython's invalid_named_expression refuses to blame.
    private func startsWithExcludedAtom(_ index: Int) -> Bool {
        let k = tokens[index].kind
        if k == .kwTrue || k == .kwNone || k == .kwFalse || k == .lsqb { return true }
        guard k == .lpar else { return false }
        // A parenthesized group is allowed; a tuple or generator expression is not.
        var depthCount = 0
        var i = index
        while i < tokens.count {
            switch tokens[i].kind {
            case .lpar, .lsqb, .lbrace: depthCount += 1
            case .rpar, .rsqb, .rbrace:
                depthCount -= 1
                if depthCount == 0 { return i == index + 1 }
            case .comma, .kwFor: if depthCount == 1 { return true }
            case .endMarker, .error: return false
            default: break
            }
            i += 1
        }
        return false
    }

    private func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .boolean, .compare, .ifExp, .lambda, .unary(.not, _): return false
        default: return true
        }
    }

    // MARK: - expression

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    func parseExpression() throws -> Expr {
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try parseLambda() }
        let startIndex = pos
        let body = try parseDisjunction()
        if isExpressionStart(kind) && !suppressAdjacencyCheck {
            try diagnoseAdjacentExpression(body, startIndex: startIndex)
        }
        guard kind == .kwIf else { return body }
        advance()
        let test = try parseDisjunction()
        guard accept(.kwElse) else {
            if kind == .colon { throw NoMatch() }
            throw errorAt(body.location, test.location, "expected 'else' after 'if' expression")
        }
        let orElse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orElse: orElse), span(from: startIndex))
    }

    /// Two expressions side by side: CPython's invalid_legacy_expression (`print x`) and
    /// invalid_expression ("Perhaps you forgot a comma?", only inside brackets).
    private func diagnoseAdjacentExpression(_ first: Expr, startIndex: Int) throws {
        let saved = (pos, furthest)
        let firstToken = tokens[startIndex]
        if case .name(let name) = first.kind, pos == startIndex + 1, name == "print" || name == "exec" {
            if let rest = try? parseStarExpressions() {
                throw errorAt(first.location, rest.location,
                              "Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?")
            }
            (pos, furthest) = saved
            return
        }
        if firstToken.kind == .name {
            if tokens[startIndex + 1].kind == .string { return }
            let word = text(firstToken)
            if word == "match" || word == "case" || word == "_" { return }
        }
        guard let second = try? parseExpression() else {
            (pos, furthest) = saved
            return
        }
        let lastLevel = tokens[max(0, pos - 1)].level
        (pos, furthest) = saved
        if lastLevel == 0 { return }
        throw errorAt(first.location, second.location, "invalid syntax. Perhaps you forgot a comma?")
    }

    func isExpressionStart(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde,
             .kwNot, .kwLambda, .kwNone, .kwTrue, .kwFalse, .ellipsis, .kwAwait:
            return true
        default:
            return false
        }
    }

    // MARK: - Boolean operators

    /// disjunction: conjunction ('or' conjunction)*
    func parseDisjunction() throws -> Expr {
        let startIndex = pos
        let first = try parseConjunction()
        guard kind == .kwOr else { return first }
        var values = [first]
        while kind == .kwOr {
            let operatorIndex = pos
            advance()
            guard let value = try backtracking(to: operatorIndex, { try parseConjunction() }) else { break }
            values.append(value)
        }
        if values.count == 1 { return first }
        return Expr(.boolean(.or, values), span(from: startIndex))
    }

    /// conjunction: inversion ('and' inversion)*
    func parseConjunction() throws -> Expr {
        let startIndex = pos
        let first = try parseInversion()
        guard kind == .kwAnd else { return first }
        var values = [first]
        while kind == .kwAnd {
            let operatorIndex = pos
            advance()
            guard let value = try backtracking(to: operatorIndex, { try parseInversion() }) else { break }
            values.append(value)
        }
        if values.count == 1 { return first }
        return Expr(.boolean(.and, values), span(from: startIndex))
    }

    /// inversion: 'not' inversion | comparison
    func parseInversion() throws -> Expr {
        guard kind == .kwNot else { return try parseComparison() }
        try enter()
        defer { leave() }
        let startIndex = pos
        advance()
        let operand = try parseInversion()
        return Expr(.unary(.not, operand), span(from: startIndex))
    }

    // MARK: - Comparisons

    /// comparison: bitwise_or (compare_op bitwise_or)*
    func parseComparison() throws -> Expr {
        let startIndex = pos
        let left = try parseBitwiseOr()
        var pairs: [(CompareOperator, Expr)] = []
        while true {
            let operatorIndex = pos
            guard let op = comparisonOperator(),
                  let right = try backtracking(to: operatorIndex, { try parseBitwiseOr() }) else { break }
            pairs.append((op, right))
        }
        if pairs.isEmpty { return left }
        return Expr(.compare(left, pairs), span(from: startIndex))
    }

    /// Consumes a comparison operator (`not in` and `is not` are two tokens).
    private func comparisonOperator() -> CompareOperator? {
        let op: CompareOperator
        switch kind {
        case .equalEqual: op = .eq
        case .notEqual: op = .notEq
        case .less: op = .lt
        case .lessEqual: op = .ltE
        case .greater: op = .gt
        case .greaterEqual: op = .gtE
        case .kwIn: op = .in
        case .kwIs:
            if kind(at: 1) == .kwNot {
                advance()
                op = .isNot
            } else {
                op = .is
            }
        case .kwNot:
            guard kind(at: 1) == .kwIn else { return nil }
            advance()
            op = .notIn
        default:
            return nil
        }
        advance()
        return op
    }

    // MARK: - Binary operators

    /// bitwise_or down to term, by precedence climbing:
    /// `|` < `^` < `&` < `<< >>` < `+ -` < `* / // % @`, all left-associative.
    func parseBitwiseOr() throws -> Expr { try parseBinary(minPrecedence: 1) }

    private func parseBinary(minPrecedence: Int) throws -> Expr {
        let startIndex = pos
        var left = try parseFactor()
        // Each operator deepens the left-leaning tree that later passes recurse over.
        let entryDepth = depth
        defer { depth = entryDepth }
        while let (op, precedence) = binaryOperator(kind), precedence >= minPrecedence {
            let operatorIndex = pos
            try enter()
            advance()
            // Like a PEG rule, a dangling operator leaves the operand before it matched.
            guard let right = try backtracking(to: operatorIndex, { try parseBinary(minPrecedence: precedence + 1) })
            else { break }
            left = Expr(.binary(left, op, right), span(from: startIndex))
        }
        return left
    }

    private func binaryOperator(_ k: TokenKind) -> (BinaryOperator, Int)? {
        switch k {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lShift, 4)
        case .rightShift: return (.rShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMul, 6)
        default: return nil
        }
    }

    // MARK: - Unary and power

    /// factor: '+' factor | '-' factor | '~' factor | power
    func parseFactor() throws -> Expr {
        let op: UnaryOperator
        switch kind {
        case .plus: op = .plus
        case .minus: op = .minus
        case .tilde: op = .invert
        default: return try parsePower()
        }
        try enter()
        defer { leave() }
        let startIndex = pos
        advance()
        let operand = try parseFactor()
        return Expr(.unary(op, operand), span(from: startIndex))
    }

    /// power: primary '**' factor | primary
    func parsePower() throws -> Expr {
        if kind == .kwAwait { throw NoMatch() }  // no coroutines in Updraft
        let startIndex = pos
        let base = try parsePrimary()
        let operatorIndex = pos
        guard accept(.doubleStar) else { return base }
        try enter()
        defer { leave() }
        guard let exponent = try backtracking(to: operatorIndex, { try parseFactor() }) else { return base }
        return Expr(.binary(base, .pow, exponent), span(from: startIndex))
    }

    // MARK: - Lambda

    /// lambdef: 'lambda' [lambda_params] ':' expression
    func parseLambda() throws -> Expr {
        let startIndex = pos
        advance()
        let arguments = try parseParameters(closing: .colon, annotations: false)
        _ = try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(arguments, body), span(from: startIndex))
    }

    // MARK: - Yield

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func parseYield() throws -> Expr {
        let startIndex = pos
        advance()
        if accept(.kwFrom) {
            let value = try parseExpression()
            return Expr(.yieldFrom(value), span(from: startIndex))
        }
        guard isExpressionStart(kind) || kind == .star else {
            return Expr(.yield(nil), span(from: startIndex))
        }
        let value = try parseStarExpressions()
        return Expr(.yield(value), span(from: startIndex))
    }

    /// Runs `body`; if it does not match, rewinds to `index` (keeping the furthest token seen,
    /// which is where a generic error will point) and returns nil.
    func backtracking(to index: Int, _ body: () throws -> Expr) throws -> Expr? {
        do {
            return try body()
        } catch is NoMatch {
            pos = index
            return nil
        }
    }

    // MARK: - Names for messages

    /// CPython's `_PyPegen_get_expr_name`, used in "cannot assign to ..." messages.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolean, .binary, .unary: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedString: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }
}
