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
    /// A one-step aggregate over raw rows already exchanged by key (for functions without partial states).
    case completeAggregate(AggregateSpec, PhysicalOperator)
    /// Sorts all rows of the partition.
    case sort([SortKey], PhysicalOperator)
    /// `union`: the partitions of each child in turn, with no exchange (narrow, as Spark's UnionExec; see
    /// `StagePartitions`).
    case concat([PhysicalOperator], schema: StructType)
    case hashJoin(JoinSpec, PhysicalOperator, PhysicalOperator)
    case window(WindowSpec, PhysicalOperator)
    /// Spark's `WindowGroupLimit`: only the rows of each window partition a rank filter above can keep.
    case windowGroupLimit(WindowGroupLimitSpec, PhysicalOperator)
    /// `explode`: each row repeated once per element of an array (Generate/).
    case generate(GenerateSpec, PhysicalOperator)
    /// `sample`: the rows a seeded Bernoulli trial per row keeps (Sampling/).
    case sample(Sampling, PhysicalOperator)

    /// The children, for walking the tree.
    public var children: [PhysicalOperator] {
        switch self {
        case .scan, .local, .shuffleRead: []
        case .project(_, _, let c), .filter(_, let c), .limit(_, let c), .finalAggregate(_, let c),
             .completeAggregate(_, let c), .sort(_, let c), .window(_, let c), .windowGroupLimit(_, let c),
             .generate(_, let c), .sample(_, let c): [c]
        case .concat(let cs, _): cs
        case .hashJoin(_, let l, let r): [l, r]
        }
    }

    public var schema: StructType {
        switch self {
        case .completeAggregate(let spec, _): spec.outputSchema
        case .sort(_, let child): child.schema
        case .concat(_, let schema): schema
        case .hashJoin(let spec, _, _): spec.outputSchema
        case .window(let spec, _): spec.outputSchema
        case .generate(let spec, _): spec.outputSchema
        case .scan(_, _, let schema), .project(_, let schema, _): schema
        case .local(let relation): relation.schema
        case .shuffleRead(let handle): handle.schema
        case .filter(_, let child), .limit(_, let child), .sample(_, let child), .windowGroupLimit(_, let child): child.schema
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
    /// Whether adaptive execution may coalesce its reduce partitions (not for an explicit `repartition(n)`).
    public var coalescible = true
    /// Read whole by every task of the reading stage: the build side of a broadcast join (`BroadcastExchange`).
    public var broadcast = false
}

/// How an exchange distributes rows over its reduce partitions.
public enum ExchangePartitioning: Sendable {
    /// By the hash of key expressions (`hashpartitioning`).
    case hash([BoundExpression])
    /// Every row to partition 0 (`SinglePartition`), keeping map order.
    case single
    /// Rows dealt out in turn (`RoundRobinPartitioning`), in the order of the hash of the columns the readers use
    /// (nil: all of them; `Optimizer/ExchangeColumnUse`).
    case roundRobin(hashedColumns: [Int]? = nil)
    /// Map partition m to reduce partition m * n / maps, keeping order (`coalesce(n)`).
    case contiguous
}

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
