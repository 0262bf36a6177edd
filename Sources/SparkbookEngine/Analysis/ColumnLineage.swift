/// Which DataFrames each output column of a plan comes from (their plan ids), so that `df1["id"]` resolves to
/// df1's side of a join where both sides have an `id` (Spark keeps a plan id on each column reference). Plain
/// column references carry their lineage through projects, filters, sorts and joins; computed columns have none.
public struct ColumnLineage: Sendable, Equatable {
    public var planIds: [Set<Int>]
    /// `df.alias(name)` names in scope and the plan ids they mark: `s.id` is the `id` column from one of them.
    public var aliases: [String: Set<Int>]

    public init(planIds: [Set<Int>], aliases: [String: Set<Int>] = [:]) {
        self.planIds = planIds
        self.aliases = aliases
    }

    /// `count` columns of unknown origin.
    public static func unknown(_ count: Int) -> ColumnLineage {
        ColumnLineage(planIds: Array(repeating: [], count: count))
    }

    public var count: Int { planIds.count }

    /// Every column also comes from `planId`.
    public func marked(_ planId: Int) -> ColumnLineage {
        ColumnLineage(planIds: planIds.map { $0.union([planId]) }, aliases: aliases)
    }

    public static func + (l: ColumnLineage, r: ColumnLineage) -> ColumnLineage {
        ColumnLineage(planIds: l.planIds + r.planIds, aliases: l.aliases.merging(r.aliases) { $0.union($1) })
    }
}
