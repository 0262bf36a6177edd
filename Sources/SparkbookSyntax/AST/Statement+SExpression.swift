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
        case .functionDefinition(let def):
            return list(def.decorators.map { "@" + $0.sExpression }
                        + ["def", def.name, list(def.parameters.map(\.sExpression)), block(def.body)])
        case .return(let value): return list(["return"] + (value.map { [$0.sExpression] } ?? []))
        case .global(let names): return list(["global"] + names)
        case .nonlocal(let names): return list(["nonlocal"] + names)
        case .try(let body, let handlers, let orElse, let finally):
            var items = ["try", block(body)]
            for handler in handlers {
                items.append(list(["except"] + (handler.type.map { [$0.sExpression] } ?? []) + (handler.name.map { ["as", $0] } ?? [])
                                  + [block(handler.body)]))
            }
            if let orElse { items.append(list(["else"] + orElse.map(\.sExpression))) }
            if let finally { items.append(list(["finally"] + finally.map(\.sExpression))) }
            return list(items)
        case .raise(let error, let cause):
            return list(["raise"] + (error.map { [$0.sExpression] } ?? []) + (cause.map { ["from", $0.sExpression] } ?? []))
        case .with(let items, let body):
            return list(["with"] + items.map { list([$0.context.sExpression] + ($0.target.map { ["as", $0.sExpression] } ?? [])) }
                        + [block(body)])
        }
    }

    private func block(_ body: [Statement]) -> String { list(["body"] + body.map(\.sExpression)) }
}

extension Parameter {
    public var sExpression: String {
        let prefix = switch kind {
        case .variadic: "*"
        case .keywords: "**"
        default: ""
        }
        return prefix + name + (defaultValue.map { "=" + $0.sExpression } ?? "")
    }
}

extension ImportedName {
    public var sExpression: String { dottedPath + (alias.map { " as \($0)" } ?? "") }
}

extension Program {
    /// One S-expression per top-level statement, one per line.
    public var sExpression: String { statements.map(\.sExpression).joined(separator: "\n") }
}
