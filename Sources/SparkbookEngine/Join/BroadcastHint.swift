/// `df.hint("broadcast")`: a join with this DataFrame on one side broadcasts it when the join type can build
/// that side, whatever its estimated size (Spark's `ResolvedHint(strategy=broadcast)`). The hint is a
/// `subqueryAlias` under a name no query can write, so every pass already carries it.
public enum BroadcastHint {
    public static let alias = "\u{1F}broadcast"

    /// The names Spark reads as this hint.
    public static let names: Set<String> = ["broadcast", "broadcastjoin", "mapjoin"]

    /// Whether a join side is hinted: the hint under the operators that keep its rows as they are.
    static func isHinted(_ plan: ResolvedPlan) -> Bool {
        switch plan.node {
        case .subqueryAlias(let name, let child): name == alias || isHinted(child)
        case .project(_, let child), .filter(_, let child), .cached(_, let child): isHinted(child)
        default: false
        }
    }

    /// The line the plan trees print for the hint.
    static let treeLine = "ResolvedHint (strategy=broadcast)"
}
