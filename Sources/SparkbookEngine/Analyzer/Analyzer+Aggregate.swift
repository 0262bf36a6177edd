/// Resolving `groupBy(keys).agg(output)` (AggregateBinder), with partition-aware grouping keys computed below.
extension Analyzer {
    func resolveAggregate(_ groupBy: [Expression], _ output: [Expression], _ input: ResolvedPlan) throws -> ResolvedPlan {
        let spec = try AggregateBinder(input: input.schema, functions: functions, context: context,
                                       lineage: input.lineage).bind(groupBy: groupBy, output: output)
        // The calls' arguments are deterministic (`AggregateBinder` refuses others, as Spark does).
        let (keys, below) = Self.pullingOutPartitionCalls(spec.keys, from: input)
        let pulled = below === input ? spec
            : AggregateSpec(keys: keys, keyTypes: spec.keyTypes, calls: spec.calls, output: spec.output,
                            outputSchema: spec.outputSchema)
        return ResolvedPlan(.aggregate(pulled, below), schema: spec.outputSchema,
                            lineage: Self.newColumns(input, count: spec.outputSchema.count))
    }
}
