/// The operators of a resolved plan, with their expressions bound over their children's output.
public indirect enum ResolvedNode: Sendable {
    case scan(ScanRelation)
    case local(LocalRelation)
    /// A cached DataFrame: its partitions when an action computed them, else its resolved plan.
    case cached(CacheEntry, ResolvedPlan)
    case project([BoundExpression], ResolvedPlan)
    case filter(BoundExpression, ResolvedPlan)
    case aggregate(AggregateSpec, ResolvedPlan)
    case limit(Int, ResolvedPlan)
    /// A global sort moves every row to one ordered partition; a local one (`sortWithinPartitions`) sorts each.
    case sort([SortKey], global: Bool, ResolvedPlan)
    /// By position; each child already yields the union's column types (a widening projection where needed).
    case union([ResolvedPlan])
    case repartition(Int, [BoundExpression], ResolvedPlan)
    case coalesce(Int, ResolvedPlan)
    case join(ResolvedJoin, ResolvedPlan, ResolvedPlan)
    /// One Window operator: its functions' columns after its input's. `exchanging`: the rows must move to the
    /// window's partitioning first (false when the window below already placed them so).
    case window(WindowSpec, exchanging: Bool, ResolvedPlan)
    /// Spark's WindowGroupLimit below a window (`Optimizer/InferWindowGroupLimit`): each window partition's
    /// top rows only; planned partial before the window's exchange and final after it.
    case windowGroupLimit(WindowGroupLimitSpec, ResolvedPlan)
    /// `explode`.
    case generate(GenerateSpec, ResolvedPlan)
    case sample(Sampling, ResolvedPlan)
    /// `df.alias(name)` (Spark's SubqueryAlias): the same rows; the name qualifies their columns.
    case subqueryAlias(String, ResolvedPlan)

    public var children: [ResolvedPlan] {
        switch self {
        case .scan, .local: []
        case .cached(_, let c), .project(_, let c), .filter(_, let c), .aggregate(_, let c), .limit(_, let c),
             .sort(_, _, let c), .repartition(_, _, let c), .coalesce(_, let c), .window(_, _, let c),
             .windowGroupLimit(_, let c),
             .generate(_, let c), .sample(_, let c), .subqueryAlias(_, let c): [c]
        case .union(let cs): cs
        case .join(_, let l, let r): [l, r]
        }
    }

    /// The same operator over new children (in `children` order).
    public func withNewChildren(_ c: [ResolvedPlan]) -> ResolvedNode {
        switch self {
        case .scan, .local: self
        case .cached(let e, _): .cached(e, c[0])
        case .project(let e, _): .project(e, c[0])
        case .filter(let e, _): .filter(e, c[0])
        case .aggregate(let s, _): .aggregate(s, c[0])
        case .limit(let n, _): .limit(n, c[0])
        case .sort(let k, let global, _): .sort(k, global: global, c[0])
        case .union: .union(c)
        case .repartition(let n, let k, _): .repartition(n, k, c[0])
        case .coalesce(let n, _): .coalesce(n, c[0])
        case .join(let j, _, _): .join(j, c[0], c[1])
        case .window(let s, let x, _): .window(s, exchanging: x, c[0])
        case .windowGroupLimit(let s, _): .windowGroupLimit(s, c[0])
        case .generate(let s, _): .generate(s, c[0])
        case .sample(let s, _): .sample(s, c[0])
        case .subqueryAlias(let n, _): .subqueryAlias(n, c[0])
        }
    }
}

/// A bound join: equi-keys over each side (cast to common types), the rest of the condition over
/// `left fields + right fields`, and the output expressions over the same pair.
public struct ResolvedJoin: Sendable {
    public let type: JoinType
    public let leftKeys: [BoundExpression]
    public let rightKeys: [BoundExpression]
    public let residual: BoundExpression?
    public let output: [BoundExpression]
    public let outputSchema: StructType
}
