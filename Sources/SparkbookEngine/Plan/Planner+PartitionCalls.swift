/// Spark's `PullOutNondeterministic`: a grouping key or sort key that calls a partition-aware function
/// (`groupBy(spark_partition_id())`, `orderBy(rand(42))`) is computed by a projection below the operator, over
/// the rows as the input partitions hold them, and the operator reads the result as a column.
extension StageBuilder {
    /// `expressions` over `input`, with their partition-aware calls moved into a projection on top of `input`
    /// that appends one column per call; `input` unchanged when there is none.
    static func pullingOutPartitionCalls(_ expressions: [BoundExpression], from input: PhysicalOperator)
        -> ([BoundExpression], PhysicalOperator) {
        var sites: [(BoundFunction, [BoundExpression])] = []
        let rewritten = expressions.map { $0.replacingPartitionCalls(firstColumn: input.schema.count, sites: &sites) }
        guard !sites.isEmpty else { return (expressions, input) }
        var projected = input.schema.fields.enumerated().map { BoundExpression.column(index: $0.offset, type: $0.element.dataType) }
        var fields = input.schema.fields
        for (call, arguments) in sites {
            projected.append(.function(call, arguments))
            fields.append(StructField("_nondeterministic", call.signature.result, nullable: false))
        }
        return (rewritten, .project(projected, schema: StructType(fields), input))
    }

    /// The aggregate with partition-aware calls in its grouping keys computed below it (its calls' arguments are
    /// deterministic: `AggregateBinder` refuses others, as Spark does).
    static func pullingOutPartitionCalls(_ spec: AggregateSpec, from input: PhysicalOperator) -> (AggregateSpec, PhysicalOperator) {
        let (keys, projected) = pullingOutPartitionCalls(spec.keys, from: input)
        guard projected.schema.count != input.schema.count else { return (spec, input) }
        var pulled = AggregateSpec(keys: keys, keyTypes: spec.keyTypes, calls: spec.calls, output: spec.output,
                                   outputSchema: spec.outputSchema)
        pulled.usedOutputs = spec.usedOutputs
        return (pulled, projected)
    }
}
