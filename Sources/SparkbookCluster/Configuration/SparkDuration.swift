import Foundation

/// The time units Spark converts duration strings into (named as in Spark's messages).
public enum SparkTimeUnit: String, Hashable, Sendable {
    case microseconds = "MICROSECONDS"
    case milliseconds = "MILLISECONDS"
    case seconds = "SECONDS"
    case minutes = "MINUTES"
    case hours = "HOURS"
    case days = "DAYS"

    var microsecondsPerUnit: Int64 {
        switch self {
        case .microseconds: 1
        case .milliseconds: 1000
        case .seconds: 1_000_000
        case .minutes: 60_000_000
        case .hours: 3_600_000_000
        case .days: 86_400_000_000
        }
    }

    /// Spark's accepted suffixes (`m` is minutes, as in Spark).
    static let suffixes: [String: SparkTimeUnit] = [
        "us": .microseconds, "ms": .milliseconds, "s": .seconds, "m": .minutes, "min": .minutes,
        "h": .hours, "d": .days,
    ]
}

/// Parses Spark duration strings (`5s`, `500ms`, `2min`, `1h`, `1d`, `-1s`) the way Spark's
/// `timeStringAs` does: one integer, an optional suffix, a bare number in the key's own unit,
/// and conversion into that unit truncating toward zero (so `1500ms` read in seconds is `1`).
public enum SparkDuration {
    /// The amount expressed in `unit`; throws a type-mismatch error naming `key`.
    public static func parse(_ text: String, key: String, unit: SparkTimeUnit) throws(ConfigError) -> Int64 {
        guard let value = amount(text, unit: unit) else {
            throw ConfigError.typeMismatch(key: key, value: text, type: "time in \(unit.rawValue)")
        }
        return value
    }

    /// Parses and returns policy time: the amount in `unit`, truncated, then in milliseconds.
    public static func duration(_ text: String, key: String, unit: SparkTimeUnit) throws(ConfigError) -> ClockDuration {
        let value = try parse(text, key: key, unit: unit)
        return clockDuration(value, unit: unit)
    }

    /// `value` of `unit` as policy time, saturating to `.infinite` (and truncating sub-ms units).
    public static func clockDuration(_ value: Int64, unit: SparkTimeUnit) -> ClockDuration {
        switch unit {
        case .microseconds: return .milliseconds(value / 1000)
        case .milliseconds: return value == .max ? .infinite : .milliseconds(value)
        default:
            let (ms, overflow) = value.multipliedReportingOverflow(by: unit.microsecondsPerUnit / 1000)
            if overflow { return value > 0 ? .infinite : .milliseconds(.min) }
            return .milliseconds(ms)
        }
    }

    /// nil when the text is not a Spark duration.
    static func amount(_ text: String, unit: SparkTimeUnit) -> Int64? {
        let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        var digits = Substring(lower)
        var negative = false
        if digits.first == "-" {
            negative = true
            digits = digits.dropFirst()
        }
        let number = digits.prefix { $0.isASCII && $0.isNumber }
        let suffix = digits.dropFirst(number.count)
        guard !number.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        guard let magnitude = Int64(number) else { return nil }
        let value = negative ? -magnitude : magnitude
        let from: SparkTimeUnit
        if suffix.isEmpty {
            from = unit
        } else if let known = SparkTimeUnit.suffixes[String(suffix)] {
            from = known
        } else {
            return nil
        }
        return convert(value, from: from, to: unit)
    }

    /// Like Java's `TimeUnit.convert`: truncates toward zero and saturates on overflow.
    static func convert(_ value: Int64, from: SparkTimeUnit, to: SparkTimeUnit) -> Int64 {
        let fromScale = from.microsecondsPerUnit
        let toScale = to.microsecondsPerUnit
        if fromScale >= toScale {
            let (result, overflow) = value.multipliedReportingOverflow(by: fromScale / toScale)
            if overflow { return value > 0 ? .max : .min }
            return result
        }
        return value / (toScale / fromScale)
    }
}
