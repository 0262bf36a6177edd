import Foundation
import SparkbookUtilities

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

    /// Days since 1970-01-01 to year/month/day.
    public static func date(daysSinceEpoch days: Int64) -> DateParts {
        let date = CivilCalendar.date(daysSinceEpoch: days)
        return DateParts(year: Int64(date.year), month: date.month, day: date.day)
    }

    /// The wall-clock reading of an instant in `zone` (pass UTC for `timestamp_ntz`, which is stored as UTC wall time).
    public static func dateTime(microsSinceEpoch micros: Int64, in zone: TimeZone) -> DateTimeParts {
        let (seconds, fraction) = CivilCalendar.floorDivide(micros, 1_000_000)
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
        let local = seconds + offset
        let (days, secondOfDay) = CivilCalendar.floorDivide(local, 86_400)
        return DateTimeParts(
            date: date(daysSinceEpoch: days),
            hour: Int(secondOfDay / 3600),
            minute: Int(secondOfDay % 3600 / 60),
            second: Int(secondOfDay % 60),
            microsecond: Int(fraction)
        )
    }

    static let utc = TimeZone(identifier: "UTC")!
}
