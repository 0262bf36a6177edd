import Foundation
import Testing
@testable import SparkbookEngine
import SparkbookUtilities

struct SparkDateTimeParsingTests {
    var utc = SparkDateTimeParsing(sessionZone: TimeZone(identifier: "UTC")!)

    mutating func timestamp(_ text: String) -> String? {
        let micros = Array(text.utf8).withUnsafeBytes { utc.parseTimestamp($0) }
        return micros.map(CSVRecording.timestampText)
    }

    /// Readings recorded with PySpark 4's `from_csv(..., 't timestamp')` in UTC.
    @Test mutating func lenientTimestampsLikeSpark() {
        #expect(timestamp("2024") == "2024-01-01 00:00:00")
        #expect(timestamp("2024-1-5 1:2:3") == "2024-01-05 01:02:03")
        #expect(timestamp("2024-01-15 10:00:00+02:00") == "2024-01-15 08:00:00")
        #expect(timestamp("2024-01-15T10:00:00.123456789") == "2024-01-15 10:00:00.123456")
        #expect(timestamp("2024-01-15 10") == "2024-01-15 10:00:00")
        #expect(timestamp("2024-01-15 10:00:00.") == "2024-01-15 10:00:00")
        #expect(timestamp("+2024-01-15") == "2024-01-15 00:00:00")
        #expect(timestamp("2024-01-15 10:00:00 UTC") == "2024-01-15 10:00:00")
        #expect(timestamp("2024-01-15 10:00:00Z") == "2024-01-15 10:00:00")
        #expect(timestamp("00012") == "0012-01-01 00:00:00")
        for bad in ["2024-13-45 99:99:99", "not a time", "2024-02-30", "2024-01-15 24:00:00", "2024-01-15T", "2024/01/15"] {
            #expect(timestamp(bad) == nil, "\(bad)")
        }
    }

    @Test func datesStrictWhenInferringLenientWhenReading() {
        func date(_ text: String, strict: Bool) -> Int32? {
            Array(text.utf8).withUnsafeBytes { SparkDateTimeParsing.parseDate($0, strict: strict) }
        }
        #expect(date("2024-01-15", strict: true) == 19_737)
        #expect(date("2024-1-5", strict: true) == nil)
        #expect(date("2024-01-15 10:00:00", strict: true) == nil)
        #expect(date("2024-01-15 10:00:00", strict: false) == 19_737)
        #expect(date("1969-12-31", strict: true) == -1)
        #expect(date("2024-02-29", strict: true) == 19_782)
        #expect(date("2023-02-29", strict: false) == nil)
    }

    @Test func civilDaysRoundTrip() {
        #expect(CivilCalendar.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.days(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilCalendar.days(year: 1, month: 1, day: 1) == -719_162)
    }
}
