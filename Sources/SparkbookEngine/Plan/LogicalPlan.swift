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
    /// `orderBy` (`global`) and `sortWithinPartitions`: sort keys are `.sortOrder` expressions or plain ones
    /// (ascending, nulls first).
    case sort([Expression], global: Bool, LogicalPlan)
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
