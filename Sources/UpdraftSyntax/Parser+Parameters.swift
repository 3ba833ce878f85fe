// Parameter lists of `def` and `lambda`, in one left-to-right pass that tracks which section
// (positional-only, ordinary, keyword-only, **kwargs) it is in and reports CPython's
// invalid_parameters / invalid_star_etc / invalid_kwds messages.

extension SyntaxParser {
    /// parameters: slash_no_default | slash_with_default | param_no_default+ ... | star_etc
    /// (CPython's `params` and `lambda_params`; lambdas take no annotations).
    func parseParameters(closing: TokenKind, annotations: Bool) throws -> Arguments {
        var arguments = Arguments()
        var sawSlash = false
        var sawStar = false
        var sawKwarg = false
        var sawDefault = false
        while kind != closing {
            let startToken = token
            if sawKwarg, kind == .name || kind == .star || kind == .doubleStar || kind == .slash {
                throw errorAt(startToken, "arguments cannot follow var-keyword argument")
            }
            switch kind {
            case .slash:
                if sawSlash { throw errorAt(startToken, "/ may appear only once") }
                if sawStar { throw errorAt(startToken, "/ must be ahead of *") }
                if arguments.args.isEmpty {
                    if tokens[pos + 1].kind == .comma { throw errorAt(startToken, "at least one argument must precede /") }
                    throw NoMatch()
                }
                advance()
                arguments.positionalOnly = arguments.args
                arguments.args = []
                sawSlash = true
            case .star:
                if sawStar { throw errorAt(startToken, "* argument may appear only once") }
                advance()
                sawStar = true
                if kind == .comma || kind == closing {
                    if kind == closing || kind(at: 1) == closing || kind(at: 1) == .doubleStar {
                        throw errorAt(startToken, "named arguments must follow bare *")
                    }
                } else {
                    arguments.vararg = try parseParameter(annotations: annotations)
                    if kind == .equal { throw errorAt(token, "var-positional argument cannot have default value") }
                }
            case .doubleStar:
                advance()
                arguments.kwarg = try parseParameter(annotations: annotations)
                if kind == .equal { throw errorAt(token, "var-keyword argument cannot have default value") }
                sawKwarg = true
            case .name:
                let parameter = try parseParameter(annotations: annotations)
                let defaultValue = try parseDefault()
                if sawStar {
                    arguments.keywordOnly.append(parameter)
                    arguments.keywordDefaults.append(defaultValue)
                } else if let value = defaultValue {
                    arguments.args.append(parameter)
                    arguments.defaults.append(value)
                    sawDefault = true
                } else {
                    if sawDefault {
                        throw errorAt(parameter.location, "non-default argument follows default argument")
                    }
                    arguments.args.append(parameter)
                }
            case .lpar:
                try diagnoseParenthesizedParameters()
            default:
                throw NoMatch()
            }
            guard accept(.comma) else { break }
        }
        return arguments
    }

    /// param: NAME annotation?
    private func parseParameter(annotations: Bool) throws -> Parameter {
        let startIndex = pos
        guard kind == .name else { throw NoMatch() }
        let name = text(advance())
        var annotation: Expr?
        if annotations, accept(.colon) { annotation = try parseExpression() }
        return Parameter(name: name, annotation: annotation, location: span(from: startIndex))
    }

    /// default: '=' expression
    private func parseDefault() throws -> Expr? {
        guard kind == .equal else { return nil }
        let equalToken = advance()
        if kind == .rpar || kind == .comma {
            throw errorAt(equalToken, "expected default value expression")
        }
        return try parseExpression()
    }

    /// `def f((a, b)):` gets CPython's hint; anything else is plain invalid syntax.
    private func diagnoseParenthesizedParameters() throws {
        let open = token
        var i = pos + 1
        var count = 0
        while tokens[i].kind == .name {
            count += 1
            i += 1
            if tokens[i].kind == .comma { i += 1 }
        }
        if count > 0, tokens[i].kind == .rpar {
            throw errorAt(span(open.location, tokens[i].location), "Function parameters cannot be parenthesized")
        }
        throw NoMatch()
    }
}
