/// An instant on a policy clock, in whole milliseconds since that clock's origin.
///
/// Plain integers keep the policy deterministic and easy to test; arithmetic saturates so that
/// an "infinite" timeout (Spark's `Long.MaxValue`) added to any instant stays `.never` instead
/// of wrapping around into the past.
public struct ClockTime: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// The clock's origin.
    public static let zero = ClockTime(milliseconds: 0)

    /// An instant that is never reached (the deadline of an executor that is never released).
    public static let never = ClockTime(milliseconds: .max)

    public var isNever: Bool { milliseconds == .max }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// Saturating: `t + .infinite == .never`, and no sum ever wraps.
    public static func + (lhs: ClockTime, rhs: ClockDuration) -> ClockTime {
        if lhs.isNever || rhs.isInfinite { return .never }
        let (sum, overflow) = lhs.milliseconds.addingReportingOverflow(rhs.milliseconds)
        if overflow { return rhs.milliseconds > 0 ? .never : ClockTime(milliseconds: .min) }
        return ClockTime(milliseconds: sum)
    }

    /// The span from `rhs` to `lhs`; `.infinite` when `lhs` is `.never`.
    public static func - (lhs: ClockTime, rhs: ClockTime) -> ClockDuration {
        if lhs.isNever { return .infinite }
        let (difference, overflow) = lhs.milliseconds.subtractingReportingOverflow(rhs.milliseconds)
        if overflow { return difference < 0 ? .infinite : ClockDuration(milliseconds: .min) }
        return ClockDuration(milliseconds: difference)
    }

    public var description: String { isNever ? "never" : "\(milliseconds)ms" }
}
