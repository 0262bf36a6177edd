/// Spark's `WindowGroupLimit`: below a window whose rows are filtered by `rn <= k` (or `rn < k`, `rn = k`) for a
/// `row_number`, `rank` or `dense_rank` column, only the rows that can pass are kept in each window partition.
/// A partial limit runs before the exchange (each map partition sends at most its own top rows per group), a
/// final one after it; the window and the filter above then see fewer rows and give the same result.
public struct WindowGroupLimitSpec: Sendable {
    /// The rank-like function the filter reads.
    public enum Function: Sendable, Hashable {
        case rowNumber, rank, denseRank

        /// As Spark prints it in a plan.
        public var sqlName: String {
            switch self {
            case .rowNumber: "row_number()"
            case .rank: "rank()"
            case .denseRank: "dense_rank()"
            }
        }
    }

    /// Spark's `WindowGroupLimitMode`: before the exchange, or after it.
    public enum Mode: String, Sendable {
        case partial = "Partial", final = "Final"
    }

    public let partitionKeys: [BoundExpression]
    public let orderKeys: [SortKey]
    public let function: Function
    /// The largest value of the function a row may have to be kept.
    public let limit: Int
    public let mode: Mode

    public init(partitionKeys: [BoundExpression], orderKeys: [SortKey], function: Function, limit: Int, mode: Mode) {
        self.partitionKeys = partitionKeys
        self.orderKeys = orderKeys
        self.function = function
        self.limit = limit
        self.mode = mode
    }

    /// The same limit in another mode.
    public func with(mode: Mode) -> WindowGroupLimitSpec {
        WindowGroupLimitSpec(partitionKeys: partitionKeys, orderKeys: orderKeys, function: function, limit: limit, mode: mode)
    }
}
