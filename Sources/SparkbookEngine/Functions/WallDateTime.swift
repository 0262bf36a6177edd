import Foundation
import SparkbookUtilities

/// A proleptic Gregorian date and wall-clock time, converted from and to the engine's day and microsecond counts.
struct WallDateTime: Sendable, Equatable {
    var year: Int, month: Int, day: Int
    var hour = 0, minute = 0, second = 0, micros = 0

    init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    init(days: Int64) {
        let date = CivilCalendar.date(daysSinceEpoch: days)
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// Wall-clock fields of a UTC microsecond instant shifted by `offsetSeconds`.
    init(micros: Int64, offsetSeconds: Int) {
        let local = micros + Int64(offsetSeconds) * 1_000_000
        let day = local >= 0 ? local / 86_400_000_000 : (local - 86_399_999_999) / 86_400_000_000
        self.init(days: day)
        let rest = local - day * 86_400_000_000
        hour = Int(rest / 3_600_000_000)
        minute = Int(rest / 60_000_000 % 60)
        second = Int(rest / 1_000_000 % 60)
        self.micros = Int(rest % 1_000_000)
    }

    var days: Int64 { Int64(CivilCalendar.days(year: year, month: month, day: day)) }

    var dayOfYear: Int { Int(days - Int64(CivilCalendar.days(year: year, month: 1, day: 1))) + 1 }

    /// Monday = 1 ... Sunday = 7.
    var isoWeekday: Int { Int(((days % 7) + 7 + 3) % 7) + 1 }

    /// Wall-clock microseconds since the epoch (before applying any zone offset).
    var wallMicros: Int64 {
        days * 86_400_000_000 + Int64(hour) * 3_600_000_000 + Int64(minute) * 60_000_000
            + Int64(second) * 1_000_000 + Int64(micros)
    }
}
