import Testing
@testable import SparkbookEngine
import SparkbookUtilities

/// Values recorded from PySpark 4.3.0.
@Suite struct MonthFunctionsTests {
    func date(_ y: Int, _ m: Int, _ d: Int) -> Value { .date(Int32(CivilCalendar.days(year: y, month: m, day: d))) }

    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    @Test func addMonthsClampsToShorterMonths() throws {
        #expect(try call("add_months", [date(2024, 1, 31), .integer(1)]) == date(2024, 2, 29))
        #expect(try call("add_months", [date(2024, 3, 31), .integer(-1)]) == date(2024, 2, 29))
        #expect(try call("add_months", [date(2024, 1, 15), .integer(-13)]) == date(2022, 12, 15))
    }

    @Test func lastDayAndNextDay() throws {
        #expect(try call("last_day", [date(2024, 2, 10)]) == date(2024, 2, 29))
        #expect(try call("next_day", [date(2024, 1, 31), .string("Mon")]) == date(2024, 2, 5))
        #expect(try call("next_day", [date(2024, 1, 1), .string("monday")]) == date(2024, 1, 8))
        #expect(throws: SparkError.self) { try call("next_day", [date(2024, 1, 1), .string("xx")]) }
    }

    @Test func monthsBetweenUsesA31DayMonth() throws {
        #expect(try call("months_between", [date(2024, 1, 31), date(2023, 12, 15)]) == .double(1.51612903))
        #expect(try call("months_between", [date(2024, 1, 31), date(2023, 12, 15), .boolean(false)])
            == .double(1.5161290322580645))
        #expect(try call("months_between", [date(2024, 1, 15), date(2024, 2, 16)]) == .double(-1.03225806))
        #expect(try call("months_between", [date(2024, 1, 31), date(2024, 2, 29)]) == .double(-1))
    }
}
