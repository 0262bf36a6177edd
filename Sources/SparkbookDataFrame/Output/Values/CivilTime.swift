import Foundation

/// Calendar arithmetic for printing dates and timestamps the way Spark 3+ does: the proleptic Gregorian calendar
/// (no Julian switch in 1582, unlike Foundation's `Calendar`), with the zone offset taken from the tz database.
public enum CivilTime {
    public struct DateParts: Equatable, Sendable {
        public var year: Int64
        public var month: Int
        public var day: Int
    }

    public struct DateTimeParts: Equatable, Sendable {
        public var date: DateParts
        public var hour: Int
        public var minute: Int
        public var second: Int
        public var microsecond: Int
    }

    /// Days since 1970-01-01 to year/month/day (Hinnant's `civil_from_days`).
    public static func date(daysSinceEpoch days: Int64) -> DateParts {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return DateParts(year: year, month: month, day: day)
    }

    /// The wall-clock reading of an instant in `zone` (pass UTC for `timestamp_ntz`, which is stored as UTC wall time).
    public static func dateTime(microsSinceEpoch micros: Int64, in zone: TimeZone) -> DateTimeParts {
        let (seconds, fraction) = floorDivide(micros, 1_000_000)
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
        let local = seconds + offset
        let (days, secondOfDay) = floorDivide(local, 86_400)
        return DateTimeParts(
            date: date(daysSinceEpoch: days),
            hour: Int(secondOfDay / 3600),
            minute: Int(secondOfDay % 3600 / 60),
            second: Int(secondOfDay % 60),
            microsecond: Int(fraction)
        )
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value / divisor
        let remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    static let utc = TimeZone(identifier: "UTC")!
}
