/// Spark's `InferFiltersFromConstraints` for the constraints a join's equi-keys carry: a row whose key is null
/// matches nothing, so each side whose unmatched rows the join type drops gets `isnotnull(key)` for every nullable
/// key column (an inner or left semi join both sides, a left outer or left anti join its right side, a right outer
/// join its left side; a full outer join neither). `PushDownPredicates`, run again after it, moves the filter to
/// the side's scan, as Spark's plans show (`Filter isnotnull(id)` under the exchange of a sort-merge join).
///
/// Only the join keys' constraints are inferred; those Spark infers for a filter's own null-intolerant conditions
/// (`isnotnull(v) AND (v > 0)`) appear among a file scan's pushed filters (`PushedFilter+Translation`) only.
/// The rows are those without the filter: a null key never matched.
struct InferFiltersFromConstraints: OptimizerRule {
    func apply(_ plan: ResolvedPlan) -> ResolvedPlan {
        plan.transformUp { node in
            guard case .join(let join, let l, let r) = node.node else { return nil }
            let (onLeft, onRight): (Bool, Bool) = switch join.type {
            case .inner, .leftSemi: (true, true)
            case .left, .leftAnti: (false, true)
            case .right: (true, false)
            case .full, .cross: (false, false)
            }
            let left = onLeft ? Self.notNullKeys(join.leftKeys, over: l) : nil
            let right = onRight ? Self.notNullKeys(join.rightKeys, over: r) : nil
            guard left != nil || right != nil else { return nil }
            return node.replacing(.join(join, left ?? l, right ?? r))
        }
    }

    /// `side` under a filter of `isnotnull(c)` for each nullable column a key reads (through casts), those the
    /// side's own filter already states left out; nil when there are none.
    static func notNullKeys(_ keys: [BoundExpression], over side: ResolvedPlan) -> ResolvedPlan? {
        var known: Set<BoundExpression> = []
        if case .filter(let condition, _) = side.node { known = Set(condition.conjuncts) }
        var added: [BoundExpression] = []
        for key in keys {
            guard let column = keyColumn(key), side.schema[column].nullable else { continue }
            let test = BoundExpression.unary(.isNotNull, .column(index: column, type: side.schema[column].dataType),
                                             type: .boolean)
            if !known.contains(test), !added.contains(test) { added.append(test) }
        }
        return BoundExpression.conjunction(added).map { ResolvedPlan.filter($0, side) }
    }

    /// The column a key is, possibly cast to the join's common type.
    private static func keyColumn(_ key: BoundExpression) -> Int? {
        switch key {
        case .column(let i, _): i
        case .cast(let inner, _): keyColumn(inner)
        default: nil
        }
    }
}
