/// A bound hash aggregate: group keys, aggregate calls, and the output projection over `keys + results`.
public struct AggregateSpec: Sendable {
    public let keys: [BoundExpression]
    public let keyTypes: [DataType]
    public let calls: [AggregateCall]
    /// Output expressions bound against `resultSchema` (the keys, then one column per call).
    public let output: [BoundExpression]
    public let outputSchema: StructType
    public var resultSchema: StructType {
        var fields = keyTypes.enumerated().map { StructField("key\($0.offset)", $0.element) }
        fields += calls.enumerated().map { StructField("agg\($0.offset)", $0.element.resultType) }
        return StructType(fields)
    }

    public var partialSchema: StructType {
        HashAggregator.partialSchema(keyTypes: keyTypes, calls: calls)
    }
}
