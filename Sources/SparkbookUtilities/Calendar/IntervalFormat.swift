/// Spark's text of its interval values, one place for `show()`, `CAST(... AS STRING)` and SQL literals:
/// ANSI `INTERVAL '1 02:03:04.5' DAY TO SECOND` and `INTERVAL '1-2' YEAR TO MONTH` (`IntervalUtils.toDayTime/
/// toYearMonthIntervalString`), and the legacy CalendarInterval's `1 years 2 months 3 days 4 hours 5.5 seconds`
/// (`CalendarInterval.toString`).
public enum IntervalFormat {
    static let microsPerDay: Int64 = 86_400_000_000
    static let microsPerHour: Int64 = 3_600_000_000
    static let microsPerMinute: Int64 = 60_000_000

    /// `INTERVAL '-1 02:03:04.000005' DAY TO SECOND`: the sign once in front, seconds with their fraction
    /// trimmed of trailing zeros (`04`, `04.5`).
    public static func dayTime(_ micros: Int64) -> String {
        let sign = micros < 0 ? "-" : ""
        var rest = micros.magnitude
        let days = rest / UInt64(microsPerDay); rest %= UInt64(microsPerDay)
        let hours = rest / UInt64(microsPerHour); rest %= UInt64(microsPerHour)
        let minutes = rest / UInt64(microsPerMinute); rest %= UInt64(microsPerMinute)
        let seconds = (rest < 10_000_000 ? "0" : "") + plainSeconds(Int64(rest))
        return "INTERVAL '\(sign)\(days) \(two(hours)):\(two(minutes)):\(seconds)' DAY TO SECOND"
    }

    /// `INTERVAL '2015-0' YEAR TO MONTH`.
    public static func yearMonth(_ months: Int32) -> String {
        let sign = months < 0 ? "-" : ""
        let m = Int64(months).magnitude
        return "INTERVAL '\(sign)\(m / 12)-\(m % 12)' YEAR TO MONTH"
    }

    /// `100 years 11 months 8 days 12 hours 30 minutes 1.001001 seconds`; `0 seconds` when empty.
    public static func calendar(months: Int32, days: Int32, micros: Int64) -> String {
        if months == 0 && days == 0 && micros == 0 { return "0 seconds" }
        var parts: [String] = []
        func unit(_ value: Int64, _ name: String) { if value != 0 { parts.append("\(value) \(name)") } }
        if months != 0 {
            unit(Int64(months / 12), "years")
            unit(Int64(months % 12), "months")
        }
        unit(Int64(days), "days")
        if micros != 0 {
            var rest = micros
            unit(rest / microsPerHour, "hours"); rest %= microsPerHour
            unit(rest / microsPerMinute, "minutes"); rest %= microsPerMinute
            if rest != 0 { parts.append(plainSeconds(rest) + " seconds") }
        }
        return parts.joined(separator: " ")
    }

    /// Microseconds as seconds in Java's `BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString()`.
    static func plainSeconds(_ micros: Int64) -> String {
        let sign = micros < 0 ? "-" : ""
        let m = micros.magnitude
        var fraction = String(m % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(m / 1_000_000) + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func two(_ v: UInt64) -> String { v < 10 ? "0\(v)" : String(v) }
}
