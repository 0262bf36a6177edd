import Testing
@testable import SparkbookEngine

/// Names and values as PySpark 4.3.0 gives `selectExpr("timestamp'2024-01-02 03:04:05'")`.
struct TimestampLiteralTests {
    @Test func aTimestampLiteralIsNamedAsSparkNamesIt() throws {
        let e = try SQLExpressionParser.parse("timestamp'2024-01-02 03:04:05'")
        #expect(e.generatedName == "TIMESTAMP '2024-01-02 03:04:05'")
    }

    @Test func itsInstantIsReadInTheSessionTimeZone() throws {
        let e = try SQLExpressionParser.parse("TIMESTAMP '2024-01-02 03:04:05'")
        let utc = try FunctionTestSupport.evaluate(e, StructType([]), [])
        #expect(utc == .timestamp(1_704_164_645_000_000))
        let binder = ExpressionBinder(schema: StructType([]),
                                      context: FunctionContext(sessionTimeZone: "America/Los_Angeles"))
        let bound = try binder.bind(e)
        #expect(bound.nullable(in: StructType([])) == false)
        #expect(try bound.evaluate(row: 0, of: EngineTestData.batch(StructType([]), [[]]))
                == .timestamp(1_704_164_645_000_000 + 8 * 3_600_000_000))
    }

    @Test func anInvalidTimestampIsSparksParseError() {
        #expect(throws: SparkError.self) { try SQLExpressionParser.parse("timestamp'2024-02-30 25:00'") }
    }
}
