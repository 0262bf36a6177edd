/// The per-partition operator tree of one stage. Leaves read a split, in-memory batches or a shuffle partition.
public indirect enum PhysicalOperator: Sendable {
    case scan(ScanRelation, columns: [Int], schema: StructType)
    case local(LocalRelation)
    case shuffleRead(ShuffleHandle)
    case project([BoundExpression], schema: StructType, PhysicalOperator)
    case filter(BoundExpression, PhysicalOperator)
    /// A per-partition limit; the global limit is applied again when results are collected.
    case limit(Int, PhysicalOperator)
    /// The final step of a hash aggregate over partial states read from a shuffle.
    case finalAggregate(AggregateSpec, PhysicalOperator)

    public var schema: StructType {
        switch self {
        case .scan(_, _, let schema), .project(_, let schema, _): schema
        case .local(let relation): relation.schema
        case .shuffleRead(let handle): handle.schema
        case .filter(_, let child), .limit(_, let child): child.schema
        case .finalAggregate(let spec, _): spec.outputSchema
        }
    }
}

/// A shuffle between two stages: its id, the schema of the rows written, and the number of reduce partitions
/// before adaptive coalescing.
public struct ShuffleHandle: Sendable, Hashable {
    public let id: Int
    public let schema: StructType
    public let partitions: Int
}

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
