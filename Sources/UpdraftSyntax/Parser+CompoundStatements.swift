// Compound statements: if/while/for/try/with, function and class definitions, decorators.
// Each block header reports "expected ':'" and "expected an indented block after ..." the way
// CPython's invalid_*_stmt rules do.

extension SyntaxParser {
    // MARK: - if / while / for

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    /// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
    /// An elif chain is read in a loop, then nested as CPython does: each elif is an If in
    /// the previous one's orElse.
    func parseIf() throws -> Stmt {
        var branches: [(startIndex: Int, test: Expr, body: [Stmt])] = []
        let entryDepth = depth
        defer { depth = entryDepth }
        repeat {
            try enter()
            let startIndex = pos
            let keyword = advance()
            let header = keyword.kind == .kwIf ? "'if' statement" : "'elif' statement"
            let test = try parseNamedExpression()
            try expectColonBeforeBlock()
            let body = try parseBlock(header: header, line: keyword.line)
            branches.append((startIndex, test, body))
        } while kind == .kwElif
        var orElse = kind == .kwElse ? try parseElseBlock() : []
        var result: Stmt?
        for branch in branches.reversed() {
            let statement = Stmt(.if(test: branch.test, body: branch.body, orElse: orElse),
                                 span(from: branch.startIndex, through: [branch.body, orElse]))
            orElse = [statement]
            result = statement
        }
        guard let first = result else { throw NoMatch() }
        return first
    }

