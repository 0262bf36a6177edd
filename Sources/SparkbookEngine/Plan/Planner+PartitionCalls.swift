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

    /// The aggregate with partition-aware calls in its keys or call inputs computed below it.
    static func pullingOutPartitionCalls(_ spec: AggregateSpec, from input: PhysicalOperator) -> (AggregateSpec, PhysicalOperator) {
        let inputs = spec.calls.map { $0.input ?? .literal(.null, type: .null) }
        let (rewritten, projected) = pullingOutPartitionCalls(spec.keys + inputs, from: input)
        guard projected.schema.count != input.schema.count else { return (spec, input) }
        let calls = zip(spec.calls, rewritten.dropFirst(spec.keys.count)).map {
            AggregateCall(function: $0.function, input: $0.input == nil ? nil : $1)
        }
        var pulled = AggregateSpec(keys: Array(rewritten.prefix(spec.keys.count)), keyTypes: spec.keyTypes, calls: calls,
                                   output: spec.output, outputSchema: spec.outputSchema)
        pulled.usedOutputs = spec.usedOutputs
        return (pulled, projected)
    }
}
