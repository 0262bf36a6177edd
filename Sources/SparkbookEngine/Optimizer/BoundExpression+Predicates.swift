/// A scalar function whose result may differ between calls with the same arguments (Spark's
/// `Nondeterministic`: `rand`, `monotonically_increasing_id`). Filters never move across such an expression,
/// since the rows it sees, and their order, would change its results.
public protocol NondeterministicFunction: ScalarFunction {}

/// What predicate pushdown needs of a bound condition: its conjuncts, whether it is deterministic, and the
/// same condition over an operator's input instead of its output.
extension BoundExpression {
    /// The parts of a chain of `AND`s, left to right (`a AND (b AND c)` is `[a, b, c]`).
    var conjuncts: [BoundExpression] {
        if case .binary(.and, let l, let r, _) = self { return l.conjuncts + r.conjuncts }
        return [self]
    }

    /// The conjuncts joined by `AND` from the left, so that they are evaluated (and short-circuit) in order.
    static func conjunction(_ parts: [BoundExpression]) -> BoundExpression? {
        guard let first = parts.first else { return nil }
        return parts.dropFirst().reduce(first) { .binary(.and, $0, $1, type: .boolean) }
    }

    /// Whether every function the expression calls is deterministic.
    var isDeterministic: Bool {
        switch self {
        case .column, .literal: true
        case .unary(_, let e, _), .cast(let e, _): e.isDeterministic
        case .binary(_, let l, let r, _): l.isDeterministic && r.isDeterministic
        case .function(let f, let args): !(f.function is any NondeterministicFunction) && args.allSatisfy(\.isDeterministic)
        }
    }

    /// The expression with each column reference `i` replaced by `columns[i]`: a condition over an operator's
    /// output rewritten over its input (Spark's alias replacement when a filter moves below a projection).
    func substituting(_ columns: [BoundExpression]) -> BoundExpression {
        switch self {
        case .column(let i, _): columns[i]
        case .literal: self
        case .unary(let op, let e, let t): .unary(op, e.substituting(columns), type: t)
        case .binary(let op, let l, let r, let t): .binary(op, l.substituting(columns), r.substituting(columns), type: t)
        case .cast(let e, let t): .cast(e.substituting(columns), t)
        case .function(let f, let args): .function(f, args.map { $0.substituting(columns) })
        }
    }
}
