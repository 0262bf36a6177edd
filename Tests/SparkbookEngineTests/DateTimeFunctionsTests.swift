import Testing
@testable import SparkbookEngine
import SparkbookUtilities

@Suite struct DateTimeFunctionsTests {
    func date(_ y: Int, _ m: Int, _ d: Int) -> Value { .date(Int32(CivilCalendar.days(year: y, month: m, day: d))) }

    @Test func isoWeeksCrossYearEnds() {
        func week(_ y: Int, _ m: Int, _ d: Int) -> Int {
            DateTimeFunctions.isoWeek(of: WallDateTime(days: Int64(CivilCalendar.days(year: y, month: m, day: d))))
        }
        #expect(week(2024, 1, 5) == 1)
        #expect(week(2023, 12, 31) == 52)
        #expect(week(2021, 1, 3) == 53)
        #expect(week(2024, 12, 30) == 1)
        #expect(week(2020, 12, 31) == 53)
    }

    @Test func truncToYearQuarterMonthWeek() throws {
        func trunc(_ fmt: String) throws -> Value {
            try FunctionTestSupport.call("trunc", date(2023, 12, 31), [.string(fmt)], type: .date)
        }
        #expect(try trunc("YEAR") == date(2023, 1, 1))
        #expect(try trunc("quarter") == date(2023, 10, 1))
        #expect(try trunc("mm") == date(2023, 12, 1))
        #expect(try trunc("week") == date(2023, 12, 25))
        #expect(try trunc("day") == .null)
    }

    @Test func dayAndMonthNames() throws {
        #expect(try FunctionTestSupport.call("dayname", date(2015, 4, 8), type: .date) == .string("Wed"))
        #expect(try FunctionTestSupport.call("dayname", date(2024, 10, 31), type: .date) == .string("Thu"))
        #expect(try FunctionTestSupport.call("monthname", date(2024, 10, 31), type: .date) == .string("Oct"))
        #expect(try FunctionTestSupport.call("weekday", date(2015, 4, 8), type: .date) == .integer(2))
    }
}
