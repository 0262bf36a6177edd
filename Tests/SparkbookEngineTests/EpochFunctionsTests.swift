import Testing
@testable import SparkbookEngine

@Suite struct EpochFunctionsTests {
    @Test func countsSinceTheEpochRoundDown() throws {
        #expect(try FunctionTestSupport.call("unix_seconds", .timestamp(-1), type: .timestamp) == .long(-1))
        #expect(try FunctionTestSupport.call("unix_millis", .timestamp(1_437_584_400_000_123), type: .timestamp) == .long(1_437_584_400_000))
        #expect(try FunctionTestSupport.call("unix_date", .date(18994), type: .date) == .integer(18994))
        #expect(try FunctionTestSupport.call("date_from_unix_date", .long(3), type: .long) == .date(3))
        #expect(try FunctionTestSupport.call("timestamp_millis", .long(1_230_219_000), type: .long) == .timestamp(1_230_219_000_000))
        #expect(throws: SparkError.self) { try FunctionTestSupport.call("timestamp_millis", .long(.max), type: .long) }
    }

    @Test func makeDateIsNullForADayThatDoesNotExist() throws {
        let schema = StructType([StructField("y", .integer), StructField("m", .integer), StructField("d", .integer)])
        let call = Expression.function("make_date", [.column("y"), .column("m"), .column("d")])
        #expect(try FunctionTestSupport.evaluate(call, schema, [.integer(2020), .integer(6), .integer(26)]) == .date(18439))
        #expect(try FunctionTestSupport.evaluate(call, schema, [.integer(2023), .integer(2), .integer(29)]) == .null)
    }
}
