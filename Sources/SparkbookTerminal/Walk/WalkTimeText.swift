import Foundation
import SparkbookCluster

/// The walkthrough's one format for times: seconds (`60s`, `1.2s`, `0.1s`, `0.005s`), and, when a time scale is
/// on, a configured timeout with the time it really took: `60s (1.2s at time scale 0.02)`. Timeouts the policy
/// used are scaled; `configured(scaled:)` turns them back into what the notebook set.
public struct WalkTimeText: Hashable, Sendable {
    public let scale: TimeScale

    public init(scale: TimeScale = .realTime) {
        self.scale = scale
    }

    /// Seconds: one decimal from 1 s on (`.0` dropped), up to three below it (trailing zeros dropped).
    public static func seconds(_ span: ClockDuration) -> String {
        if span.isInfinite { return "never" }
        let ms = span.milliseconds
        if ms.magnitude >= 1000 {
            let tenths = (Double(ms) / 100).rounded()
            return tenths.truncatingRemainder(dividingBy: 10) == 0
                ? "\(Int64(tenths / 10))s" : String(format: "%.1fs", tenths / 10)
        }
        var text = String(format: "%.3f", Double(ms) / 1000)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "s"
    }

    /// A time on the run's clock, from its start.
    public func at(_ time: ClockTime) -> String {
        Self.seconds(time - .zero)
    }

    /// A timeout as configured (`nominal`), with the scaled time it really took when a time scale is on.
    public func configured(_ nominal: ClockDuration) -> String {
        guard scale.factor != 1, !nominal.isInfinite else { return Self.seconds(nominal) }
        return Self.seconds(nominal) + " (" + Self.seconds(scale.scale(nominal)) + " at time scale "
            + scale.factorText + ")"
    }

    /// A timeout the policy used (already scaled), said as configured.
    public func configured(scaled: ClockDuration) -> String {
        guard scale.factor != 1, !scaled.isInfinite else { return Self.seconds(scaled) }
        return configured(scale.unscale(scaled))
    }

    /// A configuration value (`60s`, `5000ms`) as configured, or `fallback` when unset or unreadable.
    public func configured(_ text: String?, key: String, fallback: ClockDuration) -> String {
        configured(Self.duration(text, key: key, fallback: fallback))
    }

    /// A configuration value read as Spark reads it (seconds when no unit is given).
    public static func duration(_ text: String?, key: String, fallback: ClockDuration) -> ClockDuration {
        text.flatMap { try? SparkDuration.duration($0, key: key, unit: .seconds) } ?? fallback
    }

    /// `0.02`, `0.5`, `2`.
    static func factorText(_ factor: Double) -> String { TimeScale(factor: factor).factorText }
}
