// Assignment, deletion and loop targets: which expressions may be bound, and CPython's
// messages for those that may not ("cannot assign to function call", "cannot delete literal").

enum TargetContext {
    case assignment, forLoop, deletion
}

extension SyntaxParser {
    /// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a
    /// target, or nil when `e` is a valid one. Only lists and tuples are searched inside.
    func invalidTarget(_ e: Expr, _ context: TargetContext) -> Expr? {
        switch e.kind {
        case .list(let elements), .tuple(let elements):
            for element in elements {
                if let bad = invalidTarget(element, context) { return bad }
            }
            return nil
        case .starred(let value):
            return context == .deletion ? e : invalidTarget(value, context)
        case .compare(let left, let pairs):
            // `for a in b` reaches here parsed as the comparison `a in b`.
            if context == .forLoop, pairs.first?.0 == .in { return invalidTarget(left, context) }
            return context == .forLoop ? nil : e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    func targetError(_ bad: Expr, _ context: TargetContext) -> SyntaxError {
        let verb = context == .deletion ? "delete" : "assign to"
        return errorAt(bad.location, "cannot \(verb) \(describe(bad))")
    }

    // MARK: - for targets

    /// star_targets before 'in' in `for` statements and comprehensions; on return the current
    /// token is 'in'. Falls back to CPython's invalid_for_target for a better message.
    func parseForTarget() throws -> Expr {
        let startIndex = pos
        if let target = try? parseTargetList(), kind == .kwIn {
            if let bad = invalidTarget(target, .forLoop) { throw targetError(bad, .forLoop) }
            return target
        }
        let saved = furthest
        pos = startIndex
        if let whole = try? parseStarExpressions(), let bad = invalidTarget(whole, .forLoop) {
            throw targetError(bad, .forLoop)
        }
        furthest = saved
        throw NoMatch()
    }

    /// star_targets: star_target (',' star_target)* [',']
    private func parseTargetList() throws -> Expr {
        let startIndex = pos
        let first = try parseTargetItem()
        guard kind == .comma else { return first }
        var elements = [first]
        while accept(.comma) {
            guard kind != .kwIn else { break }
            elements.append(try parseTargetItem())
        }
        return Expr(.tuple(elements), span(from: startIndex))
    }

    /// star_target: '*' target | t_primary-based target; parenthesized and bracketed
    /// targets come back as tuple and list expressions.
    private func parseTargetItem() throws -> Expr {
        if kind == .star {
            let startIndex = pos
            advance()
            let value = try parseTargetItem()
            return Expr(.starred(value), span(from: startIndex))
        }
        return try parsePrimary()
    }

    // MARK: - Assignment statements

    /// Reports the first invalid target of `targets = value` the way CPython's
    /// invalid_assignment rule does; returns when all targets are valid.
    func validateAssignmentTargets(_ targets: [Expr], statementStart: Int) throws {
        let anyInvalid = targets.contains { target in
            if case .yield = target.kind { return true }
            if case .yieldFrom = target.kind { return true }
            return invalidTarget(target, .assignment) != nil
        }
        guard anyInvalid else { return }
        try diagnoseNamedElements(from: statementStart)
        for target in targets {
            switch target.kind {
            case .yield, .yieldFrom:
                throw errorAt(target.location, "assignment to yield expression not possible")
            default:
                if let bad = invalidTarget(target, .assignment) { throw targetError(bad, .assignment) }
            }
        }
    }

    /// CPython's invalid_assignment tries `star_named_expression (',' star_named_expression)*`
    /// at the statement start, so `f() = 1` gets "cannot assign to function call here. Maybe
    /// you meant '==' instead of '='?". Restores the cursor when nothing is found.
    private func diagnoseNamedElements(from start: Int) throws {
        let saved = (pos, furthest)
        defer { (pos, furthest) = saved }
        pos = start
        while true {
            if kind == .star {
                guard (try? parseStarred()) != nil else { return }
            } else if kind == .name && kind(at: 1) == .colonEqual {
                guard (try? parseWalrus()) != nil else { return }
            } else {
                let elementStart = pos
                guard let element = try? parseExpression() else { return }
                if kind == .equal { try diagnoseAssignmentInExpression(element, startIndex: elementStart) }
                if kind == .colonEqual { return }
            }
            guard accept(.comma) else { return }
        }
    }

    /// single_target for augmented assignment: a name, attribute or subscript.
    func validateAugmentedTarget(_ target: Expr) throws {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        default:
            throw errorAt(target.location, "'\(describe(target))' is an illegal expression for augmented assignment")
        }
    }

    func isAnnotatable(_ target: Expr) -> Bool {
        switch target.kind {
        case .name, .attribute, .subscript: return true
        default: return false
        }
    }

    /// The target of `target: annotation [= value]`, with CPython's three messages.
    func validateAnnotatedTarget(_ target: Expr, parenthesized: Bool) throws {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let elements):
            if parenthesized || elements.isEmpty {
                throw errorAt(target.location, "only single target (not tuple) can be annotated")
            }
            throw errorAt(elements[0].location, "only single target (not tuple) can be annotated")
        case .list:
            throw errorAt(target.location, "only single target (not list) can be annotated")
        default:
            throw errorAt(target.location, "illegal target for annotation")
        }
    }
}
