import Foundation

/// The one way the report writes an elapsed time or a duration (`0ms`, `850ms`, `1.2s`, `6s`, `61.2s`, `2min 05s`),
/// in the units of the chart's ticks and of Spark's durations (`60s`, `1.2s`, `5min`).
enum ReportTime {
    static func text(_ millis: Int64) -> String {
        let ms = max(0, millis)
        if ms < 1000 { return "\(ms)ms" }
        if ms < 120_000 {
            let tenths = (ms + 50) / 100
            return tenths % 10 == 0 ? "\(tenths / 10)s" : "\(tenths / 10).\(tenths % 10)s"
        }
        return "\(ms / 60_000)min " + String(format: "%02ds", (ms / 1000) % 60)
    }
}
