/// Spark's `PullOutNondeterministic`: a grouping key or sort key that calls a partition-aware function
/// (`groupBy(spark_partition_id())`, `orderBy(rand(42))`) is computed by a projection below the operator, over
/// the rows as the input partitions hold them, and the operator reads the result as a column.
extension Analyzer {
    /// `expressions` over `input`, with their partition-aware calls moved into a projection on top of `input`
    /// that appends one column per call; `input` unchanged when there is none.
    static func pullingOutPartitionCalls(_ expressions: [BoundExpression], from input: ResolvedPlan)
        -> ([BoundExpression], ResolvedPlan) {
        var sites: [(BoundFunction, [BoundExpression])] = []
        let rewritten = expressions.map { $0.replacingPartitionCalls(firstColumn: input.schema.count, sites: &sites) }
        guard !sites.isEmpty else { return (expressions, input) }
        var projected = input.schema.fields.enumerated().map { BoundExpression.column(index: $0.offset, type: $0.element.dataType) }
        var fields = input.schema.fields
        for (call, arguments) in sites {
            projected.append(.function(call, arguments))
            fields.append(StructField("_nondeterministic", call.signature.result, nullable: false))
        }
        return (rewritten, ResolvedPlan(.project(projected, input), schema: StructType(fields),
                                        lineage: lineage(input, count: fields.count)))
    }
}
