// Statements: the file, blocks, simple statements and assignments. Compound statements
// (if/while/for/try/with/def/class) are in Parser+CompoundStatements.swift.

extension SyntaxParser {
    // MARK: - File and blocks

    /// file: [statements] ENDMARKER
    func parseFile() throws -> Module {
        var body: [Stmt] = []
        while kind != .endMarker {
            try parseStatement(into: &body)
        }
        return Module(body: body)
    }

    /// statement: compound_stmt | simple_stmts
    func parseStatement(into body: inout [Stmt]) throws {
        switch kind {
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor())
        case .kwTry: body.append(try parseTry())
        case .kwWith: body.append(try parseWith())
        case .kwDef: body.append(try parseFunctionDef(decorators: [], startIndex: pos))
        case .kwClass: body.append(try parseClassDef(decorators: [], startIndex: pos))
        case .at: body.append(try parseDecorated())
        case .kwAsync: throw NoMatch()  // no coroutines in Updraft
        default: try parseSimpleStatements(into: &body)
        }
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    /// `header` names the statement for "expected an indented block after ..." messages.
    func parseBlock(header: String, line: Int32) throws -> [Stmt] {
        var body: [Stmt] = []
        guard accept(.newline) else {
            try parseSimpleStatements(into: &body)
            return body
        }
        guard accept(.indent) else {
            throw errorAtLastToken("expected an indented block after \(header) on line \(line)",
                                   kind: "IndentationError")
        }
        try enter()
        defer { leave() }
        repeat {
            try parseStatement(into: &body)
        } while kind != .dedent && kind != .endMarker
        _ = try expect(.dedent)
        return body
    }

    /// ':' before a block, for statements whose grammar only says "expected ':'" when the
    /// line ends there (CPython's invalid_if_stmt and friends).
    func expectColonBeforeBlock() throws {
        if accept(.colon) { return }
        if kind == .newline { throw errorAtLastToken("expected ':'") }
        throw NoMatch()
    }

    // MARK: - Simple statements

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    func parseSimpleStatements(into body: inout [Stmt]) throws {
        while true {
            body.append(try parseSimpleStatement())
            guard accept(.semi) else { break }
            if kind == .newline { break }
        }
        _ = try expect(.newline)
    }

    /// simple_stmt: assignment | star_expressions | return | import | raise | pass | del
    ///            | yield | assert | break | continue | global | nonlocal
    func parseSimpleStatement() throws -> Stmt {
        let startIndex = pos
        switch kind {
        case .kwPass:
            advance()
            return Stmt(.pass, span(from: startIndex))
        case .kwBreak:
            advance()
            return Stmt(.break, span(from: startIndex))
        case .kwContinue:
            advance()
            return Stmt(.continue, span(from: startIndex))
        case .kwReturn:
            advance()
            let value = isExpressionStart(kind) || kind == .star ? try parseStarExpressions() : nil
            return Stmt(.return(value), span(from: startIndex))
        case .kwRaise:
            return try parseRaise()
        case .kwGlobal, .kwNonlocal:
            let isGlobal = kind == .kwGlobal
            advance()
            let names = try parseNameList()
            return Stmt(isGlobal ? .global(names) : .nonlocal(names), span(from: startIndex))
        case .kwDel:
            return try parseDel()
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let message = accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, message: message), span(from: startIndex))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    /// ','.NAME+
    private func parseNameList() throws -> [String] {
        var names: [String] = []
        repeat {
            guard kind == .name else { throw NoMatch() }
            names.append(text(advance()))
        } while accept(.comma)
        return names
    }

    /// raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private func parseRaise() throws -> Stmt {
        let startIndex = pos
        advance()
        guard isExpressionStart(kind) else { return Stmt(.raise(exception: nil, cause: nil), span(from: startIndex)) }
        let exception = try parseExpression()
        let cause = accept(.kwFrom) ? try parseExpression() : nil
        return Stmt(.raise(exception: exception, cause: cause), span(from: startIndex))
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    private func parseDel() throws -> Stmt {
        let startIndex = pos
        advance()
        let targets = try parseStarExpressions()
        if let bad = invalidTarget(targets, .deletion) { throw targetError(bad, .deletion) }
        guard kind == .semi || kind == .newline else { throw NoMatch() }
        let list: [Expr]
        if case .tuple(let elements) = targets.kind, !isParenthesized(from: startIndex + 1, to: pos - 1) {
            list = elements
        } else {
            list = [targets]
        }
        return Stmt(.delete(list), span(from: startIndex))
    }

