/// The inputs of each plan node, for walks that must reach every leaf (cache materialisation, explain).
extension LogicalPlan {
    public var children: [LogicalPlan] {
        switch self {
        case .scan, .local, .cached, .analyzed: []
        case .project(_, let c), .filter(_, let c), .aggregate(_, _, let c), .limit(_, let c), .sort(_, _, let c),
             .repartition(_, _, let c), .coalesce(_, let c), .window(_, let c), .identified(_, let c),
             .subqueryAlias(_, _, let c),
             .sample(_, let c): [c]
        case .union(let l, let r), .join(let l, let r, _, _): [l, r]
        }
    }
}
