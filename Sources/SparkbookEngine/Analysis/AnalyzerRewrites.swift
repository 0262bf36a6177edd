/// Rewrites Spark's analyzer makes before an expression is named, so that generated column names say what Spark's
/// say (`i > 0.5` is named `(i > 0)`, `d + 1` is `date_add(d, 1)`). The planner applies them to every projected
/// and filtered expression before binding it.
extension ExpressionBinder {
    public func rewritingAsSparksAnalyzer(_ expression: Expression) -> Expression {
        expression.rewritten { node in
            if case .function(let name, let arguments) = node, arguments.contains(.star) {
                return .function(name, starExpanded(arguments).map(rewritingAsSparksAnalyzer))
            }
            guard case .binary(let op, let lhs, let rhs) = node else { return nil }
            let l = rewritingAsSparksAnalyzer(lhs), r = rewritingAsSparksAnalyzer(rhs)
            return integralDecimalComparison(op, l, r) ?? dateArithmetic(op, l, r) ?? .binary(op, l, r)
        }
    }

    /// A function's `*` argument stands for every input column (`xxhash64('*')` is `xxhash64(c1, c2)`), as
    /// Spark's analyzer expands it before naming the call.
    func starExpanded(_ arguments: [Expression]) -> [Expression] {
        arguments.flatMap { argument -> [Expression] in
            guard argument == .star else { return [argument] }
            return schema.fields.enumerated().map { .columnAt($0.offset, name: $0.element.name) }
        }
    }

    /// `date + n`, `n + date` and `date - n` with a number `n` are Spark's `date_add` and `date_sub`, whose
    /// argument checks then apply (an INT, SMALLINT or TINYINT number of days).
    func dateArithmetic(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression) -> Expression? {
        // Binding costs a walk of each operand: only `+` and `-` can be date arithmetic.
        guard op == .add || op == .subtract else { return nil }
        let l = typeIfBound(lhs), r = typeIfBound(rhs)
        switch op {
        case .add where l == .date && r?.isNumeric == true: return .function("date_add", [lhs, rhs])
        case .add where r == .date && l?.isNumeric == true: return .function("date_add", [rhs, lhs])
        case .subtract where l == .date && r?.isNumeric == true: return .function("date_sub", [lhs, rhs])
        default: return nil
        }
    }

    /// The type an expression binds to here, or nil when it does not bind (binding proper reports why).
    func typeIfBound(_ expression: Expression) -> DataType? {
        try? bind(expression).dataType
    }
}
