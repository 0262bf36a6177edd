/// The order in which timed-out executors are offered for removal (it decides who survives
/// at the floor). Spark sorts executor ids as strings, so "10" goes before "2"; `.numeric`
/// compares digit-only ids as numbers for a friendlier display.
public enum ExecutorIDOrder: Hashable, Sendable {
    /// Spark's order: plain string comparison of the ids.
    case spark
    /// Numbers by value (digit-only ids first, in numeric order), then the rest as strings.
    case numeric

    public func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch self {
        case .spark:
            return lhs < rhs
        case .numeric:
            switch (Int(lhs), Int(rhs)) {
            case let (l?, r?): return l != r ? l < r : lhs < rhs
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs < rhs
            }
        }
    }

    public func sorted(_ ids: some Sequence<String>) -> [String] {
        ids.sorted(by: areInIncreasingOrder)
    }
}
