/// Spark's interval strings (`'5 seconds'`, `'1 day 2 hours'`, `'interval 1 week'`), as `IntervalUtils.stringToInterval`
/// reads them for `window`, `session_window` and `CAST(... AS INTERVAL)`: signed whole numbers per unit, a fraction
/// only for seconds, units singular or plural. The result is a calendar interval (months, days, microseconds).
public enum IntervalText {
    public static func parse(_ text: String) -> CalendarInterval? {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        if words.first == "interval" { words.removeFirst() }
        guard !words.isEmpty, words.count % 2 == 0 else { return nil }
        var result = CalendarInterval(months: 0, days: 0, micros: 0)
        for i in stride(from: 0, to: words.count, by: 2) {
            let number = words[i], unit = words[i + 1].hasSuffix("s") ? String(words[i + 1].dropLast()) : words[i + 1]
            if unit == "second" {
                guard let micros = secondsMicros(number) else { return nil }
                result.micros += micros
                continue
            }
            guard let n = Int64(number) else { return nil }
            switch unit {
            case "year": result.months += Int32(truncatingIfNeeded: n * 12)
            case "month": result.months += Int32(truncatingIfNeeded: n)
            case "week": result.days += Int32(truncatingIfNeeded: n * 7)
            case "day": result.days += Int32(truncatingIfNeeded: n)
            case "hour": result.micros += n * 3_600_000_000
            case "minute": result.micros += n * 60_000_000
            case "millisecond": result.micros += n * 1_000
            case "microsecond": result.micros += n
            default: return nil
            }
        }
        return result
    }

    /// `1.5` seconds as 1,500,000 microseconds (at most six digits after the point).
    static func secondsMicros(_ text: String) -> Int64? {
        var digits = Substring(text)
        var sign: Int64 = 1
        if digits.first == "-" { sign = -1; digits = digits.dropFirst() } else if digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0].isEmpty ? "0" : parts[0]) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard f.count <= 9, f.allSatisfy(\.isNumber) else { return nil }
            fraction = Int64((f + String(repeating: "0", count: 9 - f.count)).prefix(6)) ?? 0
        }
        return sign * (whole * 1_000_000 + fraction)
    }
}
