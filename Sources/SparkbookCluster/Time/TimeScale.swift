/// A teaching aid: multiplies every allocation timeout so a 60 s idle timeout can be watched
/// in 6 s (`factor 0.1`) or slowed down to follow each step. Infinite timeouts stay infinite.
public struct TimeScale: Hashable, Sendable, CustomStringConvertible {
    public let factor: Double

    /// `factor` must be positive and finite; anything else falls back to real time.
    public init(factor: Double) {
        self.factor = (factor.isFinite && factor > 0) ? factor : 1
    }

    public static let realTime = TimeScale(factor: 1)

    public func scale(_ span: ClockDuration) -> ClockDuration {
        if span.isInfinite || factor == 1 { return span }
        let scaled = (Double(span.milliseconds) * factor).rounded()
        if scaled >= Double(Int64.max) { return .infinite }
        if scaled <= Double(Int64.min) { return ClockDuration(milliseconds: .min) }
        return ClockDuration(milliseconds: Int64(scaled))
    }

    public var description: String { "x\(factor)" }
}
