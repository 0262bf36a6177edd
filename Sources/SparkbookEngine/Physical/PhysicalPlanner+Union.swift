extension PhysicalPlanner {
    /// `union`, narrow as Spark's UnionExec: every child stays in the current stage, whose partitions are the
    /// children's in turn; only stages below a child end before it. A union of unions is one union over all
    /// their children, as Spark's CombineUnions.
    mutating func buildUnion(_ children: [ResolvedPlan], schema: StructType) -> PhysicalOperator {
        let outer = pendingParents
        var parents: [Int] = []
        var built: [PhysicalOperator] = []
        for child in children {
            pendingParents = []
            built.append(build(child))
            parents += pendingParents
        }
        pendingParents = outer + parents
        nameOfCurrentStage = "union"
        let flattened = built.flatMap { side -> [PhysicalOperator] in
            if case .concat(let inner, _) = side { inner } else { [side] }
        }
        return .concat(flattened, schema: schema)
    }
}
