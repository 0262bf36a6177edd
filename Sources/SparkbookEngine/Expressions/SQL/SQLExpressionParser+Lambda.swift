/// Lambdas as function arguments: `x -> x + 1` and `(acc, x) -> acc + x`, as Spark SQL writes them for
/// higher-order functions. A parameter's name in the body becomes a variable reference with an id unique in
/// the text (the token position), so a nested lambda's `x` is its own.
extension SQLExpressionParser {
    /// A call argument: a lambda, or any expression.
    mutating func argument() throws -> Expression {
        guard let parameters = lambdaParameters() else { return try expression() }
        let ids = parameters.map { "\($0)_sql\(position)" }
        let body = try expression()
        let byName = Dictionary(zip(parameters.map { $0.lowercased() }, ids), uniquingKeysWith: { a, _ in a })
        let rewritten = body.rewritten { e in
            if case .column(let name) = e, let id = byName[name.lowercased()] { return LambdaFunction.variable(id) }
            return nil
        }
        return LambdaFunction.make(body: rewritten, variables: ids)
    }

    /// The parameters of a lambda starting here, consuming them and the `->`; nil (consuming nothing) otherwise.
    private mutating func lambdaParameters() -> [String]? {
        if case .identifier(let name) = current, tokens[position + 1] == .symbol("->") {
            advance(); advance()
            return [name]
        }
        guard current == .symbol("(") else { return nil }
        var names: [String] = []
        var i = position + 1
        while case .identifier(let name) = tokens[i] {
            names.append(name)
            i += 1
            if tokens[i] == .symbol(",") { i += 1; continue }
            break
        }
        guard !names.isEmpty, tokens[i] == .symbol(")"), tokens[i + 1] == .symbol("->") else { return nil }
        position = i + 2
        return names
    }
}
