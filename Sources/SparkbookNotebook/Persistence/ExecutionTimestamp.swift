import Foundation
import SparkbookUtilities

/// The two timestamp spellings found in executed notebooks, both UTC with microseconds.
public enum ExecutionTimestamp {
    /// nbclient's `metadata.execution` form: `2024-05-05T18:20:24.123456Z`.
    public static func nbclient(_ date: Date) -> String {
        let (base, micros) = components(date)
        return base + "." + sixDigits(micros) + "Z"
    }

    /// papermill's form (Python `isoformat()` of an aware UTC datetime): `2024-05-05T18:20:24.123456+00:00`,
    /// without the fraction when it is zero.
    public static func papermill(_ date: Date) -> String {
        let (base, micros) = components(date)
        return base + (micros == 0 ? "" : "." + sixDigits(micros)) + "+00:00"
    }

    /// Parses either form back (and plain `...Z`/`+00:00` without a fraction).
    public static func parse(_ text: String) -> Date? {
        var rest = Substring(text)
        if rest.hasSuffix("Z") { rest = rest.dropLast() } else if rest.hasSuffix("+00:00") { rest = rest.dropLast(6) }
        let parts = rest.split(separator: ".", maxSplits: 1)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let whole = formatter.date(from: parts[0] + "Z") else { return nil }
        guard parts.count == 2 else { return whole }
        let fraction = parts[1].prefix(6)
        guard let micros = Int(fraction.padding(toLength: 6, withPad: "0", startingAt: 0)) else { return nil }
        return whole.addingTimeInterval(Double(micros) / 1_000_000)
    }

    /// Seconds between two dates at microsecond resolution, like Python's `timedelta.total_seconds()`.
    public static func duration(from start: Date, to end: Date) -> Double {
        Double(microseconds(end) - microseconds(start)) / 1_000_000
    }

    static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
    }

    private static func components(_ date: Date) -> (String, Int64) {
        let micros = microseconds(date)
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        // Arithmetic, not ISO8601DateFormatter: this runs twice per cell and the formatter loads ICU.
        return (CivilDateTime(unixSeconds: seconds).isoDateTime, micros - seconds * 1_000_000)
    }

    private static func sixDigits(_ value: Int64) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
