import Testing
@testable import SparkbookEngine

/// Spark's generated column names (checked against PySpark 4.3.0's `df.columns`).
@Suite struct ExpressionNamingTests {
    @Test func aCastOfAColumnIsNamedAfterTheColumnOnlyAsAWholeItem() {
        let cast = Expression.cast(.column("id"), .string)
        #expect(cast.generatedName == "id")
        #expect(Expression.function("length", [cast]).generatedName == "length(CAST(id AS STRING))")
        #expect(Expression.binary(.add, .cast(.column("id"), .long), .literal(.integer(1))).generatedName
                == "(CAST(id AS BIGINT) + 1)")
    }

    @Test func sqlIfKeepsItsOwnName() throws {
        let e = try SQLExpressionParser.parse("if(t, 'y', 'n')")
        #expect(e.generatedName == "(IF(t, y, n))")
        let schema = StructType([StructField("t", .boolean)])
        #expect(try FunctionTestSupport.evaluate(e, schema, [.boolean(true)]) == .string("y"))
        #expect(try FunctionTestSupport.evaluate(e, schema, [.null]) == .string("n"))
    }
}
