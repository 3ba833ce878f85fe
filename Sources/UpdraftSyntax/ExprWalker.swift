// Visits the direct sub-expressions of an expression, for passes that only care about a few
// node kinds and want to recurse through the rest.

enum ExprWalker {
    static func children(of e: Expr, _ visit: (Expr) throws -> Void) rethrows {
        switch e.kind {
        case .name, .constant:
            break
        case .joinedString(let parts):
            try visitParts(parts, visit)
        case .binary(let left, _, let right):
            try visit(left)
            try visit(right)
        case .unary(_, let operand):
            try visit(operand)
        case .boolean(_, let values):
            for v in values { try visit(v) }
        case .compare(let left, let pairs):
            try visit(left)
            for pair in pairs { try visit(pair.1) }
        case .ifExp(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .lambda(let args, let body):
            for d in args.defaults { try visit(d) }
            for case let d? in args.keywordDefaults { try visit(d) }
            try visit(body)
        case .call(let function, let args, let keywords):
            try visit(function)
            for a in args { try visit(a) }
            for k in keywords { try visit(k.value) }
        case .attribute(let value, _):
            try visit(value)
        case .subscript(let value, let index):
            try visit(value)
            try visit(index)
        case .slice(let lower, let upper, let step):
            if let l = lower { try visit(l) }
            if let u = upper { try visit(u) }
            if let s = step { try visit(s) }
        case .tuple(let elements), .list(let elements), .set(let elements):
            for x in elements { try visit(x) }
        case .dict(let entries):
            for entry in entries {
                if let k = entry.key { try visit(k) }
                try visit(entry.value)
            }
        case .starred(let value), .yieldFrom(let value), .namedExpr(_, let value):
            try visit(value)
        case .yield(let value):
            if let v = value { try visit(v) }
        case .listComp(let element, let clauses), .setComp(let element, let clauses),
             .generatorExp(let element, let clauses):
            try visitClauses(clauses, visit)
            try visit(element)
        case .dictComp(let key, let value, let clauses):
            try visitClauses(clauses, visit)
            try visit(key)
            try visit(value)
        }
    }

    static func visitClauses(_ clauses: [Comprehension], _ visit: (Expr) throws -> Void) rethrows {
        for clause in clauses {
            try visit(clause.iter)
            try visit(clause.target)
            for condition in clause.ifs { try visit(condition) }
        }
    }

    static func visitParts(_ parts: [FStringPart], _ visit: (Expr) throws -> Void) rethrows {
        for part in parts {
            if case .field(let value, _, let spec) = part {
                try visit(value)
                if let spec { try visitParts(spec, visit) }
            }
        }
    }
}
