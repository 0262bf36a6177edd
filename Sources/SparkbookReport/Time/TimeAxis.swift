import Foundation

/// The ticks of a time axis: round steps (1, 2, 5, 10, 15, 30 of a unit) over a run's span, labelled in the unit
/// that fits the step (`0ms 50ms 100ms`, `0s 0.2s 0.4s`, `0s 10s 20s`, `0min 5min 10min`, `0h 1h 2h`), so that a
/// 40 ms run and a 2 h run both read sensibly.
struct TimeAxis: Equatable {
    /// Milliseconds between ticks.
    let step: Int64
    /// Tick positions in milliseconds from the start: 0, step, 2 step, ... up to the span.
    let ticks: [Int64]
    let unit: Unit

    enum Unit: String, CaseIterable {
        case ms, s, min, h

        var millis: Int64 {
            switch self {
            case .ms: 1
            case .s: 1000
            case .min: 60_000
            case .h: 3_600_000
            }
        }
    }

    static let steps: [Int64] = [
        1, 2, 5, 10, 20, 50, 100, 200, 500,
        1000, 2000, 5000, 10_000, 15_000, 30_000,
        60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000,
        3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
    ]

    /// At most `maxTicks` intervals over `spanMillis` (a span under 1 ms is drawn as 1 ms).
    init(spanMillis: Int64, maxTicks: Int = 8) {
        let span = max(1, spanMillis)
        let maxTicks = Int64(max(1, maxTicks))
        step = Self.steps.first { span / $0 <= maxTicks }
            ?? 86_400_000 * ((span / maxTicks) / 86_400_000 + 1)
        ticks = Array(stride(from: Int64(0), through: span, by: Int(step)))
        // Whole-second steps under a second's span never occur; a sub-second step over a longer span reads in s.
        unit = switch step {
        case ..<1000 where span < 1000: .ms
        case ..<60_000: .s
        case ..<3_600_000: step % 60_000 == 0 ? .min : .s
        default: .h
        }
    }

    /// `250ms`, `1.5s`, `30s`, `10min`, `2h`.
    func label(_ millis: Int64) -> String {
        var decimals = 0
        var scaledStep = step
        while decimals < 3, scaledStep % unit.millis != 0 {
            decimals += 1
            scaledStep *= 10
        }
        var number = String(format: "%.*f", decimals, Double(millis) / Double(unit.millis))
        if number.contains(".") {
            while number.hasSuffix("0") { number.removeLast() }
            if number.hasSuffix(".") { number.removeLast() }
        }
        return number + unit.rawValue
    }
}
