/// A bound hash aggregate: group keys, aggregate calls, and the output projection over `keys + results`.
public struct AggregateSpec: Sendable {
    public let keys: [BoundExpression]
    public let keyTypes: [DataType]
    public let calls: [AggregateCall]
    /// Output expressions bound against `resultSchema` (the keys, then one column per call).
    public let output: [BoundExpression]
    public let outputSchema: StructType
    /// The outputs an operator above reads (nil: all). Spark's column pruning drops the functions nothing
    /// reads, and the ones left decide which aggregate operator Spark runs, hence its row order.
    public var usedOutputs: Set<Int>? = nil

    /// The calls that feed a used output.
    public var usedCalls: [AggregateCall] {
        guard let usedOutputs else { return calls }
        let read = usedOutputs.filter(output.indices.contains).reduce(into: Set<Int>()) { $0.formUnion(output[$1].columnIndices) }
        return calls.indices.filter { read.contains(keyTypes.count + $0) }.map { calls[$0] }
    }

    public var resultSchema: StructType {
        var fields = keyTypes.enumerated().map { StructField("key\($0.offset)", $0.element) }
        fields += calls.enumerated().map { StructField("agg\($0.offset)", $0.element.resultType) }
        return StructType(fields)
    }

    public var partialSchema: StructType {
        HashAggregator.partialSchema(keyTypes: keyTypes, calls: calls)
    }
}
