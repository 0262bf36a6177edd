import Testing
@testable import SparkbookEngine

/// Branches of conditional calls are evaluated only for the rows that take them (PySpark 4.3.0 prints
/// `when(b != 0, a / b)` over a zero `b` without error).
struct BoundExpressionConditionalEvaluationTests {
    let batch = EngineTestData.batch(
        StructType([StructField("a", .integer), StructField("b", .integer)]),
        [[.integer(1), .integer(0)], [.integer(4), .integer(2)], [.integer(9), .null]])

    private func column(_ sql: String) throws -> [Value] {
        let bound = try ExpressionBinder(schema: batch.schema).bind(try SQLExpressionParser.parse(sql))
        let vector = try bound.evaluate(batch)
        // Row-at-a-time evaluation must agree with the vector.
        let rows = try (0..<batch.rowCount).map { try bound.evaluate(row: $0, of: batch) }
        #expect(rows == (0..<batch.rowCount).map(vector.value(at:)))
        return rows
    }

    @Test func aGuardedDivisionDoesNotRaise() throws {
        #expect(try column("CASE WHEN b != 0 THEN a / b END") == [.null, .double(2), .null])
        #expect(try column("CASE WHEN b = 0 THEN -1 ELSE a div b END") == [.long(-1), .long(2), .null])
        #expect(try column("if(b > 0, a div b, -1)") == [.long(-1), .long(2), .long(-1)])
    }

    @Test func coalesceStopsAtTheFirstValue() throws {
        // Rows 1 and 2 have a non-null `b`, so `a div 0` is never evaluated for them; row 3 needs it and raises.
        let bound = try ExpressionBinder(schema: batch.schema).bind(try SQLExpressionParser.parse("coalesce(b, a div 0)"))
        #expect(try bound.evaluate(row: 0, of: batch) == .long(0))
        #expect(try bound.evaluate(row: 1, of: batch) == .long(2))
        #expect(throws: SparkError.self) { try bound.evaluate(batch) }
    }

    @Test func aBranchThatARowTakesStillRaises() {
        #expect(throws: SparkError.self) { try column("CASE WHEN b = 0 THEN a / b ELSE 0 END") }
    }
}
