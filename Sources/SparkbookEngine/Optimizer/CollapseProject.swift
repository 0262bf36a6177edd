/// Spark's `CollapseProject`: a projection directly over another becomes one, its references to the lower one
/// replaced by the lower expressions (`select` over `withColumn` over the projection column pruning put over a
/// relation). As in Spark (`canCollapseExpressions`, `collapseProjectAlwaysInline` off), they stay apart when
/// the upper one reads a nondeterministic lower expression (`rand`, `monotonically_increasing_id`: inlining
/// would evaluate it again, or per row of another projection), or reads a computed one more than once.
/// A projection that yields its input's columns as they are goes (Spark's `RemoveNoopOperators`), except over
/// a join: Spark's join yields both sides' columns, so the projection over it stays in Spark's plans. Adjacent
/// filters are combined by `PushDownPredicates`.
struct CollapseProject: OptimizerRule {
    func apply(_ plan: ResolvedPlan) -> ResolvedPlan {
        plan.transformUp { upper in
            guard case .project(let outer, let middle) = upper.node else { return nil }
            if Self.isNoop(outer, schema: upper.schema, over: middle) { return middle }
            guard case .project(let inner, let below) = middle.node, Self.canCollapse(outer, over: inner) else { return nil }
            let collapsed = upper.replacing(.project(outer.map { $0.substituting(inner) }, below))
            return Self.isNoop(outer.map { $0.substituting(inner) }, schema: upper.schema, over: below) ? below : collapsed
        }
    }

    /// Whether the projection is each column of `child` (not a join), in order, under the same name and type.
    static func isNoop(_ expressions: [BoundExpression], schema: StructType, over child: ResolvedPlan) -> Bool {
        if case .join = child.node { return false }
        guard expressions.count == child.schema.count, schema == child.schema else { return false }
        return expressions.enumerated().allSatisfy { i, e in
            if case .column(i, _) = e { true } else { false }
        }
    }

    /// Whether every lower expression the upper ones read is deterministic, and read once unless it is a
    /// column or a literal.
    static func canCollapse(_ upper: [BoundExpression], over lower: [BoundExpression]) -> Bool {
        var uses: [Int: Int] = [:]
        for e in upper { e.countColumnUses(into: &uses) }
        return uses.allSatisfy { index, count in
            let producer = lower[index]
            guard producer.isDeterministic else { return false }
            switch producer {
            case .column, .literal: return true
            default: return count == 1
            }
        }
    }
}

extension BoundExpression {
    /// How many times each column is referenced (`a + a` reads `a` twice).
    func countColumnUses(into uses: inout [Int: Int]) {
        switch self {
        case .column(let i, _): uses[i, default: 0] += 1
        case .literal: break
        case .unary(_, let e, _), .cast(let e, _): e.countColumnUses(into: &uses)
        case .binary(_, let l, let r, _): l.countColumnUses(into: &uses); r.countColumnUses(into: &uses)
        case .function(_, let args): for a in args { a.countColumnUses(into: &uses) }
        }
    }
}
