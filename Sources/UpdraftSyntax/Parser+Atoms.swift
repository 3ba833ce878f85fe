// Primaries and atoms: attribute access, calls, subscripts and slices, names, literals,
// and the bracketed displays with their comprehensions.

extension SyntaxParser {
    // MARK: - Primary

    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///        | primary '[' slices ']' | atom
    func parsePrimary() throws -> Expr {
        let startIndex = pos
        var value = try parseAtom()
        // Each trailer deepens the tree (`a.b.c` is Attribute(Attribute(a))).
        let entryDepth = depth
        defer { depth = entryDepth }
        while true {
            if kind == .dot || kind == .lpar || kind == .lsqb { try enter() }
            switch kind {
            case .dot:
                advance()
                guard kind == .name else { throw NoMatch() }
                let name = text(advance())
                value = Expr(.attribute(value, name), span(from: startIndex))
            case .lpar:
                let call = try parseCallArguments()
                value = Expr(.call(value, args: call.args, keywords: call.keywords), span(from: startIndex))
            case .lsqb:
                advance()
                let index = try parseSlices()
                _ = try expect(.rsqb)
                value = Expr(.subscript(value, index), span(from: startIndex))
            default:
                return value
            }
        }
    }

    // MARK: - Subscripts

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    func parseSlices() throws -> Expr {
        let startIndex = pos
        let first = try parseSliceItem()
        guard kind == .comma || first.isStarred else { return first }
        var elements = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elements.append(try parseSliceItem())
        }
        return Expr(.tuple(elements), span(from: startIndex))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private func parseSliceItem() throws -> Expr {
        if kind == .star { return try parseStarredExpression() }
        let startIndex = pos
        var lower: Expr?
        if kind != .colon {
            let value = try parseNamedExpression()
            guard kind == .colon else { return value }
            lower = value
        }
        advance()
        let upper = isExpressionStart(kind) ? try parseExpression() : nil
        var step: Expr?
        if accept(.colon), isExpressionStart(kind) { step = try parseExpression() }
        return Expr(.slice(lower: lower, upper: upper, step: step), span(from: startIndex))
    }

    /// starred_expression: '*' expression
    func parseStarredExpression() throws -> Expr {
        let startIndex = pos
        advance()
        let value = try parseExpression()
        return Expr(.starred(value), span(from: startIndex))
    }

