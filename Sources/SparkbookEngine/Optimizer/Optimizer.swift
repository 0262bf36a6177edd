/// Rules on the resolved logical plan, before any exchange exists, run as Catalyst's `RuleExecutor` runs them:
/// in batches, each batch once or repeated until the plan stops changing (a fixed point, seen by identity:
/// a rule returns the same object when it changes nothing) or its iteration limit.
struct Optimizer {
    /// The query's context (session time zone, the instant the query started).
    let context: FunctionContext

    var batches: [OptimizerBatch] {
        [
            OptimizerBatch(name: "Finish Analysis", strategy: .once, rules: [ComputeCurrentTime(context: context)]),
            // One pass, bottom-up: each filter goes as far down as it may in one push; then the join keys' null
            // tests, inferred over the joins pushdown left (an outer join it narrowed included), go down too.
            OptimizerBatch(name: "Operator Optimization", strategy: .once,
                           rules: [PushDownPredicates(), InferFiltersFromConstraints(), PushDownPredicates()]),
            OptimizerBatch(name: "Constant Folding", strategy: .once, rules: [ConstantFolding()]),
            // After pushdown, which leaves a bound on a window column directly over its window.
            OptimizerBatch(name: "Infer window group limit", strategy: .once, rules: [InferWindowGroupLimit()]),
            // Last, over the final shape: each operator reads only the columns above it needs; the projections
            // that leaves next to each other merge.
            OptimizerBatch(name: "Column Pruning", strategy: .once, rules: [ColumnPruning(), CollapseProject()]),
        ]
    }

    func optimize(_ plan: ResolvedPlan) -> ResolvedPlan {
        var current = plan
        for batch in batches {
            for _ in 0..<batch.strategy.maxIterations {
                let before = current
                for rule in batch.rules { current = rule.apply(current) }
                if current === before { break }
            }
        }
        return current
    }
}
