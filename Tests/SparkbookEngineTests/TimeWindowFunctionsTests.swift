import Testing
@testable import SparkbookEngine

/// The windows `window(...)` assigns a time to, in Spark's order, and `window_time`.
@Suite struct TimeWindowFunctionsTests {
    let second: Int64 = 1_000_000

    func windows(_ ts: Int64, duration: Int64, slide: Int64, start: Int64 = 0) throws -> Value {
        let schema = StructType([StructField("ts", .timestamp)])
        let call = Expression.function(TimeWindowFunctions.windows,
                                       [.column("ts"), .literal(.long(duration)), .literal(.long(slide)), .literal(.long(start))])
        let bound = try ExpressionBinder(schema: schema, context: FunctionContext(sessionTimeZone: "UTC")).bind(call)
        var column = ColumnBuilder(type: .timestamp)
        column.append(.timestamp(ts))
        return try bound.evaluate(RecordBatch(schema: schema, columns: [column.finish()], rowCount: 1)).value(at: 0)
    }

    func window(_ start: Int64, _ end: Int64) -> Value {
        .structure(names: ["start", "end"], values: [.timestamp(start * second), .timestamp(end * second)])
    }

    @Test func tumblingWindowHoldsTheTime() throws {
        #expect(try windows(7 * second, duration: 5 * second, slide: 5 * second) == .array([window(5, 10)]))
        #expect(try windows(-3 * second, duration: 5 * second, slide: 5 * second) == .array([window(-5, 0)]))
    }

    @Test func slidingWindowsLatestFirst() throws {
        // 09:00:00 with 10 s windows every 5 s from a 2 s offset: [-3, 7) then [-8, 2), as Spark's Expand.
        #expect(try windows(0, duration: 10 * second, slide: 5 * second, start: 2 * second)
                == .array([window(-3, 7), window(-8, 2)]))
    }
}
