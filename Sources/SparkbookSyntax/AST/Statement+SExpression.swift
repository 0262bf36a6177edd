/// S-expression form of statements and programs (see `Expr.sExpression`).
extension Statement {
    public var sExpression: String {
        switch kind {
        case .expression(let expr): return list(["expr", expr.sExpression])
        case .assignment(let targets, let value): return list(["="] + targets.map(\.sExpression) + [value.sExpression])
        case .augmentedAssignment(let target, let op, let value):
            return list([op.rawValue + "=", target.sExpression, value.sExpression])
        case .import(let names): return list(["import", names.map(\.sExpression).joined(separator: ", ")])
        case .importFrom(let module, let level, let names):
            let from = String(repeating: ".", count: level) + module.joined(separator: ".")
            return list(["from", from, "import", names.map(\.sExpression).joined(separator: ", ")])
        case .if(let branches, let orElse):
            var items = ["if"]
            for (position, branch) in branches.enumerated() {
                if position > 0 { items.append("elif") }
                items.append(branch.condition.sExpression)
                items.append(block(branch.body))
            }
            if let orElse { items.append(list(["else"] + orElse.map(\.sExpression))) }
            return list(items)
        case .for(let target, let iterable, let body, let orElse):
            var items = ["for", target.sExpression, iterable.sExpression, block(body)]
            if let orElse { items.append(list(["else"] + orElse.map(\.sExpression))) }
            return list(items)
        case .while(let condition, let body, let orElse):
            var items = ["while", condition.sExpression, block(body)]
            if let orElse { items.append(list(["else"] + orElse.map(\.sExpression))) }
            return list(items)
        case .pass: return "(pass)"
        case .break: return "(break)"
        case .continue: return "(continue)"
        case .delete(let targets): return list(["del"] + targets.map(\.sExpression))
        case .assert(let condition, let message):
            return list(["assert", condition.sExpression] + (message.map { [$0.sExpression] } ?? []))
        }
    }

    private func block(_ body: [Statement]) -> String { list(["body"] + body.map(\.sExpression)) }
}

extension ImportedName {
    public var sExpression: String { dottedPath + (alias.map { " as \($0)" } ?? "") }
}

extension Program {
    /// One S-expression per top-level statement, one per line.
    public var sExpression: String { statements.map(\.sExpression).joined(separator: "\n") }
}