    // MARK: - Atoms

    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
    ///     | list | listcomp | dict | set | dictcomp | setcomp | '...'
    func parseAtom() throws -> Expr {
        let t = token
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(text(t)), t.location)
        case .number:
            advance()
            return Expr(.constant(try parseNumber(t)), t.location)
        case .string:
            return try parseStrings()
        case .kwNone:
            advance()
            return Expr(.constant(.none), t.location)
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true)), t.location)
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false)), t.location)
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis), t.location)
        case .lpar:
            return try parseParenthesized()
        case .lsqb:
            return try parseListDisplay()
        case .lbrace:
            return try parseBraceDisplay()
        default:
            throw NoMatch()
        }
    }

    /// tuple | group | genexp
    ///   group: '(' (yield_expr | named_expression) ')'
    private func parseParenthesized() throws -> Expr {
        let startIndex = pos
        advance()
        try enter()
        defer { leave() }
        if accept(.rpar) { return Expr(.tuple([]), span(from: startIndex)) }
        if kind == .kwYield {
            let value = try parseYield()
            _ = try expect(.rpar)
            return value
        }
        if kind == .doubleStar {
            let starStart = pos
            advance()
            if let value = try? parseExpression(), kind == .rpar {
                throw errorAt(span(tokens[starStart].location, value.location), "cannot use double starred expression here")
            }
            throw NoMatch()
        }
        let first = try parseStarNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            if case .starred = first.kind {
                throw errorAt(first.location, "iterable unpacking cannot be used in comprehension")
            }
            let clauses = try parseComprehensionClauses()
            _ = try expect(.rpar)
            return Expr(.generatorExp(first, clauses), span(from: startIndex))
        }
        if kind == .rpar {
            if case .starred = first.kind { throw errorAt(first.location, "cannot use starred expression here") }
            advance()
            return first
        }
        guard kind == .comma else { throw NoMatch() }
        var elements = [first]
        while accept(.comma) {
            if kind == .rpar { break }
            elements.append(try parseStarNamedExpression())
        }
        _ = try expect(.rpar)
        return Expr(.tuple(elements), span(from: startIndex))
    }

    /// list: '[' [star_named_expressions] ']'  |  listcomp: '[' named_expression for_if_clauses ']'
    private func parseListDisplay() throws -> Expr {
        let startIndex = pos
        advance()
        try enter()
        defer { leave() }
        if accept(.rsqb) { return Expr(.list([]), span(from: startIndex)) }
        let first = try parseStarNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            if case .starred = first.kind {
                throw errorAt(first.location, "iterable unpacking cannot be used in comprehension")
            }
            let clauses = try parseComprehensionClauses()
            _ = try expect(.rsqb)
            return Expr(.listComp(first, clauses), span(from: startIndex))
        }
        let elements = try parseDisplayElements(first, closing: .rsqb)
        return Expr(.list(elements), span(from: startIndex))
    }

    /// The rest of `a, b, c]` after the first element; `[a, b for x in y]` gets CPython's hint.
    private func parseDisplayElements(_ first: Expr, closing: TokenKind) throws -> [Expr] {
        var elements = [first]
        while accept(.comma) {
            if kind == closing { break }
            elements.append(try parseStarNamedExpression())
        }
        if kind == .kwFor, elements.count > 1 {
            throw errorAt(first.location, elements[elements.count - 1].location,
                          "did you forget parentheses around the comprehension target?")
        }
        _ = try expect(closing)
        return elements
    }

    /// dict | set | dictcomp | setcomp
    private func parseBraceDisplay() throws -> Expr {
        let startIndex = pos
        advance()
        try enter()
        defer { leave() }
        if accept(.rbrace) { return Expr(.dict([]), span(from: startIndex)) }
        if kind == .doubleStar {
            let entryStart = pos
            advance()
            let mapping = try parseBitwiseOr()
            if kind == .kwFor || kind == .kwAsync {
                throw errorAt(tokens[entryStart], "dict unpacking cannot be used in dict comprehension")
            }
            return try parseDictRest(startIndex: startIndex, first: (nil, mapping))
        }
        let first = try parseStarNamedExpression()
        if kind == .colon, !first.isStarred {
            advance()
            let value = try parseDictValue()
            if kind == .kwFor || kind == .kwAsync {
                let clauses = try parseComprehensionClauses()
                _ = try expect(.rbrace)
                return Expr(.dictComp(key: first, value: value, clauses), span(from: startIndex))
            }
            return try parseDictRest(startIndex: startIndex, first: (first, value))
        }
        if kind == .kwFor || kind == .kwAsync {
            if first.isStarred {
                throw errorAt(first.location, "iterable unpacking cannot be used in comprehension")
            }
            let clauses = try parseComprehensionClauses()
            _ = try expect(.rbrace)
            return Expr(.setComp(first, clauses), span(from: startIndex))
        }
        let elements = try parseDisplayElements(first, closing: .rbrace)
        return Expr(.set(elements), span(from: startIndex))
    }

    /// The value after `key:` in a dict display, with CPython's two diagnostics.
    private func parseDictValue() throws -> Expr {
        if kind == .star {
            let starStart = pos
            advance()
            if let value = try? parseBitwiseOr() {
                throw errorAt(span(tokens[starStart].location, value.location),
                              "cannot use a starred expression in a dictionary value")
            }
            throw NoMatch()
        }
        if kind == .rbrace || kind == .comma {
            throw errorAt(previous, "expression expected after dictionary key and ':'")
        }
        return try parseExpression()
    }

    /// double_starred_kvpairs: ','.(('**' bitwise_or) | (expression ':' expression))+ [',']
    private func parseDictRest(startIndex: Int, first: (Expr?, Expr)) throws -> Expr {
        var entries: [(key: Expr?, value: Expr)] = [(first.0, first.1)]
        while accept(.comma) {
            if kind == .rbrace { break }
            if accept(.doubleStar) {
                entries.append((nil, try parseBitwiseOr()))
                continue
            }
            // CPython's invalid_kvpair wins here over "Perhaps you forgot a comma?".
            suppressAdjacencyCheck = true
            let key = try parseExpression()
            suppressAdjacencyCheck = false
            guard kind == .colon else {
                throw makeError("':' expected after dictionary key", kind: "SyntaxError", line: key.location.line,
                                column: key.location.endColumn - 1, endLine: key.location.line,
                                endColumn: key.location.endColumn)
            }
            advance()
            entries.append((key, try parseDictValue()))
        }
        _ = try expect(.rbrace)
        return Expr(.dict(entries), span(from: startIndex))
    }

    // MARK: - Comprehensions

    /// for_if_clauses: ('for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
    func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while kind == .kwFor || kind == .kwAsync {
            if kind == .kwAsync { throw NoMatch() }  // no coroutines in Updraft
            advance()
            let target = try parseForTarget()
            advance()  // 'in', checked by parseForTarget
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs))
        }
        return clauses
    }

    // MARK: - Calls

    /// '(' [arguments] ')' where
    ///   args: (starred_expression | assignment_expression | expression)* then
    ///         kwargs: (NAME '=' expression | '*' expression | '**' expression)*
    /// A lone generator expression argument may drop its own parentheses: `f(x for x in y)`.
    func parseCallArguments() throws -> (args: [Expr], keywords: [Keyword]) {
        let openIndex = pos
        advance()
        try enter()
        defer { leave() }
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeywordUnpacking = false
        while kind != .rpar {
            let argumentStart = pos
            switch kind {
            case .star:
                if sawKeywordUnpacking {
                    throw errorAt(token, "iterable argument unpacking follows keyword argument unpacking")
                }
                let starred = try parseStarredExpression()
                if kind == .kwFor || kind == .kwAsync {
                    throw errorAt(starred.location, "iterable unpacking cannot be used in comprehension")
                }
                args.append(starred)
            case .doubleStar:
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, location: span(from: argumentStart)))
                sawKeywordUnpacking = true
            case .kwTrue where kind(at: 1) == .equal, .kwFalse where kind(at: 1) == .equal,
                 .kwNone where kind(at: 1) == .equal:
                let word = text(token)
                throw errorAt(token.location, tokens[pos + 1].location, "cannot assign to \(word)")
            case .name where kind(at: 1) == .equal:
                let nameToken = advance()
                advance()
                let value = try parseExpression()
                if kind == .kwFor {
                    throw errorAt(nameToken.location, tokens[argumentStart + 1].location,
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                }
                keywords.append(Keyword(name: text(nameToken), value: value, location: span(from: argumentStart)))
            default:
                let value = kind == .name && kind(at: 1) == .colonEqual ? try parseWalrus() : try parseExpression()
                if kind == .equal {
                    throw errorAt(value.location, token.location, "expression cannot contain assignment, perhaps you meant \"==\"?")
                }
                if kind == .kwFor || kind == .kwAsync {
                    let clauses = try parseComprehensionClauses()
                    let generatorEnd = previous
                    if args.isEmpty && keywords.isEmpty && kind == .rpar {
                        advance()
                        return ([Expr(.generatorExp(value, clauses), span(from: openIndex))], [])
                    }
                    throw errorAt(value.location, lastComprehensionItem(clauses, fallback: generatorEnd.location),
                                  "Generator expression must be parenthesized")
                }
                if !keywords.isEmpty {
                    // CPython reports this at the token after the argument.
                    throw errorAtLastToken(sawKeywordUnpacking
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument")
                }
                args.append(value)
            }
            guard accept(.comma) else { break }
        }
        _ = try expect(.rpar)
        return (args, keywords)
    }

    private func lastComprehensionItem(_ clauses: [Comprehension], fallback: SourceLocation) -> SourceLocation {
        guard let last = clauses.last else { return fallback }
        return last.ifs.last?.location ?? last.iter.location
    }
}

extension Expr {
    var isStarred: Bool {
        if case .starred = kind { return true }
        return false
    }
}
