import Testing
@testable import SparkbookEngine

/// `from_utc_timestamp`/`to_utc_timestamp` with Java's short zone ids, as PySpark's docstring answers.
@Suite struct TimeZoneShiftFunctionsTests {
    /// 1997-02-28 10:30:00 UTC.
    let instant: Int64 = 857_125_800_000_000
    let hour: Int64 = 3_600_000_000

    func shift(_ function: String, _ zone: String) throws -> Value {
        try FunctionTestSupport.call(function, .timestamp(instant), [.string(zone)], type: .timestamp)
    }

    @Test func shortIdsAndRegions() throws {
        #expect(try shift("from_utc_timestamp", "PST") == .timestamp(instant - 8 * hour))
        #expect(try shift("from_utc_timestamp", "JST") == .timestamp(instant + 9 * hour))
        #expect(try shift("to_utc_timestamp", "PST") == .timestamp(instant + 8 * hour))
        #expect(try shift("to_utc_timestamp", "Asia/Tokyo") == .timestamp(instant - 9 * hour))
        #expect(try shift("from_utc_timestamp", "+01:00") == .timestamp(instant + hour))
    }
}
