/// Ascending or descending, and where nulls go (Spark: nulls first when ascending, last when descending).
public struct SortDirection: Sendable, Hashable {
    public let ascending: Bool
    public let nullsFirst: Bool

    public init(ascending: Bool, nullsFirst: Bool? = nil) {
        self.ascending = ascending
        self.nullsFirst = nullsFirst ?? ascending
    }

    public static let ascending = SortDirection(ascending: true)
    public static let descending = SortDirection(ascending: false)

    /// `ASC NULLS FIRST`, as Spark prints a sort order.
    public var sql: String {
        (ascending ? "ASC" : "DESC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST")
    }
}
