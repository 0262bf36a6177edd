import Testing
import SparkbookUtilities

struct CivilCalendarTests {
    @Test func daysAndDatesRoundTripAcrossErasAndLeapDays() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilCalendar.date(daysSinceEpoch: Int64(days))
            #expect(CivilCalendar.days(year: date.year, month: date.month, day: date.day) == days)
        }
    }

    @Test func knownDates() {
        #expect(CivilCalendar.date(daysSinceEpoch: 0) == .init(year: 1970, month: 1, day: 1))
        #expect(CivilCalendar.date(daysSinceEpoch: -1) == .init(year: 1969, month: 12, day: 31))
        #expect(CivilCalendar.days(year: 2000, month: 2, day: 29) == 11_016)
        // Proleptic Gregorian: no Julian switch in 1582.
        #expect(CivilCalendar.days(year: 1582, month: 10, day: 5) == CivilCalendar.days(year: 1582, month: 10, day: 4) + 1)
        #expect(CivilCalendar.daysInMonth(1900, 2) == 28 && CivilCalendar.daysInMonth(2000, 2) == 29)
    }

    @Test func floorDivisionKeepsTheRemainderNonNegative() {
        #expect(CivilCalendar.floorDivide(-1, 86_400) == (-1, 86_399))
        #expect(CivilCalendar.floorDivide(86_400, 86_400) == (1, 0))
    }
}
