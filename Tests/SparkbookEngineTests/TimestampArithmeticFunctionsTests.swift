import Testing
@testable import SparkbookEngine

/// `timestampadd`/`timestampdiff` (PySpark's `timestamp_add`/`timestamp_diff`), with Spark's docstring answers.
@Suite struct TimestampArithmeticFunctionsTests {
    /// 2016-03-11 09:00:07 and 2024-04-02 09:00:07 UTC.
    let first: Int64 = 1_457_686_807_000_000, second: Int64 = 1_712_048_407_000_000
    let schema = StructType([StructField("a", .timestamp), StructField("b", .timestamp)])

    func diff(_ unit: String, _ x: String, _ y: String) throws -> Value {
        try FunctionTestSupport.evaluate(.function("timestampdiff", [.literal(.string(unit)), .column(x), .column(y)]),
                                         schema, [.timestamp(first), .timestamp(second)])
    }

    func add(_ unit: String, _ n: Int64) throws -> Value {
        try FunctionTestSupport.evaluate(.function("timestampadd", [.literal(.string(unit)), .literal(.long(n)), .column("a")]),
                                         schema, [.timestamp(first), .timestamp(second)])
    }

    @Test func differencesInCalendarAndElapsedUnits() throws {
        #expect(try diff("year", "a", "b") == .long(8))
        #expect(try diff("WEEK", "a", "b") == .long(420))
        #expect(try diff("day", "b", "a") == .long(-2944))
        #expect(try diff("MONTH", "a", "b") == .long(96))
    }

    @Test func additionsMoveTheWallClock() throws {
        let day: Int64 = 86_400_000_000
        #expect(try add("year", 2) == .timestamp(first + (365 + 365) * day))
        #expect(try add("WEEK", 5) == .timestamp(first + 35 * day))
        #expect(try add("day", -5) == .timestamp(first - 5 * day))
        #expect(try add("HOUR", 1) == .timestamp(first + 3_600_000_000))
        #expect(throws: SparkError.self) { try add("fortnight", 1) }
    }

    @Test func monthEndsClamp() throws {
        // 2024-01-31 plus one month is 2024-02-29.
        let jan31 = TimestampArithmeticFunctions.shift(1_706_659_200_000_000, months: 1, days: 0, zone: "UTC")
        #expect(jan31 == 1_709_164_800_000_000)
    }

    @Test func namesAsSpark() {
        let call = Expression.function("timestampadd", [.literal(.string("year")), .column("quantity"), .column("ts")])
        #expect(call.generatedName == "timestampadd(year, quantity, ts)")
    }
}
