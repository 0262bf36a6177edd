/// Spark's `ComputeCurrentTime`: `current_date()`, `current_timestamp()` and the session time zone are the
/// query's, fixed when the query runs, not when its DataFrame was made (the Analyzer bound every function
/// call with the context of the moment it resolved the DataFrame).
struct ComputeCurrentTime: OptimizerRule {
    let context: FunctionContext

    func apply(_ plan: ResolvedPlan) -> ResolvedPlan {
        plan.transformAllExpressions { e in
            guard case .function(let f, let args) = e, f.context != context else { return nil }
            return .function(BoundFunction(function: f.function, signature: f.signature, context: context), args)
        }
    }
}
