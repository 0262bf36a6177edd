import Testing
@testable import SparkbookEngine

/// `make_interval`, `make_dt_interval`, `make_ym_interval` and their printed forms, over PySpark's docstring fields.
@Suite struct IntervalFunctionsTests {
    func evaluate(_ name: String, _ arguments: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, arguments.map(Expression.literal)), StructType([StructField("x", .integer)]), [.integer(0)])
    }

    @Test func calendarIntervalPrintsAsSpark() throws {
        let fields: [Value] = [100, 11, 1, 1, 12, 30].map { .long($0) } + [.double(1.001001)]
        let interval = try evaluate("make_interval", fields)
        #expect(ValueCast.sqlText(interval) == "100 years 11 months 8 days 12 hours 30 minutes 1.001001 seconds")
        #expect(ValueCast.sqlText(try evaluate("make_interval", Array(repeating: .integer(0), count: 7))) == "0 seconds")
    }

    @Test func overflowFailsOrIsNullForTry() throws {
        let fields: [Value] = [.integer(Int32.max)] + Array(repeating: .integer(0), count: 6)
        #expect(try evaluate("try_make_interval", fields) == .null)
        #expect(throws: SparkError.self) { try evaluate("make_interval", fields) }
    }

    @Test func ansiIntervals() throws {
        let dayTime = try evaluate("make_dt_interval", [.integer(1), .integer(12), .integer(30), .double(1.001001)])
        #expect(ValueCast.sqlText(dayTime) == "INTERVAL '1 12:30:01.001001' DAY TO SECOND")
        let whole = try evaluate("make_dt_interval", [.integer(1), .integer(12), .integer(0), .integer(0)])
        #expect(ValueCast.sqlText(whole) == "INTERVAL '1 12:00:00' DAY TO SECOND")
        #expect(ValueCast.sqlText(try evaluate("make_ym_interval", [.integer(2014), .integer(12)])) == "INTERVAL '2015-0' YEAR TO MONTH")
    }

    @Test func packedCalendarIntervalRoundTrips() {
        let interval = CalendarInterval(months: -3, days: -40, micros: -1)
        #expect(CalendarInterval(packed: interval.packed) == interval)
    }

    @Test func intervalStrings() {
        #expect(IntervalText.parse("5 seconds") == CalendarInterval(months: 0, days: 0, micros: 5_000_000))
        #expect(IntervalText.parse("interval 1 week 2 hours") == CalendarInterval(months: 0, days: 7, micros: 7_200_000_000))
        #expect(IntervalText.parse("1.5 second")?.micros == 1_500_000)
        #expect(IntervalText.parse("five seconds") == nil)
    }
}
