/// Spark's `InferWindowGroupLimit` rule (Spark 3.5+) on the resolved logical plan: a filter directly over a
/// window (where `PushDownPredicates` leaves a condition on a window column) whose functions are all
/// `row_number`, `rank` or `dense_rank` over one ordered partitioning, and whose condition bounds one of their
/// columns (`rn <= k`, `rn < k`, `rn = k`, or mirrored), gets a `windowGroupLimit` below the window: each
/// window partition keeps only its top rows before the window is computed. The PhysicalPlanner runs it partial
/// before the window's exchange and final after it.
struct InferWindowGroupLimit: OptimizerRule {
    /// `spark.sql.optimizer.windowGroupLimitThreshold`: larger limits are not worth it.
    static let threshold = 1000

    func apply(_ plan: ResolvedPlan) -> ResolvedPlan {
        plan.transformUp { filter in
            guard case .filter(let condition, let window) = filter.node,
                  case .window(let spec, _, let input) = window.node,
                  let limit = Self.infer(condition: condition, over: spec, inputCount: input.schema.count)
            else { return nil }
            if case .windowGroupLimit = input.node { return nil }
            let limited = ResolvedPlan(.windowGroupLimit(limit, input), schema: input.schema, lineage: input.lineage)
            return filter.withNewChildren([window.withNewChildren([limited])])
        }
    }

    /// The limit `condition` (over the window's output: its input's `inputCount` columns, then one per
    /// function) allows; nil when Spark's rule leaves the plan alone. (With no partition keys Spark plans a
    /// `Limit` over the window instead, and a limit below 1 an empty relation; neither changes the result, so
    /// neither is inferred here.)
    static func infer(condition: BoundExpression, over spec: WindowSpec, inputCount: Int) -> WindowGroupLimitSpec? {
        let functions = spec.functions.map(rankLike)
        guard !spec.orderKeys.isEmpty, !spec.partitionKeys.isEmpty, functions.allSatisfy({ $0 != nil }) else { return nil }
        var limits: [(function: WindowGroupLimitSpec.Function, limit: Int)] = []
        for conjunct in condition.conjuncts {
            guard let (column, limit) = bound(conjunct), column >= inputCount, column - inputCount < functions.count,
                  let function = functions[column - inputCount] else { continue }
            limits.append((function, limit))
        }
        // Row numbers first (the cheapest), then the smallest limit.
        let rowNumbers = limits.filter { $0.function == .rowNumber }
        guard let chosen = (rowNumbers.isEmpty ? limits : rowNumbers).min(by: { $0.limit < $1.limit }),
              chosen.limit > 0, chosen.limit <= threshold else { return nil }
        return WindowGroupLimitSpec(partitionKeys: spec.partitionKeys, orderKeys: spec.orderKeys,
                                    function: chosen.function, limit: chosen.limit, mode: .final)
    }

    private static func rankLike(_ function: BoundWindowFunction) -> WindowGroupLimitSpec.Function? {
        switch function {
        case .rowNumber: .rowNumber
        case .rank: .rank
        case .denseRank: .denseRank
        default: nil
        }
    }

    /// `column op k` or `k op column` with an integer literal `k`, as the largest value the column may take
    /// (Spark's `extractLimits`: `=` and `<=` give k, `<` gives k - 1).
    private static func bound(_ e: BoundExpression) -> (column: Int, limit: Int)? {
        guard case .binary(let op, let a, let b, _) = e else { return nil }
        func column(_ x: BoundExpression) -> Int? {
            if case .column(let i, _) = x { return i }
            return nil
        }
        func literal(_ x: BoundExpression) -> Int? {
            if case .literal(.integer(let v), _) = x { return Int(v) }
            return nil
        }
        if let c = column(a), let k = literal(b) {
            switch op {
            case .equal, .lessOrEqual: return (c, k)
            case .less: return (c, k - 1)
            default: return nil
            }
        }
        if let k = literal(a), let c = column(b) {
            switch op {
            case .equal, .greaterOrEqual: return (c, k)
            case .greater: return (c, k - 1)
            default: return nil
            }
        }
        return nil
    }
}
