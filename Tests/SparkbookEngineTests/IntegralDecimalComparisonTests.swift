import Testing
@testable import SparkbookEngine

/// Expected names are PySpark 4.3.0's for `selectExpr(...)` over `i bigint, j int, d double`.
struct IntegralDecimalComparisonTests {
    let binder = ExpressionBinder(schema: StructType([
        StructField("i", .long), StructField("j", .integer), StructField("d", .double),
    ]))

    private func name(_ sql: String) throws -> String {
        var parser = try SQLExpressionParser(sql)
        return binder.rewritingAsSparksAnalyzer(try parser.expression()).generatedName
    }

    @Test func orderingComparisonsTakeTheFloorOrCeilingOfTheLiteral() throws {
        #expect(try name("i > 0.5") == "(i > 0)")
        #expect(try name("i >= 0.5") == "(i >= 1)")
        #expect(try name("i < 0.5") == "(i < 1)")
        #expect(try name("i <= 0.5") == "(i <= 0)")
        #expect(try name("j > -0.5") == "(j > -1)")
        #expect(try name("j < -1.5") == "(j < -1)")
    }

    @Test func aLiteralOnTheLeftKeepsItsPlace() throws {
        #expect(try name("0.5 < i") == "(0 < i)")
        #expect(try name("0.5 > 0") == "(1 > 0)")
    }

    @Test func equalityAndNonIntegralOperandsAreLeftAlone() throws {
        #expect(try name("i = 0.5") == "(i = 0.5)")
        #expect(try name("d > 0.5") == "(d > 0.5)")
        #expect(try name("i > 0.5 + 0") == "(i > (0.5 + 0))")
    }

    @Test func aLiteralBeyondBigintDecidesTheComparison() throws {
        #expect(try name("j > 10000000000000000000.5") == "false")
        #expect(try name("j > -10000000000000000000.5") == "true")
    }

    @Test func wholeBoundsRoundTowardsEachInfinity() {
        let d = DecimalValue(unscaled: -15, precision: 2, scale: 1)
        let bounds = ExpressionBinder.wholeBounds(d)
        #expect(bounds.floor == -2)
        #expect(bounds.ceiling == -1)
    }
}
