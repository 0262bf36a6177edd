/// A `ConfigEntry`'s `checkValue`: a range the parsed number must be in, and Spark's own words when it is not.
public struct SparkConfigRequirement: Hashable, Sendable {
    public enum Bound: Hashable, Sendable {
        /// `> 0`.
        case positive
        /// `>= 0`.
        case nonNegative
        /// `>= minimum`.
        case atLeast(Double)
        /// `> 0 && <= 1`.
        case fraction
    }

    public let bound: Bound
    /// The sentence Spark appends after "is invalid." (e.g. "The value of spark.sql.shuffle.partitions must be positive").
    public let message: String

    public init(_ bound: Bound, _ message: String) {
        self.bound = bound
        self.message = message
    }

    func isSatisfied(by value: Double) -> Bool {
        switch bound {
        case .positive: value > 0
        case .nonNegative: value >= 0
        case .atLeast(let minimum): value >= minimum
        case .fraction: value > 0 && value <= 1
        }
    }
}