    /// else_block: 'else' &&':' block
    private func parseElseBlock() throws -> [Stmt] {
        let keyword = advance()
        _ = try expectForced(.colon, ":")
        return try parseBlock(header: "'else' statement", line: keyword.line)
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    func parseWhile() throws -> Stmt {
        let startIndex = pos
        let keyword = advance()
        let test = try parseNamedExpression()
        try expectColonBeforeBlock()
        let body = try parseBlock(header: "'while' statement", line: keyword.line)
        let orElse = kind == .kwElse ? try parseElseBlock() : []
        return Stmt(.while(test: test, body: body, orElse: orElse), span(from: startIndex, through: [body, orElse]))
    }

    /// for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
    func parseFor() throws -> Stmt {
        let startIndex = pos
        let keyword = advance()
        let target = try parseForTarget()
        advance()  // 'in'
        let iter = try parseStarExpressions()
        try expectColonBeforeBlock()
        let body = try parseBlock(header: "'for' statement", line: keyword.line)
        let orElse = kind == .kwElse ? try parseElseBlock() : []
        return Stmt(.for(target: target, iter: iter, body: body, orElse: orElse),
                    span(from: startIndex, through: [body, orElse]))
    }

    // MARK: - try

    /// try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block])
    func parseTry() throws -> Stmt {
        let startIndex = pos
        let keyword = advance()
        _ = try expectForced(.colon, ":")
        let body = try parseBlock(header: "'try' statement", line: keyword.line)
        var handlers: [ExceptHandler] = []
        while kind == .kwExcept { handlers.append(try parseExceptHandler()) }
        var orElse: [Stmt] = []
        if !handlers.isEmpty, kind == .kwElse { orElse = try parseElseBlock() }
        var finalBody: [Stmt] = []
        if kind == .kwFinally {
            let finallyKeyword = advance()
            _ = try expectForced(.colon, ":")
            finalBody = try parseBlock(header: "'finally' statement", line: finallyKeyword.line)
        } else if handlers.isEmpty {
            throw errorAtLastToken("expected 'except' or 'finally' block")
        }
        let handlerEnd = handlers.last.map { [Stmt(.pass, $0.location)] } ?? []
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody),
                    span(from: startIndex, through: [body, handlerEnd, orElse, finalBody]))
    }

    /// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
    private func parseExceptHandler() throws -> ExceptHandler {
        let startIndex = pos
        let keyword = advance()
        if kind == .star { throw NoMatch() }  // except* needs exception groups, which Updraft lacks
        var type: Expr?
        var name: String?
        if kind != .colon {
            if kind == .newline { throw errorAtLastToken("expected ':'") }
            let typeExpr = try parseExpression()
            type = typeExpr
            if kind == .comma {
                let saved = (pos, furthest)
                advance()
                if (try? parseExpressions()) != nil, kind == .colon || kind == .kwAs {
                    throw errorAt(SourceLocation(line: typeExpr.location.line, column: typeExpr.location.column,
                                                 endLine: Int(previous.endLine), endColumn: Int(previous.endColumn)),
                                  "multiple exception types must be parenthesized")
                }
                (pos, furthest) = saved
            }
            if accept(.kwAs) { name = try parseName() }
        }
        try expectColonBeforeBlock()
        let body = try parseBlock(header: "'except' statement", line: keyword.line)
        return ExceptHandler(type: type, name: name, body: body, location: span(from: startIndex, through: [body]))
    }

    // MARK: - with

    /// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block
    func parseWith() throws -> Stmt {
        let startIndex = pos
        let keyword = advance()
        var items: [WithItem]
        if kind == .lpar, let parenthesized = try parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            items = []
            repeat {
                items.append(try parseWithItem())
            } while accept(.comma)
        }
        try expectColonBeforeBlock()
        let body = try parseBlock(header: "'with' statement", line: keyword.line)
        return Stmt(.with(items: items, body: body), span(from: startIndex, through: [body]))
    }

    /// '(' ','.with_item+ ','? ')' followed by ':'; nil (cursor restored) when the parentheses
    /// turn out to belong to an expression such as a tuple.
    private func parseParenthesizedWithItems() throws -> [WithItem]? {
        let saved = (pos, furthest)
        advance()
        var items: [WithItem] = []
        while kind != .rpar {
            guard let item = try? parseWithItem() else {
                (pos, furthest) = saved
                return nil
            }
            items.append(item)
            guard accept(.comma) else { break }
        }
        guard !items.isEmpty, accept(.rpar), kind == .colon else {
            (pos, furthest) = saved
            return nil
        }
        return items
    }

    /// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    private func parseWithItem() throws -> WithItem {
        let context = try parseExpression()
        guard accept(.kwAs) else { return WithItem(context: context, target: nil) }
        let target = kind == .star ? try parseStarred() : try parseExpression()
        if let bad = invalidTarget(target, .assignment) { throw targetError(bad, .assignment) }
        return WithItem(context: context, target: target)
    }

    // MARK: - Definitions

    /// decorators: ('@' named_expression NEWLINE)+ followed by a function or class definition
    func parseDecorated() throws -> Stmt {
        let startIndex = pos
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            _ = try expect(.newline)
        }
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, startIndex: startIndex)
        case .kwClass: return try parseClassDef(decorators: decorators, startIndex: startIndex)
        default: throw NoMatch()
        }
    }

    /// function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    /// The statement's location starts at `def`, as in CPython, not at the decorators.
    func parseFunctionDef(decorators: [Expr], startIndex: Int) throws -> Stmt {
        let defIndex = pos
        let keyword = advance()
        let name = try parseName()
        _ = try expectForced(.lpar, "(")
        let arguments = try parseParameters(closing: .rpar, annotations: true)
        _ = try expect(.rpar)
        var returns: Expr?
        if kind == .arrow {
            // Without a return annotation the optional part does not match and the forced ':'
            // is then reported at the '->'.
            let arrowIndex = pos
            advance()
            returns = try backtracking(to: arrowIndex) { try parseExpression() }
        }
        _ = try expectForced(.colon, ":")
        let body = try parseBlock(header: "function definition", line: keyword.line)
        let definition = FunctionDef(name: name, args: arguments, body: body, decorators: decorators, returns: returns)
        return Stmt(.functionDef(definition), span(from: defIndex, through: [body]))
    }

    /// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
    func parseClassDef(decorators: [Expr], startIndex: Int) throws -> Stmt {
        let classIndex = pos
        let keyword = advance()
        let name = try parseName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if kind == .lpar {
            let call = try parseCallArguments()
            bases = call.args
            keywords = call.keywords
        }
        try expectColonBeforeBlock()
        let body = try parseBlock(header: "class definition", line: keyword.line)
        let definition = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(definition), span(from: classIndex, through: [body]))
    }
}
