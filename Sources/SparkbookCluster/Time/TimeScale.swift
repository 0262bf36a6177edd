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

    /// The configured span a scaled one came from: the inverse of `scale` to the millisecond, snapped to the whole
    /// second it rounds from (a 60 s timeout scaled by 0.001 is 60 ms, and reads back as 60 s).
    public func unscale(_ scaled: ClockDuration) -> ClockDuration {
        if scaled.isInfinite || factor == 1 { return scaled }
        let raw = Double(scaled.milliseconds) / factor
        guard raw.magnitude < 1e15 else { return .infinite }
        let second = (raw / 1000).rounded() * 1000
        let tolerance = 0.5 / factor + 0.5
        return ClockDuration(milliseconds: Int64(abs(raw - second) <= tolerance ? second : raw.rounded()))
    }

    /// A scaled timeout as people configured it, then as it ran: `60s`, or `60s (1.2s at time scale 0.02)`.
    public func describe(_ scaled: ClockDuration) -> String {
        factor == 1 || scaled.isInfinite ? "\(scaled)" : "\(unscale(scaled)) (\(scaled) at time scale \(factorText))"
    }

    /// `0.02`, `2`: the factor as the user typed it.
    public var factorText: String {
        factor == factor.rounded() && factor.magnitude < 1e15 ? String(Int64(factor)) : "\(factor)"
    }

    public var description: String { "x\(factor)" }
}
