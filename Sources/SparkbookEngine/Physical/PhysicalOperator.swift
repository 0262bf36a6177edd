/// The per-partition operator tree of one stage. Leaves read a split, in-memory batches or a shuffle partition.
public indirect enum PhysicalOperator: Sendable {
    case scan(ScanRelation, columns: [Int], schema: StructType)
    case local(LocalRelation)
    /// A cached DataFrame's partitions, each read from memory or disk by its task (Spark's InMemoryTableScan).
    case cachedScan(CachedRelation)
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
        case .scan, .local, .cachedScan, .shuffleRead: []
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
        case .cachedScan(let relation): relation.schema
        case .shuffleRead(let handle): handle.schema
        case .filter(_, let child), .limit(_, let child), .sample(_, let child), .windowGroupLimit(_, let child): child.schema
        case .finalAggregate(let spec, _): spec.outputSchema
        }
    }
}
