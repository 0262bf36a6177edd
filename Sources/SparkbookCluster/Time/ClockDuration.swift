/// A span of policy time in whole milliseconds; `.infinite` models Spark's "never time out".
public struct ClockDuration: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public static func milliseconds(_ value: Int64) -> ClockDuration {
        ClockDuration(milliseconds: value)
    }

    /// Whole seconds, saturating to `.infinite` on overflow.
    public static func seconds(_ value: Int64) -> ClockDuration {
        let (product, overflow) = value.multipliedReportingOverflow(by: 1000)
        if overflow { return value > 0 ? .infinite : ClockDuration(milliseconds: .min) }
        return ClockDuration(milliseconds: product)
    }

    public static let zero = ClockDuration(milliseconds: 0)
    public static let infinite = ClockDuration(milliseconds: .max)

    public var isInfinite: Bool { milliseconds == .max }

    /// Whole seconds, truncated toward zero (how Spark reads second-based timeouts).
    public var wholeSeconds: Int64 { milliseconds / 1000 }

    public static func < (lhs: ClockDuration, rhs: ClockDuration) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// Short human form for timelines and tables: `500ms`, `60s`, `1.5s`, `5min`, `3h`, `inf`.
    /// Whole minutes (hours) are used from 2 minutes (hours) on, so the default idle timeout
    /// reads `60s` as users write it.
    public var description: String {
        if isInfinite { return "inf" }
        let ms = milliseconds
        if ms % 3_600_000 == 0 && ms.magnitude >= 7_200_000 { return "\(ms / 3_600_000)h" }
        if ms % 60_000 == 0 && ms.magnitude >= 120_000 { return "\(ms / 60_000)min" }
        if ms % 1000 == 0 { return "\(ms / 1000)s" }
        if ms.magnitude < 1000 || ms % 100 != 0 { return "\(ms)ms" }
        return "\(ms / 1000).\((ms.magnitude % 1000) / 100)s"
    }
}
