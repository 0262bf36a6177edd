import Synchronization
/// An immutable logical query plan; DataFrames hold one and every transformation wraps it in a new node.
public indirect enum LogicalPlan: Sendable {
    /// Rows from a data source (a file scan).
    case scan(ScanRelation)
    /// Rows given in memory (`createDataFrame`, `range`).
    case local(LocalRelation)
    /// A cached DataFrame: its partitions once computed, else its plan.
    case cached(CacheEntry)
    case project([Expression], LogicalPlan)
    case filter(Expression, LogicalPlan)
    case aggregate(groupBy: [Expression], output: [Expression], LogicalPlan)
    case limit(Int, LogicalPlan)
    /// `orderBy`: sort keys are `.sortOrder` expressions or plain ones (ascending, nulls first).
    case sort([Expression], LogicalPlan)
    /// `union` (by position) of two plans with the same number of columns.
    case union(LogicalPlan, LogicalPlan)
    /// `repartition(n)` (round robin) or `repartition(n, cols)` (hash).
    case repartition(Int, [Expression], LogicalPlan)
    /// `coalesce(n)`: fewer partitions without reordering rows.
    case coalesce(Int, LogicalPlan)
    case join(LogicalPlan, LogicalPlan, JoinType, JoinCriteria)
    /// A projection whose expressions contain window functions.
    case window([Expression], LogicalPlan)
    /// `sample` and the parts of `randomSplit`: the rows a seeded Bernoulli trial keeps, partition by partition.
    case sample(Sampling, LogicalPlan)
    /// The plan of one DataFrame, marked with its id where a join meets it, so that `df["id"]` finds its side.
    case identified(planId: Int, LogicalPlan)
    /// `df.alias(name)`, Spark's SubqueryAlias: the plan's columns can be named `name.column`. The plan id marks
    /// them as `identified` does; the name is how qualified references find that id.
    case subqueryAlias(String, planId: Int, LogicalPlan)
    /// A subtree already resolved (a DataFrame's cached plan under the node a transformation adds): the
    /// Analyzer takes it as it is, as Spark's analyzer skips a plan marked `analyzed`.
    case analyzed(ResolvedPlan)
}

/// A data source scan as a plan leaf; a class wrapper would allow identity, a struct keeps it a value.
public struct ScanRelation: Sendable {
    public let scan: any DataScan
    public let sourceName: String

    public init(scan: any DataScan, sourceName: String) {
        self.scan = scan
        self.sourceName = sourceName
    }
}

/// Rows held in memory, already split into partitions.
public struct LocalRelation: Sendable {
    public let schema: StructType
    public let partitions: [RecordBatch]

    public init(schema: StructType, partitions: [RecordBatch]) {
        self.schema = schema
        self.partitions = partitions
    }
}

/// A DataFrame marked with `cache()`/`persist()`: computed once by the first action, then read from the
/// executors that hold its partitions (which the allocation policy keeps per `cachedExecutorIdleTimeout`).
public final class CacheEntry: Sendable {
    /// The id Spark's block manager would know the cached RDD by.
    public let rddId: Int
    public let child: LogicalPlan
    private let stored = Mutex<LocalRelation?>(nil)

    public init(rddId: Int, child: LogicalPlan) {
        self.rddId = rddId
        self.child = child
    }

    /// The cached partitions, once the first action computed them.
    public var relation: LocalRelation? { stored.withLock { $0 } }

    public func store(_ relation: LocalRelation) { stored.withLock { $0 = relation } }

    /// `unpersist()`: the next action computes the data again.
    public func drop() { stored.withLock { $0 = nil } }
}
