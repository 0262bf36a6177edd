import Testing
@testable import SparkbookEngine

/// Expected names are PySpark 4.3.0's for `selectExpr(...)` over `d date, n int, l bigint`.
struct AnalyzerRewritesTests {
    let binder = ExpressionBinder(schema: StructType([
        StructField("d", .date), StructField("n", .integer), StructField("l", .long), StructField("i", .long),
    ]))

    private func rewritten(_ sql: String) throws -> Expression {
        binder.rewritingAsSparksAnalyzer(try SQLExpressionParser.parse(sql))
    }

    @Test func dateArithmeticIsDateAddAndDateSub() throws {
        #expect(try rewritten("d + 1").generatedName == "date_add(d, 1)")
        #expect(try rewritten("1 + d").generatedName == "date_add(d, 1)")
        #expect(try rewritten("d - 1").generatedName == "date_sub(d, 1)")
        #expect(try rewritten("d + n").generatedName == "date_add(d, n)")
        #expect(try binder.bind(try rewritten("d + n")).dataType == .date)
    }

    @Test func aBigintNumberOfDaysIsDateAddsTypeError() throws {
        #expect(throws: SparkError.self) { try binder.bind(try rewritten("d + l")) }
    }

    @Test func rewritesReachNestedExpressions() throws {
        #expect(try rewritten("(i > 0.5) AND (d - 1 > d)").generatedName == "((i > 0) AND (date_sub(d, 1) > d))")
    }
}
