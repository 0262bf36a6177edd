import Testing
@testable import SparkbookEngine

/// `make_timestamp_ltz` and `try_make_timestamp_ltz` over PySpark's docstring fields.
@Suite struct MakeTimestampFunctionsTests {
    let schema = StructType([StructField("sec", .double)])

    func make(_ name: String, month: Int64 = 12, _ zone: String? = nil, sessionZone: String = "UTC") throws -> Value {
        let fields: [Expression] = [2014, month, 28, 6, 30].map { .literal(.long($0)) } + [.column("sec")]
        let call = Expression.function(name, fields + (zone.map { [.literal(.string($0))] } ?? []))
        let bound = try ExpressionBinder(schema: schema, context: FunctionContext(sessionTimeZone: sessionZone)).bind(call)
        var column = ColumnBuilder(type: .double)
        column.append(.double(45.887))
        return try bound.evaluate(RecordBatch(schema: schema, columns: [column.finish()], rowCount: 1)).value(at: 0)
    }

    @Test func wallClockInTheGivenOrSessionZone() throws {
        // 2014-12-28 06:30:45.887 UTC, and the same wall clock in CET (an hour earlier).
        let utc: Int64 = 1_419_748_245_887_000
        #expect(try make("make_timestamp_ltz") == .timestamp(utc))
        #expect(try make("make_timestamp_ltz", "CET", sessionZone: "America/Los_Angeles") == .timestamp(utc - 3_600_000_000))
    }

    @Test func fieldsOutOfRange() throws {
        #expect(try make("try_make_timestamp_ltz", month: 13) == .null)
        #expect(throws: SparkError.self) { try make("make_timestamp_ltz", month: 13) }
    }
}
