import Foundation
import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// A CSV read with `timestamp_ntz` and `time` fields: the text is the wall clock and the time of day as written,
/// whatever the session time zone.
struct CSVRowConverterTests {
    @Test func wallClockAndTimeOfDayReadAsWritten() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ntz-\(UUID().uuidString).csv")
        try Data("2026-01-01 00:01:30,14:30:00.5\n".utf8).write(to: url)
        let session = try SeedData.session(["spark.sql.session.timeZone": "America/Los_Angeles"])
        let schema = StructType([StructField("t", .timestampNTZ), StructField("u", .time)])
        let rows = try await session.read.schema(schema).csv([url.path]).collect()
        #expect(rows.map(\.values) == [[.timestampNTZ(1_767_225_690_000_000), .time(52_200_500_000)]])
    }
}