    /// True when the tokens `first...last` are one parenthesized group `( ... )`.
    func isParenthesized(from first: Int, to last: Int) -> Bool {
        guard tokens[first].kind == .lpar, tokens[last].kind == .rpar else { return false }
        var depth = 0
        for i in first...last {
            switch tokens[i].kind {
            case .lpar, .lsqb, .lbrace: depth += 1
            case .rpar, .rsqb, .rbrace:
                depth -= 1
                if depth == 0 { return i == last }
            default: break
            }
        }
        return false
    }

    // MARK: - Assignment and expression statements

    /// assignment: NAME ':' expression ['=' annotated_rhs]
    ///           | (star_targets '=')+ (yield_expr | star_expressions) !'='
    ///           | single_target augassign ~ (yield_expr | star_expressions)
    ///           | star_expressions
    private func parseExpressionStatement() throws -> Stmt {
        let startIndex = pos
        let first = kind == .kwYield ? try parseYield() : try parseStarExpressions()
        switch kind {
        case .equal:
            var targets = [first]
            var value = first
            while accept(.equal) {
                do {
                    value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
                } catch let failure as NoMatch {
                    // CPython still blames an invalid target before the broken value.
                    try validateAssignmentTargets(targets, statementStart: startIndex)
                    throw failure
                }
                if kind == .equal { targets.append(value) }
            }
            try validateAssignmentTargets(targets, statementStart: startIndex)
            return Stmt(.assign(targets: targets, value: value), span(from: startIndex))
        case .colon:
            let parenthesized = isParenthesized(from: startIndex, to: pos - 1)
            if !isAnnotatable(first) {
                // CPython names the bad target only when an annotation follows; otherwise the
                // error is plain invalid syntax at the ':'.
                let colonIndex = pos
                advance()
                if (try? parseExpression()) != nil {
                    try validateAnnotatedTarget(first, parenthesized: parenthesized)
                }
                pos = colonIndex
                furthest = colonIndex
                throw NoMatch()
            }
            advance()
            let annotation = try parseExpression()
            var value: Expr?
            if accept(.equal) { value = kind == .kwYield ? try parseYield() : try parseStarExpressions() }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value), span(from: startIndex))
        default:
            if let op = kind.augmentedOperator {
                try validateAugmentedTarget(first)
                advance()
                let value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
                return Stmt(.augAssign(target: first, op: op, value: value), span(from: startIndex))
            }
            return Stmt(.expr(first), span(from: startIndex))
        }
    }

    // MARK: - Imports

    /// import_name: 'import' ','.(dotted_name ['as' NAME])+
    private func parseImport() throws -> Stmt {
        let startIndex = pos
        advance()
        var aliases: [ImportAlias] = []
        repeat {
            let name = try parseDottedName()
            let asName = accept(.kwAs) ? try parseName() : nil
            aliases.append(ImportAlias(name: name, asName: asName))
        } while accept(.comma)
        return Stmt(.import(aliases), span(from: startIndex))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///            | 'from' ('.' | '...')+ 'import' import_from_targets
    private func parseFromImport() throws -> Stmt {
        let startIndex = pos
        advance()
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += kind == .dot ? 1 : 3
            advance()
        }
        var module: String?
        if kind != .kwImport || level == 0 { module = try parseDottedName() }
        _ = try expect(.kwImport)
        var aliases: [ImportAlias] = []
        if accept(.star) {
            aliases.append(ImportAlias(name: "*", asName: nil))
        } else if accept(.lpar) {
            aliases = try parseImportAliases(closing: .rpar)
            _ = try expect(.rpar)
        } else {
            aliases = try parseImportAliases(closing: .newline)
        }
        return Stmt(.importFrom(module: module, names: aliases, level: level), span(from: startIndex))
    }

    /// import_from_as_names: ','.(NAME ['as' NAME])+
    private func parseImportAliases(closing: TokenKind) throws -> [ImportAlias] {
        var aliases: [ImportAlias] = []
        repeat {
            if kind == closing, !aliases.isEmpty {
                if closing == .newline {
                    throw errorAtLastToken("trailing comma not allowed without surrounding parentheses")
                }
                break
            }
            let name = try parseName()
            let asName = accept(.kwAs) ? try parseName() : nil
            aliases.append(ImportAlias(name: name, asName: asName))
        } while accept(.comma)
        return aliases
    }

    /// dotted_name: NAME ('.' NAME)*
    private func parseDottedName() throws -> String {
        var name = try parseName()
        while accept(.dot) { name += "." + (try parseName()) }
        return name
    }

    func parseName() throws -> String {
        guard kind == .name else { throw NoMatch() }
        return text(advance())
    }
}
