/// Spark's `ConstantFolding`, for operators and casts: an operator or cast whose operands are all literals is
/// computed once, at planning, and becomes a literal of the same type. An expression that fails (`1 / 0` under
/// ANSI) is left as it is, so it fails where Spark's does: when a row evaluates it. Function calls are left to
/// run per batch (a UDF, or a function reading the partition, must not run at planning).
struct ConstantFolding: OptimizerRule {
    func apply(_ plan: ResolvedPlan) -> ResolvedPlan {
        guard plan.containsFoldable else { return plan }
        return plan.transformAllExpressions(Self.fold)
    }

    static func fold(_ e: BoundExpression) -> BoundExpression? {
        let operands: [BoundExpression]
        switch e {
        case .unary(_, let x, _), .cast(let x, _): operands = [x]
        case .binary(_, let l, let r, _): operands = [l, r]
        case .column, .literal, .function: return nil
        }
        guard operands.allSatisfy(\.isLiteral) else { return nil }
        let row = RecordBatch(schema: StructType([]), columns: [], rowCount: 1)
        guard let value = try? e.evaluate(row).value(at: 0) else { return nil }
        return .literal(value, type: e.dataType)
    }
}

extension BoundExpression {
    var isLiteral: Bool {
        if case .literal = self { true } else { false }
    }

    /// Whether some operator or cast in the expression has only literal operands.
    var containsFoldable: Bool {
        switch self {
        case .column, .literal: false
        case .unary(_, let x, _), .cast(let x, _): x.isLiteral || x.containsFoldable
        case .binary(_, let l, let r, _): (l.isLiteral && r.isLiteral) || l.containsFoldable || r.containsFoldable
        case .function(_, let args): args.contains(where: \.containsFoldable)
        }
    }
}

extension ResolvedPlan {
    /// Whether any expression of the plan can be folded (so a plan without one is kept as the same object).
    var containsFoldable: Bool {
        var found = false
        _ = node.mapExpressions { e in
            if !found, e.containsFoldable { found = true }
            return e
        }
        return found || children.contains(where: \.containsFoldable)
    }
}
