import Foundation
import Testing
@testable import SparkbookDataFrame

/// Proleptic Gregorian arithmetic and zone offsets (expected values from Python's datetime).
@Suite struct CivilTimeTests {
    @Test(arguments: [
        (Int64(0), Int64(1970), 1, 1), (19848, 2024, 5, 5), (-1, 1969, 12, 31), (11016, 2000, 2, 29),
        (-141_438, 1582, 10, 4), (-719_162, 1, 1, 1), (2_932_896, 9999, 12, 31),
    ])
    func dateFromDays(_ days: Int64, _ year: Int64, _ month: Int, _ day: Int) {
        #expect(CivilTime.date(daysSinceEpoch: days) == CivilTime.DateParts(year: year, month: month, day: day))
    }

    @Test func negativeMicrosFloorToThePreviousSecond() {
        let parts = CivilTime.dateTime(microsSinceEpoch: -1, in: CivilTime.utc)
        #expect(parts.date == CivilTime.DateParts(year: 1969, month: 12, day: 31))
        #expect([parts.hour, parts.minute, parts.second, parts.microsecond] as [Int] == [23, 59, 59, 999_999])
    }

    @Test func zoneOffsetFollowsDaylightSaving() {
        let zone = TimeZone(identifier: "America/Los_Angeles")!
        let summer = CivilTime.dateTime(microsSinceEpoch: 1_714_933_224_000_000, in: zone)
        #expect(summer.hour == 11)
        let winter = CivilTime.dateTime(microsSinceEpoch: 1_704_067_200_000_000, in: zone)  // 2024-01-01 00:00 UTC
        #expect(winter.hour == 16)
        #expect(winter.date == CivilTime.DateParts(year: 2023, month: 12, day: 31))
    }
}
