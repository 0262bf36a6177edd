import Foundation

/// How long the synthetic tasks of a stage run: a fixed time, or a normal distribution (truncated so that no
/// task takes less than a millisecond), sampled from the workload's seeded generator.
public enum TaskDuration: Hashable, Sendable, CustomStringConvertible {
    case fixed(seconds: Double)
    case normal(meanSeconds: Double, stddevSeconds: Double)

    /// The shortest task the simulation runs: a zero-length task would finish before it started.
    public static let minimum = ClockDuration.milliseconds(1)

    public var meanSeconds: Double {
        switch self {
        case .fixed(let seconds): seconds
        case .normal(let mean, _): mean
        }
    }

    /// One task's running time.
    public func sample(using generator: inout some RandomNumberGenerator) -> ClockDuration {
        let seconds: Double
        switch self {
        case .fixed(let value):
            seconds = value
        case .normal(let mean, let stddev):
            seconds = stddev > 0 ? mean + stddev * Self.standardNormal(using: &generator) : mean
        }
        let milliseconds = (seconds * 1000).rounded()
        guard milliseconds.isFinite, milliseconds >= Double(Self.minimum.milliseconds) else { return Self.minimum }
        return .milliseconds(Int64(min(milliseconds, 1e15)))
    }

    /// Box-Muller: one standard normal value from two uniform ones.
    static func standardNormal(using generator: inout some RandomNumberGenerator) -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &generator)
        let u2 = Double.random(in: 0..<1, using: &generator)
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }

    public var description: String {
        switch self {
        case .fixed(let seconds): "\(seconds)s"
        case .normal(let mean, let stddev): "\(mean)s ± \(stddev)s"
        }
    }
}
