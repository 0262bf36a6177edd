/// One rewrite of a resolved plan that keeps its results (and, here, their order) the same.
protocol OptimizerRule {
    func apply(_ plan: ResolvedPlan) -> ResolvedPlan
}
